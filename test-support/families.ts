/**
 * The round trips both clients run against the mock server for every task family of the spec
 * (`packages/client/test/families.test.ts`, `packages/effect-client/test/families.test.ts`): the
 * family's main create with its first documented request example, a wait, and the result — a
 * succeeded task whose outputs are the mock's files of the family's media kind (a structured
 * result for text families) — then the same create with a `mock:fail` trigger, which must end in
 * a `TaskFailedError`, and the callback the mock POSTs, which must decode to the same task.
 *
 * Generated from the spec, not written by hand: a family the spec adds is a row here at once.
 * Market runs once per output kind (a model of each kind from the model catalog).
 */

// biome-ignore lint/suspicious/noExplicitAny: the document is walked freely
type Node = any

/** What the table is built from: `@kie-kit/spec` (the runners import it; this folder cannot). */
export interface SpecSource {
  /** `@kie-kit/spec/openapi.json`. */
  readonly document: unknown
  /** `taskFamilies` of `@kie-kit/spec`. */
  readonly taskFamilies: Readonly<
    Record<string, { readonly create: string; readonly media: string }>
  >
  /** `marketModel` of `@kie-kit/spec/models`. */
  readonly marketModel: (
    id: string,
  ) => { readonly kind: Media; readonly schema: string } | undefined
}

/** What a family's (or a Market model's) outputs are. */
export type Media = "image" | "video" | "audio" | "text"

export interface RoundTrip {
  readonly name: string
  readonly api: string
  /** The create body (the documented example, `callBackUrl` left to the runner). */
  readonly request: Record<string, unknown>
  /** The same body with a `mock:fail=500` trigger in its text. */
  readonly failing: Record<string, unknown>
  readonly media: Media
  /** Whether the family documents a callback body. */
  readonly callback: boolean
}

const operation = (doc: Node, operationId: string): { path: string; method: string; op: Node } => {
  for (const [path, item] of Object.entries<Node>(doc.paths)) {
    for (const [method, op] of Object.entries<Node>(item)) {
      if (op?.operationId === operationId) return { path, method, op }
    }
  }
  throw new Error(`no operation ${operationId}`)
}

const firstExample = (media: Node): Record<string, unknown> => {
  const [first]: Node[] = Object.values(media?.examples ?? {})
  const value = first?.value ?? media?.schema?.examples?.[0]
  if (value === undefined) throw new Error("no request example")
  return structuredClone(value)
}

/**
 * The body with `mock:fail=500` added to its prompt, else to the first other text field (of
 * `input` first; never the model id or a URL).
 */
const failingOf = (body: Record<string, unknown>): Record<string, unknown> => {
  const copy = structuredClone(body)
  const input = copy.input as Record<string, unknown> | undefined
  const targets = [input, copy].filter((target) => target !== undefined)
  for (const target of targets) {
    if (typeof target.prompt === "string") {
      target.prompt = `${target.prompt} mock:fail=500`
      return copy
    }
  }
  for (const target of targets) {
    const key = Object.keys(target).find(
      (k) =>
        typeof target[k] === "string" &&
        !["model", "callBackUrl"].includes(k) &&
        !/^https?:/.test(target[k] as string),
    )
    if (key !== undefined) {
      target[key] = `${target[key]} mock:fail=500`
      return copy
    }
  }
  throw new Error("no text field for a failure trigger")
}

const withoutCallback = (body: Record<string, unknown>): Record<string, unknown> => {
  const { callBackUrl: _callBackUrl, progressCallBackUrl: _progress, ...rest } = body
  return rest
}

const hasCallback = (doc: Node, family: string): boolean =>
  Object.values<Node>(doc.webhooks ?? {}).some(
    (item) => item.post?.["x-kie-operation"]?.family === family,
  )

/** One Market model of each output kind. */
const MARKET_MODELS = [
  "google/nano-banana",
  "kling-3.0/video",
  "elevenlabs/text-to-speech-multilingual-v2",
  "elevenlabs/speech-to-text",
] as const

const marketTrips = (doc: Node, source: SpecSource): RoundTrip[] =>
  MARKET_MODELS.map((id) => {
    const model = source.marketModel(id)
    if (model === undefined) throw new Error(`the catalog has no ${id}`)
    const request = withoutCallback(
      structuredClone(doc.components.schemas[model.schema].examples[0]),
    )
    return {
      name: `market ${id} (${model.kind})`,
      api: "market",
      request,
      failing: failingOf(request),
      media: model.kind,
      callback: true,
    }
  })

/** The round trips of every task family of the spec. */
export const roundTrips = (source: SpecSource): readonly RoundTrip[] =>
  Object.entries(source.taskFamilies).flatMap(([api, family]): RoundTrip[] => {
    const doc: Node = source.document
    if (api === "market") return marketTrips(doc, source)
    const { op } = operation(doc, family.create)
    const request = withoutCallback(firstExample(op.requestBody?.content?.["application/json"]))
    return [
      {
        name: api,
        api,
        request,
        failing: failingOf(request),
        media: family.media as Media,
        callback: hasCallback(doc, api),
      },
    ]
  })

/** The content types of each media kind's files. */
export const CONTENT_TYPES: Readonly<Record<Exclude<Media, "text">, readonly string[]>> = {
  image: ["image/png", "image/jpeg"],
  video: ["video/mp4"],
  audio: ["audio/wav", "audio/mpeg"],
}

// The contract test: drive every operation through its success and error paths and check that
// every response body the mock sends (and every callback payload it POSTs) validates against the
// bundled spec's schema for that operation and HTTP status. Uses its own Ajv over the spec
// document, independent from the mock's validation code.

import { marketModels } from "@kie-kit/spec/models"
import spec from "@kie-kit/spec/openapi.json" with { type: "json" }
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js"
import addFormatsModule from "ajv-formats"
import { beforeAll, describe, expect, it } from "vitest"
import type { MockServer } from "../src/index"
import { clock, PATHS, receiver, start } from "./helpers"

const ID = "https://contract.invalid/openapi.json"
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => Ajv2020

const doc: Body = spec

const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false, validateSchema: false })
addFormats(ajv)
for (const format of ["int32", "int64", "float", "double", "binary", "byte"])
  ajv.addFormat(format, true)
ajv.addSchema(doc, ID)

const escapePointer = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1")

const routes = new Map<
  string,
  { operationId: string; pointer: string; responses: Record<string, unknown> }
>()
for (const [path, item] of Object.entries<
  Record<string, { operationId?: string; responses?: object }>
>(doc.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (typeof op?.operationId !== "string") continue
    routes.set(`${method.toUpperCase()} ${path}`, {
      operationId: op.operationId,
      pointer: `${ID}#/paths/${escapePointer(path)}/${method}`,
      responses: (op.responses ?? {}) as Record<string, unknown>,
    })
  }
}

/** Walks a pointer into the spec, following local `$ref`s at every step. */
function resolve(pointer: string): string {
  let path: string[] = []
  let node: Body = doc
  const follow = () => {
    while (typeof node?.$ref === "string" && node.$ref.startsWith("#/")) {
      path = node.$ref.slice(2).split("/")
      node = doc
      for (const segment of path) node = node?.[segment.replaceAll("~1", "/").replaceAll("~0", "~")]
    }
  }
  for (const segment of pointer.slice(pointer.indexOf("#") + 2).split("/")) {
    follow()
    path.push(segment)
    node = node?.[segment.replaceAll("~1", "/").replaceAll("~0", "~")]
  }
  follow()
  if (node === undefined) throw new Error(`nothing at ${pointer}`)
  return `${ID}#/${path.join("/")}`
}

const validators = new Map<string, ValidateFunction>()
function compile(pointer: string): ValidateFunction {
  let validate = validators.get(pointer)
  if (validate === undefined) {
    validate = ajv.compile({ $ref: resolve(pointer) })
    validators.set(pointer, validate)
  }
  return validate
}

function responsePointer(
  route: { pointer: string; responses: Record<string, unknown> },
  status: number,
) {
  const key =
    String(status) in route.responses
      ? String(status)
      : "default" in route.responses
        ? "default"
        : undefined
  if (key === undefined) return undefined
  const response: Body = route.responses[key]
  const base =
    typeof response.$ref === "string"
      ? `${ID}${response.$ref}`
      : `${route.pointer}/responses/${escapePointer(key)}`
  return `${base}/content/application~1json/schema`
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are inspected freely
type Body = any

interface Exchange {
  readonly operationId: string
  readonly status: number
  readonly body: Body
  readonly label: string
}

const exchanges: Exchange[] = []
const coveredStatuses = new Map<string, Set<string>>()

async function call(
  base: string,
  method: "GET" | "POST",
  path: string,
  options: {
    apiKey?: string | null
    query?: Record<string, string>
    body?: unknown
    raw?: BodyInit
    label: string
  },
): Promise<Exchange> {
  const route = routes.get(`${method} ${path}`)
  if (route === undefined) throw new Error(`no spec operation for ${method} ${path}`)
  const qs = options.query === undefined ? "" : `?${new URLSearchParams(options.query)}`
  const headers: Record<string, string> = {}
  const apiKey = options.apiKey === undefined ? "contract-key" : options.apiKey
  if (apiKey !== null) headers.authorization = `Bearer ${apiKey}`
  let body: BodyInit | undefined = options.raw
  if (options.body !== undefined) {
    headers["content-type"] = "application/json"
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body)
  }
  const response = await fetch(`${base}${path}${qs}`, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  })
  const exchange = {
    operationId: route.operationId,
    status: response.status,
    body: JSON.parse(await response.text()),
    label: options.label,
  }
  exchanges.push(exchange)
  const code = exchange.body.code
  const set = coveredStatuses.get(route.operationId) ?? new Set<string>()
  set.add(`${exchange.status}/${code}`)
  coveredStatuses.set(route.operationId, set)
  return exchange
}

const T0 = Date.UTC(2025, 0, 15, 10, 0, 0)
const callbackPayloads: { webhook: string; payload: unknown }[] = []

/** The webhook of each task family (by its `x-kie-operation.family`). */
const webhookOf: Record<string, string> = {}
for (const [name, item] of Object.entries<Body>(doc.webhooks ?? {})) {
  webhookOf[item.post["x-kie-operation"].family] = name
}

/** The first documented request example of an operation. */
function requestExample(path: string, method: string): Body {
  const content = doc.paths[path][method].requestBody?.content?.["application/json"]
  const [first]: Body[] = Object.values(content?.examples ?? {})
  const example = first?.$ref !== undefined ? resolveNode(first.$ref) : first
  return structuredClone(example?.value)
}

function resolveNode(ref: string): Body {
  return ref
    .slice(2)
    .split("/")
    .reduce((node: Body, key) => node?.[key.replaceAll("~1", "/").replaceAll("~0", "~")], doc)
}

/** The operations the hand-written part drives; every other one is driven from the spec. */
const modelTasks: { taskId: string; key: string }[] = []

const HAND_WRITTEN_FAMILIES = new Set(["flux-kontext", "gpt4o-image", "market"])

beforeAll(async () => {
  const time = clock(T0)
  const hook = await receiver()
  const mock: MockServer = await start({ now: time.now, webhookSecret: "s", credits: 10_000 })
  const api = mock.url
  const up = mock.uploadUrl
  const post = (path: string, body: unknown, label: string, apiKey?: string | null) =>
    call(api, "POST", path, { body, label, ...(apiKey !== undefined ? { apiKey } : {}) })
  const get = (path: string, taskId: string | undefined, label: string, apiKey?: string | null) =>
    call(api, "GET", path, {
      label,
      ...(taskId !== undefined ? { query: { taskId } } : {}),
      ...(apiKey !== undefined ? { apiKey } : {}),
    })

  // --- creates: success for every family and typed Market model, failure triggers, callbacks
  const cb = { callBackUrl: hook.url }
  const flux = await post(PATHS.fluxGenerate, { prompt: "a fox", ...cb }, "flux ok")
  const fluxFail = await post(PATHS.fluxGenerate, { prompt: "x mock:fail=400", ...cb }, "flux fail")
  const fluxCreateFail = await post(
    PATHS.fluxGenerate,
    { prompt: "x mock:fail=create", ...cb },
    "flux create fail",
  )
  const gpt = await post(
    PATHS.gptGenerate,
    { prompt: "a fox", size: "1:1", nVariants: 4, ...cb },
    "4o ok",
  )
  const gptFail = await post(
    PATHS.gptGenerate,
    { prompt: "x mock:fail=451", size: "1:1", ...cb },
    "4o fail",
  )
  const gptCreateFail = await post(
    PATHS.gptGenerate,
    { prompt: "x mock:fail=create", size: "2:3" },
    "4o create fail",
  )
  const marketBodies = [
    {
      model: "google/nano-banana",
      input: { prompt: "b", output_format: "jpeg", image_size: "4:3" },
    },
    { model: "bytedance/seedream-v4-text-to-image", input: { prompt: "c", max_images: 2 } },
    { model: "grok-imagine/text-to-image", input: { prompt: "d", aspect_ratio: "3:2" } },
    {
      model: "kling-2.6/text-to-video",
      input: { prompt: "e", sound: false, aspect_ratio: "1:1", duration: "5" },
    },
    { model: "elevenlabs/text-to-speech-multilingual-v2", input: { text: "f", voice: "Rachel" } },
    {
      model: "seedream/4.5-edit",
      input: {
        prompt: "g",
        image_urls: ["https://example.com/a.webp"],
        aspect_ratio: "1:1",
        quality: "basic",
      },
    },
    { model: "wan/3-0-video-prime", input: { prompt: "h" } },
  ]
  const id = (e: Exchange): string => e.body.data.taskId
  const market: string[] = []
  for (const body of marketBodies) {
    market.push(id(await post(PATHS.marketCreate, { ...body, ...cb }, `market ${body.model}`)))
  }
  const marketFail = id(
    await post(
      PATHS.marketCreate,
      { model: "google/nano-banana", input: { prompt: "x mock:fail=422" }, ...cb },
      "market fail",
    ),
  )

  // --- record-info while running, per family and Market state
  for (const at of [0, 300, 700]) {
    time.set(T0 + at)
    await get(PATHS.fluxRecord, id(flux), `flux running ${at}`)
    await get(PATHS.gptRecord, id(gpt), `4o running ${at}`)
    await get(PATHS.marketRecord, market[0], `market running ${at}`)
  }
  await get(PATHS.fluxRecord, id(fluxCreateFail), "flux create failed")
  await get(PATHS.gptRecord, id(gptCreateFail), "4o create failed")

  // --- completion, callbacks, final records
  time.set(T0 + 1500)
  await mock.flushCallbacks()
  for (const taskId of [id(flux), id(fluxFail)]) await get(PATHS.fluxRecord, taskId, "flux final")
  for (const taskId of [id(gpt), id(gptFail)]) await get(PATHS.gptRecord, taskId, "4o final")
  for (const taskId of [...market, marketFail])
    await get(PATHS.marketRecord, taskId, "market final")

  // --- every other task family, from its documented examples: each create (with a callback),
  // a failing main create, its records queued/running and final, and its query operations.
  const generic: { family: string; taskId: string; failed: boolean }[] = []
  const later: [string, Body, string][] = []
  for (const [path, item] of Object.entries<Body>(doc.paths)) {
    for (const [method, op] of Object.entries<Body>(item)) {
      const meta = op?.["x-kie-operation"]
      if (meta === undefined || HAND_WRITTEN_FAMILIES.has(meta.family)) continue
      if (meta.role === "create") {
        const key = `generic-${meta.family}`
        const body = { ...requestExample(path, method), ...cb }
        const created = await post(path, body, `${op.operationId} ok`, key)
        expect(created.body.code, `${op.operationId}: ${created.body.msg}`).toBe(200)
        generic.push({ family: meta.family, taskId: id(created), failed: false })
        if (meta.main === true || doc.paths[path].post === op) {
          const failing = { ...body, prompt: "x mock:fail=500" }
          if (!("prompt" in body)) delete (failing as Body).prompt
          const text = Object.entries(body).find(
            ([k, v]) => typeof v === "string" && k !== "callBackUrl",
          )
          if (!("prompt" in body) && text !== undefined)
            failing[text[0]] = `${text[1]} mock:fail=500`
          const failed = await post(path, failing, `${op.operationId} fail`, key)
          if (failed.body.code === 200) {
            generic.push({ family: meta.family, taskId: id(failed), failed: true })
          }
        }
      } else if (meta.role === "query") {
        later.push([path, op, method])
      }
    }
  }
  const readPath = (family: string): string => {
    for (const [path, item] of Object.entries<Body>(doc.paths)) {
      const op = item.get
      if (op?.["x-kie-operation"]?.role === "read" && op["x-kie-operation"].family === family) {
        return path
      }
    }
    throw new Error(`no read operation for ${family}`)
  }
  const started = time.now()
  for (const at of [0, 700]) {
    time.set(started + at)
    for (const task of generic) {
      await get(
        readPath(task.family),
        task.taskId,
        `${task.family} running ${at}`,
        `generic-${task.family}`,
      )
    }
  }
  time.set(started + 5000)
  await mock.flushCallbacks()
  for (const task of generic) {
    const final = await get(
      readPath(task.family),
      task.taskId,
      `${task.family} final`,
      `generic-${task.family}`,
    )
    expect(final.body.code).toBe(200)
  }
  for (const [path, op, method] of later) {
    const family = op["x-kie-operation"].family
    const body = requestExample(path, method) ?? {}
    const done = generic.find((task) => task.family === family && !task.failed)
    if ("taskId" in body && done !== undefined) body.taskId = done.taskId
    const answer =
      method === "get"
        ? await get(path, done?.taskId, `${op.operationId} ok`, `generic-${family}`)
        : await post(path, body, `${op.operationId} ok`, `generic-${family}`)
    expect(answer.body.code, `${op.operationId}: ${answer.body.msg}`).toBe(200)
    if (method === "get")
      await get(path, "missing", `${op.operationId} missing`, `generic-${family}`)
    else
      await post(
        path,
        { ...body, taskId: "missing" },
        `${op.operationId} missing`,
        `generic-${family}`,
      )
  }

  // --- every typed Market model, from its documented example
  let n = 0
  for (const model of marketModels) {
    const example = doc.components.schemas[model.schema].examples?.[0]
    // One vendor page shows no example (bytedance/seedream): nothing to send.
    if (example === undefined) continue
    const body = { ...structuredClone(example), ...cb }
    const key = `models-${Math.floor(n++ / 20)}`
    const created = await post(PATHS.marketCreate, body, `market ${model.id}`, key)
    expect(created.body.code, `${model.id}: ${created.body.msg}`).toBe(200)
    modelTasks.push({ taskId: id(created), key })
  }
  time.set(time.now() + 5000)
  for (const task of modelTasks)
    await get(PATHS.marketRecord, task.taskId, "market model final", task.key)
  await mock.flushCallbacks()

  for (const delivery of mock.callbacks) {
    const webhook = webhookOf[delivery.api]
    if (webhook !== undefined) callbackPayloads.push({ webhook, payload: delivery.payload })
  }

  // --- credits, download links
  await get(PATHS.credits, undefined, "credits")
  const fluxRecord = (await get(PATHS.fluxRecord, id(flux), "flux again")).body
  const gptRecord = (await get(PATHS.gptRecord, id(gpt), "4o again")).body
  await post(PATHS.download, { url: fluxRecord.data.response.resultImageUrl }, "download ok")
  await post(PATHS.download, { url: "https://example.com/x.png" }, "download external")
  await post(PATHS.download, {}, "download invalid")
  await post(
    PATHS.gptDownload,
    { taskId: id(gpt), url: gptRecord.data.response.resultUrls[0] },
    "4o download ok",
  )
  await post(
    PATHS.gptDownload,
    { taskId: "nope", url: gptRecord.data.response.resultUrls[0] },
    "4o download no record",
  )
  await post(
    PATHS.gptDownload,
    { taskId: id(gptFail), url: gptRecord.data.response.resultUrls[0] },
    "4o download failed task",
  )

  // --- errors: 401, 402, 404, 422, 400, malformed JSON
  for (const [method, path] of [
    ["GET", PATHS.credits],
    ["GET", PATHS.fluxRecord],
    ["GET", PATHS.gptRecord],
    ["GET", PATHS.marketRecord],
    ["POST", PATHS.fluxGenerate],
    ["POST", PATHS.gptGenerate],
    ["POST", PATHS.gptDownload],
    ["POST", PATHS.marketCreate],
    ["POST", PATHS.download],
  ] as const) {
    await call(api, method, path, {
      apiKey: null,
      label: "401",
      query: { taskId: "x" },
      ...(method === "POST" ? { body: {} } : {}),
    })
  }
  await get(PATHS.fluxRecord, "missing", "404")
  await get(PATHS.gptRecord, "missing", "404")
  await get(PATHS.marketRecord, "missing", "404")
  await get(PATHS.fluxRecord, undefined, "422 no taskId")
  await get(PATHS.gptRecord, undefined, "422 no taskId")
  await get(PATHS.marketRecord, undefined, "400 no taskId")
  await post(PATHS.fluxGenerate, { prompt: "x", aspectRatio: "2:1" }, "422")
  await post(PATHS.gptGenerate, { size: "1:1" }, "422")
  await post(PATHS.marketCreate, { model: "google/nano-banana", input: {} }, "422")
  await post(PATHS.gptGenerate, "{broken", "400 format error")
  await post(PATHS.fluxGenerate, "{broken", "422 malformed")
  await post(PATHS.marketCreate, "{broken", "422 malformed")
  mock.setCredits("poor", 1)
  await post(PATHS.fluxGenerate, { prompt: "x" }, "402", "poor")
  await post(PATHS.gptGenerate, { prompt: "x", size: "1:1" }, "402", "poor")
  await post(PATHS.marketCreate, { model: "a/b", input: {} }, "402", "poor")

  // --- rate limits
  for (let i = 0; i < 21; i++) await post(PATHS.fluxGenerate, { prompt: `r${i}` }, "rate", "busy")
  await post(PATHS.gptGenerate, { prompt: "x", size: "1:1" }, "429", "busy")
  await post(PATHS.marketCreate, { model: "a/b", input: {} }, "429", "busy")
  for (let i = 0; i < 4; i++) await get(PATHS.gptRecord, id(gpt), "4o query limit")

  // --- faults (JSON ones) on every operation
  for (const kind of ["5xx", "maintenance"] as const) {
    for (const [operationId, method, path, body] of [
      ["getCredits", "GET", PATHS.credits, undefined],
      ["fluxKontextGenerate", "POST", PATHS.fluxGenerate, { prompt: "x" }],
      ["fluxKontextRecordInfo", "GET", PATHS.fluxRecord, undefined],
      ["gpt4oImageGenerate", "POST", PATHS.gptGenerate, { prompt: "x", size: "1:1" }],
      ["gpt4oImageRecordInfo", "GET", PATHS.gptRecord, undefined],
      ["gpt4oImageDownloadUrl", "POST", PATHS.gptDownload, { taskId: "x", url: "http://a/b" }],
      ["marketCreateTask", "POST", PATHS.marketCreate, { model: "a/b", input: {} }],
      ["marketRecordInfo", "GET", PATHS.marketRecord, undefined],
      ["commonDownloadUrl", "POST", PATHS.download, { url: "http://a/b" }],
    ] as const) {
      mock.injectFault(kind, { operationId })
      await call(api, method, path, {
        label: kind,
        query: { taskId: "x" },
        ...(body !== undefined ? { body } : {}),
      })
    }
  }

  // --- uploads
  const pixel =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=="
  const b64 = await call(up, "POST", PATHS.uploadBase64, {
    body: { base64Data: `data:image/png;base64,${pixel}`, uploadPath: "a/b", fileName: "p.png" },
    label: "upload b64",
  })
  const form = new FormData()
  form.append("file", new Blob([Buffer.from("hello")], { type: "text/plain" }), "h.txt")
  form.append("uploadPath", "docs")
  await call(up, "POST", PATHS.uploadStream, { raw: form, label: "upload stream" })
  await call(up, "POST", PATHS.uploadUrl, {
    body: { fileUrl: b64.body.data.downloadUrl, uploadPath: "copy" },
    label: "upload url",
  })
  await call(up, "POST", PATHS.uploadBase64, {
    body: { base64Data: "@@@", uploadPath: "x" },
    label: "upload bad b64",
  })
  await call(up, "POST", PATHS.uploadBase64, {
    body: { base64Data: pixel },
    label: "upload missing",
  })
  await call(up, "POST", PATHS.uploadBase64, { body: "{broken", label: "upload malformed" })
  await call(up, "POST", PATHS.uploadStream, { raw: "x", label: "upload not multipart" })
  await call(up, "POST", PATHS.uploadUrl, {
    body: { fileUrl: "https://example.com/a.png", uploadPath: "x" },
    label: "upload external",
  })
  for (const path of [PATHS.uploadBase64, PATHS.uploadStream, PATHS.uploadUrl]) {
    await call(up, "POST", path, { apiKey: null, body: {}, label: "upload 401" })
  }
  for (const [operationId, path] of [
    ["uploadFileBase64", PATHS.uploadBase64],
    ["uploadFileStream", PATHS.uploadStream],
    ["uploadFileUrl", PATHS.uploadUrl],
  ] as const) {
    for (const kind of ["5xx", "maintenance"] as const) {
      mock.injectFault(kind, { operationId })
      await call(up, "POST", path, { body: {}, label: `upload ${kind}` })
    }
  }
})

describe("contract: every response validates against the spec", () => {
  it("covers every operation of the spec", () => {
    const all = [...routes.values()].map((r) => r.operationId).sort()
    expect([...new Set(exchanges.map((e) => e.operationId))].sort()).toEqual(all)
    expect(all.length).toBeGreaterThan(40)
  })

  it("covers the error paths", () => {
    const seen = (operationId: string) => [...(coveredStatuses.get(operationId) ?? [])]
    expect(seen("fluxKontextGenerate")).toEqual(
      expect.arrayContaining([
        "200/200",
        "200/401",
        "200/402",
        "200/422",
        "429/429",
        "500/500",
        "200/455",
      ]),
    )
    expect(seen("gpt4oImageGenerate")).toEqual(
      expect.arrayContaining([
        "200/200",
        "200/400",
        "200/401",
        "200/402",
        "200/422",
        "429/429",
        "500/500",
        "200/455",
      ]),
    )
    expect(seen("marketCreateTask")).toEqual(
      expect.arrayContaining([
        "200/200",
        "200/401",
        "200/402",
        "200/422",
        "429/429",
        "500/500",
        "200/455",
      ]),
    )
    expect(seen("fluxKontextRecordInfo")).toEqual(
      expect.arrayContaining(["200/200", "200/401", "200/404", "200/422"]),
    )
    expect(seen("gpt4oImageRecordInfo")).toEqual(
      expect.arrayContaining(["200/200", "200/404", "200/422", "429/429"]),
    )
    expect(seen("marketRecordInfo")).toEqual(
      expect.arrayContaining(["200/200", "400/400", "404/404", "200/401", "500/500"]),
    )
    expect(seen("commonDownloadUrl")).toEqual(
      expect.arrayContaining(["200/200", "200/422", "200/401"]),
    )
    expect(seen("gpt4oImageDownloadUrl")).toEqual(
      expect.arrayContaining(["200/200", "200/422", "200/401"]),
    )
    for (const upload of ["uploadFileBase64", "uploadFileStream", "uploadFileUrl"]) {
      expect(seen(upload)).toEqual(
        expect.arrayContaining(["200/200", "400/400", "401/401", "500/500"]),
      )
    }
  })

  it("validates every response body against its declared schema", () => {
    const failures: string[] = []
    for (const exchange of exchanges) {
      const route = [...routes.values()].find((r) => r.operationId === exchange.operationId)
      if (route === undefined) throw new Error(exchange.operationId)
      const pointer = responsePointer(route, exchange.status)
      if (pointer === undefined) {
        failures.push(
          `${exchange.operationId} [${exchange.label}]: HTTP ${exchange.status} is not declared`,
        )
        continue
      }
      const validate = compile(pointer)
      if (!validate(exchange.body)) {
        failures.push(
          `${exchange.operationId} [${exchange.label}] HTTP ${exchange.status}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(exchange.body)}`,
        )
      }
    }
    expect(failures).toEqual([])
    expect(exchanges.length).toBeGreaterThan(120)
  })

  it("validates every callback payload against the webhook schema", () => {
    expect(new Set(callbackPayloads.map((c) => c.webhook))).toEqual(
      new Set(Object.keys(doc.webhooks)),
    )
    expect(callbackPayloads.length).toBeGreaterThan(13 + marketModels.length)
    const failures: string[] = []
    for (const { webhook, payload } of callbackPayloads) {
      const validate = compile(
        `${ID}#/webhooks/${webhook}/post/requestBody/content/application~1json/schema`,
      )
      if (!validate(payload))
        failures.push(
          `${webhook}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(payload)}`,
        )
    }
    expect(failures).toEqual([])
  })

  it("callbacks of each create operation point at the same webhook schemas", () => {
    for (const [path, name] of [
      [PATHS.fluxGenerate, "fluxKontextCallback"],
      [PATHS.gptGenerate, "gpt4oImageCallback"],
      [PATHS.marketCreate, "marketCallback"],
    ] as const) {
      const callbacks = doc.paths[path].post.callbacks
      const [expression] =
        Object.values<Record<string, { post: { requestBody: unknown } }>>(callbacks)
      const body = Object.values(expression ?? {})[0]?.post.requestBody
      expect(body).toEqual(doc.webhooks[name].post.requestBody)
    }
  })
})

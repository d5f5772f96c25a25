import type { RunRequest } from "@kie-kit/client/core"
import { Effect, Option } from "effect"
import type { FluxGenerateInput, Gpt4oGenerateInput, MarketCreateInput } from "../commands/generate"
import * as flow from "../internal/flow"
import { type Globals, withSession } from "../internal/session"

/** `{ key: value }` when the option is set, `{}` otherwise. */
const opt = <K extends string, A>(key: K, value: Option.Option<A>): { [P in K]?: A } =>
  (Option.isSome(value) ? { [key]: value.value } : {}) as { [P in K]?: A }

/** Creates the task, then waits/downloads as asked. Shared by the three create commands. */
const createAndFollow = (
  globals: Globals,
  request: RunRequest,
  wait: boolean,
  out: Option.Option<string>,
) => {
  const progress = { sent: false }
  return withSession(globals, (session) =>
    flow.createAndFollow(session, request, { wait, out: Option.getOrUndefined(out) }, progress),
  ).pipe(Effect.asVoid, flow.reportNotCreated(request.api, progress))
}

export const fluxGenerate = (input: FluxGenerateInput, globals: Globals) =>
  createAndFollow(
    globals,
    {
      api: "flux-kontext",
      prompt: input.prompt,
      ...opt("model", input.model),
      ...opt("aspectRatio", input.aspectRatio),
      ...opt("inputImage", input.inputImage),
      ...opt("outputFormat", input.outputFormat),
      ...opt("safetyTolerance", input.safetyTolerance),
      ...opt("callBackUrl", input.callbackUrl),
    },
    input.wait,
    input.out,
  )

export const gpt4oGenerate = (input: Gpt4oGenerateInput, globals: Globals) =>
  createAndFollow(
    globals,
    {
      api: "gpt4o-image",
      ...opt("prompt", input.prompt),
      size: input.size,
      ...(input.filesUrl.length > 0 ? { filesUrl: [...input.filesUrl] } : {}),
      ...opt("maskUrl", input.maskUrl),
      ...opt("nVariants", input.variants),
      ...opt("callBackUrl", input.callbackUrl),
    },
    input.wait,
    input.out,
  )

export const marketCreate = (input: MarketCreateInput, globals: Globals) =>
  createAndFollow(
    globals,
    {
      api: "market",
      model: input.model,
      input: input.input,
      ...opt("callBackUrl", input.callbackUrl),
    },
    input.wait,
    input.out,
  )

import type { components, operations } from "@kie-kit/spec"

type FluxBody = components["schemas"]["FluxKontextGenerateRequest"]
export const body: FluxBody = { prompt: "a red fox in fresh snow", aspectRatio: "16:9" }

export type MarketState = components["schemas"]["MarketRecord"]["state"]
// "waiting" | "queuing" | "generating" | "success" | "fail"
export type Operation = keyof operations // "fluxKontextGenerate" | "marketCreateTask" | ...

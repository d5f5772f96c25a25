// What every part of the engine shares: the resolved config, the spec, the clock, the base URLs
// of the two listeners, and the seeded "ids" PRNG behind task ids, download tokens and random
// upload names (one stream, so a seeded run replays all of them).

import type { Config } from "../config"
import { Random, streamSeed } from "../internal/random"
import type { Spec } from "../spec"

export class EngineContext {
  /** The "ids" PRNG stream; replaced by `reseed()`. */
  ids: Random
  /** Base URL of the API host stand-in (set once both listeners are up). */
  apiUrl = ""
  /** Base URL of the upload host stand-in. */
  uploadUrl = ""

  constructor(
    readonly config: Config,
    readonly spec: Spec,
  ) {
    this.ids = new Random(streamSeed(config.seed, "ids"))
  }

  now(): number {
    return this.config.now()
  }

  /** Restarts the ids stream from the seed (`reset()`). */
  reseed(): void {
    this.ids = new Random(streamSeed(this.config.seed, "ids"))
  }
}

/** `value` as a record, or `{}` when it is not a plain object. */
export function obj(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

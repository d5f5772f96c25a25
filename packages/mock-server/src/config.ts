// The server's settings: the documented defaults, and `resolveConfig`, which turns the public
// `MockServerOptions` into the fully-populated `Config` every part of the engine reads.

import { limits } from "@kie-kit/spec"
import type { FamilyTtls } from "./families"
import { FAULT_KINDS, type FaultKind, type MockServerOptions } from "./options"

const DAY = 24 * 60 * 60_000

/** The default seed of the PRNG behind task ids, download tokens, file names and faults. */
export const DEFAULT_SEED = 0x4b1e

export const DEFAULTS = {
  host: "127.0.0.1",
  credits: 1000,
  taskDurationMs: 1500,
  resultUrlTtlMs: { fluxKontext: 14 * DAY, gpt4oImage: 14 * DAY, market: DAY, other: 14 * DAY },
  downloadUrlTtlMs: 20 * 60_000,
  uploadTtlMs: 3 * DAY,
  retentionMs: 14 * DAY,
  rateLimit: {
    // The account's create limit, from the spec (`x-kie-limits`): 20 per 10 s.
    creates: limits.creates,
    perMs: limits.createWindowMs,
    gpt4oQueriesPerSecond: 3,
    marketQueriesPerSecond: false,
  },
  faults: { rate: 0, slowMs: 2000 },
  callbackRetryDelaysMs: [1000, 5000, 15000],
  callbackTimeoutMs: 15_000,
} as const

export interface RateLimitConfig {
  readonly creates: number
  readonly perMs: number
  readonly gpt4oQueriesPerSecond: number | false
  readonly marketQueriesPerSecond: number | false
}

export interface Config {
  readonly host: string
  readonly apiKeys?: ReadonlySet<string>
  readonly credits: number
  readonly taskDurationMs: number
  readonly ttls: FamilyTtls
  readonly downloadUrlTtlMs: number
  readonly uploadTtlMs: number
  readonly retentionMs: number
  readonly webhookSecret?: string
  readonly rateLimit: false | RateLimitConfig
  readonly faultRate: number
  readonly faultKinds: readonly FaultKind[]
  readonly slowMs: number
  readonly seed: number
  readonly now: () => number
  readonly log?: (line: string) => void
  readonly callbackRetryDelaysMs: readonly number[]
  readonly callbackTimeoutMs: number
}

/** Fills in the defaults; throws on an unknown fault kind or a fault rate outside 0..1. */
export function resolveConfig(options: MockServerOptions): Config {
  const ttl = options.resultUrlTtlMs
  const ttls: FamilyTtls =
    typeof ttl === "number"
      ? { "flux-kontext": ttl, "gpt4o-image": ttl, market: ttl, other: ttl }
      : {
          "flux-kontext": ttl?.fluxKontext ?? DEFAULTS.resultUrlTtlMs.fluxKontext,
          "gpt4o-image": ttl?.gpt4oImage ?? DEFAULTS.resultUrlTtlMs.gpt4oImage,
          market: ttl?.market ?? DEFAULTS.resultUrlTtlMs.market,
          other: ttl?.other ?? DEFAULTS.resultUrlTtlMs.other,
        }
  const rate = options.rateLimit
  const kinds = options.faults?.kinds ?? FAULT_KINDS
  for (const kind of kinds) {
    if (!FAULT_KINDS.includes(kind)) throw new TypeError(`Unknown fault kind: ${String(kind)}`)
  }
  const faultRate = options.faults?.rate ?? DEFAULTS.faults.rate
  if (!(faultRate >= 0 && faultRate <= 1))
    throw new RangeError("faults.rate must be between 0 and 1")
  const logger = options.logger
  return {
    host: options.host ?? DEFAULTS.host,
    ...(options.apiKeys !== undefined ? { apiKeys: new Set(options.apiKeys) } : {}),
    credits: options.credits ?? DEFAULTS.credits,
    taskDurationMs: Math.max(0, options.taskDurationMs ?? DEFAULTS.taskDurationMs),
    ttls,
    downloadUrlTtlMs: options.downloadUrlTtlMs ?? DEFAULTS.downloadUrlTtlMs,
    uploadTtlMs: options.uploadTtlMs ?? DEFAULTS.uploadTtlMs,
    retentionMs: options.retentionMs ?? DEFAULTS.retentionMs,
    ...(options.webhookSecret !== undefined ? { webhookSecret: options.webhookSecret } : {}),
    rateLimit:
      rate === false
        ? false
        : {
            creates: rate?.creates ?? DEFAULTS.rateLimit.creates,
            perMs: rate?.perMs ?? DEFAULTS.rateLimit.perMs,
            gpt4oQueriesPerSecond:
              rate?.gpt4oQueriesPerSecond ?? DEFAULTS.rateLimit.gpt4oQueriesPerSecond,
            marketQueriesPerSecond:
              rate?.marketQueriesPerSecond ?? DEFAULTS.rateLimit.marketQueriesPerSecond,
          },
    faultRate,
    faultKinds: kinds,
    slowMs: options.faults?.slowMs ?? DEFAULTS.faults.slowMs,
    seed: options.seed ?? DEFAULT_SEED,
    now: options.now ?? Date.now,
    ...(typeof logger === "function" ? { log: logger } : {}),
    callbackRetryDelaysMs: options.callbackRetryDelaysMs ?? DEFAULTS.callbackRetryDelaysMs,
    callbackTimeoutMs: options.callbackTimeoutMs ?? DEFAULTS.callbackTimeoutMs,
  }
}

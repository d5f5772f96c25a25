// Faults and forced errors: the queues behind `injectFault` and `injectError`, the seeded random
// faults of `faults.rate`, the replies they turn into on each host, and the delay of the "slow"
// fault. `InjectionQueue` is also the queue behind `injectResponse` (./scripted.ts).

import type { Config } from "../config"
import { envelope, MESSAGES, type Reply, serverError, uploadError } from "../internal/http"
import { Random, streamSeed } from "../internal/random"
import { FAULT_KINDS, type FaultKind, type InjectFaultOptions } from "../options"
import type { Host } from "../spec"

/** The messages KIE documents for the codes tests most often force with `injectError`. */
const INJECTED_ERROR_MESSAGES: Readonly<Record<number, string>> = {
  401: "You do not have access permissions",
  402: "Credits insufficient",
  404: "Not found",
  408: "Upstream has not returned a result for more than 10 minutes",
  422: "Validation error",
  429: "Rate limit exceeded",
  433: "Sub-key usage exceeds the configured limit",
  455: "Service unavailable: system maintenance",
  500: "Server error",
  501: "Generation failed",
  505: "The feature is disabled",
  550: "Connection denied: the task was rejected because the queue is full",
}

/**
 * Values forced on the next matching request(s), first in first out: each entry serves `times`
 * requests (of its operation, or of any operation) before the next matching entry is used.
 */
export class InjectionQueue<T> {
  private readonly entries: { value: T; operationId?: string; remaining: number }[] = []

  /** Queues `value`; throws a RangeError unless `times` is an integer >= 1. */
  push(value: T, options: InjectFaultOptions = {}): void {
    const times = options.times ?? 1
    if (!(Number.isInteger(times) && times > 0)) throw new RangeError("times must be >= 1")
    this.entries.push({
      value,
      ...(options.operationId !== undefined ? { operationId: options.operationId } : {}),
      remaining: times,
    })
  }

  /** Takes one use of the first entry that matches the operation, if any. */
  take(operationId: string): T | undefined {
    const index = this.entries.findIndex(
      (e) => e.operationId === undefined || e.operationId === operationId,
    )
    const entry = this.entries[index]
    if (entry === undefined) return undefined
    entry.remaining--
    if (entry.remaining <= 0) this.entries.splice(index, 1)
    return entry.value
  }

  clear(): void {
    this.entries.length = 0
  }
}

export class Faults {
  private readonly forcedFaults = new InjectionQueue<FaultKind>()
  private readonly forcedErrors = new InjectionQueue<number>()
  private readonly sleeps = new Set<ReturnType<typeof setTimeout>>()
  private random: Random

  constructor(private readonly config: Config) {
    this.random = new Random(streamSeed(config.seed, "faults"))
  }

  injectFault(kind: FaultKind, options: InjectFaultOptions = {}): void {
    if (!FAULT_KINDS.includes(kind)) throw new TypeError(`Unknown fault kind: ${String(kind)}`)
    this.forcedFaults.push(kind, options)
  }

  injectError(code: number, options: InjectFaultOptions = {}): void {
    if (!(Number.isInteger(code) && code >= 400 && code <= 599)) {
      throw new RangeError("code must be an error code between 400 and 599")
    }
    this.forcedErrors.push(code, options)
  }

  /** The fault for this request: an injected one first, else a seeded random one (or none). */
  pickFault(operationId: string): FaultKind | undefined {
    const forced = this.forcedFaults.take(operationId)
    if (forced !== undefined) return forced
    const { faultRate, faultKinds } = this.config
    if (faultRate <= 0 || faultKinds.length === 0) return undefined
    if (this.random.next() >= faultRate) return undefined
    return faultKinds[this.random.int(faultKinds.length)]
  }

  /** The reply of the next error forced with `injectError` for this operation, if any. */
  pickError(host: Host, operationId: string): Reply | undefined {
    const code = this.forcedErrors.take(operationId)
    if (code === undefined) return undefined
    const msg = INJECTED_ERROR_MESSAGES[code] ?? `Error ${code}`
    return host === "upload" ? uploadError(code, msg) : envelope(code, msg)
  }

  /** The reply of a fault that answers instead of the operation ("5xx", "maintenance"). */
  faultReply(host: Host, fault: FaultKind | undefined): Reply | undefined {
    if (fault === "5xx") return serverError(host)
    if (fault === "maintenance") {
      return host === "upload"
        ? uploadError(500, MESSAGES.maintenance, 455)
        : envelope(455, MESSAGES.maintenance)
    }
    return undefined
  }

  /**
   * The "slow" fault's delay. Not cancelled by reset() (the request still gets its answer);
   * stop() cancels it and the connection is dropped.
   */
  slow(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.sleeps.delete(timer)
        resolve()
      }, this.config.slowMs)
      this.sleeps.add(timer)
    })
  }

  /** Forgets injected faults and errors and re-seeds the random faults. */
  reset(): void {
    this.forcedFaults.clear()
    this.forcedErrors.clear()
    this.random = new Random(streamSeed(this.config.seed, "faults"))
  }

  stop(): void {
    for (const timer of this.sleeps) clearTimeout(timer)
    this.sleeps.clear()
  }
}

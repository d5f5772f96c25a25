// Scripted responses (`mock.injectResponse`): exact replies queued for the next matching
// operation requests, ahead of everything else the engine would do with them. A script is a
// response, or a function of the request that returns one.

import { validateHeaderName, validateHeaderValue } from "node:http"
import { type Reply, text } from "../internal/http"
import {
  FAULT_KINDS,
  type FaultKind,
  type InjectFaultOptions,
  type ScriptedFault,
  type ScriptedRequest,
  type ScriptedResponse,
} from "../options"
import { InjectionQueue } from "./faults"

export type Script =
  | ScriptedResponse
  | ScriptedFault
  | ((request: ScriptedRequest) => ScriptedResponse)

/** The fault of a scripted fault, if `script` is one. */
export const scriptedFault = (script: Script | undefined): FaultKind | undefined =>
  script !== undefined && typeof script !== "function" && "fault" in script
    ? script.fault
    : undefined

export class Scripts {
  private readonly queue = new InjectionQueue<Script>()

  /** Queues a script; a response (not a function) is checked now and throws when invalid. */
  inject(script: Script, options: InjectFaultOptions = {}): void {
    const fault = scriptedFault(script)
    if (fault !== undefined) {
      if (!FAULT_KINDS.includes(fault)) {
        throw new TypeError(`injectResponse: unknown fault ${String(fault)}`)
      }
    } else if (typeof script !== "function") scriptedReply(script as ScriptedResponse)
    this.queue.push(script, options)
  }

  /** Takes one use of the first script that matches the operation, if any. */
  take(operationId: string): Script | undefined {
    return this.queue.take(operationId)
  }

  /**
   * The reply of a script for a request. When a function throws or returns an invalid response,
   * the request gets HTTP 500 with the reason as text, and the reason is logged.
   */
  reply(
    script: Exclude<Script, ScriptedFault>,
    request: ScriptedRequest,
    log?: (line: string) => void,
  ): Reply {
    if (typeof script !== "function") return scriptedReply(script)
    try {
      return scriptedReply(script(request))
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      log?.(`injectResponse function failed: ${reason}`)
      return text(500, `injectResponse function failed: ${reason}`)
    }
  }

  clear(): void {
    this.queue.clear()
  }
}

/** Turns a scripted response into a reply; throws a TypeError/RangeError when it is invalid. */
export function scriptedReply(response: ScriptedResponse): Reply {
  if (typeof response !== "object" || response === null) {
    throw new TypeError("injectResponse: the response must be an object with a body")
  }
  const status = response.status ?? 200
  if (!(Number.isInteger(status) && status >= 200 && status <= 599)) {
    throw new RangeError(`injectResponse: status must be an integer 200-599, got ${status}`)
  }
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    if (typeof value !== "string") {
      throw new TypeError(`injectResponse: the value of header ${name} must be a string`)
    }
    try {
      validateHeaderName(name)
      validateHeaderValue(name, value)
    } catch (error) {
      throw new TypeError(
        `injectResponse: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    headers[name] = value
  }
  const extra = Object.keys(headers).length > 0 ? { headers } : {}
  const body = response.body
  if (body === undefined) return { status, raw: Buffer.alloc(0), ...extra }
  if (typeof body === "string") {
    return { status, raw: Buffer.from(body), contentType: "text/plain; charset=utf-8", ...extra }
  }
  let serialized: string | undefined
  try {
    serialized = JSON.stringify(body)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new TypeError(`injectResponse: the body cannot be serialized as JSON: ${reason}`)
  }
  if (serialized === undefined) {
    throw new TypeError("injectResponse: the body cannot be serialized as JSON")
  }
  return { status, json: body, ...extra }
}

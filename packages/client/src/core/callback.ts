/**
 * Reading callback bodies into the one task model, with each family's callback rules from the
 * spec (`callbackRules`: the `x-kie-task` of its webhook) and the one tolerant rule of
 * `task.ts`. Its own module, so code that never receives callbacks does not carry their rules.
 */
import { callbackRules } from "@kie-kit/spec"
import { DecodeFailure, decoding, type KieApi, type TaskOf, taskReader } from "./task"

const readCallback = taskReader(callbackRules, "", "callback")

/**
 * Parses a callback body (an object, or its JSON text) into a {@link Task} with the family's
 * callback rules; `raw` is the whole body. Strict about the outcome (task id, status, the outputs
 * of a success, the failure of a failure), tolerant about the rest, as for records.
 */
export const parseCallback = <A extends KieApi>(api: A, payload: unknown): TaskOf<A> => {
  let body = payload
  if (typeof payload === "string") {
    body = decoding(payload, () => {
      try {
        return JSON.parse(payload) as unknown
      } catch {
        throw new DecodeFailure("(body)", "not valid JSON")
      }
    })
  }
  return decoding(body, () => readCallback(api, body)) as TaskOf<A>
}

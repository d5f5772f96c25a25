/**
 * What both clients' scenario runners share: scripting the mock's answers for a row of
 * `scenarios.ts`, and checking the outcome.
 */
import { expect } from "vitest"
import type { Reply, Scenario, Step } from "./scenarios"

/** The part of the mock server's inspection API the runners use. */
export interface ScriptableMock {
  injectResponse(
    reply: Reply | { readonly fault: never },
    options: { operationId?: never; times?: number },
  ): void
  readonly requests: ReadonlyArray<{ readonly body?: unknown }>
}

/** Scripts the mock's answers for a scenario, in order (faults in their place in the queue). */
export const script = (mock: ScriptableMock, scenario: Scenario): void => {
  for (const step of scenario.steps as ReadonlyArray<Step>) {
    const options = { operationId: step.operationId as never, times: step.times ?? 1 }
    mock.injectResponse("fault" in step ? { fault: step.fault as never } : step.reply, options)
  }
}

/** Checks a scenario's outcome: the value (matched), or the error's tag and fields. */
export const expectOutcome = (
  scenario: Scenario,
  outcome: { readonly value: unknown } | { readonly error: unknown },
): void => {
  if ("error" in scenario.expect) {
    expect(outcome, "expected an error").toHaveProperty("error")
    const error = (outcome as { error: { _tag?: string } }).error
    expect(error._tag, String(error)).toBe(scenario.expect.error)
    if (scenario.expect.fields) expect(error).toMatchObject(scenario.expect.fields)
    return
  }
  expect(outcome, String((outcome as { error?: unknown }).error)).toHaveProperty("value")
  const value = (outcome as { value: unknown }).value
  if (typeof scenario.expect.value === "object" && scenario.expect.value !== null) {
    expect(value).toMatchObject(scenario.expect.value)
  } else expect(value).toEqual(scenario.expect.value)
}

/** Checks what the server saw: the number of requests and, when the row says, the last body. */
export const expectSent = (mock: ScriptableMock, scenario: Scenario): void => {
  expect(mock.requests).toHaveLength(scenario.requests)
  if (scenario.sent !== undefined) expect(mock.requests.at(-1)?.body).toEqual(scenario.sent)
}

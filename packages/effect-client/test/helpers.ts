import * as Effect from "effect/Effect"
import type * as Fiber from "effect/Fiber"
import { TestClock } from "effect/testing"
import { KieClient, type KieClientOptions } from "../src"
import { fakeHttp, type Reply, type SeenRequest } from "./fake-http"
import { apiKey, BASE_URL } from "./fixtures"

/** A KieClient over the fake HttpClient answering with `replies`. */
export const client = (
  replies: ReadonlyArray<Reply> | ((request: SeenRequest, index: number) => Reply),
  options: Partial<KieClientOptions> = {},
) => {
  const http = fakeHttp(replies)
  return Effect.map(
    KieClient.make({ apiKey, baseUrl: BASE_URL, ...options }).pipe(Effect.provide(http.layer)),
    (kie) => ({ kie, http }),
  )
}

/**
 * Forks `effect`, then advances the TestClock by each step in turn, recording the number of
 * requests seen at the start and after each step.
 */
export const timeline = <A, E>(
  effect: Effect.Effect<A, E>,
  requests: { readonly length: number },
  steps: ReadonlyArray<number>,
) =>
  Effect.gen(function* () {
    const fiber = yield* Effect.forkChild(effect)
    yield* TestClock.adjust(0)
    const counts = [requests.length]
    for (const ms of steps) {
      yield* TestClock.adjust(ms)
      counts.push(requests.length)
    }
    return { fiber, counts }
  })

/** `true` while the fiber has not finished. */
export const running = (fiber: Fiber.Fiber<unknown, unknown>): boolean =>
  fiber.pollUnsafe() === undefined

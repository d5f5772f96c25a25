/**
 * A tiny `it.effect` (the `@effect/vitest` helper needs vitest 5): runs an Effect test with the
 * test services provided — a `TestClock` (time only moves with `TestClock.adjust`) — and a scope.
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Random from "effect/Random"
import type * as Scope from "effect/Scope"
import { TestClock } from "effect/testing"
import { test } from "vitest"

/** The services every Effect test gets. */
export const TestServices: Layer.Layer<never> = Layer.mergeAll(TestClock.layer())

/** Runs an Effect test with {@link TestServices} and a scope. */
export const runTest = <A, E>(effect: Effect.Effect<A, E, Scope.Scope>): Promise<A> =>
  Effect.runPromise(effect.pipe(Effect.scoped, Effect.provide(TestServices)))

/** Runs an Effect test with the live clock (real sockets) and a scope. */
export const runLive = <A, E>(effect: Effect.Effect<A, E, Scope.Scope>): Promise<A> =>
  Effect.runPromise(Effect.scoped(effect))

/** `it.effect`: a vitest test whose body is an Effect run with {@link TestServices}. */
export const itEffect = <A, E>(
  name: string,
  body: () => Effect.Effect<A, E, Scope.Scope>,
  timeout?: number,
): void => {
  test(name, () => runTest(Effect.suspend(body)).then(() => undefined), timeout)
}

/** `it.live`: a vitest test whose body is an Effect run with the live clock. */
export const itLive = <A, E>(
  name: string,
  body: () => Effect.Effect<A, E, Scope.Scope>,
  timeout?: number,
): void => {
  test(name, () => runLive(Effect.suspend(body)).then(() => undefined), timeout)
}

/** A `Random` that always returns `value` (so jittered delays are exact). */
export const fixedRandom = (value: number): Random.Random => ({
  nextDoubleUnsafe: () => value,
  nextIntUnsafe: () => Math.floor(value * Number.MAX_SAFE_INTEGER),
})

/** Runs `effect` with {@link fixedRandom}. */
export const withRandom =
  (value: number) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
    Effect.provideService(effect, Random.Random, fixedRandom(value))

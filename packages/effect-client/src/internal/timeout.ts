/**
 * A per-attempt timeout that interrupts the attempt (so the HttpClient aborts the fetch).
 *
 * With the live clock it forks the attempt once and arms a plain timer, instead of
 * `Effect.timeoutOrElse`'s race of two fibers (one of them sleeping): the attempt is on every
 * request's path, and this is measurably cheaper. With any other clock (`TestClock`) it is
 * exactly `Effect.timeoutOrElse`, so virtual time drives it in tests.
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"

const MAX_TIMER_MS = 2_147_483_647

let live: Clock.Clock | undefined
const liveClock = (): Clock.Clock => {
  live ??= Context.get(Context.empty(), Clock.Clock)
  return live
}

export const timeoutOrElse = <A, E, E2>(
  self: Effect.Effect<A, E>,
  millis: number,
  onTimeout: () => E2,
): Effect.Effect<A, E | E2> =>
  Effect.withFiber((parent) => {
    // Beyond the largest timer delay (~24.8 days) a timer would fire at once: no timeout then.
    if (millis > MAX_TIMER_MS) return self
    if (parent.getRef(Clock.Clock) !== liveClock()) {
      return Effect.timeoutOrElse(self, {
        duration: millis,
        orElse: () => Effect.fail(onTimeout()),
      })
    }
    return Effect.callback<A, E | E2>((resume) => {
      let timedOut = false
      const child = Effect.runForkWith(parent.context)(self)
      const timer = setTimeout(() => {
        timedOut = true
        child.interruptUnsafe(parent.id)
      }, millis)
      child.addObserver((exit) => {
        clearTimeout(timer)
        resume(timedOut && Exit.hasInterrupts(exit) ? Effect.fail(onTimeout()) : exit)
      })
      // The caller was interrupted: stop the timer, interrupt the attempt and wait for it.
      return Effect.suspend(() => {
        clearTimeout(timer)
        return Fiber.interrupt(child)
      })
    })
  })

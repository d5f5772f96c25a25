/**
 * Command handlers live in `../handlers`, loaded with a dynamic import only when a command runs:
 * `kie --help` and parse errors never load the clients (start-up budget).
 */
import { Effect } from "effect"
import type * as Handlers from "../handlers"
import { configureOutput } from "../internal/output"
import type { Globals } from "../internal/session"
import { root } from "./root"

type HandlerName = keyof typeof Handlers

type InputOf<K extends HandlerName> = Parameters<(typeof Handlers)[K]>[0]

/** Applies the output-related global flags. */
export const applyGlobals = (globals: Globals): void =>
  configureOutput({
    json: globals.json,
    verbose: globals.verbose,
    color: !globals.noColor && (process.env.NO_COLOR === undefined || process.env.NO_COLOR === ""),
  })

/** The handler of a command: reads the global flags, then runs `handlers[name]`. */
export const handler =
  <K extends HandlerName>(name: K) =>
  (input: InputOf<K>) =>
    Effect.gen(function* () {
      const globals = yield* root
      applyGlobals(globals)
      const handlers = yield* Effect.promise(() => import("../handlers"))
      const run = handlers[name] as (
        input: InputOf<K>,
        globals: Globals,
      ) => Effect.Effect<void, unknown>
      return yield* run(input, globals)
    })

/**
 * Turns the global flags into a ready {@link Backend}: the API key (flag or KIE_API_KEY), the
 * base URL (flag or KIE_BASE_URL), or, with `--mock`, the embedded mock server started in this
 * process on a free port (imported lazily, so other commands never load it).
 */
import { randomInt } from "node:crypto"
import { Effect, Option, Redacted } from "effect"
import type { Backend } from "./backend"
import { CliFailure, EXIT } from "./exit"
import { debug, hideSecret, message } from "./output"

/** The parsed global flags (see `commands/root.ts`). */
export interface Globals {
  readonly apiKey: Option.Option<Redacted.Redacted<string>>
  readonly baseUrl: Option.Option<string>
  readonly uploadBaseUrl: Option.Option<string>
  readonly mock: boolean
  readonly json: boolean
  readonly pollInterval: Option.Option<number>
  readonly timeout: Option.Option<number>
  readonly maxRetries: Option.Option<number>
  readonly verbose: boolean
  readonly noColor: boolean
}

export const DEFAULT_TIMEOUT_MS = 15 * 60_000

/** The key the CLI sends to the embedded mock server (it accepts any non-empty key). */
export const MOCK_API_KEY = "kie-cli-mock-key"

export interface Session {
  readonly backend: Backend
  /** `true` when talking to the embedded mock server. */
  readonly mock: boolean
  /** Global flags to repeat in a printed command so it talks to the same server. */
  readonly resumeFlags: ReadonlyArray<string>
  /**
   * Said after a printed command when the key came from `--api-key` (the command never carries
   * the key): `" (with KIE_API_KEY set, or add --api-key)"`, else `""`.
   */
  readonly resumeNote: string
  /** Poll interval (ms) from --poll-interval; undefined = KIE's advised schedule. */
  readonly pollIntervalMs: number | undefined
  /** Wait deadline (ms) from --timeout (default 15 minutes). */
  readonly timeoutMs: number
}

const nonEmpty = (value: string | undefined): string | undefined =>
  value !== undefined && value.trim() !== "" ? value.trim() : undefined

const checkUrl = (flag: string, value: string): string => {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new CliFailure(EXIT.usage, `${flag} must be an http(s) URL, got "${value}".`)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new CliFailure(EXIT.usage, `${flag} must be an http(s) URL, got "${value}".`)
  }
  return value.replace(/\/+$/, "")
}

/** Printed after a command that needs the key the user passed with `--api-key`. */
export const API_KEY_NOTE = " (with KIE_API_KEY set, or add --api-key)"

interface Resolved {
  readonly apiKey?: string
  /** The key came from `--api-key` (not from KIE_API_KEY). */
  readonly keyFromFlag?: boolean
  readonly baseUrl?: string
  readonly uploadBaseUrl?: string
}

/** Validates the connection flags without touching the network (exit 2 / 3 on problems). */
const resolveConnection = (globals: Globals): Resolved => {
  const env = process.env
  const flagKey = Option.getOrUndefined(Option.map(globals.apiKey, Redacted.value))
  const apiKey = nonEmpty(flagKey) ?? nonEmpty(env.KIE_API_KEY)
  hideSecret(apiKey)
  const baseFlag = Option.getOrUndefined(globals.baseUrl)
  const base = baseFlag ?? nonEmpty(env.KIE_BASE_URL)
  const uploadFlag = Option.getOrUndefined(globals.uploadBaseUrl)
  const upload = uploadFlag ?? nonEmpty(env.KIE_UPLOAD_BASE_URL)
  if (globals.mock) {
    if (baseFlag !== undefined) {
      throw new CliFailure(EXIT.usage, "--mock and --base-url cannot be used together: pick one.")
    }
    return {}
  }
  if (apiKey === undefined) {
    throw new CliFailure(
      EXIT.auth,
      "No API key: pass --api-key or set KIE_API_KEY (create one at https://kie.ai/api-key), or try --mock.",
    )
  }
  return {
    apiKey,
    keyFromFlag: nonEmpty(flagKey) !== undefined,
    ...(base !== undefined
      ? { baseUrl: checkUrl(baseFlag ? "--base-url" : "KIE_BASE_URL", base) }
      : {}),
    ...(upload !== undefined
      ? {
          uploadBaseUrl: checkUrl(uploadFlag ? "--upload-base-url" : "KIE_UPLOAD_BASE_URL", upload),
        }
      : {}),
  }
}

/** Checks the connection flags early (before any other work) so mistakes exit 2/3 at once. */
export const checkConnection = (globals: Globals): Effect.Effect<void, CliFailure> =>
  Effect.try({
    try: () => void resolveConnection(globals),
    catch: (error) => error as CliFailure,
  })

/**
 * Starts the embedded mock server for the lifetime of the scope, with a random seed: its task
 * ids must not repeat across runs, or a journal of an earlier run would "resume" a taskId that
 * now belongs to another job.
 */
const embeddedMock = (verbose: boolean) =>
  Effect.acquireRelease(
    Effect.promise(async () => {
      const { startMockServer } = await import("@kie-kit/mock-server")
      return startMockServer({
        port: 0,
        uploadPort: 0,
        seed: randomInt(0, 2 ** 31),
        logger: verbose ? (line: string) => debug(`mock: ${line}`) : false,
      })
    }),
    (mock) => Effect.promise(() => mock.close()),
  )

/**
 * Runs `use` with a session. With `--mock` the mock server lives exactly as long as `use`.
 */
export const withSession = <A, E, R>(
  globals: Globals,
  use: (session: Session) => Effect.Effect<A, E, R>,
): Effect.Effect<A, E | CliFailure, R> =>
  Effect.scoped(
    Effect.gen(function* () {
      const resolved = yield* Effect.try({
        try: () => resolveConnection(globals),
        catch: (error) => error as CliFailure,
      })
      let apiKey = resolved.apiKey ?? MOCK_API_KEY
      let baseUrl = resolved.baseUrl
      let uploadBaseUrl = resolved.uploadBaseUrl
      const resumeFlags: string[] = []
      if (globals.mock) {
        const mock = yield* embeddedMock(globals.verbose)
        apiKey = MOCK_API_KEY
        baseUrl = mock.url
        uploadBaseUrl = mock.uploadUrl
        message(
          `kie: --mock: using the embedded mock server at ${mock.url} (no API key needed, nothing is billed)`,
        )
      } else {
        if (Option.isSome(globals.baseUrl) && baseUrl !== undefined)
          resumeFlags.push("--base-url", baseUrl)
        if (Option.isSome(globals.uploadBaseUrl) && uploadBaseUrl !== undefined) {
          resumeFlags.push("--upload-base-url", uploadBaseUrl)
        }
      }
      const backend = yield* Effect.promise(() =>
        import("./backend-effect").then(({ makeEffectBackend }) =>
          makeEffectBackend({
            apiKey,
            baseUrl,
            uploadBaseUrl,
            maxRetries: Option.getOrUndefined(globals.maxRetries),
            log: globals.verbose ? (line: string) => debug(line) : undefined,
          }),
        ),
      )
      debug(`kie: client ${backend.implementation}, base URL ${baseUrl ?? "https://api.kie.ai"}`)
      return yield* use({
        backend,
        mock: globals.mock,
        resumeFlags,
        resumeNote: !globals.mock && resolved.keyFromFlag === true ? API_KEY_NOTE : "",
        pollIntervalMs: Option.getOrUndefined(globals.pollInterval),
        timeoutMs: Option.getOrElse(globals.timeout, () => DEFAULT_TIMEOUT_MS),
      })
    }),
  )

/**
 * Turns the global flags into what a command runs with: the {@link Session} settings, and the
 * `KieClient` service provided as a Layer (the Effect client on a `FetchHttpClient`; with
 * `--verbose`, one redacted line per request). With `--mock`, the embedded mock server is
 * started in this process on a free port for the command's lifetime (imported lazily, so other
 * commands never load it). Everything runs in the one program `main` runs.
 */
import { randomInt } from "node:crypto"
import { DEFAULT_BASE_URL, DEFAULT_WAIT_TIMEOUT_MS } from "@kie-kit/client/core"
import { KieClient, Retry } from "@kie-kit/effect-client"
import { Effect, Layer, Option, Redacted } from "effect"
import { FetchHttpClient, HttpClient } from "effect/http"
import { VERSION } from "../version"
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

/** The key the CLI sends to the embedded mock server (it accepts any non-empty key). */
export const MOCK_API_KEY = "kie-cli-mock-key"

export interface Session {
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
  /** Wait deadline (ms) from --timeout (default: the clients' 15 minutes). */
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

const resolved = (globals: Globals): Effect.Effect<Resolved, CliFailure> =>
  Effect.try({ try: () => resolveConnection(globals), catch: (error) => error as CliFailure })

/** Checks the connection flags early (before any other work) so mistakes exit 2/3 at once. */
export const checkConnection = (globals: Globals): Effect.Effect<void, CliFailure> =>
  Effect.asVoid(resolved(globals))

/**
 * The HttpClient: `fetch`, and with `--verbose` one line per request (method, path, status,
 * time; the key is in a header and never logged).
 */
const httpLayer = (verbose: boolean) =>
  verbose
    ? Layer.effect(
        HttpClient.HttpClient,
        Effect.map(HttpClient.HttpClient, (client) =>
          HttpClient.transform(client, (response, request) =>
            Effect.suspend(() => {
              const started = Date.now()
              const path = new URL(request.url).pathname
              return response.pipe(
                Effect.tap((res) =>
                  Effect.sync(() =>
                    debug(
                      `kie: ${request.method} ${path} -> HTTP ${res.status} (${Date.now() - started} ms)`,
                    ),
                  ),
                ),
                Effect.tapError((error) =>
                  Effect.sync(() =>
                    debug(`kie: ${request.method} ${path} failed: ${error.message}`),
                  ),
                ),
              )
            }),
          ),
        ),
      ).pipe(Layer.provide(FetchHttpClient.layer))
    : FetchHttpClient.layer

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
 * Runs `use` with a session and the `KieClient` it talks to. With `--mock` the mock server lives
 * exactly as long as `use`.
 */
export const withSession = <A, E, R>(
  globals: Globals,
  use: (session: Session) => Effect.Effect<A, E, R>,
): Effect.Effect<A, E | CliFailure, Exclude<R, KieClient>> =>
  Effect.scoped(
    Effect.gen(function* () {
      const connection = yield* resolved(globals)
      let apiKey = connection.apiKey ?? MOCK_API_KEY
      let baseUrl = connection.baseUrl
      let uploadBaseUrl = connection.uploadBaseUrl
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
      const maxRetries = Option.getOrUndefined(globals.maxRetries)
      const client = KieClient.layer({
        apiKey: Redacted.make(apiKey),
        baseUrl,
        uploadBaseUrl,
        userAgent: `kie-kit-cli/${VERSION}`,
        ...(maxRetries !== undefined ? { retrySchedule: Retry.make({ maxRetries }) } : {}),
      }).pipe(
        Layer.provide(httpLayer(globals.verbose)),
        // The key was checked above: a layer error here is a bug, not the user's input.
        Layer.orDie,
      )
      debug(`kie: @kie-kit/effect-client, base URL ${baseUrl ?? DEFAULT_BASE_URL}`)
      const session: Session = {
        mock: globals.mock,
        resumeFlags,
        resumeNote: !globals.mock && connection.keyFromFlag === true ? API_KEY_NOTE : "",
        pollIntervalMs: Option.getOrUndefined(globals.pollInterval),
        timeoutMs: Option.getOrElse(globals.timeout, () => DEFAULT_WAIT_TIMEOUT_MS),
      }
      return yield* Effect.provide(use(session), client)
    }),
  )

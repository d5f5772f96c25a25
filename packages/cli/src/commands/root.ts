/**
 * The root `kie` command and its global flags (accepted before or after the subcommand name).
 */
import { DEFAULT_BASE_URL, DEFAULT_UPLOAD_BASE_URL } from "@kie-kit/client/core"
import { Command, Flag } from "effect/cli"
import { DURATION_HINT, parseDuration } from "../internal/duration"
import { EXIT_CODE_TABLE } from "../internal/exit"

/** A flag holding a duration (`500ms`, `30s`, `15m`, `1h`), parsed to milliseconds. */
export const durationFlag = (name: string) =>
  Flag.String(name).pipe(
    Flag.withMetavar("DURATION"),
    Flag.mapTryCatch(parseDuration, (error) =>
      error instanceof Error ? error.message : `expected ${DURATION_HINT}`,
    ),
  )

const isHttpUrl = (text: string): boolean => {
  try {
    const url = new URL(text)
    return url.protocol === "http:" || url.protocol === "https:"
  } catch {
    return false
  }
}

/** A flag holding an http(s) URL. */
export const urlFlag = (name: string) =>
  Flag.String(name).pipe(
    Flag.withMetavar("URL"),
    Flag.filter(isHttpUrl, (value) => `expected an http(s) URL, got "${value}"`),
  )

/** A boolean switch (default false) shown as `--name` without a `--no-name` twin. */
export const switchFlag = (name: string, description: string) =>
  Flag.Boolean(name).pipe(
    Flag.withoutNegation,
    Flag.withDefault(false),
    Flag.withDescription(description),
  )

export const globalFlags = {
  apiKey: Flag.Redacted("api-key").pipe(
    Flag.withMetavar("KEY"),
    Flag.optional,
    Flag.withDescription("KIE API key (default: $KIE_API_KEY); never printed, even with --verbose"),
  ),
  baseUrl: urlFlag("base-url").pipe(
    Flag.optional,
    Flag.withDescription(`API base URL (default: $KIE_BASE_URL, else ${DEFAULT_BASE_URL})`),
  ),
  uploadBaseUrl: urlFlag("upload-base-url").pipe(
    Flag.optional,
    Flag.withDescription(
      `File Upload API base URL (default: $KIE_UPLOAD_BASE_URL, else ${DEFAULT_UPLOAD_BASE_URL})`,
    ),
  ),
  mock: switchFlag(
    "mock",
    "run against the embedded mock server (in this process, no API key, nothing billed)",
  ),
  json: switchFlag("json", "print exactly one JSON document on stdout, nothing else there"),
  pollInterval: durationFlag("poll-interval").pipe(
    Flag.optional,
    Flag.withDescription(
      "fixed time between status polls (default: KIE's advice, 2-3s then 5-10s then 15-30s)",
    ),
  ),
  timeout: durationFlag("timeout").pipe(
    Flag.optional,
    Flag.withDescription("give up waiting after this long (default 15m); the task keeps running"),
  ),
  maxRetries: Flag.Int("max-retries").pipe(
    Flag.withMetavar("N"),
    Flag.filter(
      (n) => n >= 0 && n <= 10,
      (n) => `expected a number of retries from 0 to 10, got ${n}`,
    ),
    Flag.optional,
    Flag.withDescription(
      "retries of a failed request (default 3; creates only when provably safe)",
    ),
  ),
  verbose: switchFlag("verbose", "log requests and retries to stderr and show stack traces"),
  noColor: switchFlag("no-color", "no colors (also: NO_COLOR=1)"),
} as const

export const exitCodesHelp = (): string =>
  EXIT_CODE_TABLE.map(([code, meaning]) => `  ${String(code).padEnd(5)}${meaning}`).join("\n")

export const root = Command.make("kie").pipe(
  Command.withSharedFlags(globalFlags),
  Command.withDescription(
    "kie-kit's command line for the KIE.AI media-generation API (unofficial): generate images with Flux Kontext, 4o Image and any Market model, wait for tasks with a live progress line, download results, run crash-safe batches, and try everything offline with --mock.",
  ),
  Command.withExamples([
    {
      command:
        'kie --mock flux-kontext generate --prompt "a red fox in fresh snow" --wait --out ./out',
      description: "Try it offline: the embedded mock server generates a real image file",
    },
    {
      command:
        'kie flux generate --prompt "a lighthouse at dawn" --aspect-ratio 16:9 --wait --out ./out',
      description: "Generate with Flux Kontext (KIE_API_KEY set) and save the image",
    },
    {
      command: "kie task wait TASK_ID --api flux-kontext --out ./out",
      description: "Resume waiting for a task (for example after exit code 6)",
    },
    {
      command: "kie batch jobs.jsonl --out ./out --concurrency 4",
      description: "Run a JSONL file of jobs; rerun the same command to resume after a crash",
    },
    {
      command: "kie --completions bash > ~/.kie-completion.bash",
      description: "Shell completions",
    },
  ]),
)

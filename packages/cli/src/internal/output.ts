/**
 * Everything the CLI prints goes through here:
 * - stdout carries the result: one JSON document with `--json`, human text otherwise;
 * - stderr carries messages, errors and the live progress line (TTY only);
 * - every byte written to either stream is passed through the client's `redact`, so a registered
 *   secret (the API key, a webhook secret) can never be printed, whatever produced the text.
 */
import { redact, registerSecret } from "@kie-kit/client/core"
import { formatDuration } from "./duration"

export interface OutputSettings {
  readonly json: boolean
  readonly verbose: boolean
  /** Colors on stderr/stdout when they are terminals. */
  readonly color: boolean
}

const env = process.env
let settings: OutputSettings = {
  json: false,
  verbose: false,
  color: env.NO_COLOR === undefined || env.NO_COLOR === "",
}

/** `KIE_FORCE_TTY=1` makes stderr behave as a terminal (live progress line); used by tests. */
export const stderrIsTTY = (): boolean =>
  env.KIE_FORCE_TTY === "1" || (process.stderr.isTTY ?? false)

export const configureOutput = (next: Partial<OutputSettings>): void => {
  settings = { ...settings, ...next }
}

export const outputSettings = (): OutputSettings => settings

// ---------------------------------------------------------------------------------------------
// Redaction of both streams
// ---------------------------------------------------------------------------------------------

let redactionInstalled = false

/**
 * Wraps `process.stdout.write` and `process.stderr.write` so that every chunk is redacted.
 * Installed once, first thing in `main`.
 */
export const installRedaction = (): void => {
  if (redactionInstalled) return
  redactionInstalled = true
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === "string") return write(redact(chunk), ...rest)
      if (chunk instanceof Uint8Array) {
        const text = Buffer.from(chunk).toString("utf8")
        const clean = redact(text)
        return write(clean === text ? chunk : clean, ...rest)
      }
      return write(chunk, ...rest)
    }) as typeof stream.write
  }
}

/**
 * Registers a secret for redaction (the core ignores values shorter than `MIN_SECRET_LENGTH`:
 * hiding them would blank ordinary words, and no real KIE key or HMAC key is that short).
 */
export const hideSecret = (secret: string | undefined): void => {
  if (secret !== undefined) registerSecret(secret)
}

// ---------------------------------------------------------------------------------------------
// Colors
// ---------------------------------------------------------------------------------------------

const paint = (code: number, text: string, tty: boolean) =>
  settings.color && tty ? `\x1b[${code}m${text}\x1b[0m` : text

export const style = {
  red: (text: string, tty = stderrIsTTY()) => paint(31, text, tty),
  green: (text: string, tty = stderrIsTTY()) => paint(32, text, tty),
  yellow: (text: string, tty = stderrIsTTY()) => paint(33, text, tty),
  cyan: (text: string, tty = stderrIsTTY()) => paint(36, text, tty),
  dim: (text: string, tty = stderrIsTTY()) => paint(2, text, tty),
  bold: (text: string, tty = stderrIsTTY()) => paint(1, text, tty),
}

export const stdoutStyle = {
  green: (text: string) => style.green(text, process.stdout.isTTY ?? false),
  red: (text: string) => style.red(text, process.stdout.isTTY ?? false),
  yellow: (text: string) => style.yellow(text, process.stdout.isTTY ?? false),
  dim: (text: string) => style.dim(text, process.stdout.isTTY ?? false),
}

/** Colors a task status word. */
export const statusWord = (status: string, tty = stderrIsTTY()): string => {
  switch (status) {
    case "succeeded":
      return style.green(status, tty)
    case "failed":
    case "unknown":
      return style.red(status, tty)
    case "running":
      return style.cyan(status, tty)
    default:
      return style.yellow(status, tty)
  }
}

// ---------------------------------------------------------------------------------------------
// stderr: messages and the live line
// ---------------------------------------------------------------------------------------------

/** The live line currently shown at the bottom of stderr (TTY only), redrawn after messages. */
let liveLine: string | undefined

const CLEAR = "\r\x1b[2K"

const writeStderr = (text: string): void => {
  if (liveLine !== undefined) process.stderr.write(CLEAR)
  process.stderr.write(text.endsWith("\n") ? text : `${text}\n`)
  if (liveLine !== undefined) process.stderr.write(liveLine)
}

/** A human message on stderr (also shown with `--json`: stdout stays clean). */
export const message = (text: string): void => writeStderr(text)

/** A human message on stderr, skipped with `--json` (progress-like chatter). */
export const note = (text: string): void => {
  if (!settings.json) writeStderr(text)
}

/** A message only shown with `--verbose`. */
export const debug = (text: string): void => {
  if (settings.verbose) writeStderr(style.dim(text))
}

/** The one-sentence error line (plus hint lines) on stderr. */
export const errorMessage = (text: string, hints: ReadonlyArray<string> = []): void => {
  writeStderr(`${style.red("error:")} ${text}`)
  for (const hint of hints) writeStderr(`  ${hint}`)
}

const setLiveLine = (text: string | undefined): void => {
  if (text === undefined) {
    if (liveLine !== undefined) process.stderr.write(CLEAR)
    liveLine = undefined
    return
  }
  liveLine = text
  process.stderr.write(`${CLEAR}${text}`)
}

// ---------------------------------------------------------------------------------------------
// stdout
// ---------------------------------------------------------------------------------------------

let jsonPrinted = false

/** Prints THE JSON document of this run on stdout (only the first call prints). */
export const printJson = (doc: unknown): void => {
  if (jsonPrinted) return
  jsonPrinted = true
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`)
}

export const jsonWasPrinted = (): boolean => jsonPrinted

/** A line of human output on stdout (suppressed with `--json`). */
export const printLine = (text = ""): void => {
  if (settings.json) return
  if (liveLine !== undefined) process.stderr.write(CLEAR)
  process.stdout.write(`${text}\n`)
  if (liveLine !== undefined) process.stderr.write(liveLine)
}

// ---------------------------------------------------------------------------------------------
// Progress
// ---------------------------------------------------------------------------------------------

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

export interface ProgressState {
  readonly status: string
  readonly progress?: number | undefined
  readonly detail?: string | undefined
}

export interface Progress {
  update(state: ProgressState): void
  /** Removes the live line; prints `final` (a human line on stderr) when given. */
  stop(final?: string): void
}

const percent = (progress: number | undefined) =>
  progress === undefined ? "" : ` ${Math.round(Math.min(1, Math.max(0, progress)) * 100)}%`

/**
 * A progress reporter for one long operation. On a TTY: a live line on stderr with a spinner,
 * the status, the progress % and the elapsed time, redrawn every 100 ms. Not a TTY: one line per
 * status change (and per 25 % of progress), for CI logs. With `--json`: silent.
 */
export const startProgress = (label: string, options: { ttyOnly?: boolean } = {}): Progress => {
  if (settings.json || (options.ttyOnly === true && !stderrIsTTY())) {
    return {
      update: () => {},
      stop: (final) => final !== undefined && !settings.json && message(final),
    }
  }
  const started = Date.now()
  let state: ProgressState = { status: "starting" }
  if (stderrIsTTY()) {
    let frame = 0
    const render = () => {
      const spin = style.cyan(SPINNER[frame++ % SPINNER.length] as string)
      const elapsed = style.dim(formatDuration(Date.now() - started))
      const detail = state.detail ? ` ${style.dim(state.detail)}` : ""
      setLiveLine(
        `${spin} ${label} ${statusWord(state.status)}${percent(state.progress)} ${elapsed}${detail}`,
      )
    }
    render()
    const timer = setInterval(render, 100)
    timer.unref?.()
    return {
      update: (next) => {
        state = next
        render()
      },
      stop: (final) => {
        clearInterval(timer)
        setLiveLine(undefined)
        if (final !== undefined) message(final)
      },
    }
  }
  let lastStatus: string | undefined
  let lastBucket = -1
  return {
    update: (next) => {
      state = next
      const bucket = next.progress === undefined ? -1 : Math.floor(next.progress * 4)
      if (next.status === lastStatus && bucket <= lastBucket) return
      lastStatus = next.status
      lastBucket = bucket
      const detail = next.detail ? ` ${next.detail}` : ""
      message(
        `${label} ${next.status}${percent(next.progress)} (${formatDuration(Date.now() - started)})${detail}`,
      )
    },
    stop: (final) => {
      if (final !== undefined) message(final)
    },
  }
}

/** Milliseconds since `started`, formatted. */
export const elapsedSince = (started: number): string => formatDuration(Date.now() - started)

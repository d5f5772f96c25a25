// The `kie-mock` command line: its usage text and the parsing of its flags into
// `MockServerOptions`.

import { DEFAULT_SEED, DEFAULTS } from "../config"
import { FAULT_KINDS, type FaultKind, type MockServerOptions } from "../options"

export const USAGE = `Usage: kie-mock [options]

A KIE.AI-compatible mock server (unofficial) for tests and demos.

Options:
  --port N             API port (default 0 = any free port)
  --upload-port N      File Upload API port (default 0 = any free port)
  --host H             interface to listen on (default 127.0.0.1)
  --api-key K          accept only this API key (repeatable; default: any non-empty key)
  --credits N          starting credit balance per key (default ${DEFAULTS.credits})
  --task-duration MS   time from create to final state (default ${DEFAULTS.taskDurationMs})
  --webhook-secret S   sign callbacks with this HMAC key (default: unsigned)
  --fault-rate R       probability 0-1 of a random fault per request (default 0)
  --fault-kinds LIST   comma-separated kinds: ${FAULT_KINDS.join(", ")} (default: all)
  --slow-ms MS         delay of the "slow" fault (default ${DEFAULTS.faults.slowMs})
  --seed N             PRNG seed for task ids and faults (default ${DEFAULT_SEED})
  --no-rate-limit      disable the create and query rate limits
  --quiet              do not log one line per request
  -h, --help           show this help
`

/** A command-line mistake: reported with the usage text and exit code 2. */
export class UsageError extends Error {}

function integer(flag: string, value: string | undefined, min = 0): number {
  const n = Number(value)
  if (value === undefined || value === "" || !Number.isInteger(n) || n < min) {
    throw new UsageError(`${flag} expects an integer >= ${min}, got ${value ?? "nothing"}`)
  }
  return n
}

export interface ParsedArgs {
  readonly help: boolean
  readonly quiet: boolean
  readonly options: MockServerOptions
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let help = false
  let quiet = false
  const apiKeys: string[] = []
  const options: {
    -readonly [K in keyof MockServerOptions]: MockServerOptions[K]
  } = {}
  const faults: { rate?: number; kinds?: FaultKind[]; slowMs?: number } = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const eq = arg.indexOf("=")
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg
    const inline = arg.startsWith("--") && eq > 0 ? arg.slice(eq + 1) : undefined
    const value = (): string => {
      if (inline !== undefined) return inline
      const next = argv[++i]
      if (next === undefined) throw new UsageError(`${flag} expects a value`)
      return next
    }
    switch (flag) {
      case "-h":
      case "--help":
        help = true
        break
      case "--quiet":
        quiet = true
        break
      case "--no-rate-limit":
        options.rateLimit = false
        break
      case "--port":
        options.port = integer(flag, value())
        break
      case "--upload-port":
        options.uploadPort = integer(flag, value())
        break
      case "--host":
        options.host = value()
        break
      case "--api-key":
        apiKeys.push(value())
        break
      case "--credits":
        options.credits = integer(flag, value())
        break
      case "--task-duration":
        options.taskDurationMs = integer(flag, value())
        break
      case "--webhook-secret":
        options.webhookSecret = value()
        break
      case "--seed":
        options.seed = integer(flag, value())
        break
      case "--slow-ms":
        faults.slowMs = integer(flag, value())
        break
      case "--fault-rate": {
        const raw = value()
        const rate = Number(raw)
        if (raw === "" || !(rate >= 0 && rate <= 1)) {
          throw new UsageError(`--fault-rate expects a number between 0 and 1, got ${raw}`)
        }
        faults.rate = rate
        break
      }
      case "--fault-kinds": {
        const kinds = value()
          .split(",")
          .map((k) => k.trim())
          .filter((k) => k !== "")
        for (const kind of kinds) {
          if (!FAULT_KINDS.includes(kind as FaultKind)) {
            throw new UsageError(`unknown fault kind ${kind} (known: ${FAULT_KINDS.join(", ")})`)
          }
        }
        faults.kinds = kinds as FaultKind[]
        break
      }
      default:
        throw new UsageError(`unknown option ${arg}`)
    }
  }
  if (apiKeys.length > 0) options.apiKeys = apiKeys
  if (Object.keys(faults).length > 0) options.faults = faults
  return { help, quiet, options }
}

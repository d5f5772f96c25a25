/** `kie mock`: serve the mock server until Ctrl-C. */
import { Command, Flag } from "effect/cli"
import { handler } from "./lazy"
import { durationFlag, switchFlag } from "./root"

const port = (name: string, description: string) =>
  Flag.Int(name).pipe(
    Flag.withMetavar("N"),
    Flag.filter(
      (n) => n >= 0 && n <= 65_535,
      (n) => `expected a port from 0 to 65535, got ${n}`,
    ),
    Flag.withDefault(0),
    Flag.withDescription(description),
  )

export const mockConfig = {
  port: port("port", "API port (default 0 = any free port)"),
  uploadPort: port("upload-port", "File Upload API port (default 0 = any free port)"),
  faultRate: Flag.Finite("fault-rate").pipe(
    Flag.withMetavar("R"),
    Flag.filter(
      (rate) => rate >= 0 && rate <= 1,
      (rate) => `expected a probability from 0 to 1, got ${rate}`,
    ),
    Flag.withDefault(0),
    Flag.withDescription("probability of a random fault per request (5xx, 455, resets...)"),
  ),
  seed: Flag.Int("seed").pipe(
    Flag.withMetavar("N"),
    Flag.filter(
      (seed) => seed >= 0,
      (seed) => `expected a non-negative integer, got ${seed}`,
    ),
    Flag.optional,
    Flag.withDescription("seed of task ids and faults (same seed, same run)"),
  ),
  taskDuration: durationFlag("task-duration").pipe(
    Flag.optional,
    Flag.withDescription("time from create to final state (default 1500ms)"),
  ),
  webhookSecret: Flag.Redacted("webhook-secret").pipe(
    Flag.withMetavar("SECRET"),
    Flag.optional,
    Flag.withDescription("sign callbacks with this HMAC key"),
  ),
  quiet: switchFlag("quiet", "do not log one line per request"),
} as const
export type MockInput = Command.Command.Config.Infer<typeof mockConfig>

export const mock = Command.make("mock", mockConfig, handler("mock")).pipe(
  Command.withShortDescription("Serve the KIE-compatible mock server until Ctrl-C."),
  Command.withDescription(
    "Serve the KIE-compatible mock server (API and File Upload hosts) until Ctrl-C; point kie or your own code at it with --base-url / KIE_BASE_URL.",
  ),
  Command.withExamples([
    {
      command: "kie mock --port 4010",
      description: "Then: KIE_BASE_URL=http://127.0.0.1:4010 KIE_API_KEY=any kie credits",
    },
    { command: "kie mock --fault-rate 0.2 --seed 7", description: "Reproducible random faults" },
  ]),
)

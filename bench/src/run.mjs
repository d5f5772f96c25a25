// `pnpm bench`: every budget of kie-kit beside its measured figure, side by side in one run.
// Request overhead is measured against the mock server running in its own process on loopback,
// sizes by bundling each entry with its dependencies (minified, gzip -9), start-up by spawning
// processes, polling efficiency on a simulated clock. Prints a table and writes bench/results.md.
import { spawn, spawnSync } from "node:child_process"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { performance } from "node:perf_hooks"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const here = dirname(fileURLToPath(import.meta.url))
const repo = join(here, "..", "..")
const quick = process.argv.includes("--quick")
/** Request timings: warm-up calls of each side (discarded), rounds, calls of each side per round. */
const WARMUP = quick ? 300 : 1000
const ROUNDS = quick ? 7 : 21
const ITERATIONS = quick ? 300 : 500
const API_KEY = "bench-key"

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
const fmt = (n, digits = 2) => n.toFixed(digits)

/** Starts the mock server in a child process and resolves with its URL. */
const startMock = () =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(repo, "packages/mock-server/bin/kie-mock.mjs"),
        "--port",
        "0",
        "--quiet",
        "--no-rate-limit",
        "--task-duration",
        "1",
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    )
    let out = ""
    child.stdout.on("data", (chunk) => {
      out += chunk
      const match = /API\s+(http:\/\/\S+)/.exec(out)
      if (match) resolve({ url: match[1], stop: () => child.kill("SIGTERM") })
    })
    child.on("exit", (code) => reject(new Error(`kie-mock exited with ${code}: ${out}`)))
  })

/** Time of one call of `fn`, in ms. */
const timeCall = async (fn) => {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/** Mean of the fastest 90% of `values` (drops the tail of preemptions and pauses). */
const trimmedMean = (values) => {
  const kept = [...values].sort((x, y) => x - y).slice(0, Math.ceil(values.length * 0.9))
  return kept.reduce((sum, value) => sum + value, 0) / kept.length
}

/**
 * Compares two ways of making the same request. Returns `a` and `b`, the typical time per call
 * in µs (median over rounds of each round's median call), `ratio` (median over rounds of each
 * round's b/a ratio of median calls), `low`..`high` (the range of those round ratios) and
 * `meanRatio` (the same with trimmed means, as a cross-check). Fair on a shared, loaded machine:
 * - `a` and `b` alternate call by call, in alternating order, so both see the same load, CPU clock,
 *   GC and JIT state (with rounds of thousands of calls of one side, a change of load lands on one
 *   side only: earlier runs of the same code ranged from 0.96 to 1.16);
 * - every call is timed alone and a round is summed up by its median call: a preemption or a pause
 *   of a few ms hits one call of ~0.4 ms, and in a sum it would count against whichever side it
 *   fell on;
 * - warm-up calls (JIT, connection pool) are discarded, and the ratio is taken within each round
 *   (the median of the round ratios, with their range reported).
 */
const compare = async (a, b) => {
  for (let i = 0; i < WARMUP; i++) {
    await a()
    await b()
  }
  const rounds = []
  for (let round = 0; round < ROUNDS; round++) {
    const times = { a: [], b: [] }
    for (let i = 0; i < ITERATIONS; i++) {
      for (const key of i % 2 === 0 ? ["a", "b"] : ["b", "a"]) {
        times[key].push(await timeCall(key === "a" ? a : b))
      }
    }
    rounds.push({
      a: median(times.a),
      b: median(times.b),
      meanRatio: trimmedMean(times.b) / trimmedMean(times.a),
    })
  }
  const ratios = rounds.map((r) => r.b / r.a)
  return {
    a: median(rounds.map((r) => r.a)) * 1000,
    b: median(rounds.map((r) => r.b)) * 1000,
    ratio: median(ratios),
    low: Math.min(...ratios),
    high: Math.max(...ratios),
    meanRatio: median(rounds.map((r) => r.meanRatio)),
  }
}

/** A table figure for a comparison: µs per call, the ratio, its spread and the cross-check. */
const comparison = ({ a, b, ratio, low, high, meanRatio }) =>
  `${fmt(b, 0)} vs ${fmt(a, 0)} µs = ${fmt(ratio)}x (rounds ${fmt(low)}–${fmt(high)}; trimmed means ${fmt(meanRatio)}x)`

/** Bundles an entry with all its dependencies, minified; returns min and min+gz bytes. */
const bundleSize = async (cwd, entry, platform) => {
  const { build } = await import("tsdown")
  const outDir = join(tmpdir(), `kie-bench-size-${process.pid}`)
  rmSync(outDir, { recursive: true, force: true })
  await build({
    config: false,
    cwd,
    entry: { e: entry },
    outDir,
    platform,
    format: "esm",
    dts: false,
    minify: true,
    noExternal: [/.*/],
    logLevel: "silent",
    fixedExtension: true,
    inputOptions: { resolve: { conditionNames: ["import", "module", "default"] } },
  })
  const bytes = readFileSync(join(outDir, "e.mjs"))
  rmSync(outDir, { recursive: true, force: true })
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length }
}

/** Median wall time of spawning a command `n` times, in ms. */
const spawnTime = (args, n) => {
  const times = []
  for (let i = 0; i < n; i++) {
    const start = performance.now()
    const result = spawnSync(process.execPath, args, { stdio: "ignore" })
    if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}`)
    times.push(performance.now() - start)
  }
  return median(times)
}

/**
 * Polls made for one task of `durationMs` under `interval(attempt, elapsedMs)`, on a simulated
 * clock (the poll at or after completion counts).
 */
const pollsFor = (durationMs, interval) => {
  let elapsed = 0
  let polls = 0
  for (let attempt = 0; ; attempt++) {
    polls++
    if (elapsed >= durationMs) return polls
    elapsed += interval(attempt, elapsed)
  }
}

const rows = []
const row = (what, figure, budget, ok) =>
  rows.push({ what, figure, budget, verdict: ok === undefined ? "—" : ok ? "met" : "NOT met" })

const mock = await startMock()
try {
  const { createKieClient } = await import("@kie-kit/client")
  const kie = createKieClient({ apiKey: API_KEY, baseUrl: mock.url })
  const { taskId } = await kie.market.createTask({
    model: "google/nano-banana",
    input: { prompt: "bench" },
  })
  await new Promise((resolve) => setTimeout(resolve, 50))
  const url = `${mock.url}/api/v1/jobs/recordInfo?taskId=${encodeURIComponent(taskId)}`
  const headers = { Authorization: `Bearer ${API_KEY}` }
  const rawFetch = async () => (await fetch(url, { headers })).json()

  const plain = await compare(rawFetch, () => kie.market.get(taskId))
  row(
    "plain client `market.get()` vs raw `fetch` (same request, µs/call)",
    comparison(plain),
    "≤ 1.05x",
    plain.ratio <= 1.05,
  )
  // What any client pays for a timeout that cancels the request: the raw fetch again, with a
  // fresh AbortController's signal and a timer per call (no decoding).
  const rawWithTimeout = async () => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), 60_000)
    try {
      return await (await fetch(url, { headers, signal: controller.signal })).json()
    } finally {
      clearTimeout(timer)
    }
  }
  row(
    "reference: raw `fetch` with a per-request AbortController + timeout vs raw `fetch` (µs/call)",
    comparison(await compare(rawFetch, rawWithTimeout)),
    "report",
  )

  const { Effect, Layer, ManagedRuntime, Redacted } = await import("effect")
  const { FetchHttpClient } = await import("effect/http")
  const { KieClient } = await import("@kie-kit/effect-client")
  const runtime = ManagedRuntime.make(
    KieClient.layer({ apiKey: Redacted.make(API_KEY), baseUrl: mock.url }).pipe(
      Layer.provide(FetchHttpClient.layer),
    ),
  )
  const service = await runtime.runPromise(
    Effect.gen(function* () {
      return yield* KieClient
    }),
  )
  const effectGet = () => runtime.runPromise(service.market.get(taskId))
  const effect = await compare(rawFetch, effectGet)
  row(
    "Effect client `market.get()` vs raw `fetch` (µs/call)",
    comparison(effect),
    "≤ 1.4x",
    effect.ratio <= 1.4,
  )
  await runtime.dispose()
} finally {
  mock.stop()
}

const sizes = [
  ["@kie-kit/client", "packages/client", "src/index.ts", "browser", 8 * 1024],
  ["@kie-kit/client/core", "packages/client", "src/core/index.ts", "browser"],
  ["@kie-kit/client/node", "packages/client", "src/node.ts", "node"],
  [
    "@kie-kit/effect-client (with effect)",
    "packages/effect-client",
    "src/index.ts",
    "browser",
    70 * 1024,
  ],
  ["@kie-kit/mock-server", "packages/mock-server", "src/index.ts", "node"],
  [
    "@kie-kit/cli (the program, loaded after the help fast path)",
    "packages/cli",
    "src/main.ts",
    "node",
  ],
]
for (const [name, dir, entry, platform, budget] of sizes) {
  const size = await bundleSize(join(repo, dir), entry, platform)
  row(
    `${name}: min+gz with its dependencies`,
    `${fmt(size.gz / 1024, 1)} kB (min ${fmt(size.min / 1024, 1)} kB)`,
    budget ? `≤ ${budget / 1024} kB` : "report",
    budget ? size.gz <= budget : undefined,
  )
}

const kieBin = join(repo, "packages/cli/bin/kie.mjs")
const runs = quick ? 5 : 15
spawnTime(["-e", "0"], 2)
spawnTime([kieBin, "--help"], 2)
const nodeStart = spawnTime(["-e", "0"], runs)
const helpStart = spawnTime([kieBin, "--help"], runs)
row(
  "`kie --help` vs `node -e 0` (median wall ms)",
  `${fmt(helpStart, 0)} vs ${fmt(nodeStart, 0)} ms = ${fmt(helpStart / nodeStart)}x`,
  "≤ 3x",
  helpStart / nodeStart <= 3,
)

const { defaultPollInterval, minPollIntervalMs } = await import("@kie-kit/client/core")
const pollRows = []
let seed = 1
const random = () => {
  seed = (seed * 16807) % 2147483647
  return seed / 2147483647
}
for (const seconds of [5, 15, 30, 60, 120, 300, 600]) {
  const ms = seconds * 1000
  const schedule = pollsFor(ms, (attempt, elapsed) =>
    Math.max(minPollIntervalMs("market"), defaultPollInterval(attempt, elapsed, random)),
  )
  const fixed = pollsFor(ms, () => 500)
  pollRows.push({ seconds, schedule, fixed })
}
const totalSchedule = pollRows.reduce((sum, r) => sum + r.schedule, 0)
const totalFixed = pollRows.reduce((sum, r) => sum + r.fixed, 0)
row(
  "polling: requests per completed task, default schedule vs fixed 500 ms (5 s … 10 min)",
  pollRows.map((r) => `${r.seconds}s: ${r.schedule} vs ${r.fixed}`).join("; "),
  "report (fewer is better)",
  totalSchedule < totalFixed,
)

const table = [
  "| measurement | figure | budget | verdict |",
  "|---|---|---|---|",
  ...rows.map((r) => `| ${r.what} | ${r.figure} | ${r.budget} | ${r.verdict} |`),
].join("\n")
const notes = [
  "# Benchmark results",
  "",
  `Measured by \`pnpm bench\` on Node ${process.version} (${process.platform}/${process.arch}), ${new Date().toISOString().slice(0, 10)}.`,
  `Request timings: against the mock server in a separate process on 127.0.0.1; the raw fetch reads and parses the same JSON body. After ${WARMUP} discarded warm-up calls of each side, ${ROUNDS} rounds of ${ITERATIONS} calls of each side, alternating call by call (in alternating order) and each timed alone; a round's figure is its median call, the ratio is the median of the ${ROUNDS} round ratios (their range in brackets, with the same ratio from 10%-trimmed means as a cross-check).`,
  "Sizes: each entry bundled with all its dependencies, minified, gzip level 9.",
  "",
  table,
  "",
]
console.log(table)
writeFileSync(join(repo, "bench", "results.md"), notes.join("\n"))
console.log("\nwrote bench/results.md")

// Start-up benchmark of `kie --help` against a bare `node -e 0` (budget: at most 3x).
// Runs both commands alternately, compares medians, exits 1 when over budget.
// Usage: node bench/startup.mjs [runs]   (build first: the bin loads dist/bin.mjs)
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"

const BUDGET = 3
const runs = Number(process.argv[2] ?? 30)
const bin = fileURLToPath(new URL("../bin/kie.mjs", import.meta.url))

const time = (args) => {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { stdio: "ignore" })
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}`)
  return Number(process.hrtime.bigint() - started) / 1e6
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const baseline = []
const help = []
for (let i = 0; i < 3; i++) {
  time(["-e", "0"])
  time([bin, "--help"])
}
for (let i = 0; i < runs; i++) {
  baseline.push(time(["-e", "0"]))
  help.push(time([bin, "--help"]))
}
const ratio = median(help) / median(baseline)
console.log(`node -e 0        median ${median(baseline).toFixed(1)} ms`)
console.log(`kie --help       median ${median(help).toFixed(1)} ms`)
console.log(`ratio            ${ratio.toFixed(2)}x (budget ${BUDGET}x, ${runs} runs each)`)
process.exitCode = ratio <= BUDGET ? 0 : 1

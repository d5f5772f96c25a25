// Runs the Redocly CLI quietly: its banners go away, its errors are printed when it fails.
import { execFileSync } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

export const root = join(dirname(fileURLToPath(import.meta.url)), "..")

export function redocly(args) {
  try {
    execFileSync(join(root, "node_modules", ".bin", "redocly"), args, {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      stdio: "pipe",
    })
  } catch (error) {
    process.stderr.write(String(error.stdout ?? ""))
    process.stderr.write(String(error.stderr ?? ""))
    throw new Error(`redocly ${args[0]} failed`)
  }
}

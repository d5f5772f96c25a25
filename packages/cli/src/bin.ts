/**
 * The `kie` program's entry: a recorded help text when that is all argv asks for (see
 * `startup/fast-help.ts`), else the real program, loaded only now (`main.ts`: effect, effect/cli
 * and the command tree in one bundled module).
 */
import { fastHelp } from "./startup/fast-help"

const argv = process.argv.slice(2)
if (!fastHelp(argv)) {
  const { main } = await import("./main")
  main(argv)
}

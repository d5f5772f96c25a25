/**
 * `@kie-kit/cli`: the `kie` command. The package is meant to be run (`npx kie`, `pnpm dlx
 * @kie-kit/cli`); this entry exposes the exit codes, for scripts that call `kie`.
 */
export {
  EXIT,
  EXIT_CODE_BY_TAG,
  EXIT_CODE_TABLE,
  type ExitCode,
  exitCodeForTag,
} from "./internal/exit"

/**
 * `@kie-kit/cli`: the `kie` command. The package is meant to be run (`npx kie`, `pnpm dlx
 * @kie-kit/cli`); this entry exposes the pieces scripts and tests may want.
 */
export { formatDuration, parseDuration } from "./internal/duration"
export { EXIT, EXIT_CODE_TABLE, type ExitCode, exitCodeForTag } from "./internal/exit"

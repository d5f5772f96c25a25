import { Effect } from "effect"
import type { CreditsInput, UploadInput } from "../commands/account"
import { describeError } from "../internal/describe"
import { CliFailure } from "../internal/exit"
import { interruptedError, jsonOnInterrupt } from "../internal/flow"
import { note, outputSettings, printJson, printLine } from "../internal/output"
import { type Globals, withSession } from "../internal/session"

/** With --json, the document of a command interrupted before it had a result. */
const interruptedDoc = jsonOnInterrupt(() => ({ error: interruptedError("Interrupted.") }))

const toFailure = (error: unknown) => {
  const described = describeError(error)
  return new CliFailure(described.exitCode, described.message, {
    hints: described.hints,
    cause: error,
  })
}

export const credits = (_input: CreditsInput, globals: Globals) =>
  withSession(globals, (session) =>
    Effect.gen(function* () {
      const balance = yield* session.backend.credits.pipe(Effect.mapError(toFailure))
      if (outputSettings().json) printJson({ credits: balance })
      else printLine(String(balance))
    }),
  ).pipe(interruptedDoc)

export const upload = (input: UploadInput, globals: Globals) =>
  withSession(globals, (session) =>
    Effect.gen(function* () {
      const uploaded = yield* session.backend
        .upload({
          file: input.file,
          uploadPath: input.path,
          fileName: input.name._tag === "Some" ? input.name.value : undefined,
        })
        .pipe(Effect.mapError(toFailure))
      if (outputSettings().json) printJson(uploaded)
      else {
        note(
          `Uploaded ${uploaded.filePath} (${uploaded.fileSize} bytes, ${uploaded.mimeType}); KIE keeps it for 3 days.`,
        )
        printLine(uploaded.downloadUrl)
      }
    }),
  ).pipe(interruptedDoc)

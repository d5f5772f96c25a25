import { openAsBlob } from "node:fs"
import { basename } from "node:path"
import { KieClient } from "@kie-kit/effect-client"
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
  withSession(globals, () =>
    Effect.gen(function* () {
      const kie = yield* KieClient
      const balance = yield* kie.credits().pipe(Effect.mapError(toFailure))
      if (outputSettings().json) printJson({ credits: balance })
      else printLine(String(balance))
    }),
  ).pipe(interruptedDoc)

export const upload = (input: UploadInput, globals: Globals) =>
  withSession(globals, () =>
    Effect.gen(function* () {
      const kie = yield* KieClient
      const file = yield* Effect.tryPromise({
        try: () => openAsBlob(input.file),
        catch: (error) => error as Error,
      }).pipe(Effect.mapError(toFailure))
      const uploaded = yield* kie.files
        .uploadStream({
          file,
          uploadPath: input.path,
          fileName: input.name._tag === "Some" ? input.name.value : basename(input.file),
        })
        .pipe(Effect.mapError(toFailure))
      if (outputSettings().json) {
        const { raw: _raw, ...fields } = uploaded
        printJson(fields)
      } else {
        note(
          `Uploaded ${uploaded.filePath} (${uploaded.fileSize} bytes, ${uploaded.mimeType}); KIE keeps it for 3 days.`,
        )
        printLine(uploaded.downloadUrl)
      }
    }),
  ).pipe(interruptedDoc)

/**
 * The {@link Backend} over the Effect client (`@kie-kit/effect-client`), the CLI's default. The
 * service is built once on a `FetchHttpClient` (with `--verbose`, wrapped to log each request's
 * method, path and status: the key is in a header and never logged). Result files are saved by
 * `./download.ts` (atomic, fsynced, safe names, expired links refreshed), whose link refresh
 * calls go through the Effect client.
 */
import { openAsBlob } from "node:fs"
import { basename } from "node:path"
import { downloadTask } from "@kie-kit/client/node"
import { KieClient, Poll, Retry } from "@kie-kit/effect-client"
import { Duration, Effect, Layer, Redacted } from "effect"
import { FetchHttpClient, HttpClient } from "effect/http"
import { VERSION } from "../version"
import type { Backend, Connection, KieFailure, UploadedFile } from "./backend"

const loggingHttpClient = (log: (line: string) => void) =>
  Layer.effect(
    HttpClient.HttpClient,
    Effect.map(HttpClient.HttpClient, (client) =>
      client.pipe(
        HttpClient.transform((response, request) =>
          Effect.suspend(() => {
            const started = Date.now()
            const path = new URL(request.url).pathname
            return response.pipe(
              Effect.tap((res) =>
                Effect.sync(() =>
                  log(
                    `kie: ${request.method} ${path} -> HTTP ${res.status} (${Date.now() - started} ms)`,
                  ),
                ),
              ),
              Effect.tapError((error) =>
                Effect.sync(() =>
                  log(
                    `kie: ${request.method} ${path} failed: ${(error as { message?: string }).message ?? String(error)}`,
                  ),
                ),
              ),
            )
          }),
        ),
      ),
    ),
  ).pipe(Layer.provide(FetchHttpClient.layer))

export const makeEffectBackend = async (connection: Connection): Promise<Backend> => {
  const http = connection.log ? loggingHttpClient(connection.log) : FetchHttpClient.layer
  const kie = await Effect.runPromise(
    KieClient.make({
      apiKey: Redacted.make(connection.apiKey),
      baseUrl: connection.baseUrl,
      uploadBaseUrl: connection.uploadBaseUrl,
      userAgent: `kie-kit-cli/${VERSION}`,
      ...(connection.maxRetries !== undefined
        ? { retrySchedule: Retry.make({ maxRetries: connection.maxRetries }) }
        : {}),
    }).pipe(Effect.provide(http)),
  )

  // The link-refresh calls the downloads make, served by the Effect client.
  // downloadTask refreshes expired links through these two calls; here they run on the Effect
  // client, with the caller's signal.
  const refresher = {
    downloadUrl: (url: string, options?: { signal?: AbortSignal | undefined }) =>
      Effect.runPromise(kie.downloadUrl(url), options?.signal ? { signal: options.signal } : {}),
    gpt4oImage: {
      downloadUrl: (
        body: { taskId: string; url: string },
        options?: { signal?: AbortSignal | undefined },
      ) =>
        Effect.runPromise(
          kie.gpt4oImage.downloadUrl(body),
          options?.signal ? { signal: options.signal } : {},
        ),
    },
  } as unknown as Parameters<typeof downloadTask>[0]

  return {
    implementation: "@kie-kit/effect-client",
    create: (request, options) => {
      const body = request.body as never
      const call = options?.singleAttempt === true ? { retrySchedule: Retry.none } : undefined
      const created =
        request.api === "flux-kontext"
          ? kie.fluxKontext.generate(body, call)
          : request.api === "gpt4o-image"
            ? kie.gpt4oImage.generate(body, call)
            : kie.market.createTask(body, call)
      return Effect.map(created, ({ taskId }) => ({ taskId }))
    },
    get: (api, taskId) =>
      api === "flux-kontext"
        ? kie.fluxKontext.get(taskId)
        : api === "gpt4o-image"
          ? kie.gpt4oImage.get(taskId)
          : kie.market.get(taskId),
    wait: (api, taskId, settings) =>
      kie.waitForTask(
        { api, taskId },
        {
          timeout: Duration.millis(settings.timeoutMs),
          ...(settings.intervalMs !== undefined
            ? { schedule: Poll.fromInterval(settings.intervalMs) }
            : {}),
          ...(settings.onUpdate !== undefined
            ? { onUpdate: (task) => Effect.sync(() => settings.onUpdate?.(task)) }
            : {}),
        },
      ),
    download: (task, dir, onFile) =>
      Effect.tryPromise({
        try: (signal) =>
          downloadTask(refresher, task, dir, {
            signal,
            onFile: (file) => onFile?.({ path: file.path, url: file.url, bytes: file.bytes }),
          }),
        catch: (error) => error as KieFailure,
      }).pipe(Effect.map((files) => files.map(({ path, url, bytes }) => ({ path, url, bytes })))),
    credits: kie.credits(),
    upload: (request) =>
      Effect.promise(() => openAsBlob(request.file)).pipe(
        Effect.flatMap((blob) =>
          kie.files.uploadStream({
            file: blob,
            uploadPath: request.uploadPath,
            fileName: request.fileName ?? basename(request.file),
          }),
        ),
        Effect.map((uploaded) => uploaded as unknown as UploadedFile),
      ),
  }
}

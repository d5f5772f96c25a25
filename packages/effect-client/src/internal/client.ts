/**
 * The implementation of the KieClient service. Everything per-client (headers, decoders, URLs) is
 * built once here, so a call only builds its request.
 * @internal
 */

import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, DEFAULT_UPLOAD_BASE_URL } from "@kie-kit/client"
import {
  type KieApi,
  minPollIntervalMs,
  normalizeRecord,
  registerSecret,
  type Task,
  UnexpectedResponseError,
} from "@kie-kit/client/core"
import * as Config from "effect/Config"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Headers from "effect/http/Headers"
import * as HttpBody from "effect/http/HttpBody"
import * as HttpClient from "effect/http/HttpClient"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import { version } from "../../package.json" with { type: "json" }
import type {
  KieClientOptions,
  KieClientService,
  RequestOptions,
  RunOptions,
  RunRequest,
  TaskOf,
  TaskRef,
  WaitOptions,
} from "../KieClient"
import type { ReadError } from "../KieError"
import * as KieSchema from "../KieSchema"
import * as Poll from "../Poll"
import * as Retry from "../Retry"
import { type DataDecoder, type Decoded, fromSchema, map } from "./decode"
import { create, type Operation, read, type Transport } from "./request"
import { watch } from "./wait"

const DEFAULT_TIMEOUT = Duration.millis(DEFAULT_TIMEOUT_MS)
const USER_AGENT = `kie-kit/${version} (effect)`

// -------------------------------------------------------------------------------------------------
// Decoders (compiled once, at module load)
// -------------------------------------------------------------------------------------------------

const normalized =
  <R>(api: KieApi) =>
  (record: R, data: unknown): Decoded<Task & { readonly raw: R }> => {
    try {
      // The task is a fresh object: attach the decoded record without copying it.
      return { ok: true, value: Object.assign(normalizeRecord(api, data), { raw: record }) }
    } catch (error) {
      if (error instanceof UnexpectedResponseError) {
        const path = (error.path ?? "").split(".").filter((p) => p !== "")
        return {
          ok: false,
          failure: {
            path: path[0] === "data" ? path.slice(1) : path,
            reason: error.message,
            cause: error,
          },
        }
      }
      throw error
    }
  }

const decodeFluxRecord = map(
  fromSchema(KieSchema.FluxKontextRecord),
  normalized<KieSchema.FluxKontextRecord>("flux-kontext"),
) as DataDecoder<TaskOf<"flux-kontext">>
const decodeGpt4oRecord = map(
  fromSchema(KieSchema.Gpt4oImageRecord),
  normalized<KieSchema.Gpt4oImageRecord>("gpt4o-image"),
) as DataDecoder<TaskOf<"gpt4o-image">>
const decodeMarketRecord = map(
  fromSchema(KieSchema.MarketRecord),
  normalized<KieSchema.MarketRecord>("market"),
) as DataDecoder<TaskOf<"market">>
const decodeTaskCreated = fromSchema(KieSchema.TaskCreated)
const decodeMarketTaskCreated = fromSchema(KieSchema.MarketTaskCreated)
const decodeUploadedFile = fromSchema(KieSchema.UploadedFile)
const decodeCredits = fromSchema(KieSchema.Credits)
const decodeDownloadUrl = fromSchema(KieSchema.DownloadUrl)

const records = {
  "flux-kontext": {
    name: "fluxKontext.get",
    path: "/api/v1/flux/kontext/record-info",
    decode: decodeFluxRecord,
  },
  "gpt4o-image": {
    name: "gpt4oImage.get",
    path: "/api/v1/gpt4o-image/record-info",
    decode: decodeGpt4oRecord,
  },
  market: { name: "market.get", path: "/api/v1/jobs/recordInfo", decode: decodeMarketRecord },
} as const

const creates = {
  "flux-kontext": { name: "fluxKontext.generate", path: "/api/v1/flux/kontext/generate" },
  "gpt4o-image": { name: "gpt4oImage.generate", path: "/api/v1/gpt4o-image/generate" },
  market: { name: "market.createTask", path: "/api/v1/jobs/createTask" },
} as const

const json = (body: unknown): HttpBody.HttpBody => HttpBody.jsonUnsafe(body)

/** Runs `f` when the effect runs (bodies are serialized lazily, so a bad body is a defect). */
const lazily = <A, E>(f: () => Effect.Effect<A, E>): Effect.Effect<A, E> => Effect.suspend(f)

const trimSlash = (url: string): string => url.replace(/\/+$/, "")

// -------------------------------------------------------------------------------------------------
// The service
// -------------------------------------------------------------------------------------------------

/** The failure of a layer built without a usable API key (a typed error, not a defect). */
const missingApiKey = (): Config.ConfigError =>
  new Config.ConfigError(
    new ConfigProvider.SourceError({
      message:
        "KieClient needs an API key: pass { apiKey: Redacted.make(key) } or set KIE_API_KEY (create one at https://kie.ai/api-key).",
    }),
  )

export const make = (
  options: KieClientOptions,
): Effect.Effect<KieClientService, Config.ConfigError, HttpClient.HttpClient> =>
  Effect.flatMap(HttpClient.HttpClient, (http) => {
    const key = Redacted.value(options.apiKey)
    if (typeof key !== "string" || key.trim() === "") return Effect.fail(missingApiKey())
    // The shared core then redacts the key from every error message it builds.
    registerSecret(key)
    const baseUrl = trimSlash(options.baseUrl ?? DEFAULT_BASE_URL)
    const uploadBaseUrl = trimSlash(options.uploadBaseUrl ?? DEFAULT_UPLOAD_BASE_URL)
    const transport: Transport = {
      http,
      headers: Headers.fromInput({
        authorization: `Bearer ${key}`,
        accept: "application/json",
        "user-agent": options.userAgent ?? USER_AGENT,
      }),
      timeout:
        options.timeout === undefined ? DEFAULT_TIMEOUT : Duration.fromInputUnsafe(options.timeout),
      retrySchedule: options.retrySchedule ?? Retry.defaultSchedule,
      httpSpans: options.httpSpans ?? false,
    }
    const waitDefaults = {
      schedule: options.pollSchedule ?? Poll.defaultSchedule,
      timeout:
        options.waitTimeout === undefined
          ? Poll.defaultTimeout
          : Duration.fromInputUnsafe(options.waitTimeout),
    }

    const get = <A extends KieApi>(
      api: A,
      taskId: string,
      callOptions?: RequestOptions,
    ): Effect.Effect<TaskOf<A>, ReadError> => {
      const record = records[api]
      const op: Operation<TaskOf<A>> = {
        name: record.name,
        kind: "read",
        method: "GET",
        url: `${baseUrl}${record.path}?taskId=${encodeURIComponent(taskId)}`,
        decode: record.decode as unknown as DataDecoder<TaskOf<A>>,
        attributes: { "kie.task_id": taskId },
        // A retried read of a task stays within the family's per-task query limit.
        minRetryDelayMs: minPollIntervalMs(api),
      }
      return read(transport, op, callOptions)
    }

    const createTask = <A extends KieApi>(api: A, body: unknown, callOptions?: RequestOptions) =>
      // Built when run, not when called: a body JSON.stringify rejects is a defect of the effect.
      Effect.suspend(() => {
        const target = creates[api]
        return create(
          transport,
          {
            name: target.name,
            kind: "create",
            method: "POST",
            url: `${baseUrl}${target.path}`,
            body: json(body),
            decode: api === "market" ? decodeMarketTaskCreated : decodeTaskCreated,
          },
          callOptions,
        )
      })

    const upload = (
      name: string,
      path: string,
      body: HttpBody.HttpBody,
      callOptions?: RequestOptions,
    ) =>
      read(
        transport,
        {
          name,
          kind: "read",
          method: "POST",
          url: `${uploadBaseUrl}${path}`,
          body,
          decode: decodeUploadedFile,
        },
        callOptions,
      )

    const watchTask = <A extends KieApi>(
      task: TaskRef<A>,
      waitOptions?: Omit<WaitOptions<TaskOf<A>>, "onUpdate">,
    ) =>
      watch(
        get(task.api, task.taskId, waitOptions?.request),
        task,
        { schedule: waitOptions?.schedule, timeout: waitOptions?.timeout },
        waitDefaults,
      )

    const waitForTask = <A extends KieApi>(
      task: TaskRef<A>,
      waitOptions?: WaitOptions<TaskOf<A>>,
    ) => {
      const onUpdate = waitOptions?.onUpdate
      const updates = watchTask(task, waitOptions)
      return (onUpdate === undefined ? updates : Stream.tap(updates, onUpdate)).pipe(
        Stream.runLast,
        Effect.flatMap((last) =>
          Option.isSome(last)
            ? Effect.succeed(last.value)
            : Effect.die(new Error("kie-kit: the wait ended without a task")),
        ),
        Effect.withSpan(
          "kie.waitForTask",
          { attributes: { "kie.api": task.api, "kie.task_id": task.taskId } },
          { captureStackTrace: false },
        ),
      )
    }

    const service: KieClientService = {
      fluxKontext: {
        generate: (body, callOptions) => createTask("flux-kontext", body, callOptions),
        get: (taskId, callOptions) => get("flux-kontext", taskId, callOptions),
      },
      gpt4oImage: {
        generate: (body, callOptions) => createTask("gpt4o-image", body, callOptions),
        get: (taskId, callOptions) => get("gpt4o-image", taskId, callOptions),
        downloadUrl: (body, callOptions) =>
          lazily(() =>
            read(
              transport,
              {
                name: "gpt4oImage.downloadUrl",
                kind: "read",
                method: "POST",
                url: `${baseUrl}/api/v1/gpt4o-image/download-url`,
                body: json(body),
                decode: decodeDownloadUrl,
              },
              callOptions,
            ),
          ),
      },
      market: {
        createTask: (body, callOptions) => createTask("market", body, callOptions),
        get: (taskId, callOptions) => get("market", taskId, callOptions),
      },
      credits: (callOptions) =>
        read(
          transport,
          {
            name: "credits",
            kind: "read",
            method: "GET",
            url: `${baseUrl}/api/v1/chat/credit`,
            decode: decodeCredits,
          },
          callOptions,
        ),
      downloadUrl: (url, callOptions) =>
        lazily(() =>
          read(
            transport,
            {
              name: "downloadUrl",
              kind: "read",
              method: "POST",
              url: `${baseUrl}/api/v1/common/download-url`,
              body: json({ url }),
              decode: decodeDownloadUrl,
            },
            callOptions,
          ),
        ),
      files: {
        uploadBase64: (body, callOptions) =>
          lazily(() =>
            upload("files.uploadBase64", "/api/file-base64-upload", json(body), callOptions),
          ),
        uploadStream: (body, callOptions) =>
          lazily(() => {
            const form = new FormData()
            const file = body.file instanceof Blob ? body.file : new Blob([body.file as BlobPart])
            const fileName = body.fileName ?? (file as { name?: string }).name ?? "file"
            form.append("file", file, fileName)
            form.append("uploadPath", body.uploadPath)
            if (body.fileName !== undefined) form.append("fileName", body.fileName)
            return upload(
              "files.uploadStream",
              "/api/file-stream-upload",
              HttpBody.formData(form),
              callOptions,
            )
          }),
        uploadUrl: (body, callOptions) =>
          lazily(() => upload("files.uploadUrl", "/api/file-url-upload", json(body), callOptions)),
      },
      waitForTask,
      watchTask,
      run: <R extends RunRequest>(request: R, runOptions?: RunOptions<TaskOf<R["api"]>>) => {
        const { api, ...body } = request
        return createTask(api, body, runOptions?.request).pipe(
          Effect.tap(({ taskId }) => runOptions?.onTaskCreated?.({ api, taskId }) ?? Effect.void),
          Effect.flatMap(({ taskId }) => waitForTask({ api: api as R["api"], taskId }, runOptions)),
          Effect.withSpan(
            "kie.run",
            { attributes: { "kie.api": api } },
            { captureStackTrace: false },
          ),
        )
      },
    }
    return Effect.succeed(service)
  })

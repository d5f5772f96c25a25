/**
 * The implementation of the KieClient service. Every operation of the spec's operation table is a
 * method at its name, decoded by the shared core (the one tolerant decoder of both clients).
 * Everything per-client (headers, URLs) is built once here, so a call only builds its request.
 * @internal
 */

import {
  type BaseUrls,
  buildSurface,
  createCall,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_UPLOAD_BASE_URL,
  formData,
  type KieApi,
  linkCall,
  minPollIntervalMs,
  type OperationCall,
  operationUrl,
  readCall,
  registerSecret,
  type TaskCreated,
  type TaskOf,
  trimSlash,
  withExtraBody,
} from "@kie-kit/client/core"
import { type OperationInfo, operationTable } from "@kie-kit/spec"
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
  TaskRef,
  WaitOptions,
} from "../KieClient"
import type { CreateError, ReadError } from "../KieError"
import * as Poll from "../Poll"
import * as Retry from "../Retry"
import { create, type Operation, read, type Transport } from "./request"
import { watch } from "./wait"

const DEFAULT_TIMEOUT = Duration.millis(DEFAULT_TIMEOUT_MS)
const USER_AGENT = `kie-kit/${version} (effect)`

/** The request body of an operation (built when the effect runs). */
const bodyOf = (info: OperationInfo, body: unknown): HttpBody.HttpBody =>
  info.body === "multipart"
    ? HttpBody.formData(formData(body as Record<string, unknown>))
    : HttpBody.jsonUnsafe(body)

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
    const bases: BaseUrls = {
      api: trimSlash(options.baseUrl ?? DEFAULT_BASE_URL),
      upload: trimSlash(options.uploadBaseUrl ?? DEFAULT_UPLOAD_BASE_URL),
    }
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

    /**
     * Sends one call: a read of a task is a GET with `?taskId=` (retried no sooner than its
     * family's query limit); a body is serialized when the effect runs (one JSON rejects is a
     * defect); a create is never resent when its outcome is unknown.
     */
    const send = <A>(
      call: OperationCall<A>,
      callOptions: RequestOptions | undefined,
    ): Effect.Effect<A, ReadError | CreateError> =>
      Effect.suspend((): Effect.Effect<A, ReadError | CreateError> => {
        const { id, task } = call
        const info = operationTable[id] as OperationInfo
        const op: Operation<A> = {
          name: id,
          role: info.role,
          method: info.method,
          url: operationUrl(id, bases, task ? { taskId: task.taskId } : call.query),
          decode: call.decode,
          ...(call.body !== undefined && {
            body: bodyOf(info, withExtraBody(call.body, callOptions?.extraBody)),
          }),
          ...(task && {
            attributes: { "kie.task_id": task.taskId },
            minRetryDelayMs: minPollIntervalMs(task.api),
          }),
        }
        return info.role === "create"
          ? create(transport, op, callOptions)
          : read(transport, op, callOptions)
      })

    const get = <A extends KieApi>(api: A, taskId: string, callOptions?: RequestOptions) =>
      send(readCall(api, taskId), callOptions) as Effect.Effect<TaskOf<A>, ReadError>

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

    const surface = buildSurface<RequestOptions>(send)
    const createFrom = (request: RunRequest, callOptions?: RequestOptions) => {
      const { api, ...body } = request
      return send(createCall(api, body), callOptions) as Effect.Effect<TaskCreated, CreateError>
    }

    const service = Object.assign(surface, {
      create: createFrom,
      getTask: <A extends KieApi>(task: TaskRef<A>, callOptions?: RequestOptions) =>
        get(task.api, task.taskId, callOptions),
      downloadLink: (task: TaskRef & { readonly url: string }, callOptions?: RequestOptions) =>
        send(linkCall(task.api, task.taskId, task.url), callOptions),
      waitForTask,
      watchTask,
      run: <R extends RunRequest>(request: R, runOptions?: RunOptions<TaskOf<R["api"]>>) => {
        const { api } = request
        const extraBody = runOptions?.extraBody
        return createFrom(request, {
          ...runOptions?.request,
          ...(extraBody !== undefined && { extraBody }),
        }).pipe(
          Effect.tap(({ taskId }) => runOptions?.onTaskCreated?.({ api, taskId }) ?? Effect.void),
          Effect.flatMap(({ taskId }) => waitForTask({ api: api as R["api"], taskId }, runOptions)),
          Effect.withSpan(
            "kie.run",
            { attributes: { "kie.api": api } },
            { captureStackTrace: false },
          ),
        )
      },
    }) as unknown as KieClientService
    return Effect.succeed(service)
  })

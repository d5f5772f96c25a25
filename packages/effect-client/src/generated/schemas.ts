// generated — do not edit, run `pnpm codegen` (source: @kie-kit/spec openapi.json, script: scripts/codegen.mjs)
/* eslint-disable */

import * as Schema from "effect/Schema"

/**
 * `data` of a successful create call: the id of the accepted task.
 */
export type TaskCreated = { readonly "taskId": string } & { readonly [x: string]: Schema.Json }
export const TaskCreated = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String.check(Schema.isMinLength(1).annotate({ "expected": "a value with a length of at least 1" })) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "TaskCreated" })

/**
 * The generated video (`response` of the record).
 */
export type AlephRecordResult = { readonly "taskId"?: string, readonly "resultVideoUrl"?: string | null, readonly "resultImageUrl"?: string | null } & { readonly [x: string]: Schema.Json }
export const AlephRecordResult = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.optionalKey(Schema.String), "resultVideoUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "resultImageUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "AlephRecordResult" })

/**
 * A time; an ISO-8601 string in the docs' example.
 */
export type AlephTimestamp = string | null
export const AlephTimestamp = Schema.Union([Schema.String, Schema.Null]).annotate({ "identifier": "AlephTimestamp" })

/**
 * Task status. 1: success. 0: failed or still in progress (a failed task carries a non-zero
 * `errorCode`).
 */
export type AlephSuccessFlag = 0 | 1
export const AlephSuccessFlag = Schema.Literals([0, 1]).annotate({ "identifier": "AlephSuccessFlag" })

/**
 * Result image locations of a Flux Kontext task.
 */
export type FluxKontextImageUrls = { readonly "originImageUrl"?: string, readonly "resultImageUrl"?: string } & { readonly [x: string]: Schema.Json }
export const FluxKontextImageUrls = Schema.StructWithRest(Schema.Struct({ "originImageUrl": Schema.optionalKey(Schema.String), "resultImageUrl": Schema.optionalKey(Schema.String) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "FluxKontextImageUrls" })

/**
 * Task status.
 * 0 GENERATING: the task is being processed.
 * 1 SUCCESS: completed.
 * 2 CREATE_TASK_FAILED: the task could not be created.
 * 3 GENERATE_FAILED: the task was created but generation failed.
 * 1, 2 and 3 are terminal.
 */
export type FluxKontextSuccessFlag = 0 | 1 | 2 | 3
export const FluxKontextSuccessFlag = Schema.Literals([0, 1, 2, 3]).annotate({ "identifier": "FluxKontextSuccessFlag" })

/**
 * Epoch milliseconds per the reference schema; the quickstart shows
 * `"YYYY-MM-DD HH:mm:ss"` strings (time zone unspecified) and null while the
 * task runs. Accept all three.
 */
export type Gpt4oImageTimestamp = number | string | null
export const Gpt4oImageTimestamp = Schema.Union([Schema.Int, Schema.String, Schema.Null]).annotate({ "identifier": "Gpt4oImageTimestamp" })

/**
 * Generated image URLs, under `resultUrls` (reference) or `result_urls` (quickstart, callbacks).
 */
export type Gpt4oImageResultUrls = { readonly "resultUrls"?: ReadonlyArray<string>, readonly "result_urls"?: ReadonlyArray<string> } & { readonly [x: string]: Schema.Json }
export const Gpt4oImageResultUrls = Schema.StructWithRest(Schema.Struct({ "resultUrls": Schema.optionalKey(Schema.Array(Schema.String)), "result_urls": Schema.optionalKey(Schema.Array(Schema.String)) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "Gpt4oImageResultUrls" })

/**
 * Task status. GENERATING in progress; SUCCESS done; CREATE_TASK_FAILED the
 * task could not be created; GENERATE_FAILED generation failed.
 */
export type Gpt4oImageStatus = "GENERATING" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_FAILED"
export const Gpt4oImageStatus = Schema.Literals(["GENERATING", "SUCCESS", "CREATE_TASK_FAILED", "GENERATE_FAILED"]).annotate({ "identifier": "Gpt4oImageStatus" })

/**
 * A time as Unix epoch milliseconds; null or absent until known.
 */
export type LumaTimestamp = number | null
export const LumaTimestamp = Schema.Union([Schema.Int, Schema.Null]).annotate({ "format": "int64", "identifier": "LumaTimestamp" })

/**
 * A list of video URLs; `null` where no result exists.
 */
export type LumaUrlList = ReadonlyArray<string> | null
export const LumaUrlList = Schema.Union([Schema.Array(Schema.String), Schema.Null]).annotate({ "identifier": "LumaUrlList" })

/**
 * Task status.
 * 0 GENERATING: the task is being processed.
 * 1 SUCCESS: completed.
 * 2 CREATE_TASK_FAILED: the task could not be created.
 * 3 GENERATE_FAILED: the task was created but generation failed.
 * 4 CALLBACK_FAILED: generation succeeded but the callback delivery failed (the result is
 * available in the record).
 * 1-4 are terminal.
 */
export type LumaSuccessFlag = 0 | 1 | 2 | 3 | 4
export const LumaSuccessFlag = Schema.Literals([0, 1, 2, 3, 4]).annotate({ "identifier": "LumaSuccessFlag" })

/**
 * `data` of a successful `marketCreateTask` call.
 */
export type MarketTaskCreated = { readonly "taskId": string, readonly "recordId"?: string } & { readonly [x: string]: Schema.Json }
export const MarketTaskCreated = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String.check(Schema.isMinLength(1).annotate({ "expected": "a value with a length of at least 1" })), "recordId": Schema.optionalKey(Schema.String) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "MarketTaskCreated" })

/**
 * waiting: queued, waiting to be processed; queuing: in the processing queue;
 * generating: being processed; success: completed; fail: failed.
 * `success` and `fail` are terminal.
 */
export type MarketState = "waiting" | "queuing" | "generating" | "success" | "fail"
export const MarketState = Schema.Literals(["waiting", "queuing", "generating", "success", "fail"]).annotate({ "identifier": "MarketState" })

/**
 * One result file.
 */
export type MidjourneyResultUrl = { readonly "resultUrl"?: string } & { readonly [x: string]: Schema.Json }
export const MidjourneyResultUrl = Schema.StructWithRest(Schema.Struct({ "resultUrl": Schema.optionalKey(Schema.String) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "MidjourneyResultUrl" })

/**
 * Task status.
 * 0 GENERATING: the task is being processed.
 * 1 SUCCESS: completed.
 * 2 FAILED: the task failed.
 * 3 GENERATE_FAILED: the task was created but generation failed.
 * 1, 2 and 3 are terminal.
 */
export type MidjourneySuccessFlag = 0 | 1 | 2 | 3
export const MidjourneySuccessFlag = Schema.Literals([0, 1, 2, 3]).annotate({ "identifier": "MidjourneySuccessFlag" })

/**
 * The parameters the video was generated or extended with.
 */
export type RunwayGenerateParam = { readonly "prompt"?: string | null, readonly "imageUrl"?: string | null, readonly "expandPrompt"?: boolean | null } & { readonly [x: string]: Schema.Json }
export const RunwayGenerateParam = Schema.StructWithRest(Schema.Struct({ "prompt": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "imageUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "expandPrompt": Schema.optionalKey(Schema.Union([Schema.Boolean, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "RunwayGenerateParam" })

/**
 * Task status.
 * `wait`: submitted, not yet queued.
 * `queueing`: waiting in the processing queue.
 * `generating`: the video is being generated.
 * `success`: the video was generated (terminal).
 * `fail`: the generation failed (terminal).
 */
export type RunwayState = "wait" | "queueing" | "generating" | "success" | "fail"
export const RunwayState = Schema.Literals(["wait", "queueing", "generating", "success", "fail"]).annotate({ "identifier": "RunwayState" })

/**
 * The generated video, once `state` is `success`.
 */
export type RunwayVideoInfo = { readonly "videoId"?: string, readonly "taskId"?: string, readonly "videoUrl"?: string, readonly "imageUrl"?: string } & { readonly [x: string]: Schema.Json }
export const RunwayVideoInfo = Schema.StructWithRest(Schema.Struct({ "videoId": Schema.optionalKey(Schema.String), "taskId": Schema.optionalKey(Schema.String), "videoUrl": Schema.optionalKey(Schema.String), "imageUrl": Schema.optionalKey(Schema.String) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "RunwayVideoInfo" })

/**
 * The boosted style, returned directly (no task to poll).
 */
export type SunoBoostStyleResult = { readonly "taskId"?: string, readonly "param"?: string | null, readonly "result"?: string | null, readonly "creditsConsumed"?: number | null, readonly "creditsRemaining"?: number | null, readonly "successFlag"?: string | number | null, readonly "errorCode"?: number | null, readonly "errorMessage"?: string | null, readonly "createTime"?: string | number | null } & { readonly [x: string]: Schema.Json }
export const SunoBoostStyleResult = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.optionalKey(Schema.String), "param": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "result": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "creditsConsumed": Schema.optionalKey(Schema.Union([Schema.Finite, Schema.Null])), "creditsRemaining": Schema.optionalKey(Schema.Union([Schema.Finite, Schema.Null])), "successFlag": Schema.optionalKey(Schema.Union([Schema.String, Schema.Int, Schema.Null])), "errorCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "createTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Finite, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoBoostStyleResult" })

/**
 * 0 pending; 1 success; 2 generating; 3 generation failed (the field's documented values).
 * The page's prose names the states `PENDING`, `SUCCESS`, `CREATE_TASK_FAILED` and
 * `GENERATE_COVER_FAILED`; those strings are accepted too.
 */
export type SunoCoverSuccessFlag = 0 | 1 | 2 | 3 | "PENDING" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_COVER_FAILED"
export const SunoCoverSuccessFlag = Schema.Union([Schema.Literals([0, 1, 2, 3]), Schema.Literals(["PENDING", "SUCCESS", "CREATE_TASK_FAILED", "GENERATE_COVER_FAILED"])], { mode: "oneOf" }).annotate({ "identifier": "SunoCoverSuccessFlag" })

export type SunoPersona = { readonly "personaId": string, readonly "name"?: string, readonly "description"?: string } & { readonly [x: string]: Schema.Json }
export const SunoPersona = Schema.StructWithRest(Schema.Struct({ "personaId": Schema.String, "name": Schema.optionalKey(Schema.String), "description": Schema.optionalKey(Schema.String) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoPersona" })

export type SunoAlignedWord = { readonly "word"?: string, readonly "success"?: boolean, readonly "startS"?: number, readonly "endS"?: number, readonly "palign"?: number } & { readonly [x: string]: Schema.Json }
export const SunoAlignedWord = Schema.StructWithRest(Schema.Struct({ "word": Schema.optionalKey(Schema.String), "success": Schema.optionalKey(Schema.Boolean), "startS": Schema.optionalKey(Schema.Finite), "endS": Schema.optionalKey(Schema.Finite), "palign": Schema.optionalKey(Schema.Int) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoAlignedWord" })

/**
 * One lyrics variation (typically 2-3 per task), with section markers such as [Verse] and [Chorus].
 */
export type SunoLyricsItem = { readonly "text"?: string | null, readonly "title"?: string | null, readonly "status"?: string | null, readonly "errorMessage"?: string | null } & { readonly [x: string]: Schema.Json }
export const SunoLyricsItem = Schema.StructWithRest(Schema.Struct({ "text": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "title": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "status": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoLyricsItem" })

/**
 * `PENDING` waiting; `SUCCESS` lyrics generated; `CREATE_TASK_FAILED` the task could not be
 * created; `GENERATE_LYRICS_FAILED` generation failed; `CALLBACK_EXCEPTION` error during the
 * callback; `SENSITIVE_WORD_ERROR` content filtered (sensitive words).
 */
export type SunoLyricsStatus = "PENDING" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_LYRICS_FAILED" | "CALLBACK_EXCEPTION" | "SENSITIVE_WORD_ERROR"
export const SunoLyricsStatus = Schema.Literals(["PENDING", "SUCCESS", "CREATE_TASK_FAILED", "GENERATE_LYRICS_FAILED", "CALLBACK_EXCEPTION", "SENSITIVE_WORD_ERROR"]).annotate({ "identifier": "SunoLyricsStatus" })

export type SunoMidiNote = { readonly "pitch"?: number, readonly "start"?: number, readonly "end"?: number, readonly "velocity"?: number } & { readonly [x: string]: Schema.Json }
export const SunoMidiNote = Schema.StructWithRest(Schema.Struct({ "pitch": Schema.optionalKey(Schema.Int), "start": Schema.optionalKey(Schema.Finite), "end": Schema.optionalKey(Schema.Finite), "velocity": Schema.optionalKey(Schema.Finite) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoMidiNote" })

/**
 * 0 pending; 1 success; 2 failed to create the task; 3 MIDI generation failed (1-3 are terminal).
 */
export type SunoMidiSuccessFlag = 0 | 1 | 2 | 3
export const SunoMidiSuccessFlag = Schema.Literals([0, 1, 2, 3]).annotate({ "identifier": "SunoMidiSuccessFlag" })

/**
 * `PENDING` waiting; `SUCCESS` video generated; `CREATE_TASK_FAILED` the task could not be created; `GENERATE_MP4_FAILED` video creation failed.
 */
export type SunoMusicVideoStatus = "PENDING" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_MP4_FAILED"
export const SunoMusicVideoStatus = Schema.Literals(["PENDING", "SUCCESS", "CREATE_TASK_FAILED", "GENERATE_MP4_FAILED"]).annotate({ "identifier": "SunoMusicVideoStatus" })

/**
 * One generated track of a music record (usually two per task). URLs expire after 14 days.
 */
export type SunoTrack = { readonly "id"?: string, readonly "audioUrl"?: string | null, readonly "streamAudioUrl"?: string | null, readonly "imageUrl"?: string | null, readonly "prompt"?: string | null, readonly "modelName"?: string | null, readonly "title"?: string | null, readonly "tags"?: string | null, readonly "createTime"?: string | number | null, readonly "duration"?: number | null } & { readonly [x: string]: Schema.Json }
export const SunoTrack = Schema.StructWithRest(Schema.Struct({ "id": Schema.optionalKey(Schema.String), "audioUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "streamAudioUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "imageUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "prompt": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "modelName": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "title": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "tags": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "createTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Finite, Schema.Null])), "duration": Schema.optionalKey(Schema.Union([Schema.Finite, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoTrack" })

/**
 * `PENDING` waiting; `TEXT_SUCCESS` lyrics/text generated; `FIRST_SUCCESS` first track
 * complete; `SUCCESS` all tracks complete; `CREATE_TASK_FAILED` the task could not be
 * created; `GENERATE_AUDIO_FAILED` audio generation failed; `CALLBACK_EXCEPTION` error during
 * the callback; `SENSITIVE_WORD_ERROR` content filtered (sensitive words). `SUCCESS` and the
 * four failures are terminal.
 */
export type SunoRecordStatus = "PENDING" | "TEXT_SUCCESS" | "FIRST_SUCCESS" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_AUDIO_FAILED" | "CALLBACK_EXCEPTION" | "SENSITIVE_WORD_ERROR"
export const SunoRecordStatus = Schema.Literals(["PENDING", "TEXT_SUCCESS", "FIRST_SUCCESS", "SUCCESS", "CREATE_TASK_FAILED", "GENERATE_AUDIO_FAILED", "CALLBACK_EXCEPTION", "SENSITIVE_WORD_ERROR"]).annotate({ "identifier": "SunoRecordStatus" })

/**
 * One separated track of `originData`; its `id` is the `audioId` of `sunoGenerateMidi`.
 */
export type SunoStem = { readonly "duration"?: number | null, readonly "audio_url"?: string | null, readonly "stem_type_group_name"?: string | null, readonly "id"?: string | null } & { readonly [x: string]: Schema.Json }
export const SunoStem = Schema.StructWithRest(Schema.Struct({ "duration": Schema.optionalKey(Schema.Union([Schema.Finite, Schema.Null])), "audio_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "stem_type_group_name": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "id": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoStem" })

/**
 * `PENDING` waiting; `SUCCESS` separated; `CREATE_TASK_FAILED` the task could not be created; `GENERATE_AUDIO_FAILED` processing failed; `CALLBACK_EXCEPTION` error during the callback.
 */
export type SunoVocalRemovalStatus = "PENDING" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_AUDIO_FAILED" | "CALLBACK_EXCEPTION"
export const SunoVocalRemovalStatus = Schema.Literals(["PENDING", "SUCCESS", "CREATE_TASK_FAILED", "GENERATE_AUDIO_FAILED", "CALLBACK_EXCEPTION"]).annotate({ "identifier": "SunoVocalRemovalStatus" })

/**
 * `PENDING` waiting; `SUCCESS` converted; `CREATE_TASK_FAILED` the task could not be created; `GENERATE_WAV_FAILED` conversion failed; `CALLBACK_EXCEPTION` error during the callback.
 */
export type SunoWavStatus = "PENDING" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_WAV_FAILED" | "CALLBACK_EXCEPTION"
export const SunoWavStatus = Schema.Literals(["PENDING", "SUCCESS", "CREATE_TASK_FAILED", "GENERATE_WAV_FAILED", "CALLBACK_EXCEPTION"]).annotate({ "identifier": "SunoWavStatus" })

/**
 * The stored file. The six fields of the per-endpoint schema are required; the
 * extra fields shown only by the quickstart example are optional.
 */
export type UploadedFile = { readonly "fileName": string, readonly "filePath": string, readonly "downloadUrl": string, readonly "fileSize": number, readonly "mimeType": string, readonly "uploadedAt": string, readonly "fileId"?: string, readonly "originalName"?: string, readonly "uploadPath"?: string, readonly "fileUrl"?: string, readonly "uploadTime"?: string, readonly "expiresAt"?: string } & { readonly [x: string]: Schema.Json }
export const UploadedFile = Schema.StructWithRest(Schema.Struct({ "fileName": Schema.String, "filePath": Schema.String, "downloadUrl": Schema.String.annotate({ "format": "uri" }), "fileSize": Schema.Int.check(Schema.isGreaterThanOrEqualTo(0).annotate({ "expected": "a value greater than or equal to 0" })), "mimeType": Schema.String, "uploadedAt": Schema.String.annotate({ "format": "date-time" }), "fileId": Schema.optionalKey(Schema.String), "originalName": Schema.optionalKey(Schema.String), "uploadPath": Schema.optionalKey(Schema.String), "fileUrl": Schema.optionalKey(Schema.String.annotate({ "format": "uri" })), "uploadTime": Schema.optionalKey(Schema.String.annotate({ "format": "date-time" })), "expiresAt": Schema.optionalKey(Schema.String.annotate({ "format": "date-time" })) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "UploadedFile" })

/**
 * `data` of `veoGet1080pVideo` once the 1080P version is ready.
 */
export type VeoGet1080pVideoData = { readonly "resultUrl": string } & { readonly [x: string]: Schema.Json }
export const VeoGet1080pVideoData = Schema.StructWithRest(Schema.Struct({ "resultUrl": Schema.String.annotate({ "format": "uri" }) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "VeoGet1080pVideoData" })

/**
 * A list of file URLs; `null` where the docs show it before a result exists.
 */
export type VeoUrlList = ReadonlyArray<string> | null
export const VeoUrlList = Schema.Union([Schema.Array(Schema.String), Schema.Null]).annotate({ "identifier": "VeoUrlList" })

/**
 * A time, documented as a number but shown as a `"YYYY-MM-DD HH:mm:ss"` string in the docs' example.
 */
export type VeoTimestamp = number | string | null
export const VeoTimestamp = Schema.Union([Schema.Finite, Schema.String, Schema.Null]).annotate({ "identifier": "VeoTimestamp" })

/**
 * Task status.
 * 0 GENERATING: the task is being processed.
 * 1 SUCCESS: completed.
 * 2 FAILED: the task failed before completion.
 * 3 GENERATE_FAILED: the task was created but upstream generation failed.
 * 1, 2 and 3 are terminal.
 */
export type VeoSuccessFlag = 0 | 1 | 2 | 3
export const VeoSuccessFlag = Schema.Literals([0, 1, 2, 3]).annotate({ "identifier": "VeoSuccessFlag" })

/**
 * Status code carried in the body of every api.kie.ai response, of every
 * File Upload API response and of every callback. **200 means success; any
 * other value is an error**, whatever the HTTP status was: newer vendor specs
 * return HTTP 200 with the error in `code`, older ones also use the HTTP status,
 * so clients must check both.
 *
 * The set is deliberately **open** (no `enum`): the vendor's per-endpoint lists
 * disagree and new codes appear (REFERENCE §9 conflict 11), so an unknown code
 * must still decode. Each operation's description lists the codes documented
 * for it. Known values (also machine-readable in `x-known-codes`):
 *
 * | code | name | meaning |
 * |---|---|---|
 * | 200 | Success | The request was processed. |
 * | 400 | Bad Request | 4o generate: body is not valid JSON. Market recordInfo: `taskId` missing. File upload: bad or missing parameter. In callbacks and task error codes: content-policy violation or unusable input image. |
 * | 401 | Unauthorized | Credentials missing or invalid ("You do not have access permissions"). |
 * | 402 | Insufficient Credits | The account does not have enough credits for the operation. |
 * | 404 | Not Found | Endpoint, resource or task not found. |
 * | 405 | Method Not Allowed | File Upload API only. |
 * | 408 | Upstream Timeout | Upstream has returned nothing for more than 10 minutes. |
 * | 422 | Validation Error | Parameters failed validation (also: a non-KIE URL given to download-url; 4o download-url record problems). |
 * | 429 | Rate Limited | Request rejected, not queued (default limit: 20 new generation requests per 10 s per account). |
 * | 433 | Key Limit Exceeded | Sub-key usage exceeds its configured limit. |
 * | 451 | Download Failed | The service could not fetch the supplied image (4o). |
 * | 455 | Service Unavailable | Maintenance. |
 * | 500 | Server Error | Unexpected server error (Flux: also "safety tolerance out of range"). Retry later. |
 * | 501 | Generation Failed | The generation task failed. |
 * | 505 | Feature Disabled | The requested feature is currently disabled. |
 * | 550 | Connection Denied | 4o generate: task rejected because the upstream queue is full. |
 */
export type ApiCode = number
export const ApiCode = Schema.Number.annotate({ "format": "int32" }).check(Schema.isInt().annotate({ "expected": "an integer", "identifier": "ApiCode" }))

/**
 * The result in an Aleph callback. The callback page sends `result_video_url` and
 * `result_image_url`; the generate page's callback schema (copied from Runway) sends `task_id`,
 * `video_id`, `video_url` and `image_url`. Both spellings are accepted.
 */
export type AlephCallbackData = { readonly "result_video_url"?: string, readonly "result_image_url"?: string, readonly "task_id"?: string, readonly "video_id"?: string, readonly "video_url"?: string, readonly "image_url"?: string } & { readonly [x: string]: Schema.Json }
export const AlephCallbackData = Schema.StructWithRest(Schema.Struct({ "result_video_url": Schema.optionalKey(Schema.String), "result_image_url": Schema.optionalKey(Schema.String), "task_id": Schema.optionalKey(Schema.String), "video_id": Schema.optionalKey(Schema.String), "video_url": Schema.optionalKey(Schema.String), "image_url": Schema.optionalKey(Schema.String) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "AlephCallbackData" })

export type MarketCallbackData = { readonly "taskId": string, readonly "model"?: string, readonly "state"?: "success" | "fail", readonly "param"?: string, readonly "resultJson"?: string | null, readonly "failCode"?: string | null, readonly "failMsg"?: string | null, readonly "costTime"?: number, readonly "completeTime"?: number, readonly "createTime"?: number, readonly "updateTime"?: number, readonly "creditsConsumed"?: number } & { readonly [x: string]: Schema.Json }
export const MarketCallbackData = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "model": Schema.optionalKey(Schema.String), "state": Schema.optionalKey(Schema.Literals(["success", "fail"])), "param": Schema.optionalKey(Schema.String.annotate({ "contentMediaType": "application/json" })), "resultJson": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null]).annotate({ "contentMediaType": "application/json" })), "failCode": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "failMsg": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "costTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "completeTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "createTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "updateTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "creditsConsumed": Schema.optionalKey(Schema.Finite) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "MarketCallbackData" })

/**
 * One track of a music callback (snake_case, unlike the record). The `source_*` URLs appear for upload-cover and upload-extend tasks.
 */
export type SunoCallbackTrack = { readonly "id"?: string, readonly "audio_url"?: string | null, readonly "source_audio_url"?: string | null, readonly "stream_audio_url"?: string | null, readonly "source_stream_audio_url"?: string | null, readonly "image_url"?: string | null, readonly "source_image_url"?: string | null, readonly "prompt"?: string | null, readonly "model_name"?: string | null, readonly "title"?: string | null, readonly "tags"?: string | null, readonly "createTime"?: string | number | null, readonly "duration"?: number | null } & { readonly [x: string]: Schema.Json }
export const SunoCallbackTrack = Schema.StructWithRest(Schema.Struct({ "id": Schema.optionalKey(Schema.String), "audio_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "source_audio_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "stream_audio_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "source_stream_audio_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "image_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "source_image_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "prompt": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "model_name": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "title": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "tags": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "createTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Finite, Schema.Null])), "duration": Schema.optionalKey(Schema.Union([Schema.Finite, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoCallbackTrack" })

/**
 * Task details returned by `alephRecordInfo`.
 */
export type AlephRecord = { readonly "taskId": string, readonly "paramJson"?: string | null, readonly "response"?: AlephRecordResult | null, readonly "completeTime"?: AlephTimestamp, readonly "createTime"?: AlephTimestamp, readonly "successFlag": AlephSuccessFlag, readonly "errorCode"?: number | null, readonly "errorMessage"?: string | null } & { readonly [x: string]: Schema.Json }
export const AlephRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "paramJson": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null]).annotate({ "contentMediaType": "application/json" })), "response": Schema.optionalKey(Schema.Union([AlephRecordResult, Schema.Null], { mode: "oneOf" })), "completeTime": Schema.optionalKey(AlephTimestamp), "createTime": Schema.optionalKey(AlephTimestamp), "successFlag": AlephSuccessFlag, "errorCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "AlephRecord" })

/**
 * Task details returned by `fluxKontextRecordInfo`. Timestamps are ISO-8601 strings in this family.
 */
export type FluxKontextRecord = { readonly "taskId": string, readonly "paramJson"?: string, readonly "completeTime"?: string, readonly "response"?: FluxKontextImageUrls, readonly "successFlag": FluxKontextSuccessFlag, readonly "errorCode"?: number | null, readonly "errorMessage"?: string, readonly "createTime"?: string } & { readonly [x: string]: Schema.Json }
export const FluxKontextRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "paramJson": Schema.optionalKey(Schema.String.annotate({ "contentMediaType": "application/json" })), "completeTime": Schema.optionalKey(Schema.String.annotate({ "format": "date-time" })), "response": Schema.optionalKey(FluxKontextImageUrls), "successFlag": FluxKontextSuccessFlag, "errorCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.String), "createTime": Schema.optionalKey(Schema.String.annotate({ "format": "date-time" })) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "FluxKontextRecord" })

/**
 * Task details returned by `gpt4oImageRecordInfo`. Prefer `status` when
 * present; `successFlag` is 0 generating, 1 success, 2 (or 3) failed.
 */
export type Gpt4oImageRecord = { readonly "taskId": string, readonly "paramJson"?: string, readonly "completeTime"?: Gpt4oImageTimestamp, readonly "response"?: Gpt4oImageResultUrls | null, readonly "successFlag": number, readonly "status"?: Gpt4oImageStatus, readonly "errorCode"?: number | null, readonly "errorMessage"?: string | null, readonly "createTime"?: Gpt4oImageTimestamp, readonly "progress"?: string } & { readonly [x: string]: Schema.Json }
export const Gpt4oImageRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "paramJson": Schema.optionalKey(Schema.String.annotate({ "contentMediaType": "application/json" })), "completeTime": Schema.optionalKey(Gpt4oImageTimestamp), "response": Schema.optionalKey(Schema.Union([Gpt4oImageResultUrls, Schema.Null], { mode: "oneOf" })), "successFlag": Schema.Number.annotate({ "format": "int32" }).check(Schema.isInt().annotate({ "expected": "an integer" })), "status": Schema.optionalKey(Gpt4oImageStatus), "errorCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "createTime": Schema.optionalKey(Gpt4oImageTimestamp), "progress": Schema.optionalKey(Schema.String.check(Schema.isPattern(new globalThis.RegExp("^(0(\\.[0-9]+)?|1(\\.0+)?)$", "u")).annotate({ "expected": "a string matching the RegExp ^(0(\\.[0-9]+)?|1(\\.0+)?)$" }))) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "Gpt4oImageRecord" })

/**
 * Result of a finished task (`response` of the record); only present once the task has completed.
 */
export type LumaRecordResult = { readonly "taskId"?: string, readonly "originUrls"?: LumaUrlList, readonly "resultUrls"?: LumaUrlList } & { readonly [x: string]: Schema.Json }
export const LumaRecordResult = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.optionalKey(Schema.String), "originUrls": Schema.optionalKey(LumaUrlList), "resultUrls": Schema.optionalKey(LumaUrlList) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "LumaRecordResult" })

/**
 * Task details returned by `marketRecordInfo` (any Market model). Timestamps are epoch milliseconds.
 */
export type MarketRecord = { readonly "taskId": string, readonly "model": string, readonly "state": MarketState, readonly "param"?: string, readonly "resultJson"?: string, readonly "failCode"?: string, readonly "failMsg"?: string, readonly "costTime"?: number, readonly "completeTime"?: number, readonly "createTime"?: number, readonly "updateTime"?: number, readonly "creditsConsumed"?: number, readonly "progress"?: number | string } & { readonly [x: string]: Schema.Json }
export const MarketRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "model": Schema.String, "state": MarketState, "param": Schema.optionalKey(Schema.String.annotate({ "contentMediaType": "application/json" })), "resultJson": Schema.optionalKey(Schema.String.annotate({ "contentMediaType": "application/json" })), "failCode": Schema.optionalKey(Schema.String), "failMsg": Schema.optionalKey(Schema.String), "costTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "completeTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "createTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "updateTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "creditsConsumed": Schema.optionalKey(Schema.Finite), "progress": Schema.optionalKey(Schema.Union([Schema.Finite, Schema.String])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "MarketRecord" })

/**
 * Result of a finished task: `resultUrls` lists one object per file (4 images for an image
 * generation; the videos of a video task). Despite its name the field is an object, not a JSON
 * string.
 */
export type MidjourneyResultInfo = { readonly "resultUrls"?: ReadonlyArray<MidjourneyResultUrl> | null } & { readonly [x: string]: Schema.Json }
export const MidjourneyResultInfo = Schema.StructWithRest(Schema.Struct({ "resultUrls": Schema.optionalKey(Schema.Union([Schema.Array(MidjourneyResultUrl), Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "MidjourneyResultInfo" })

/**
 * Task details returned by `runwayRecordDetail`, for generation and extension tasks alike
 * (`parentTaskId` names the original task of an extension). Video links are valid for 14 days;
 * `expireFlag` is 1 once they have expired.
 */
export type RunwayRecord = { readonly "taskId": string, readonly "parentTaskId"?: string | null, readonly "generateParam"?: RunwayGenerateParam | null, readonly "state": RunwayState, readonly "generateTime"?: string | null, readonly "videoInfo"?: RunwayVideoInfo | null, readonly "failCode"?: number | null, readonly "failMsg"?: string | null, readonly "expireFlag"?: 0 | 1 | null } & { readonly [x: string]: Schema.Json }
export const RunwayRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "parentTaskId": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "generateParam": Schema.optionalKey(Schema.Union([RunwayGenerateParam, Schema.Null], { mode: "oneOf" })), "state": RunwayState, "generateTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "videoInfo": Schema.optionalKey(Schema.Union([RunwayVideoInfo, Schema.Null], { mode: "oneOf" })), "failCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "failMsg": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "expireFlag": Schema.optionalKey(Schema.Union([Schema.Literals([0, 1]), Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "RunwayRecord" })

/**
 * Cover image task returned by `sunoCoverRecordInfo`. Image URLs are set on success and kept 14 days.
 */
export type SunoCoverRecord = { readonly "taskId": string, readonly "parentTaskId"?: string | null, readonly "callbackUrl"?: string | null, readonly "completeTime"?: string | number | null, readonly "response"?: { readonly "images"?: ReadonlyArray<string> | null } & { readonly [x: string]: Schema.Json } | null, readonly "successFlag": SunoCoverSuccessFlag, readonly "createTime"?: string | number | null, readonly "errorCode"?: number | null, readonly "errorMessage"?: string | null } & { readonly [x: string]: Schema.Json }
export const SunoCoverRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "parentTaskId": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "callbackUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "completeTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Finite, Schema.Null])), "response": Schema.optionalKey(Schema.Union([Schema.StructWithRest(Schema.Struct({ "images": Schema.optionalKey(Schema.Union([Schema.Array(Schema.String), Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]), Schema.Null])), "successFlag": SunoCoverSuccessFlag, "createTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Finite, Schema.Null])), "errorCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoCoverRecord" })

/**
 * Lyrics aligned to the audio, with waveform data. Empty for instrumental tracks.
 */
export type SunoTimestampedLyrics = { readonly "alignedWords"?: ReadonlyArray<SunoAlignedWord> | null, readonly "waveformData"?: ReadonlyArray<number> | null, readonly "hootCer"?: number | null, readonly "isStreamed"?: boolean | null } & { readonly [x: string]: Schema.Json }
export const SunoTimestampedLyrics = Schema.StructWithRest(Schema.Struct({ "alignedWords": Schema.optionalKey(Schema.Union([Schema.Array(SunoAlignedWord), Schema.Null])), "waveformData": Schema.optionalKey(Schema.Union([Schema.Array(Schema.Finite), Schema.Null])), "hootCer": Schema.optionalKey(Schema.Union([Schema.Finite, Schema.Null])), "isStreamed": Schema.optionalKey(Schema.Union([Schema.Boolean, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoTimestampedLyrics" })

/**
 * Lyrics task returned by `sunoLyricsRecordInfo`. Lyrics are retained for 14 days.
 */
export type SunoLyricsRecord = { readonly "taskId": string, readonly "param"?: string | null, readonly "response"?: { readonly "taskId"?: string, readonly "data"?: ReadonlyArray<SunoLyricsItem> | null } & { readonly [x: string]: Schema.Json } | null, readonly "status": SunoLyricsStatus, readonly "type"?: string | null, readonly "errorCode"?: number | null, readonly "errorMessage"?: string | null } & { readonly [x: string]: Schema.Json }
export const SunoLyricsRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "param": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null]).annotate({ "contentMediaType": "application/json" })), "response": Schema.optionalKey(Schema.Union([Schema.StructWithRest(Schema.Struct({ "taskId": Schema.optionalKey(Schema.String), "data": Schema.optionalKey(Schema.Union([Schema.Array(SunoLyricsItem), Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]), Schema.Null])), "status": SunoLyricsStatus, "type": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "errorCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoLyricsRecord" })

/**
 * The detected instruments and their notes. May be empty for a `split_stem` separation.
 */
export type SunoMidiData = { readonly "state"?: string, readonly "instruments"?: ReadonlyArray<{ readonly "name"?: string, readonly "notes"?: ReadonlyArray<SunoMidiNote> | null } & { readonly [x: string]: Schema.Json }> | null } & { readonly [x: string]: Schema.Json }
export const SunoMidiData = Schema.StructWithRest(Schema.Struct({ "state": Schema.optionalKey(Schema.String), "instruments": Schema.optionalKey(Schema.Union([Schema.Array(Schema.StructWithRest(Schema.Struct({ "name": Schema.optionalKey(Schema.String), "notes": Schema.optionalKey(Schema.Union([Schema.Array(SunoMidiNote), Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))])), Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoMidiData" })

/**
 * Music video task returned by `sunoMusicVideoRecordInfo`. The video URL is set once `successFlag` is `SUCCESS`; videos are kept 14 days.
 */
export type SunoMusicVideoRecord = { readonly "taskId": string, readonly "musicId"?: string | null, readonly "callbackUrl"?: string | null, readonly "musicIndex"?: number | null, readonly "completeTime"?: string | number | null, readonly "response"?: { readonly "videoUrl"?: string | null } & { readonly [x: string]: Schema.Json } | null, readonly "successFlag": SunoMusicVideoStatus, readonly "createTime"?: string | number | null, readonly "errorCode"?: number | null, readonly "errorMessage"?: string | null } & { readonly [x: string]: Schema.Json }
export const SunoMusicVideoRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "musicId": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "callbackUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "musicIndex": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "completeTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Finite, Schema.Null])), "response": Schema.optionalKey(Schema.Union([Schema.StructWithRest(Schema.Struct({ "videoUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]), Schema.Null])), "successFlag": SunoMusicVideoStatus, "createTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Finite, Schema.Null])), "errorCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoMusicVideoRecord" })

/**
 * Music task returned by `sunoRecordInfo`, for every create of the music family. The tracks
 * are in `response.sunoData`; instrumental tracks carry no lyrics.
 */
export type SunoRecord = { readonly "taskId": string, readonly "parentMusicId"?: string | null, readonly "param"?: string | null, readonly "response"?: { readonly "taskId"?: string, readonly "sunoData"?: ReadonlyArray<SunoTrack> | null } & { readonly [x: string]: Schema.Json } | null, readonly "status": SunoRecordStatus, readonly "type"?: string | null, readonly "operationType"?: string | null, readonly "errorCode"?: number | null, readonly "errorMessage"?: string | null } & { readonly [x: string]: Schema.Json }
export const SunoRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "parentMusicId": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "param": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null]).annotate({ "contentMediaType": "application/json" })), "response": Schema.optionalKey(Schema.Union([Schema.StructWithRest(Schema.Struct({ "taskId": Schema.optionalKey(Schema.String), "sunoData": Schema.optionalKey(Schema.Union([Schema.Array(SunoTrack), Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]), Schema.Null])), "status": SunoRecordStatus, "type": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "operationType": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "errorCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoRecord" })

/**
 * Separation result. `separate_vocal`: `instrumentalUrl` and `vocalUrl`, the instrument fields
 * null. `split_stem`: the instrument fields, `instrumentalUrl` null.
 */
export type SunoVocalRemovalResult = { readonly "id"?: string | null, readonly "originUrl"?: string | null, readonly "originData"?: ReadonlyArray<SunoStem> | null, readonly "instrumentalUrl"?: string | null, readonly "vocalUrl"?: string | null, readonly "backingVocalsUrl"?: string | null, readonly "drumsUrl"?: string | null, readonly "bassUrl"?: string | null, readonly "guitarUrl"?: string | null, readonly "pianoUrl"?: string | null, readonly "keyboardUrl"?: string | null, readonly "percussionUrl"?: string | null, readonly "stringsUrl"?: string | null, readonly "synthUrl"?: string | null, readonly "fxUrl"?: string | null, readonly "brassUrl"?: string | null, readonly "woodwindsUrl"?: string | null } & { readonly [x: string]: Schema.Json }
export const SunoVocalRemovalResult = Schema.StructWithRest(Schema.Struct({ "id": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "originUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "originData": Schema.optionalKey(Schema.Union([Schema.Array(SunoStem), Schema.Null])), "instrumentalUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "vocalUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "backingVocalsUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "drumsUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "bassUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "guitarUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "pianoUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "keyboardUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "percussionUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "stringsUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "synthUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "fxUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "brassUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "woodwindsUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoVocalRemovalResult" })

/**
 * WAV conversion task returned by `sunoWavRecordInfo`. The WAV URL is set once `successFlag` is `SUCCESS`; files are kept 14 days.
 */
export type SunoWavRecord = { readonly "taskId": string, readonly "musicId"?: string | null, readonly "callbackUrl"?: string | null, readonly "musicIndex"?: number | null, readonly "completeTime"?: string | number | null, readonly "response"?: { readonly "audioWavUrl"?: string | null } & { readonly [x: string]: Schema.Json } | null, readonly "successFlag": SunoWavStatus, readonly "createTime"?: string | number | null, readonly "errorCode"?: number | null, readonly "errorMessage"?: string | null } & { readonly [x: string]: Schema.Json }
export const SunoWavRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "musicId": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "callbackUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "musicIndex": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "completeTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Finite, Schema.Null])), "response": Schema.optionalKey(Schema.Union([Schema.StructWithRest(Schema.Struct({ "audioWavUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]), Schema.Null])), "successFlag": SunoWavStatus, "createTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Finite, Schema.Null])), "errorCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoWavRecord" })

/**
 * `data` of `veoGet4kVideo`. On acceptance `taskId` identifies the 4K task (read it with
 * `veoRecordInfo` or wait for the callback) and the URL lists are null. The code-422 answer
 * for a repeated request carries the same object, with the URLs once the 4K video exists.
 */
export type VeoGet4kVideoData = { readonly "taskId": string, readonly "resultUrls"?: VeoUrlList, readonly "imageUrls"?: VeoUrlList } & { readonly [x: string]: Schema.Json }
export const VeoGet4kVideoData = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String.check(Schema.isMinLength(1).annotate({ "expected": "a value with a length of at least 1" })), "resultUrls": Schema.optionalKey(VeoUrlList), "imageUrls": Schema.optionalKey(VeoUrlList) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "VeoGet4kVideoData" })

/**
 * Result of a finished task (`response` of the record). For 4K tasks it holds the 4K video URLs
 * and related media information.
 */
export type VeoRecordResult = { readonly "taskId"?: string, readonly "resultUrls"?: VeoUrlList, readonly "fullResultUrls"?: VeoUrlList, readonly "originUrls"?: VeoUrlList, readonly "resolution"?: string | null } & { readonly [x: string]: Schema.Json }
export const VeoRecordResult = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.optionalKey(Schema.String), "resultUrls": Schema.optionalKey(VeoUrlList), "fullResultUrls": Schema.optionalKey(VeoUrlList), "originUrls": Schema.optionalKey(VeoUrlList), "resolution": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "VeoRecordResult" })

/**
 * Result of a successful task in a callback. Generation and extension: `resultUrls`,
 * `originUrls` (only when the aspect ratio is not 16:9) and `resolution`. 4K: `resultUrls`
 * and `imageUrls`.
 */
export type VeoCallbackInfo = { readonly "resultUrls"?: VeoUrlList, readonly "originUrls"?: VeoUrlList, readonly "resolution"?: string, readonly "imageUrls"?: VeoUrlList } & { readonly [x: string]: Schema.Json }
export const VeoCallbackInfo = Schema.StructWithRest(Schema.Struct({ "resultUrls": Schema.optionalKey(VeoUrlList), "originUrls": Schema.optionalKey(VeoUrlList), "resolution": Schema.optionalKey(Schema.String), "imageUrls": Schema.optionalKey(VeoUrlList) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "VeoCallbackInfo" })

/**
 * Body POSTed to `callBackUrl` when a Flux Kontext task finishes (success or
 * failure). `code`: 200 success; 400 prompt flagged by the content policy;
 * 500 internal error, retry later; 501 generation failed.
 */
export type FluxKontextCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": { readonly "taskId": string, readonly "info"?: FluxKontextImageUrls | null } & { readonly [x: string]: Schema.Json } } & { readonly [x: string]: Schema.Json }
export const FluxKontextCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "info": Schema.optionalKey(Schema.Union([FluxKontextImageUrls, Schema.Null], { mode: "oneOf" })) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "FluxKontextCallback" })

/**
 * Body POSTed to `callBackUrl` when a 4o Image task finishes. `code`: 200
 * success; 400 bad request (content policy on `filesUrl`, image larger than
 * 26214400 bytes, unprocessable image, flagged by OpenAI); 451 could not
 * download `filesUrl`; 500 server error.
 */
export type Gpt4oImageCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": { readonly "taskId": string, readonly "info"?: Gpt4oImageResultUrls | null } & { readonly [x: string]: Schema.Json } } & { readonly [x: string]: Schema.Json }
export const Gpt4oImageCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "info": Schema.optionalKey(Schema.Union([Gpt4oImageResultUrls, Schema.Null], { mode: "oneOf" })) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "Gpt4oImageCallback" })

/**
 * Body POSTed to `callBackUrl` when a Luma Modify task succeeds or fails. `code`: 200 success;
 * 500 the video modification failed. `data.resultUrls` is only present on success.
 */
export type LumaCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": { readonly "taskId": string, readonly "promptJson"?: string | null, readonly "resultUrls"?: LumaUrlList } & { readonly [x: string]: Schema.Json } } & { readonly [x: string]: Schema.Json }
export const LumaCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "promptJson": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null]).annotate({ "contentMediaType": "application/json" })), "resultUrls": Schema.optionalKey(LumaUrlList) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "LumaCallback" })

/**
 * Body POSTed to `callBackUrl` when a Midjourney task (generation, upscale, vary or video
 * extension) succeeds or fails. `code`: 200 success; 500 generation failed or another internal
 * error. `data.resultUrls` holds the generated image (or video) URLs, empty on failure.
 */
export type MidjourneyCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": { readonly "taskId": string, readonly "promptJson"?: string | null, readonly "resultUrls"?: ReadonlyArray<string> | null } & { readonly [x: string]: Schema.Json } } & { readonly [x: string]: Schema.Json }
export const MidjourneyCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "promptJson": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null]).annotate({ "contentMediaType": "application/json" })), "resultUrls": Schema.optionalKey(Schema.Union([Schema.Array(Schema.String), Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "MidjourneyCallback" })

/**
 * Body POSTed to `callBackUrl` when a Runway generation or extension task finishes. `code`:
 * 200 success; 400 client error (get image info failed, inappropriate content, incorrect image
 * format, membership or concurrency limit, unsupported width or height, upload failed, prompt
 * caught by the AI moderator, prompt longer than 2048 characters, NSFW prompt); 500 server
 * error. On failure the URLs are empty strings or absent.
 */
export type RunwayCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": { readonly "task_id": string, readonly "video_id"?: string, readonly "video_url"?: string, readonly "image_url"?: string } & { readonly [x: string]: Schema.Json } } & { readonly [x: string]: Schema.Json }
export const RunwayCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": Schema.StructWithRest(Schema.Struct({ "task_id": Schema.String, "video_id": Schema.optionalKey(Schema.String), "video_url": Schema.optionalKey(Schema.String), "image_url": Schema.optionalKey(Schema.String) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "RunwayCallback" })

/**
 * Body POSTed to `callBackUrl` when the cover images are ready. `code`: 200 success; 500 internal error. Image URLs are valid for 14 days.
 */
export type SunoCoverCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": { readonly "taskId": string, readonly "images"?: ReadonlyArray<string> | null } & { readonly [x: string]: Schema.Json } } & { readonly [x: string]: Schema.Json }
export const SunoCoverCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "images": Schema.optionalKey(Schema.Union([Schema.Array(Schema.String), Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoCoverCallback" })

/**
 * Body POSTed once to `callBackUrl` when a lyrics task finishes, with every variation.
 * `code`: 200 success; 400 rephrase the description (artist name, moderation, or no lyrics
 * could be generated); 500 internal error.
 */
export type SunoLyricsCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": { readonly "callbackType"?: "complete", readonly "task_id": string, readonly "data"?: ReadonlyArray<{ readonly "text"?: string | null, readonly "title"?: string | null, readonly "status"?: string | null, readonly "error_message"?: string | null } & { readonly [x: string]: Schema.Json }> | null } & { readonly [x: string]: Schema.Json } } & { readonly [x: string]: Schema.Json }
export const SunoLyricsCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": Schema.StructWithRest(Schema.Struct({ "callbackType": Schema.optionalKey(Schema.Literal("complete")), "task_id": Schema.String, "data": Schema.optionalKey(Schema.Union([Schema.Array(Schema.StructWithRest(Schema.Struct({ "text": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "title": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "status": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "error_message": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))])), Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoLyricsCallback" })

/**
 * Body POSTed to `callBackUrl` when a music video finishes. `code`: 200 success, 500
 * internal error (the page's field description also calls 0 a success). `video_url` is valid
 * for 14 days.
 */
export type SunoMusicVideoCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": { readonly "task_id": string, readonly "video_url"?: string | null } & { readonly [x: string]: Schema.Json } } & { readonly [x: string]: Schema.Json }
export const SunoMusicVideoCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": Schema.StructWithRest(Schema.Struct({ "task_id": Schema.String, "video_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoMusicVideoCallback" })

/**
 * Body POSTed to `callBackUrl` when a separation finishes; the fields of
 * `vocal_separation_info` depend on `type`. `code`: 200 success; 500 internal error.
 */
export type SunoVocalRemovalCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": { readonly "task_id": string, readonly "vocal_separation_info"?: { readonly "origin_url"?: string | null, readonly "vocal_url"?: string | null, readonly "instrumental_url"?: string | null, readonly "backing_vocals_url"?: string | null, readonly "drums_url"?: string | null, readonly "bass_url"?: string | null, readonly "guitar_url"?: string | null, readonly "keyboard_url"?: string | null, readonly "percussion_url"?: string | null, readonly "strings_url"?: string | null, readonly "synth_url"?: string | null, readonly "fx_url"?: string | null, readonly "brass_url"?: string | null, readonly "woodwinds_url"?: string | null } & { readonly [x: string]: Schema.Json } | null } & { readonly [x: string]: Schema.Json } } & { readonly [x: string]: Schema.Json }
export const SunoVocalRemovalCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": Schema.StructWithRest(Schema.Struct({ "task_id": Schema.String, "vocal_separation_info": Schema.optionalKey(Schema.Union([Schema.StructWithRest(Schema.Struct({ "origin_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "vocal_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "instrumental_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "backing_vocals_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "drums_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "bass_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "guitar_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "keyboard_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "percussion_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "strings_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "synth_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "fx_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "brass_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "woodwinds_url": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]), Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoVocalRemovalCallback" })

/**
 * Body POSTed to `callBackUrl` when a WAV conversion finishes. `code`: 200 success; 500 internal error.
 */
export type SunoWavCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": { readonly "task_id": string, readonly "audioWavUrl"?: string | null } & { readonly [x: string]: Schema.Json } } & { readonly [x: string]: Schema.Json }
export const SunoWavCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": Schema.StructWithRest(Schema.Struct({ "task_id": Schema.String, "audioWavUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoWavCallback" })

/**
 * Body POSTed to `callBackUrl` when an Aleph task finishes. `code`: 200 success; 400 failed
 * (content policy or technical issue: inappropriate content, incorrect image format,
 * membership or concurrency limit, unsupported width or height, upload failed, prompt caught by
 * the AI moderator, prompt longer than 2048 characters, NSFW prompt); 500 server error (listed
 * by the generate page only).
 *
 * The callback page puts the task id at the top level (`taskId`) and `data` is null on
 * failure; the generate page's callback schema has `data.task_id` instead. One of the two is
 * required.
 */
export type AlephCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data"?: AlephCallbackData | null, readonly "taskId"?: string } & { readonly [x: string]: Schema.Json }
export const AlephCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": Schema.optionalKey(Schema.Union([AlephCallbackData, Schema.Null], { mode: "oneOf" })), "taskId": Schema.optionalKey(Schema.String) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "AlephCallback" })

/**
 * Body POSTed to `callBackUrl` when a Market task reaches a final state
 * (success or failure). `code` 200 = success, 501 = failure (the Seedream 4.0
 * page also lists 400 and 500): treat any non-200 as failure and read
 * `data.state` / `data.failCode` (REFERENCE §9 conflict 14).
 */
export type MarketCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": MarketCallbackData } & { readonly [x: string]: Schema.Json }
export const MarketCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": MarketCallbackData }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "MarketCallback" })

/**
 * Body POSTed to `callBackUrl` by every create of the music family, once per stage:
 * `callbackType` `text` (text generated), `first` (first track complete), `complete` (all
 * tracks complete); some tasks go straight to `complete`. `code`: 200 success; 400 lyrics
 * contained copyrighted material; 408 timeout; 413 uploaded audio matches an existing work;
 * 500 server error; 501 audio generation failed; 531 generation failed, credits refunded.
 */
export type SunoCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": { readonly "callbackType"?: "text" | "first" | "complete", readonly "task_id": string, readonly "data"?: ReadonlyArray<SunoCallbackTrack> | null } & { readonly [x: string]: Schema.Json } } & { readonly [x: string]: Schema.Json }
export const SunoCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": Schema.StructWithRest(Schema.Struct({ "callbackType": Schema.optionalKey(Schema.Literals(["text", "first", "complete"])), "task_id": Schema.String, "data": Schema.optionalKey(Schema.Union([Schema.Array(SunoCallbackTrack), Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoCallback" })

/**
 * Task details returned by `lumaRecordInfo`. Timestamps are epoch milliseconds in this family.
 */
export type LumaRecord = { readonly "taskId": string, readonly "paramJson"?: string | null, readonly "completeTime"?: LumaTimestamp, readonly "response"?: LumaRecordResult | null, readonly "successFlag": LumaSuccessFlag, readonly "createTime"?: LumaTimestamp, readonly "errorCode"?: number | null, readonly "errorMessage"?: string | null } & { readonly [x: string]: Schema.Json }
export const LumaRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "paramJson": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null]).annotate({ "contentMediaType": "application/json" })), "completeTime": Schema.optionalKey(LumaTimestamp), "response": Schema.optionalKey(Schema.Union([LumaRecordResult, Schema.Null], { mode: "oneOf" })), "successFlag": LumaSuccessFlag, "createTime": Schema.optionalKey(LumaTimestamp), "errorCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "LumaRecord" })

/**
 * Task details returned by `midjourneyRecordInfo`, for every Midjourney task: generation
 * (images or videos), upscale, vary and video extension. Timestamps are ISO-8601 strings.
 */
export type MidjourneyRecord = { readonly "taskId": string, readonly "taskType"?: string | null, readonly "paramJson"?: string | null, readonly "completeTime"?: string | null, readonly "resultInfoJson"?: MidjourneyResultInfo | null, readonly "successFlag": MidjourneySuccessFlag, readonly "createTime"?: string | null, readonly "errorCode"?: number | null, readonly "errorMessage"?: string | null } & { readonly [x: string]: Schema.Json }
export const MidjourneyRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "taskType": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "paramJson": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null]).annotate({ "contentMediaType": "application/json" })), "completeTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "resultInfoJson": Schema.optionalKey(Schema.Union([MidjourneyResultInfo, Schema.Null], { mode: "oneOf" })), "successFlag": MidjourneySuccessFlag, "createTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "errorCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "MidjourneyRecord" })

/**
 * MIDI task returned by `sunoMidiRecordInfo`; the notes are data (`midiData`), not a file. Records are kept 14 days.
 */
export type SunoMidiRecord = { readonly "taskId": string, readonly "recordTaskId"?: number | null, readonly "audioId"?: string | null, readonly "callbackUrl"?: string | null, readonly "completeTime"?: number | string | null, readonly "midiData"?: SunoMidiData | null, readonly "successFlag": SunoMidiSuccessFlag, readonly "createTime"?: number | string | null, readonly "errorCode"?: string | number | null, readonly "errorMessage"?: string | null } & { readonly [x: string]: Schema.Json }
export const SunoMidiRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "recordTaskId": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "audioId": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "callbackUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "completeTime": Schema.optionalKey(Schema.Union([Schema.Int, Schema.String, Schema.Null])), "midiData": Schema.optionalKey(Schema.Union([SunoMidiData, Schema.Null], { mode: "oneOf" })), "successFlag": SunoMidiSuccessFlag, "createTime": Schema.optionalKey(Schema.Union([Schema.Int, Schema.String, Schema.Null])), "errorCode": Schema.optionalKey(Schema.Union([Schema.String, Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoMidiRecord" })

/**
 * Separation task returned by `sunoVocalRemovalRecordInfo`. URLs are set once `successFlag` is `SUCCESS` and kept 14 days.
 */
export type SunoVocalRemovalRecord = { readonly "taskId": string, readonly "musicId"?: string | null, readonly "callbackUrl"?: string | null, readonly "musicIndex"?: number | null, readonly "completeTime"?: string | number | null, readonly "response"?: SunoVocalRemovalResult | null, readonly "successFlag": SunoVocalRemovalStatus, readonly "createTime"?: string | number | null, readonly "errorCode"?: number | null, readonly "errorMessage"?: string | null } & { readonly [x: string]: Schema.Json }
export const SunoVocalRemovalRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "musicId": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "callbackUrl": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "musicIndex": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "completeTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Finite, Schema.Null])), "response": Schema.optionalKey(Schema.Union([SunoVocalRemovalResult, Schema.Null], { mode: "oneOf" })), "successFlag": SunoVocalRemovalStatus, "createTime": Schema.optionalKey(Schema.Union([Schema.String, Schema.Finite, Schema.Null])), "errorCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "SunoVocalRemovalRecord" })

/**
 * Task details returned by `veoRecordInfo`, for every Veo 3.1 task kind: generation,
 * extension, 1080P and 4K upgrades.
 */
export type VeoRecord = { readonly "taskId": string, readonly "paramJson"?: string | null, readonly "completeTime"?: VeoTimestamp, readonly "response"?: VeoRecordResult | null, readonly "successFlag": VeoSuccessFlag, readonly "errorCode"?: number | null, readonly "errorMessage"?: string | null, readonly "createTime"?: VeoTimestamp, readonly "fallbackFlag"?: boolean | null } & { readonly [x: string]: Schema.Json }
export const VeoRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "paramJson": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null]).annotate({ "contentMediaType": "application/json" })), "completeTime": Schema.optionalKey(VeoTimestamp), "response": Schema.optionalKey(Schema.Union([VeoRecordResult, Schema.Null], { mode: "oneOf" })), "successFlag": VeoSuccessFlag, "errorCode": Schema.optionalKey(Schema.Union([Schema.Int, Schema.Null])), "errorMessage": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "createTime": Schema.optionalKey(VeoTimestamp), "fallbackFlag": Schema.optionalKey(Schema.Union([Schema.Boolean, Schema.Null])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "VeoRecord" })

/**
 * Body POSTed to `callBackUrl` when a Veo 3.1 task (generation, extension or 4K) finishes.
 * `code`: 200 success; 400 prompt flagged by the content policy, English prompts only, image
 * could not be fetched, unsafe image upload; 422 rejected upstream ("Your request was
 * rejected by Flow(...)"); 500 internal error or timeout (4K: "The 4K version of this video
 * is unavailable"); 501 generation failed.
 *
 * Generation and extension callbacks carry `data.taskId` and `data.info`. The 4K callback
 * page shows the same shape (`data.info.resultUrls`, `data.info.imageUrls`), while the 4K
 * operation's own callback schema uses `data.task_id`, `result_urls`, `media_ids` and
 * `image_urls`: both are accepted.
 */
export type VeoCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": { readonly "taskId"?: string, readonly "task_id"?: string, readonly "info"?: VeoCallbackInfo | null, readonly "fallbackFlag"?: boolean, readonly "result_urls"?: VeoUrlList, readonly "media_ids"?: ReadonlyArray<string> | null, readonly "image_urls"?: VeoUrlList } & { readonly [x: string]: Schema.Json } } & { readonly [x: string]: Schema.Json }
export const VeoCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": Schema.StructWithRest(Schema.Struct({ "taskId": Schema.optionalKey(Schema.String), "task_id": Schema.optionalKey(Schema.String), "info": Schema.optionalKey(Schema.Union([VeoCallbackInfo, Schema.Null], { mode: "oneOf" })), "fallbackFlag": Schema.optionalKey(Schema.Boolean), "result_urls": Schema.optionalKey(VeoUrlList), "media_ids": Schema.optionalKey(Schema.Union([Schema.Array(Schema.String), Schema.Null])), "image_urls": Schema.optionalKey(VeoUrlList) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "VeoCallback" })

/**
 * Direct download URL, valid for 20 minutes.
 */
export type CommonDownloadUrlData = string
export const CommonDownloadUrlData = Schema.String.annotate({ "format": "uri" })

/**
 * Remaining credits (account-wide, for every service).
 */
export type GetCreditsData = number
export const GetCreditsData = Schema.Int

/**
 * Direct download URL, valid for 20 minutes.
 */
export type Gpt4oImageDownloadUrlData = string
export const Gpt4oImageDownloadUrlData = Schema.String.annotate({ "format": "uri" })

/** The schema of each operation's success `data`, by operationId. */
export const operationData = {
  /** `data` of a successful `alephGenerate` */
  alephGenerate: TaskCreated,
  /** `data` of a successful `alephRecordInfo` */
  alephRecordInfo: AlephRecord,
  /** `data` of a successful `commonDownloadUrl` */
  commonDownloadUrl: CommonDownloadUrlData,
  /** `data` of a successful `fluxKontextGenerate` */
  fluxKontextGenerate: TaskCreated,
  /** `data` of a successful `fluxKontextRecordInfo` */
  fluxKontextRecordInfo: FluxKontextRecord,
  /** `data` of a successful `getCredits` */
  getCredits: GetCreditsData,
  /** `data` of a successful `gpt4oImageDownloadUrl` */
  gpt4oImageDownloadUrl: Gpt4oImageDownloadUrlData,
  /** `data` of a successful `gpt4oImageGenerate` */
  gpt4oImageGenerate: TaskCreated,
  /** `data` of a successful `gpt4oImageRecordInfo` */
  gpt4oImageRecordInfo: Gpt4oImageRecord,
  /** `data` of a successful `lumaModify` */
  lumaModify: TaskCreated,
  /** `data` of a successful `lumaRecordInfo` */
  lumaRecordInfo: LumaRecord,
  /** `data` of a successful `marketCreateTask` */
  marketCreateTask: MarketTaskCreated,
  /** `data` of a successful `marketRecordInfo` */
  marketRecordInfo: MarketRecord,
  /** `data` of a successful `midjourneyExtendVideo` */
  midjourneyExtendVideo: TaskCreated,
  /** `data` of a successful `midjourneyGenerate` */
  midjourneyGenerate: TaskCreated,
  /** `data` of a successful `midjourneyRecordInfo` */
  midjourneyRecordInfo: MidjourneyRecord,
  /** `data` of a successful `midjourneyUpscale` */
  midjourneyUpscale: TaskCreated,
  /** `data` of a successful `midjourneyVary` */
  midjourneyVary: TaskCreated,
  /** `data` of a successful `runwayExtend` */
  runwayExtend: TaskCreated,
  /** `data` of a successful `runwayGenerate` */
  runwayGenerate: TaskCreated,
  /** `data` of a successful `runwayRecordDetail` */
  runwayRecordDetail: RunwayRecord,
  /** `data` of a successful `sunoAddInstrumental` */
  sunoAddInstrumental: TaskCreated,
  /** `data` of a successful `sunoAddVocals` */
  sunoAddVocals: TaskCreated,
  /** `data` of a successful `sunoBoostStyle` */
  sunoBoostStyle: SunoBoostStyleResult,
  /** `data` of a successful `sunoConvertToWav` */
  sunoConvertToWav: TaskCreated,
  /** `data` of a successful `sunoCoverRecordInfo` */
  sunoCoverRecordInfo: SunoCoverRecord,
  /** `data` of a successful `sunoCreateMusicVideo` */
  sunoCreateMusicVideo: TaskCreated,
  /** `data` of a successful `sunoExtend` */
  sunoExtend: TaskCreated,
  /** `data` of a successful `sunoGenerate` */
  sunoGenerate: TaskCreated,
  /** `data` of a successful `sunoGenerateCover` */
  sunoGenerateCover: TaskCreated,
  /** `data` of a successful `sunoGenerateLyrics` */
  sunoGenerateLyrics: TaskCreated,
  /** `data` of a successful `sunoGenerateMashup` */
  sunoGenerateMashup: TaskCreated,
  /** `data` of a successful `sunoGenerateMidi` */
  sunoGenerateMidi: TaskCreated,
  /** `data` of a successful `sunoGeneratePersona` */
  sunoGeneratePersona: SunoPersona,
  /** `data` of a successful `sunoGenerateSounds` */
  sunoGenerateSounds: TaskCreated,
  /** `data` of a successful `sunoGetTimestampedLyrics` */
  sunoGetTimestampedLyrics: SunoTimestampedLyrics,
  /** `data` of a successful `sunoLyricsRecordInfo` */
  sunoLyricsRecordInfo: SunoLyricsRecord,
  /** `data` of a successful `sunoMidiRecordInfo` */
  sunoMidiRecordInfo: SunoMidiRecord,
  /** `data` of a successful `sunoMusicVideoRecordInfo` */
  sunoMusicVideoRecordInfo: SunoMusicVideoRecord,
  /** `data` of a successful `sunoRecordInfo` */
  sunoRecordInfo: SunoRecord,
  /** `data` of a successful `sunoReplaceSection` */
  sunoReplaceSection: TaskCreated,
  /** `data` of a successful `sunoSeparateVocals` */
  sunoSeparateVocals: TaskCreated,
  /** `data` of a successful `sunoUploadCover` */
  sunoUploadCover: TaskCreated,
  /** `data` of a successful `sunoUploadExtend` */
  sunoUploadExtend: TaskCreated,
  /** `data` of a successful `sunoVocalRemovalRecordInfo` */
  sunoVocalRemovalRecordInfo: SunoVocalRemovalRecord,
  /** `data` of a successful `sunoWavRecordInfo` */
  sunoWavRecordInfo: SunoWavRecord,
  /** `data` of a successful `uploadFileBase64` */
  uploadFileBase64: UploadedFile,
  /** `data` of a successful `uploadFileStream` */
  uploadFileStream: UploadedFile,
  /** `data` of a successful `uploadFileUrl` */
  uploadFileUrl: UploadedFile,
  /** `data` of a successful `veoExtend` */
  veoExtend: TaskCreated,
  /** `data` of a successful `veoGenerate` */
  veoGenerate: TaskCreated,
  /** `data` of a successful `veoGet1080pVideo` */
  veoGet1080pVideo: VeoGet1080pVideoData,
  /** `data` of a successful `veoGet4kVideo` */
  veoGet4kVideo: VeoGet4kVideoData,
  /** `data` of a successful `veoRecordInfo` */
  veoRecordInfo: VeoRecord,
} as const

/** The schema of each callback body, by webhook operationId. */
export const callbackPayload = {
  /** the body of the `alephCallback` callback */
  alephCallback: AlephCallback,
  /** the body of the `fluxKontextCallback` callback */
  fluxKontextCallback: FluxKontextCallback,
  /** the body of the `gpt4oImageCallback` callback */
  gpt4oImageCallback: Gpt4oImageCallback,
  /** the body of the `lumaCallback` callback */
  lumaCallback: LumaCallback,
  /** the body of the `marketCallback` callback */
  marketCallback: MarketCallback,
  /** the body of the `midjourneyCallback` callback */
  midjourneyCallback: MidjourneyCallback,
  /** the body of the `runwayCallback` callback */
  runwayCallback: RunwayCallback,
  /** the body of the `sunoCallback` callback */
  sunoCallback: SunoCallback,
  /** the body of the `sunoCoverCallback` callback */
  sunoCoverCallback: SunoCoverCallback,
  /** the body of the `sunoLyricsCallback` callback */
  sunoLyricsCallback: SunoLyricsCallback,
  /** the body of the `sunoMusicVideoCallback` callback */
  sunoMusicVideoCallback: SunoMusicVideoCallback,
  /** the body of the `sunoVocalRemovalCallback` callback */
  sunoVocalRemovalCallback: SunoVocalRemovalCallback,
  /** the body of the `sunoWavCallback` callback */
  sunoWavCallback: SunoWavCallback,
  /** the body of the `veoCallback` callback */
  veoCallback: VeoCallback,
} as const

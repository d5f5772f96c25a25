// generated — do not edit, run `pnpm codegen` (source: @kie-kit/spec openapi.json, script: scripts/codegen.mjs)
/* eslint-disable */

import * as Schema from "effect/Schema"

/**
 * `data` of a successful create call: the id of the accepted task.
 */
export type TaskCreated = { readonly "taskId": string } & { readonly [x: string]: Schema.Json }
export const TaskCreated = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String.check(Schema.isMinLength(1).annotate({ "expected": "a value with a length of at least 1" })) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "TaskCreated" })

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
 * The stored file. The six fields of the per-endpoint schema are required; the
 * extra fields shown only by the quickstart example are optional.
 */
export type UploadedFile = { readonly "fileName": string, readonly "filePath": string, readonly "downloadUrl": string, readonly "fileSize": number, readonly "mimeType": string, readonly "uploadedAt": string, readonly "fileId"?: string, readonly "originalName"?: string, readonly "uploadPath"?: string, readonly "fileUrl"?: string, readonly "uploadTime"?: string, readonly "expiresAt"?: string } & { readonly [x: string]: Schema.Json }
export const UploadedFile = Schema.StructWithRest(Schema.Struct({ "fileName": Schema.String, "filePath": Schema.String, "downloadUrl": Schema.String.annotate({ "format": "uri" }), "fileSize": Schema.Int.check(Schema.isGreaterThanOrEqualTo(0).annotate({ "expected": "a value greater than or equal to 0" })), "mimeType": Schema.String, "uploadedAt": Schema.String.annotate({ "format": "date-time" }), "fileId": Schema.optionalKey(Schema.String), "originalName": Schema.optionalKey(Schema.String), "uploadPath": Schema.optionalKey(Schema.String), "fileUrl": Schema.optionalKey(Schema.String.annotate({ "format": "uri" })), "uploadTime": Schema.optionalKey(Schema.String.annotate({ "format": "date-time" })), "expiresAt": Schema.optionalKey(Schema.String.annotate({ "format": "date-time" })) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "UploadedFile" })

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

export type MarketCallbackData = { readonly "taskId": string, readonly "model"?: string, readonly "state"?: "success" | "fail", readonly "param"?: string, readonly "resultJson"?: string | null, readonly "failCode"?: string | null, readonly "failMsg"?: string | null, readonly "costTime"?: number, readonly "completeTime"?: number, readonly "createTime"?: number, readonly "updateTime"?: number, readonly "creditsConsumed"?: number } & { readonly [x: string]: Schema.Json }
export const MarketCallbackData = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "model": Schema.optionalKey(Schema.String), "state": Schema.optionalKey(Schema.Literals(["success", "fail"])), "param": Schema.optionalKey(Schema.String.annotate({ "contentMediaType": "application/json" })), "resultJson": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null]).annotate({ "contentMediaType": "application/json" })), "failCode": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "failMsg": Schema.optionalKey(Schema.Union([Schema.String, Schema.Null])), "costTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "completeTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "createTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "updateTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "creditsConsumed": Schema.optionalKey(Schema.Finite) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "MarketCallbackData" })

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
 * Task details returned by `marketRecordInfo` (any Market model). Timestamps are epoch milliseconds.
 */
export type MarketRecord = { readonly "taskId": string, readonly "model": string, readonly "state": MarketState, readonly "param"?: string, readonly "resultJson"?: string, readonly "failCode"?: string, readonly "failMsg"?: string, readonly "costTime"?: number, readonly "completeTime"?: number, readonly "createTime"?: number, readonly "updateTime"?: number, readonly "creditsConsumed"?: number, readonly "progress"?: number | string } & { readonly [x: string]: Schema.Json }
export const MarketRecord = Schema.StructWithRest(Schema.Struct({ "taskId": Schema.String, "model": Schema.String, "state": MarketState, "param": Schema.optionalKey(Schema.String.annotate({ "contentMediaType": "application/json" })), "resultJson": Schema.optionalKey(Schema.String.annotate({ "contentMediaType": "application/json" })), "failCode": Schema.optionalKey(Schema.String), "failMsg": Schema.optionalKey(Schema.String), "costTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "completeTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "createTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "updateTime": Schema.optionalKey(Schema.Number.annotate({ "format": "int64" }).check(Schema.isInt().annotate({ "expected": "an integer" }))), "creditsConsumed": Schema.optionalKey(Schema.Finite), "progress": Schema.optionalKey(Schema.Union([Schema.Finite, Schema.String])) }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "MarketRecord" })

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
 * Body POSTed to `callBackUrl` when a Market task reaches a final state
 * (success or failure). `code` 200 = success, 501 = failure (the Seedream 4.0
 * page also lists 400 and 500): treat any non-200 as failure and read
 * `data.state` / `data.failCode` (REFERENCE §9 conflict 14).
 */
export type MarketCallback = { readonly "code": ApiCode, readonly "msg": string, readonly "data": MarketCallbackData } & { readonly [x: string]: Schema.Json }
export const MarketCallback = Schema.StructWithRest(Schema.Struct({ "code": ApiCode, "msg": Schema.String, "data": MarketCallbackData }), [Schema.Record(Schema.String, Schema.Json.annotate({ "expected": "JSON value" }))]).annotate({ "identifier": "MarketCallback" })

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
  /** `data` of a successful `marketCreateTask` */
  marketCreateTask: MarketTaskCreated,
  /** `data` of a successful `marketRecordInfo` */
  marketRecordInfo: MarketRecord,
  /** `data` of a successful `uploadFileBase64` */
  uploadFileBase64: UploadedFile,
  /** `data` of a successful `uploadFileStream` */
  uploadFileStream: UploadedFile,
  /** `data` of a successful `uploadFileUrl` */
  uploadFileUrl: UploadedFile,
} as const

/** The schema of each callback body, by webhook operationId. */
export const callbackPayload = {
  /** the body of the `fluxKontextCallback` callback */
  fluxKontextCallback: FluxKontextCallback,
  /** the body of the `gpt4oImageCallback` callback */
  gpt4oImageCallback: Gpt4oImageCallback,
  /** the body of the `marketCallback` callback */
  marketCallback: MarketCallback,
} as const

// generated — do not edit, run `pnpm codegen` (source: packages/spec/openapi/)
/* eslint-disable */

export interface paths {
    "/api/v1/flux/kontext/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate or edit an image
         * @description Creates an asynchronous Flux Kontext task and returns its `taskId`.
         *
         *     - **Text-to-image:** send `prompt` and optionally `aspectRatio`.
         *     - **Image editing:** send `prompt` and `inputImage`. `aspectRatio` is
         *       optional: when given, the output is cropped or padded to it; when
         *       omitted, the input's ratio is kept. `safetyTolerance` is limited to 0-2.
         *
         *     Results arrive via the `onImageGenerated` callback (`callBackUrl`) or by
         *     polling `fluxKontextRecordInfo`. Prompts are English only (see
         *     `enableTranslation`). Generated images expire after 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 422, 429, 455,
         *     500 (also: safety tolerance out of range), 501, 505. The HTTP-500 error
         *     body also lists 408. Creates have no idempotency key: do not blindly
         *     retry after a timeout.
         */
        post: operations["fluxKontextGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flux/kontext/record-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get image details
         * @description Status and result of a Flux Kontext task.
         *
         *     `successFlag`: 0 GENERATING, 1 SUCCESS, 2 CREATE_TASK_FAILED,
         *     3 GENERATE_FAILED (1-3 are terminal). On failure `errorCode` is 400
         *     (content policy), 500 (internal error) or 501 (generation failed).
         *     Timestamps are ISO-8601 strings. `response.originImageUrl` is valid for
         *     about 10 minutes, `response.resultImageUrl` for 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422, 429, 455, 500,
         *     501. The HTTP-500 error body also lists 402, 408 and 505.
         */
        get: operations["fluxKontextRecordInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gpt4o-image/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a 4o image
         * @description Creates an asynchronous GPT-4o image task ("GPT IMAGE 1") and returns its
         *     `taskId`. `size` is required; send a `prompt`, reference images in
         *     `filesUrl` (at most 5), or both; add `maskUrl` for masked edits.
         *
         *     Results arrive via the `on4oImageGenerated` callback (`callBackUrl`) or by
         *     polling `gpt4oImageRecordInfo`. Generated images expire after 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 400 (body is not valid JSON),
         *     401, 402, 404, 422, 429, 455, 500, 550 (connection denied: the upstream
         *     queue is full). The HTTP-500 error body also lists 408, 501 and 505.
         *     Creates have no idempotency key: do not blindly retry after a timeout.
         */
        post: operations["gpt4oImageGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gpt4o-image/record-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get 4o image details
         * @description Status, parameters and result of a 4o Image task. **At most 3 queries per
         *     second per task.**
         *
         *     `status`: GENERATING, SUCCESS, CREATE_TASK_FAILED, GENERATE_FAILED (may be
         *     absent; then use `successFlag`: 0 generating, 1 success, 2 failed).
         *     `progress` is a decimal string from "0.00" to "1.00". Timestamps are epoch
         *     milliseconds per the reference, but the quickstart shows
         *     `"YYYY-MM-DD HH:mm:ss"` strings; the result list may be `resultUrls` or
         *     `result_urls` (REFERENCE §9 conflicts 1-3).
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 422, 429, 455, 500.
         */
        get: operations["gpt4oImageRecordInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gpt4o-image/download-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a direct download URL
         * @description Converts a 4o result image URL into a direct (CORS-free) download link,
         *     valid for **20 minutes**. Only records from the last 14 days are supported.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422 (validation; also:
         *     record is null, only records within 14 days are supported, record result
         *     data blank/absent/empty, record status is not success), 451 (image fetch
         *     failed), 455, 500. The HTTP-500 error body also lists 402, 408, 429, 501
         *     and 505.
         */
        post: operations["gpt4oImageDownloadUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/createTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Market task
         * @description Creates an asynchronous task for any Market model (image, video, audio,
         *     chat) and returns its `taskId`. The body is `{model, input, callBackUrl?}`;
         *     `input` is model-specific and typed here for the models in
         *     `KnownMarketModel` (any other model id is accepted with an untyped
         *     `input`).
         *
         *     Results arrive via the callback (`callBackUrl`; sent on success and on
         *     failure) or by polling `marketRecordInfo`.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 422, 429, 433
         *     (sub-key usage exceeds its limit), 455, 500, 501, 505. The HTTP-500 error
         *     body also lists 408. Creates have no idempotency key: do not blindly
         *     retry after a timeout.
         */
        post: operations["marketCreateTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/recordInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get task details
         * @description Status and result of any Market task. `state`: waiting, queuing,
         *     generating, success, fail (`success` and `fail` are terminal). `param`
         *     and `resultJson` are JSON **strings**; on success `resultJson` holds
         *     `{"resultUrls": [...]}` (or `{"resultObject": {...}}` for text models).
         *     Result URLs typically expire after 24 hours: download them promptly.
         *
         *     Polling: at most 10 requests per second per API key; poll every 2-3 s for
         *     the first 30 s, then every 5-10 s, then every 15-30 s after 2 minutes, and
         *     give up after 10-15 minutes (prefer `callBackUrl` in production).
         *
         *     The message key may be `msg` or `message` (REFERENCE §9 conflict 5).
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 422, 429, 455, 500,
         *     501, 505. This operation also declares real HTTP 400, 401, 404, 422, 429
         *     and 500 responses with an envelope body. Task failure codes (`failCode`,
         *     numeric strings): 401, 404, 422 (validation of the original request), 500
         *     (retry later), 501 (generation failed).
         */
        get: operations["marketRecordInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get remaining credits
         * @description The account's remaining credit balance (for all services, although the
         *     path is under `/chat/`). Every generation costs credits; code 402 means
         *     the balance is too low.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 422, 429, 455, 500,
         *     505. A missing or wrong `Authorization` header gives HTTP 200 with
         *     `{"code": 401, "msg": "You do not have access permissions"}`.
         */
        get: operations["getCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/common/download-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a download URL for a generated file
         * @description Turns the URL of a file generated by any KIE.AI service (image, video,
         *     audio) into a temporary download link, valid for **20 minutes**. External
         *     URLs are rejected with code 422.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 422, 429, 455, 500,
         *     505.
         */
        post: operations["commonDownloadUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/file-base64-upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file as base64
         * @description Uploads a file sent as a base64 string or data URL. Best for small files
         *     (recommended at most 10 MB; base64 inflates the size by about 33 %).
         *
         *     **Codes** (body `code` = HTTP status): 200, 400 (bad or missing
         *     parameter, invalid base64), 401, 405 (method not allowed), 500.
         */
        post: operations["uploadFileBase64"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/file-stream-upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file as multipart/form-data
         * @description Uploads a file sent as a multipart form. Best for large files (over
         *     10 MB).
         *
         *     **Codes** (body `code` = HTTP status): 200, 400 (bad or missing
         *     parameter), 401, 405 (method not allowed), 500.
         */
        post: operations["uploadFileStream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/file-url-upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file from a URL
         * @description The service downloads the file from `fileUrl` and stores it (30 s
         *     download timeout; recommended at most 100 MB).
         *
         *     **Codes** (body `code` = HTTP status): 200, 400 (bad or missing
         *     parameter), 401, 405 (method not allowed), 500.
         */
        post: operations["uploadFileUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    fluxKontextCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Flux Kontext task finished
         * @description KIE POSTs this JSON body to the `callBackUrl` given to
         *     `fluxKontextGenerate` when the task succeeds or fails. Answer HTTP 200
         *     within 15 s and do heavy work asynchronously; the same task may be
         *     delivered more than once. After a failed delivery the docs announce 3
         *     retries, after 1, 5 and 15 minutes.
         *
         *     Body `code`: 200 success; 400 prompt flagged by the content policy;
         *     500 internal error, retry later; 501 generation failed.
         */
        post: operations["fluxKontextCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    gpt4oImageCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 4o Image task finished
         * @description KIE POSTs this JSON body to the `callBackUrl` given to
         *     `gpt4oImageGenerate` when the task succeeds or fails. Answer HTTP 200
         *     within 15 s; the same task may be delivered more than once, and delivery
         *     stops after 3 consecutive failed retries.
         *
         *     Body `code`: 200 success; 400 bad request (content policy on `filesUrl`,
         *     image larger than 26214400 bytes, unprocessable image, flagged by OpenAI);
         *     451 could not download `filesUrl`; 500 server error.
         */
        post: operations["gpt4oImageCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    marketCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Market task finished
         * @description KIE POSTs this JSON body to the `callBackUrl` given to `marketCreateTask`
         *     when the task reaches `success` or `fail`. Answer HTTP 200 within 15 s;
         *     the docs show the acknowledgement body `{"code": 200, "msg": "success"}`.
         *     No retry policy is documented for Market callbacks: keep polling
         *     `marketRecordInfo` as a fallback.
         *
         *     Body `code`: 200 success, 501 failure (Seedream 4.0 also lists 400 and
         *     500). Some model pages (Grok Imagine) document only `data.taskId`.
         */
        post: operations["marketCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * ApiCode
         * Format: int32
         * @description Status code carried in the body of every api.kie.ai response, of every
         *     File Upload API response and of every callback. **200 means success; any
         *     other value is an error**, whatever the HTTP status was: newer vendor specs
         *     return HTTP 200 with the error in `code`, older ones also use the HTTP status,
         *     so clients must check both.
         *
         *     The set is deliberately **open** (no `enum`): the vendor's per-endpoint lists
         *     disagree and new codes appear (REFERENCE §9 conflict 11), so an unknown code
         *     must still decode. Each operation's description lists the codes documented
         *     for it. Known values (also machine-readable in `x-known-codes`):
         *
         *     | code | name | meaning |
         *     |---|---|---|
         *     | 200 | Success | The request was processed. |
         *     | 400 | Bad Request | 4o generate: body is not valid JSON. Market recordInfo: `taskId` missing. File upload: bad or missing parameter. In callbacks and task error codes: content-policy violation or unusable input image. |
         *     | 401 | Unauthorized | Credentials missing or invalid ("You do not have access permissions"). |
         *     | 402 | Insufficient Credits | The account does not have enough credits for the operation. |
         *     | 404 | Not Found | Endpoint, resource or task not found. |
         *     | 405 | Method Not Allowed | File Upload API only. |
         *     | 408 | Upstream Timeout | Upstream has returned nothing for more than 10 minutes. |
         *     | 422 | Validation Error | Parameters failed validation (also: a non-KIE URL given to download-url; 4o download-url record problems). |
         *     | 429 | Rate Limited | Request rejected, not queued (default limit: 20 new generation requests per 10 s per account). |
         *     | 433 | Key Limit Exceeded | Sub-key usage exceeds its configured limit. |
         *     | 451 | Download Failed | The service could not fetch the supplied image (4o). |
         *     | 455 | Service Unavailable | Maintenance. |
         *     | 500 | Server Error | Unexpected server error (Flux: also "safety tolerance out of range"). Retry later. |
         *     | 501 | Generation Failed | The generation task failed. |
         *     | 505 | Feature Disabled | The requested feature is currently disabled. |
         *     | 550 | Connection Denied | 4o generate: task rejected because the upstream queue is full. |
         * @example 200
         * @example 401
         * @example 422
         */
        ApiCode: number;
        /**
         * Envelope
         * @description The `{code, msg, data}` envelope of every api.kie.ai JSON response. `code`
         *     200 is success, anything else is an error described by `msg`. Each
         *     operation adds its own `data`.
         */
        Envelope: {
            code: components["schemas"]["ApiCode"];
            /**
             * @description "success" on success, otherwise a description of the error.
             * @example success
             */
            msg: string;
        };
        /**
         * ErrorEnvelope
         * @description Body of a real HTTP error status (4xx/5xx), where the vendor docs declare
         *     one: `{code, msg, data: null}`. `code` repeats the error (see `ApiCode`).
         */
        ErrorEnvelope: components["schemas"]["Envelope"] & {
            /** @description `null` in every documented example; may be absent. */
            data?: null | {
                [key: string]: unknown;
            };
        };
        /**
         * TaskCreated
         * @description `data` of a successful create call: the id of the accepted task.
         */
        TaskCreated: {
            /**
             * @description Task id; use it with the family's record-info endpoint or match it against callbacks.
             * @example task12345
             */
            taskId: string;
        };
        /**
         * CallBackUrl
         * Format: uri
         * @description Publicly reachable URL (HTTPS recommended) that receives a POST with the
         *     task result when the task succeeds or fails. Without it no callback is sent
         *     and the task must be polled. The receiver must answer HTTP 200 within 15 s;
         *     the same task may be delivered more than once. When a webhook HMAC key is
         *     set in the KIE dashboard, callbacks carry `X-Webhook-Timestamp` and
         *     `X-Webhook-Signature` headers.
         * @example https://your-domain.com/api/callback
         */
        CallBackUrl: string;
        /**
         * DownloadUrlResponse
         * @description HTTP-200 body of the download-url operations: on success `data` is a direct
         *     download link valid for 20 minutes; on error `data` is null or absent.
         */
        DownloadUrlResponse: components["schemas"]["Envelope"] & {
            data?: string | null;
        };
        /** CommonDownloadUrlRequest */
        CommonDownloadUrlRequest: {
            /**
             * Format: uri
             * @description URL of a file generated by a KIE.AI service (image, video or audio).
             *     External URLs are rejected with code 422.
             * @example https://tempfile.aiquickdraw.com/v/xxxxxxx.png
             */
            url: string;
        };
        /**
         * CreditsResponse
         * @description HTTP-200 body of `getCredits`; `data` is the remaining credit balance on success.
         */
        CreditsResponse: components["schemas"]["Envelope"] & {
            data?: number | null;
        };
        /**
         * WebhookAck
         * @description Acknowledgement body the Market docs (Wan 3.0 page) show for a callback
         *     receiver: `{"code": 200, "msg": "success"}`. Only the HTTP 200 status is
         *     required; Flux and 4o document no body at all.
         */
        WebhookAck: {
            /** @example 200 */
            code?: number;
            /** @example success */
            msg?: string;
        };
        /**
         * FluxKontextModel
         * @description `flux-kontext-pro`: standard model for most use cases.
         *     `flux-kontext-max`: enhanced model for complex scenes and higher detail.
         * @default flux-kontext-pro
         * @enum {string}
         */
        FluxKontextModel: "flux-kontext-pro" | "flux-kontext-max";
        /**
         * FluxKontextAspectRatio
         * @description Output aspect ratio. Text-to-image: the output follows it. Editing: if set,
         *     the output is cropped or padded to it; if omitted, the input image's ratio
         *     is kept. 21:9 ultra-wide, 16:9 widescreen, 4:3 standard, 1:1 square,
         *     3:4 portrait, 9:16 mobile portrait.
         * @default 16:9
         * @enum {string}
         */
        FluxKontextAspectRatio: "21:9" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
        /**
         * FluxKontextOutputFormat
         * @default jpeg
         * @enum {string}
         */
        FluxKontextOutputFormat: "jpeg" | "png";
        /**
         * FluxKontextGenerateRequest
         * @description Text-to-image: send `prompt` (and optionally `aspectRatio`).
         *     Image editing: send `prompt` and `inputImage`; the presence of `inputImage`
         *     switches to edit mode, where `safetyTolerance` is limited to 0-2.
         */
        FluxKontextGenerateRequest: {
            /**
             * @description What to generate (describe the whole scene) or, in edit mode, the change
             *     to make. The model only understands English; see `enableTranslation`.
             * @example A serene mountain landscape at sunset with a lake reflecting the orange sky
             */
            prompt: string;
            /**
             * @description Translate non-English prompts to English automatically. Set false when the prompt is already English.
             * @default true
             */
            enableTranslation?: boolean;
            /**
             * @description Upload region; true uses servers in China, false servers outside China.
             * @default false
             */
            uploadCn?: boolean;
            /**
             * Format: uri
             * @description Publicly reachable URL of the image to edit. Its presence selects edit mode.
             * @example https://example.com/input-image.jpg
             */
            inputImage?: string;
            aspectRatio?: components["schemas"]["FluxKontextAspectRatio"];
            outputFormat?: components["schemas"]["FluxKontextOutputFormat"];
            /**
             * @description Enhance the prompt before generation; may add latency.
             * @default false
             */
            promptUpsampling?: boolean;
            model?: components["schemas"]["FluxKontextModel"];
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /**
             * @description Moderation level for inputs and outputs, from 0 (strictest) to 6 (most
             *     permissive) in text-to-image mode. **Edit mode (with `inputImage`)
             *     accepts only 0-2**; the service answers code 500 ("security tolerance
             *     level is out of range and should be 0-2 or 0-6") otherwise. The edit-mode
             *     limit is enforced below with `if`/`then` (REFERENCE §9 conflict 22);
             *     the TypeScript type can only say 0-6.
             * @default 2
             * @example 2
             * @enum {integer}
             */
            safetyTolerance?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
            /**
             * @description Watermark identifier; when set, a watermark is applied to the output.
             * @example your-watermark-id
             */
            watermark?: string;
        };
        /**
         * FluxKontextGenerateResponse
         * @description HTTP-200 body of `fluxKontextGenerate`. `code` 200 → `data.taskId`; any other code → error, `data` null or absent.
         */
        FluxKontextGenerateResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["TaskCreated"] | null;
        };
        /**
         * FluxKontextSuccessFlag
         * @description Task status.
         *     0 GENERATING: the task is being processed.
         *     1 SUCCESS: completed.
         *     2 CREATE_TASK_FAILED: the task could not be created.
         *     3 GENERATE_FAILED: the task was created but generation failed.
         *     1, 2 and 3 are terminal.
         * @enum {integer}
         */
        FluxKontextSuccessFlag: 0 | 1 | 2 | 3;
        /**
         * FluxKontextImageUrls
         * @description Result image locations of a Flux Kontext task.
         */
        FluxKontextImageUrls: {
            /**
             * @description Original (upstream) image URL; valid for about 10 minutes only.
             * @example https://example.com/original.jpg
             */
            originImageUrl?: string;
            /**
             * @description Result image stored by KIE.AI; expires after 14 days.
             * @example https://example.com/result.jpg
             */
            resultImageUrl?: string;
        };
        /**
         * FluxKontextRecord
         * @description Task details returned by `fluxKontextRecordInfo`. Timestamps are ISO-8601 strings in this family.
         */
        FluxKontextRecord: {
            /** @example task12345 */
            taskId: string;
            /**
             * @description The original request parameters, JSON-encoded.
             * @example {"prompt":"A serene mountain landscape","aspectRatio":"16:9"}
             */
            paramJson?: string;
            /**
             * Format: date-time
             * @description Completion time (ISO 8601).
             * @example 2024-03-20T10:30:00Z
             */
            completeTime?: string;
            response?: components["schemas"]["FluxKontextImageUrls"];
            successFlag: components["schemas"]["FluxKontextSuccessFlag"];
            /**
             * @description Failure code, null while generating or on success. Documented values:
             *     400 prompt flagged by the content policy; 500 internal error (also
             *     "safety tolerance out of range"), retry later; 501 generation failed.
             * @example 501
             */
            errorCode?: number | null;
            /**
             * @description Failure message; empty string when there is no error.
             * @example
             */
            errorMessage?: string;
            /**
             * Format: date-time
             * @description Creation time (ISO 8601).
             * @example 2024-03-20T10:25:00Z
             */
            createTime?: string;
        };
        /**
         * FluxKontextRecordInfoResponse
         * @description HTTP-200 body of `fluxKontextRecordInfo`. `code` 200 → `data` is the record; any other code → error, `data` null or absent.
         */
        FluxKontextRecordInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["FluxKontextRecord"] | null;
        };
        /**
         * FluxKontextCallback
         * @description Body POSTed to `callBackUrl` when a Flux Kontext task finishes (success or
         *     failure). `code`: 200 success; 400 prompt flagged by the content policy;
         *     500 internal error, retry later; 501 generation failed.
         */
        FluxKontextCallback: {
            /** @description Documented values: 200 success, 400 content policy, 500 internal error, 501 generation failed (open set, see ApiCode). */
            code: components["schemas"]["ApiCode"];
            /** @example BFL image generated successfully. */
            msg: string;
            data: {
                /**
                 * @description The id returned by `fluxKontextGenerate`.
                 * @example task12345
                 */
                taskId: string;
                /**
                 * @description Result URLs; only meaningful when `code` is 200 (failure payloads
                 *     carry empty strings). `originImageUrl` is valid for about 10 minutes,
                 *     `resultImageUrl` for 14 days.
                 */
                info?: components["schemas"]["FluxKontextImageUrls"] | null;
            };
        };
        /**
         * Gpt4oImageSize
         * @description Aspect ratio of the generated image.
         * @enum {string}
         */
        Gpt4oImageSize: "1:1" | "3:2" | "2:3";
        /**
         * Gpt4oImageFallbackModel
         * @description Backup model used when `enableFallback` is true and GPT-4o image is unavailable.
         * @default FLUX_MAX
         * @enum {string}
         */
        Gpt4oImageFallbackModel: "GPT_IMAGE_1" | "FLUX_MAX";
        /**
         * Gpt4oImageGenerateRequest
         * @description `size` is required. At least one of `prompt` or `filesUrl` (or the
         *     deprecated `fileUrl`) must be present: prompt only = text-to-image;
         *     `filesUrl` = edit or vary the given images; add `maskUrl` for masked edits.
         */
        Gpt4oImageGenerateRequest: {
            /**
             * @description What to render. Required when neither `filesUrl` nor `fileUrl` is supplied.
             * @example A beautiful sunset over the mountains
             */
            prompt?: string;
            /**
             * @description Up to 5 publicly reachable reference/source image URLs (.jfif, .pjpeg,
             *     .jpeg, .pjp, .jpg, .png, .webp; at most 26214400 bytes each). Use the
             *     File Upload API when you have no hosting.
             * @example [
             *       "https://example.com/image.png"
             *     ]
             */
            filesUrl?: string[];
            size: components["schemas"]["Gpt4oImageSize"];
            /**
             * Format: uri
             * @description Mask image (at most 25 MB): black = area to modify, white = keep. Must
             *     match the reference image's dimensions and format. Ignored when
             *     `filesUrl` holds more than one image.
             * @example https://example.com/mask.png
             */
            maskUrl?: string;
            /**
             * @description Number of images to generate; each value has its own credit cost.
             * @default 1
             * @enum {integer}
             */
            nVariants?: 1 | 2 | 4;
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /**
             * @description Prompt enhancement for specialised scenarios such as 3D renders.
             * @default false
             */
            isEnhance?: boolean;
            /** @description Upload region; true routes uploads via servers in China. */
            uploadCn?: boolean;
            /**
             * @description Fall back to a backup model (see `fallbackModel`) if GPT-4o image is unavailable.
             * @default false
             */
            enableFallback?: boolean;
            fallbackModel?: components["schemas"]["Gpt4oImageFallbackModel"];
            /**
             * Format: uri
             * @deprecated
             * @description Deprecated single-image predecessor of `filesUrl`; use `filesUrl`.
             */
            fileUrl?: string;
        };
        /**
         * Gpt4oImageGenerateResponse
         * @description HTTP-200 body of `gpt4oImageGenerate`. `code` 200 → `data.taskId`; any other code → error, `data` null or absent.
         */
        Gpt4oImageGenerateResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["TaskCreated"] | null;
        };
        /**
         * Gpt4oImageStatus
         * @description Task status. GENERATING in progress; SUCCESS done; CREATE_TASK_FAILED the
         *     task could not be created; GENERATE_FAILED generation failed.
         * @enum {string}
         */
        Gpt4oImageStatus: "GENERATING" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_FAILED";
        /**
         * Gpt4oImageTimestamp
         * @description Epoch milliseconds per the reference schema; the quickstart shows
         *     `"YYYY-MM-DD HH:mm:ss"` strings (time zone unspecified) and null while the
         *     task runs. Accept all three.
         * @example 1672574400000
         * @example 2024-01-15 10:35:00
         */
        Gpt4oImageTimestamp: number | string | null;
        /**
         * Gpt4oImageResultUrls
         * @description Generated image URLs, under `resultUrls` (reference) or `result_urls` (quickstart, callbacks).
         */
        Gpt4oImageResultUrls: {
            /**
             * @example [
             *       "https://example.com/result/image1.png"
             *     ]
             */
            resultUrls?: string[];
            /**
             * @example [
             *       "https://example.com/result/image1.png"
             *     ]
             */
            result_urls?: string[];
        };
        /**
         * Gpt4oImageRecord
         * @description Task details returned by `gpt4oImageRecordInfo`. Prefer `status` when
         *     present; `successFlag` is 0 generating, 1 success, 2 (or 3) failed.
         */
        Gpt4oImageRecord: {
            /** @example task12345 */
            taskId: string;
            /**
             * @description The original request parameters, JSON-encoded.
             * @example {"prompt":"A beautiful sunset over the mountains","size":"1:1","isEnhance":false}
             */
            paramJson?: string;
            /** @description Completion time; null while the task runs. */
            completeTime?: components["schemas"]["Gpt4oImageTimestamp"];
            /** @description Result URLs; null while the task runs. */
            response?: components["schemas"]["Gpt4oImageResultUrls"] | null;
            /**
             * Format: int32
             * @description 0 generating, 1 success, 2 failed (3 is also treated as a failure). Prefer `status`.
             * @example 1
             */
            successFlag: number;
            status?: components["schemas"]["Gpt4oImageStatus"];
            /**
             * @description Failure code, null when there is none. Documented values: 400 content,
             *     size or format problem (image larger than 26214400 bytes,
             *     invalid_image_format, flagged by OpenAI, image fetch blocked); 451 could
             *     not download from `filesUrl`; 500 internal error.
             * @example 400
             */
            errorCode?: number | null;
            /** @description Failure message; empty string or null when there is no error. */
            errorMessage?: string | null;
            /** @description Creation time. */
            createTime?: components["schemas"]["Gpt4oImageTimestamp"];
            /**
             * @description Progress as a decimal string from "0.00" to "1.00".
             * @example 0.42
             */
            progress?: string;
        };
        /**
         * Gpt4oImageRecordInfoResponse
         * @description HTTP-200 body of `gpt4oImageRecordInfo`. `code` 200 → `data` is the record; any other code → error, `data` null or absent.
         */
        Gpt4oImageRecordInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["Gpt4oImageRecord"] | null;
        };
        /** Gpt4oImageDownloadUrlRequest */
        Gpt4oImageDownloadUrlRequest: {
            /**
             * @description The task that produced the image.
             * @example task12345
             */
            taskId: string;
            /**
             * Format: uri
             * @description The original result URL to convert.
             * @example https://tempfile.aiquickdraw.com/v/xxxxxxx.png
             */
            url: string;
        };
        /**
         * Gpt4oImageCallback
         * @description Body POSTed to `callBackUrl` when a 4o Image task finishes. `code`: 200
         *     success; 400 bad request (content policy on `filesUrl`, image larger than
         *     26214400 bytes, unprocessable image, flagged by OpenAI); 451 could not
         *     download `filesUrl`; 500 server error.
         */
        Gpt4oImageCallback: {
            /** @description Documented values: 200, 400, 451, 500 (open set, see ApiCode). */
            code: components["schemas"]["ApiCode"];
            /** @example success */
            msg: string;
            data: {
                /** @example task12345 */
                taskId: string;
                /** @description `{result_urls: [...]}` on success, null on failure. */
                info?: components["schemas"]["Gpt4oImageResultUrls"] | null;
            };
        };
        /**
         * KnownMarketModel
         * @description Market model ids whose `input` this spec types (REFERENCE §3.4). Any other
         *     id is still accepted by `GenericMarketTask`, with an untyped `input`.
         * @enum {string}
         */
        KnownMarketModel: "google/nano-banana" | "bytedance/seedream-v4-text-to-image" | "grok-imagine/text-to-image" | "kling-2.6/text-to-video" | "elevenlabs/text-to-speech-multilingual-v2" | "seedream/4.5-edit";
        /**
         * MarketCreateTaskRequest
         * @description `{model, input, callBackUrl?}`. A discriminated union on `model`: the
         *     models listed in `KnownMarketModel` get a typed `input`; every other model id
         *     goes through `GenericMarketTask`, whose `model` excludes the typed ids, so a
         *     known model with a bad `input` cannot slip through the generic branch.
         *     Exactly one branch matches any valid payload.
         *
         *     `input` is required for every model (REFERENCE §9 conflict 15: older model
         *     pages list only `model` as required, newer ones `model` and `input`; every
         *     model needs `input` in practice).
         */
        MarketCreateTaskRequest: components["schemas"]["NanoBananaTask"] | components["schemas"]["SeedreamV4TextToImageTask"] | components["schemas"]["GrokImagineTextToImageTask"] | components["schemas"]["Kling26TextToVideoTask"] | components["schemas"]["ElevenLabsTextToSpeechMultilingualV2Task"] | components["schemas"]["Seedream45EditTask"] | components["schemas"]["GenericMarketTask"];
        /** NanoBananaTask */
        NanoBananaTask: {
            /** @constant */
            model: "google/nano-banana";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["NanoBananaInput"];
        };
        /** SeedreamV4TextToImageTask */
        SeedreamV4TextToImageTask: {
            /** @constant */
            model: "bytedance/seedream-v4-text-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["SeedreamV4TextToImageInput"];
        };
        /** GrokImagineTextToImageTask */
        GrokImagineTextToImageTask: {
            /** @constant */
            model: "grok-imagine/text-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineTextToImageInput"];
        };
        /** Kling26TextToVideoTask */
        Kling26TextToVideoTask: {
            /** @constant */
            model: "kling-2.6/text-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling26TextToVideoInput"];
        };
        /** ElevenLabsTextToSpeechMultilingualV2Task */
        ElevenLabsTextToSpeechMultilingualV2Task: {
            /** @constant */
            model: "elevenlabs/text-to-speech-multilingual-v2";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["ElevenLabsTextToSpeechMultilingualV2Input"];
        };
        /** Seedream45EditTask */
        Seedream45EditTask: {
            /** @constant */
            model: "seedream/4.5-edit";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Seedream45EditInput"];
        };
        /**
         * GenericMarketTask
         * @description Any Market model this spec does not type (Seedream, Z-Image, Imagen, Flux-2,
         *     GPT Image 1.5, Topaz, Recraft, Ideogram, Qwen, Kling, Seedance, Hailuo,
         *     Sora2, Wan, Infinitalk, ElevenLabs, chat models, ...). `input` is passed
         *     through as-is; see the model's page on docs.kie.ai for its fields.
         */
        GenericMarketTask: {
            /**
             * @description Market model id, e.g. `wan/3-0-video-prime`. Must not be one of the typed ids (`KnownMarketModel`).
             * @example wan/3-0-video-prime
             */
            model: string;
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /** @description Model-specific parameters. */
            input: {
                [key: string]: unknown;
            };
        };
        /**
         * MarketTaskCreated
         * @description `data` of a successful `marketCreateTask` call.
         */
        MarketTaskCreated: {
            /**
             * @description Task id for `marketRecordInfo` and callbacks.
             * @example task_12345678
             */
            taskId: string;
            /**
             * @description Extra record id some models return (ElevenLabs example); not needed for querying.
             * @example elevenlabs_1765185448724
             */
            recordId?: string;
        };
        /**
         * MarketCreateTaskResponse
         * @description HTTP-200 body of `marketCreateTask`. `code` 200 → `data.taskId`; any other code → error, `data` null or absent.
         */
        MarketCreateTaskResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["MarketTaskCreated"] | null;
        };
        /**
         * MarketState
         * @description waiting: queued, waiting to be processed; queuing: in the processing queue;
         *     generating: being processed; success: completed; fail: failed.
         *     `success` and `fail` are terminal.
         * @enum {string}
         */
        MarketState: "waiting" | "queuing" | "generating" | "success" | "fail";
        /**
         * MarketRecord
         * @description Task details returned by `marketRecordInfo` (any Market model). Timestamps are epoch milliseconds.
         */
        MarketRecord: {
            /** @example task_12345678 */
            taskId: string;
            /** @example grok-imagine/text-to-image */
            model: string;
            state: components["schemas"]["MarketState"];
            /** @description The full create request (`model`, `callBackUrl`, `input`) as a JSON string; `input` may itself be JSON-encoded again. */
            param?: string;
            /**
             * @description JSON string, on success only: `{"resultUrls": [...]}` for image, video
             *     and audio models, `{"resultObject": {...}}` for text models. Empty
             *     string on failure.
             * @example {"resultUrls":["https://example.com/generated-content.jpg"]}
             */
            resultJson?: string;
            /**
             * @description Failure code as a numeric string (e.g. "422", "500"); empty string on success.
             * @example
             */
            failCode?: string;
            /**
             * @description Failure message; empty string on success.
             * @example
             */
            failMsg?: string;
            /**
             * Format: int64
             * @description Processing time, present on success. The recordInfo schema says milliseconds (the callback schemas say seconds).
             * @example 15000
             */
            costTime?: number;
            /**
             * Format: int64
             * @description Completion time, epoch milliseconds.
             * @example 1698765432000
             */
            completeTime?: number;
            /**
             * Format: int64
             * @description Creation time, epoch milliseconds.
             * @example 1698765400000
             */
            createTime?: number;
            /**
             * Format: int64
             * @description Last update time, epoch milliseconds (may equal createTime; prefer completeTime).
             * @example 1698765432000
             */
            updateTime?: number;
            /** @description Credits charged for the task (0 for failed tasks). Not in the official recordInfo schema. */
            creditsConsumed?: number;
            /** @description Progress reported by some models. Undocumented; type unverified. */
            progress?: number | string;
        };
        /**
         * MarketRecordInfoEnvelope
         * @description Envelope of `marketRecordInfo`: like `Envelope`, but the message may come
         *     as `msg` or as `message`.
         */
        MarketRecordInfoEnvelope: {
            code: components["schemas"]["ApiCode"];
            /**
             * @description "success" on success, otherwise a description of the error.
             * @example success
             */
            msg?: string;
            /**
             * @description Same as `msg`; some documented responses use this key instead.
             * @example success
             */
            message?: string;
        };
        /**
         * MarketRecordInfoResponse
         * @description HTTP-200 body of `marketRecordInfo`. `code` 200 → `data` is the record; any other code → error, `data` null or absent.
         */
        MarketRecordInfoResponse: components["schemas"]["MarketRecordInfoEnvelope"] & {
            data?: components["schemas"]["MarketRecord"] | null;
        };
        /**
         * MarketCallback
         * @description Body POSTed to `callBackUrl` when a Market task reaches a final state
         *     (success or failure). `code` 200 = success, 501 = failure (the Seedream 4.0
         *     page also lists 400 and 500): treat any non-200 as failure and read
         *     `data.state` / `data.failCode` (REFERENCE §9 conflict 14).
         */
        MarketCallback: {
            /** @description Documented values: 200 success, 501 failure; Seedream 4.0 also 400 and 500 (open set, see ApiCode). */
            code: components["schemas"]["ApiCode"];
            /** @example Playground task completed successfully. */
            msg: string;
            data: components["schemas"]["MarketCallbackData"];
        };
        /** MarketCallbackData */
        MarketCallbackData: {
            /** @example task_12345678 */
            taskId: string;
            /** @example wan/3-0-video-prime */
            model?: string;
            /**
             * @description Final state only.
             * @enum {string}
             */
            state?: "success" | "fail";
            /** @description The create request as a JSON string; in callbacks `input` inside it is itself JSON-encoded again (REFERENCE §9 conflict 7). */
            param?: string;
            /** @description On success only: JSON string `{"resultUrls": [...]}`. */
            resultJson?: string | null;
            /** @description Failure code as a numeric string, on failure only. */
            failCode?: string | null;
            /** @description Failure message, on failure only. */
            failMsg?: string | null;
            /**
             * Format: int64
             * @description Processing time; seconds per the callback schemas (recordInfo says milliseconds).
             * @example 89
             */
            costTime?: number;
            /**
             * Format: int64
             * @description Completion time, epoch milliseconds (prefer it over updateTime).
             */
            completeTime?: number;
            /**
             * Format: int64
             * @description Creation time, epoch milliseconds.
             */
            createTime?: number;
            /**
             * Format: int64
             * @description Last update time, epoch milliseconds.
             */
            updateTime?: number;
            /** @description Credits charged; 0 for failed tasks. */
            creditsConsumed?: number;
        };
        /**
         * NanoBananaInput
         * @description `input` for `google/nano-banana` (text to image).
         */
        NanoBananaInput: {
            /**
             * @description The prompt for image generation (at most 5000 characters).
             * @example A surreal painting of a giant banana floating in space, stars and galaxies in the background, vibrant colors, digital art
             */
            prompt: string;
            /**
             * @description Output image format.
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description Output aspect ratio.
             * @default 1:1
             * @enum {string}
             */
            image_size?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
        };
        /**
         * SeedreamV4TextToImageInput
         * @description `input` for `bytedance/seedream-v4-text-to-image`.
         */
        SeedreamV4TextToImageInput: {
            /**
             * @description The prompt (at most 5000 characters). When asking for several images, state the same count as `max_images`.
             * @example Draw the following system of binary linear equations and the corresponding solution steps on the blackboard: 5x + 2y = 26; 2x -y = 5.
             */
            prompt: string;
            /**
             * @description Output aspect ratio.
             * @default square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_3_2" | "portrait_16_9" | "landscape_4_3" | "landscape_3_2" | "landscape_16_9" | "landscape_21_9";
            /**
             * @description Output resolution, combined with `image_size` (e.g. 4:3 + 4K = 4096×3072).
             * @default 1K
             * @enum {string}
             */
            image_resolution?: "1K" | "2K" | "4K";
            /**
             * @description Number of images to generate (1-6).
             * @default 1
             */
            max_images?: number;
            /** @description Random seed for reproducible results. */
            seed?: number;
            /** @description Enable the extra NSFW filter (prose says it defaults to false). */
            nsfw_checker?: boolean;
        };
        /**
         * GrokImagineTextToImageInput
         * @description `input` for `grok-imagine/text-to-image`. One image per request, typically
         *     5-15 s; at most 50 concurrent tasks per account and 500 task creations per
         *     hour; result URLs are valid for 24 hours.
         */
        GrokImagineTextToImageInput: {
            /**
             * @description English prompt describing the image (at most 5000 characters).
             * @example Cinematic portrait of a woman sitting by a vinyl record player, retro living room background
             */
            prompt: string;
            /**
             * @description Output aspect ratio (default 1:1, stated in the description text).
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
        };
        /**
         * Kling26TextToVideoInput
         * @description `input` for `kling-2.6/text-to-video`. REFERENCE §3.4 marks these values as
         *     third-party only (conflict 19); the vendor's Apidog export of the page
         *     (test/vendor/market-kling-2.6-text-to-video.createTask.apidog.openapi.yaml)
         *     confirms them, including all four fields being required.
         */
        Kling26TextToVideoInput: {
            /** @description Text prompt for the video (at most 1000 characters). */
            prompt: string;
            /** @description Whether the generated video has sound. */
            sound: boolean;
            /**
             * @description Video aspect ratio.
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "16:9" | "9:16";
            /**
             * @description Video duration in seconds, as a string.
             * @default 5
             * @enum {string}
             */
            duration: "5" | "10";
        };
        /**
         * ElevenLabsTextToSpeechMultilingualV2Input
         * @description `input` for `elevenlabs/text-to-speech-multilingual-v2`.
         */
        ElevenLabsTextToSpeechMultilingualV2Input: {
            /** @description The text to speak (at most 5000 characters). */
            text: string;
            /**
             * @description A voice id (e.g. `EkK5I93UQWFDigLMpZcX` James, `TX3LPaxmHKxFdv7VOQHJ`
             *     Liam, `N2lVS1w4EtoT3dr4eOWO` Callum, `FGY2WhTYpPnrIDTdsKH5` Laura,
             *     `nPczCjzI2devNBz1zQrb` Brian) or a preset voice name (e.g. `Rachel`,
             *     `Adam`). Preview a voice id at
             *     `https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3`.
             *     The vendor's default is `EkK5I93UQWFDigLMpZcX`.
             * @example Rachel
             * @example EkK5I93UQWFDigLMpZcX
             */
            voice: string;
            /**
             * @description Voice stability, 0-1 in steps of 0.01.
             * @default 0.5
             */
            stability?: number;
            /**
             * @description Similarity boost, 0-1 in steps of 0.01.
             * @default 0.75
             */
            similarity_boost?: number;
            /**
             * @description Style exaggeration, 0-1 in steps of 0.01.
             * @default 0
             */
            style?: number;
            /**
             * @description Speech speed, 0.7-1.2 in steps of 0.01 (below 1 slower, above 1 faster).
             * @default 1
             */
            speed?: number;
            /** @description Return a timestamp for each word. */
            timestamps?: boolean;
            /** @description Text that came before this request's text, for continuity across generations. */
            previous_text?: string;
            /** @description Text that comes after this request's text, for continuity across generations. */
            next_text?: string;
            /**
             * @description ISO 639-1 language code to enforce. Only Turbo v2.5 and Flash v2.5
             *     honour it; other models return an error when it is set (send it empty
             *     or omit it).
             */
            language_code?: string;
        };
        /**
         * Seedream45EditInput
         * @description `input` for `seedream/4.5-edit`.
         */
        Seedream45EditInput: {
            /** @description The edit to make (at most 3000 characters). */
            prompt: string;
            /** @description Input image URLs (jpeg, png or webp, at most 10 MB each; upload first if needed). */
            image_urls: string[];
            /**
             * @description Output aspect ratio.
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * @description `basic` outputs 2K images, `high` 4K images.
             * @default basic
             * @enum {string}
             */
            quality: "basic" | "high";
        };
        /**
         * UploadPath
         * @description Destination folder, without leading or trailing slashes (e.g. `images/user-uploads`).
         * @example images/user-uploads
         */
        UploadPath: string;
        /**
         * UploadFileName
         * @description File name including extension. Optional: a random name is generated when
         *     omitted. Uploading the same name to the same path overwrites the earlier
         *     file (the change may lag because of caching).
         * @example my-image.png
         */
        UploadFileName: string;
        /**
         * UploadFileBase64Request
         * @description Base64 upload; best for small files (recommended at most 10 MB; base64 adds about 33 %).
         */
        UploadFileBase64Request: {
            /**
             * @description The file as a bare base64 string or as a data URL (`data:<mime>;base64,...`).
             * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA...
             */
            base64Data: string;
            uploadPath: components["schemas"]["UploadPath"];
            fileName?: components["schemas"]["UploadFileName"];
        };
        /**
         * UploadFileStreamRequest
         * @description Multipart upload; best for large files (over 10 MB).
         */
        UploadFileStreamRequest: {
            /**
             * Format: binary
             * @description The file content.
             */
            file: string;
            uploadPath: components["schemas"]["UploadPath"];
            fileName?: components["schemas"]["UploadFileName"];
        };
        /**
         * UploadFileUrlRequest
         * @description The service downloads the file from `fileUrl` (30 s timeout; recommended at most 100 MB).
         */
        UploadFileUrlRequest: {
            /**
             * Format: uri
             * @description HTTP or HTTPS URL of the file to fetch.
             * @example https://example.com/images/sample.jpg
             */
            fileUrl: string;
            uploadPath: components["schemas"]["UploadPath"];
            fileName?: components["schemas"]["UploadFileName"];
        };
        /**
         * UploadedFile
         * @description The stored file. The six fields of the per-endpoint schema are required; the
         *     extra fields shown only by the quickstart example are optional.
         */
        UploadedFile: {
            /** @example uploaded-image.png */
            fileName: string;
            /**
             * @description Full path in storage.
             * @example images/user-uploads/uploaded-image.png
             */
            filePath: string;
            /**
             * Format: uri
             * @description Where the file can be downloaded (served from tempfile.redpandaai.co); valid until the file is deleted after 3 days.
             * @example https://tempfile.redpandaai.co/xxx/images/user-uploads/uploaded-image.png
             */
            downloadUrl: string;
            /**
             * @description Size in bytes.
             * @example 154832
             */
            fileSize: number;
            /** @example image/png */
            mimeType: string;
            /**
             * Format: date-time
             * @example 2025-01-01T12:00:00.000Z
             */
            uploadedAt: string;
            /** @description Quickstart example only. */
            fileId?: string;
            /** @description Quickstart example only. */
            originalName?: string;
            /** @description Quickstart example only. */
            uploadPath?: string;
            /**
             * Format: uri
             * @description Quickstart example only.
             */
            fileUrl?: string;
            /**
             * Format: date-time
             * @description Quickstart example only.
             */
            uploadTime?: string;
            /**
             * Format: date-time
             * @description Quickstart example only (3 days after upload).
             */
            expiresAt?: string;
        };
        /** UploadSuccessResponse */
        UploadSuccessResponse: {
            /** @description true on success. */
            success: boolean;
            code: components["schemas"]["ApiCode"];
            /** @example File uploaded successfully */
            msg: string;
            data: components["schemas"]["UploadedFile"];
        };
        /**
         * UploadErrorResponse
         * @description Error body of the File Upload API: `{success: false, code, msg}`, no `data`. `code` equals the HTTP status.
         */
        UploadErrorResponse: {
            /** @description false on error. */
            success: boolean;
            code: components["schemas"]["ApiCode"];
            /** @example Missing required parameter: uploadPath */
            msg: string;
        };
    };
    responses: {
        /** @description File stored. */
        UploadSuccess: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UploadSuccessResponse"];
            };
        };
        /** @description Bad or missing parameter. */
        UploadBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UploadErrorResponse"];
            };
        };
        /** @description API key missing or invalid. */
        UploadUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UploadErrorResponse"];
            };
        };
        /** @description Server error. */
        UploadServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UploadErrorResponse"];
            };
        };
        /**
         * @description Rate limited: the request was rejected, not queued, so it is safe to send again later.
         *     Creates are limited to 20 per 10 seconds per account; 4o record-info to 3 queries per second
         *     per task.
         */
        RateLimited: {
            headers: {
                /** @description Seconds to wait before sending again (not documented by KIE; optional). */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Callback received (answer within 15 s). No body is required. */
        CallbackReceived: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Callback received. */
        MarketCallbackReceived: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["WebhookAck"];
            };
        };
    };
    parameters: {
        /**
         * @description The task id returned by the create call.
         * @example task12345
         */
        TaskId: string;
        /**
         * @description Unix time in **seconds** at which the callback was sent, as a string of
         *     digits. It is part of the signed message, verbatim. The docs give no replay
         *     window; reject timestamps outside a tolerance you choose.
         * @example 1735689600
         */
        WebhookTimestamp: string;
        /**
         * @description `base64(HMAC-SHA256(key = webhookHmacKey, message = taskId + "." + timestamp))`
         *     where `taskId` is `data.taskId` of the callback body and `timestamp` is the
         *     `X-Webhook-Timestamp` header value. Compare in constant time. Only the task
         *     id and the timestamp are signed, not the body: re-read the task from the API
         *     before trusting the payload. (The vendor's sample code reads
         *     `data.task_id`; the bodies carry `data.taskId` — REFERENCE §9 conflict 12.)
         * @example 3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
         */
        WebhookSignature: string;
    };
    requestBodies: {
        FluxKontextCallbackRequest: {
            content: {
                "application/json": components["schemas"]["FluxKontextCallback"];
            };
        };
        Gpt4oImageCallbackRequest: {
            content: {
                "application/json": components["schemas"]["Gpt4oImageCallback"];
            };
        };
        MarketCallbackRequest: {
            content: {
                "application/json": components["schemas"]["MarketCallback"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type SchemaApiCode = components['schemas']['ApiCode'];
export type SchemaEnvelope = components['schemas']['Envelope'];
export type SchemaErrorEnvelope = components['schemas']['ErrorEnvelope'];
export type SchemaTaskCreated = components['schemas']['TaskCreated'];
export type SchemaCallBackUrl = components['schemas']['CallBackUrl'];
export type SchemaDownloadUrlResponse = components['schemas']['DownloadUrlResponse'];
export type SchemaCommonDownloadUrlRequest = components['schemas']['CommonDownloadUrlRequest'];
export type SchemaCreditsResponse = components['schemas']['CreditsResponse'];
export type SchemaWebhookAck = components['schemas']['WebhookAck'];
export type SchemaFluxKontextModel = components['schemas']['FluxKontextModel'];
export type SchemaFluxKontextAspectRatio = components['schemas']['FluxKontextAspectRatio'];
export type SchemaFluxKontextOutputFormat = components['schemas']['FluxKontextOutputFormat'];
export type SchemaFluxKontextGenerateRequest = components['schemas']['FluxKontextGenerateRequest'];
export type SchemaFluxKontextGenerateResponse = components['schemas']['FluxKontextGenerateResponse'];
export type SchemaFluxKontextSuccessFlag = components['schemas']['FluxKontextSuccessFlag'];
export type SchemaFluxKontextImageUrls = components['schemas']['FluxKontextImageUrls'];
export type SchemaFluxKontextRecord = components['schemas']['FluxKontextRecord'];
export type SchemaFluxKontextRecordInfoResponse = components['schemas']['FluxKontextRecordInfoResponse'];
export type SchemaFluxKontextCallback = components['schemas']['FluxKontextCallback'];
export type SchemaGpt4oImageSize = components['schemas']['Gpt4oImageSize'];
export type SchemaGpt4oImageFallbackModel = components['schemas']['Gpt4oImageFallbackModel'];
export type SchemaGpt4oImageGenerateRequest = components['schemas']['Gpt4oImageGenerateRequest'];
export type SchemaGpt4oImageGenerateResponse = components['schemas']['Gpt4oImageGenerateResponse'];
export type SchemaGpt4oImageStatus = components['schemas']['Gpt4oImageStatus'];
export type SchemaGpt4oImageTimestamp = components['schemas']['Gpt4oImageTimestamp'];
export type SchemaGpt4oImageResultUrls = components['schemas']['Gpt4oImageResultUrls'];
export type SchemaGpt4oImageRecord = components['schemas']['Gpt4oImageRecord'];
export type SchemaGpt4oImageRecordInfoResponse = components['schemas']['Gpt4oImageRecordInfoResponse'];
export type SchemaGpt4oImageDownloadUrlRequest = components['schemas']['Gpt4oImageDownloadUrlRequest'];
export type SchemaGpt4oImageCallback = components['schemas']['Gpt4oImageCallback'];
export type SchemaKnownMarketModel = components['schemas']['KnownMarketModel'];
export type SchemaMarketCreateTaskRequest = components['schemas']['MarketCreateTaskRequest'];
export type SchemaNanoBananaTask = components['schemas']['NanoBananaTask'];
export type SchemaSeedreamV4TextToImageTask = components['schemas']['SeedreamV4TextToImageTask'];
export type SchemaGrokImagineTextToImageTask = components['schemas']['GrokImagineTextToImageTask'];
export type SchemaKling26TextToVideoTask = components['schemas']['Kling26TextToVideoTask'];
export type SchemaElevenLabsTextToSpeechMultilingualV2Task = components['schemas']['ElevenLabsTextToSpeechMultilingualV2Task'];
export type SchemaSeedream45EditTask = components['schemas']['Seedream45EditTask'];
export type SchemaGenericMarketTask = components['schemas']['GenericMarketTask'];
export type SchemaMarketTaskCreated = components['schemas']['MarketTaskCreated'];
export type SchemaMarketCreateTaskResponse = components['schemas']['MarketCreateTaskResponse'];
export type SchemaMarketState = components['schemas']['MarketState'];
export type SchemaMarketRecord = components['schemas']['MarketRecord'];
export type SchemaMarketRecordInfoEnvelope = components['schemas']['MarketRecordInfoEnvelope'];
export type SchemaMarketRecordInfoResponse = components['schemas']['MarketRecordInfoResponse'];
export type SchemaMarketCallback = components['schemas']['MarketCallback'];
export type SchemaMarketCallbackData = components['schemas']['MarketCallbackData'];
export type SchemaNanoBananaInput = components['schemas']['NanoBananaInput'];
export type SchemaSeedreamV4TextToImageInput = components['schemas']['SeedreamV4TextToImageInput'];
export type SchemaGrokImagineTextToImageInput = components['schemas']['GrokImagineTextToImageInput'];
export type SchemaKling26TextToVideoInput = components['schemas']['Kling26TextToVideoInput'];
export type SchemaElevenLabsTextToSpeechMultilingualV2Input = components['schemas']['ElevenLabsTextToSpeechMultilingualV2Input'];
export type SchemaSeedream45EditInput = components['schemas']['Seedream45EditInput'];
export type SchemaUploadPath = components['schemas']['UploadPath'];
export type SchemaUploadFileName = components['schemas']['UploadFileName'];
export type SchemaUploadFileBase64Request = components['schemas']['UploadFileBase64Request'];
export type SchemaUploadFileStreamRequest = components['schemas']['UploadFileStreamRequest'];
export type SchemaUploadFileUrlRequest = components['schemas']['UploadFileUrlRequest'];
export type SchemaUploadedFile = components['schemas']['UploadedFile'];
export type SchemaUploadSuccessResponse = components['schemas']['UploadSuccessResponse'];
export type SchemaUploadErrorResponse = components['schemas']['UploadErrorResponse'];
export type ResponseUploadSuccess = components['responses']['UploadSuccess'];
export type ResponseUploadBadRequest = components['responses']['UploadBadRequest'];
export type ResponseUploadUnauthorized = components['responses']['UploadUnauthorized'];
export type ResponseUploadServerError = components['responses']['UploadServerError'];
export type ResponseRateLimited = components['responses']['RateLimited'];
export type ResponseCallbackReceived = components['responses']['CallbackReceived'];
export type ResponseMarketCallbackReceived = components['responses']['MarketCallbackReceived'];
export type ParameterTaskId = components['parameters']['TaskId'];
export type ParameterWebhookTimestamp = components['parameters']['WebhookTimestamp'];
export type ParameterWebhookSignature = components['parameters']['WebhookSignature'];
export type RequestBodyFluxKontextCallbackRequest = components['requestBodies']['FluxKontextCallbackRequest'];
export type RequestBodyGpt4oImageCallbackRequest = components['requestBodies']['Gpt4oImageCallbackRequest'];
export type RequestBodyMarketCallbackRequest = components['requestBodies']['MarketCallbackRequest'];
export type $defs = Record<string, never>;
export interface operations {
    fluxKontextGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxKontextGenerateRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FluxKontextGenerateResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Server error, declared by the vendor with an envelope body. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    fluxKontextRecordInfo: {
        parameters: {
            query: {
                /**
                 * @description The task id returned by the create call.
                 * @example task12345
                 */
                taskId: components["parameters"]["TaskId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task record (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FluxKontextRecordInfoResponse"];
                };
            };
            /** @description Server error, declared by the vendor with an envelope body. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    gpt4oImageGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Gpt4oImageGenerateRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gpt4oImageGenerateResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Server error, declared by the vendor with an envelope body. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    gpt4oImageRecordInfo: {
        parameters: {
            query: {
                /**
                 * @description The task id returned by the create call.
                 * @example task12345
                 */
                taskId: components["parameters"]["TaskId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task record (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gpt4oImageRecordInfoResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Server error. The vendor declares it without a body; the family's other operations send an envelope. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    gpt4oImageDownloadUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Gpt4oImageDownloadUrlRequest"];
            };
        };
        responses: {
            /** @description The download URL (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadUrlResponse"];
                };
            };
            /** @description Server error, declared by the vendor with an envelope body. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    marketCreateTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarketCreateTaskRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketCreateTaskResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Server error, declared by the vendor (ElevenLabs page) with an envelope body. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    marketRecordInfo: {
        parameters: {
            query: {
                /**
                 * @description The task id returned by the create call.
                 * @example task12345
                 */
                taskId: components["parameters"]["TaskId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task record (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketRecordInfoResponse"];
                };
            };
            /** @description `taskId` missing or invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketRecordInfoEnvelope"];
                };
            };
            /** @description API key missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketRecordInfoEnvelope"];
                };
            };
            /** @description No task with this `taskId`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketRecordInfoEnvelope"];
                };
            };
            /** @description Validation error (listed on the docs page, seed-001; not in the page's OpenAPI copy). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketRecordInfoEnvelope"];
                };
            };
            /** @description Rate limited (more than 10 requests per second per API key). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketRecordInfoEnvelope"];
                };
            };
            /** @description Server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketRecordInfoEnvelope"];
                };
            };
        };
    };
    getCredits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditsResponse"];
                };
            };
            /** @description Server error, declared by the vendor with an envelope body. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    commonDownloadUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommonDownloadUrlRequest"];
            };
        };
        responses: {
            /** @description The download URL (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadUrlResponse"];
                };
            };
            /** @description Server error (declared by the vendor without a body schema). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    uploadFileBase64: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadFileBase64Request"];
            };
        };
        responses: {
            200: components["responses"]["UploadSuccess"];
            400: components["responses"]["UploadBadRequest"];
            401: components["responses"]["UploadUnauthorized"];
            500: components["responses"]["UploadServerError"];
        };
    };
    uploadFileStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFileStreamRequest"];
            };
        };
        responses: {
            200: components["responses"]["UploadSuccess"];
            400: components["responses"]["UploadBadRequest"];
            401: components["responses"]["UploadUnauthorized"];
            500: components["responses"]["UploadServerError"];
        };
    };
    uploadFileUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadFileUrlRequest"];
            };
        };
        responses: {
            200: components["responses"]["UploadSuccess"];
            400: components["responses"]["UploadBadRequest"];
            401: components["responses"]["UploadUnauthorized"];
            500: components["responses"]["UploadServerError"];
        };
    };
    fluxKontextCallback: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Unix time in **seconds** at which the callback was sent, as a string of
                 *     digits. It is part of the signed message, verbatim. The docs give no replay
                 *     window; reject timestamps outside a tolerance you choose.
                 * @example 1735689600
                 */
                "X-Webhook-Timestamp"?: components["parameters"]["WebhookTimestamp"];
                /**
                 * @description `base64(HMAC-SHA256(key = webhookHmacKey, message = taskId + "." + timestamp))`
                 *     where `taskId` is `data.taskId` of the callback body and `timestamp` is the
                 *     `X-Webhook-Timestamp` header value. Compare in constant time. Only the task
                 *     id and the timestamp are signed, not the body: re-read the task from the API
                 *     before trusting the payload. (The vendor's sample code reads
                 *     `data.task_id`; the bodies carry `data.taskId` — REFERENCE §9 conflict 12.)
                 * @example 3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
                 */
                "X-Webhook-Signature"?: components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["FluxKontextCallbackRequest"];
        responses: {
            200: components["responses"]["CallbackReceived"];
        };
    };
    gpt4oImageCallback: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Unix time in **seconds** at which the callback was sent, as a string of
                 *     digits. It is part of the signed message, verbatim. The docs give no replay
                 *     window; reject timestamps outside a tolerance you choose.
                 * @example 1735689600
                 */
                "X-Webhook-Timestamp"?: components["parameters"]["WebhookTimestamp"];
                /**
                 * @description `base64(HMAC-SHA256(key = webhookHmacKey, message = taskId + "." + timestamp))`
                 *     where `taskId` is `data.taskId` of the callback body and `timestamp` is the
                 *     `X-Webhook-Timestamp` header value. Compare in constant time. Only the task
                 *     id and the timestamp are signed, not the body: re-read the task from the API
                 *     before trusting the payload. (The vendor's sample code reads
                 *     `data.task_id`; the bodies carry `data.taskId` — REFERENCE §9 conflict 12.)
                 * @example 3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
                 */
                "X-Webhook-Signature"?: components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Gpt4oImageCallbackRequest"];
        responses: {
            200: components["responses"]["CallbackReceived"];
        };
    };
    marketCallback: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Unix time in **seconds** at which the callback was sent, as a string of
                 *     digits. It is part of the signed message, verbatim. The docs give no replay
                 *     window; reject timestamps outside a tolerance you choose.
                 * @example 1735689600
                 */
                "X-Webhook-Timestamp"?: components["parameters"]["WebhookTimestamp"];
                /**
                 * @description `base64(HMAC-SHA256(key = webhookHmacKey, message = taskId + "." + timestamp))`
                 *     where `taskId` is `data.taskId` of the callback body and `timestamp` is the
                 *     `X-Webhook-Timestamp` header value. Compare in constant time. Only the task
                 *     id and the timestamp are signed, not the body: re-read the task from the API
                 *     before trusting the payload. (The vendor's sample code reads
                 *     `data.task_id`; the bodies carry `data.taskId` — REFERENCE §9 conflict 12.)
                 * @example 3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
                 */
                "X-Webhook-Signature"?: components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MarketCallbackRequest"];
        responses: {
            200: components["responses"]["MarketCallbackReceived"];
        };
    };
}

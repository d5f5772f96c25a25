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
    "/api/v1/veo/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a Veo 3.1 video
         * @description Creates an asynchronous Veo 3.1 video task and returns its `taskId`.
         *
         *     - **Text-to-video:** send `prompt`.
         *     - **Image-to-video:** add `imageUrls`: 1 image (the video unfolds around it) or 2 images
         *       (first and last frame), mode `FIRST_AND_LAST_FRAMES_2_VIDEO`.
         *     - **Material-to-video:** `REFERENCE_2_VIDEO` with 1-3 reference images (`veo3_fast` only,
         *       16:9 and 9:16 only).
         *
         *     Models: `veo3` (Quality), `veo3_fast` (Fast, default), `veo3_lite` (Lite). Native 16:9 and
         *     9:16 output; both can be upgraded to 1080P (`veoGet1080pVideo`) and 4K (`veoGet4kVideo`,
         *     extra credits). Videos have a background audio track by default.
         *
         *     Results arrive via the `onVideoGenerated` callback (`callBackUrl`) or by polling
         *     `veoRecordInfo`.
         *
         *     **Body `code` values** (HTTP 200): 200, 400, 401, 402, 404, 422 (validation; also
         *     "Your request was rejected by Flow(...)"), 429, 455, 500, 501, 505. The HTTP-500 error
         *     body also lists 408. Creates have no idempotency key: do not blindly retry after a
         *     timeout.
         */
        post: operations["veoGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veo/record-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Veo 3.1 video details
         * @description Status and result of any Veo 3.1 task: regular generation, extension, 1080P upgrade and
         *     4K upgrade. This endpoint is the authority on a task's outcome (callbacks only push the
         *     completion).
         *
         *     `successFlag`: 0 generating, 1 success, 2 failed (before completion), 3 generation failed
         *     (task created, upstream generation failed); 1-3 are terminal. On failure `errorCode` is
         *     400 (content policy, English prompts only, image fetch failed, unsafe image), 500
         *     (internal error or timeout) or 501 (generation failed). `response.fullResultUrls` holds
         *     the whole video of an extension. `fallbackFlag` is a legacy field of older regular tasks.
         *
         *     **Body `code` values** (HTTP 200): 200, 400, 401, 404, 422 (also: record is null, only
         *     records within 14 days are supported, record result data blank/absent/empty, record
         *     status is not success), 451 (image fetch failed), 455, 500. The HTTP-500 error body also
         *     lists 402, 408, 429, 501 and 505.
         */
        get: operations["veoRecordInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veo/get-1080p-video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the 1080P video
         * @description Answers the URL of the 1080P version of a successful Veo 3.1 generation task. Producing
         *     it takes about 1-3 minutes: until it is ready the call answers a non-200 `code`; retry
         *     every 20-30 s. The original task must have succeeded. Videos of the deprecated fallback
         *     path may already be 1080P, and this endpoint may not apply to them.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422 (validation; also: record is null,
         *     only records within 14 days are supported, record result data blank/absent/empty, record
         *     status is not success), 429, 451, 455, 500. The HTTP-500 error body also lists 402, 408,
         *     501 and 505.
         */
        get: operations["veoGet1080pVideo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veo/get-4k-video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the 4K video
         * @description Starts a 4K upgrade of a successful Veo 3.1 generation task (16:9 or 9:16) and returns
         *     the `taskId` of the 4K task. **Extra credits:** about the price of 2 Fast-mode
         *     generations. Processing takes about 5-10 minutes; the result arrives via the
         *     `on4KVideoGenerated` callback (`callBackUrl`, recommended) or by polling `veoRecordInfo`.
         *     Videos of the deprecated fallback path may not be upgradable.
         *
         *     Repeating the request for the same task answers `code` 422 with `data`: "4k is
         *     processing. It should be ready in 5-10 minutes." (URLs null) or "The video has been
         *     generated successfully" (with `resultUrls` and `imageUrls`); retry no more often than
         *     every 30 s.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422 (validation and repeated
         *     requests; also: record is null, only records within 14 days are supported, record result
         *     data blank/absent/empty, record status is not success), 429, 451, 455, 500. The HTTP-500
         *     error body also lists 402, 408, 501 and 505. Creates have no idempotency key: do not
         *     blindly retry after a timeout.
         */
        post: operations["veoGet4kVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veo/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend a Veo 3.1 video
         * @description Creates an asynchronous task that extends a video generated through the Veo 3.1 API
         *     (`taskId` of the original task) with new content described by `prompt`, and returns the
         *     new `taskId`. Models: `fast` (default), `quality`, `lite`. Videos produced by a 1080P
         *     generation cannot be extended. Processing takes several minutes to over ten minutes;
         *     download results promptly, their URLs expire.
         *
         *     Results arrive via the `onVideoExtended` callback (`callBackUrl`) or by polling
         *     `veoRecordInfo` (`response.fullResultUrls` holds the whole extended video).
         *
         *     **Body `code` values** (HTTP 200): 200, 400 (prompt violates the content policy, other
         *     input errors), 401, 402, 404 (original video or task not found), 422, 429, 455, 500,
         *     501 (extension failed), 505. The HTTP-500 error body also lists 408. Creates have no
         *     idempotency key: do not blindly retry after a timeout.
         */
        post: operations["veoExtend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate music
         * @description Creates an asynchronous Suno music task (usually two tracks, with or without lyrics) and
         *     returns its `taskId`.
         *
         *     - **Custom mode** (`customMode: true`): `style` and `title` are required; when
         *       `instrumental` is false, `prompt` is sung verbatim as the lyrics. `prompt` up to 3000
         *       characters (V4) or 5000, `style` up to 200 (V4) or 1000, `title` up to 80.
         *     - **Non-custom mode** (`customMode: false`): only `prompt` (at most 500 characters); lyrics
         *       are generated from it. New users should start here.
         *
         *     Results arrive via the music callback (`callBackUrl`; stages `text`, `first`, `complete`) or
         *     by polling `sunoRecordInfo`. Some tasks skip `text` and `first`. Generated files are kept 14
         *     days.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 409 (documented as "WAV record
         *     already exists"), 422, 429, 451, 455, 500. The HTTP-500 error body also lists 408, 501, 505.
         *     Creates have no idempotency key: do not blindly retry after a timeout.
         */
        post: operations["sunoGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend music
         * @description Creates a continuation of a generated track (`audioId`) and returns the new `taskId`.
         *
         *     - `defaultParamFlag: true`: custom parameters; `prompt`, `style`, `title` and `continueAt`
         *       (the second to continue from) are required. Limits: `prompt` 3000 (V4) or 5000, `style`
         *       200 (V4) or 1000, `title` 80 (V4, V4_5ALL) or 100.
         *     - `defaultParamFlag: false`: the source track's parameters are inherited.
         *
         *     The model must match the source track's model. Results arrive via the music callback
         *     (`callBackUrl`; stages `text`, `first`, `complete`) or by polling `sunoRecordInfo`. Files
         *     are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 409 (documented as "WAV record
         *     already exists"), 422, 429, 451, 455, 500. The HTTP-500 error body also lists 408, 501, 505.
         *     Creates have no idempotency key: do not blindly retry after a timeout.
         */
        post: operations["sunoExtend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate/upload-cover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload and cover audio
         * @description Covers an uploaded track (`uploadUrl`, at most 8 minutes) in a new style while keeping its
         *     melody, and returns the `taskId`.
         *
         *     - **Custom mode** (`customMode: true`): `style` and `title` required; `prompt` is sung as
         *       the lyrics when `instrumental` is false. Limits: `prompt` 3000 (V4) or 5000, `style` 200
         *       (V4) or 1000, `title` 80 (V4, V4_5ALL) or 100.
         *     - **Non-custom mode**: only `prompt` (at most 500 characters) and `uploadUrl`.
         *
         *     Results arrive via the music callback (`callBackUrl`; stages `text`, `first`, `complete`) or
         *     by polling `sunoRecordInfo`. The page says generated files are deleted after 15 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 409 (documented as "WAV record
         *     already exists"), 422, 429, 451, 455, 500. The HTTP-500 error body also lists 408, 501, 505.
         *     Creates have no idempotency key: do not blindly retry after a timeout.
         */
        post: operations["sunoUploadCover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate/upload-extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload and extend audio
         * @description Extends an uploaded track (`uploadUrl`, at most 8 minutes) in its own style and returns the
         *     `taskId`.
         *
         *     - `defaultParamFlag: true`: custom parameters; `style`, `title` and `continueAt` required,
         *       and `prompt` when `instrumental` is false. Limits: `prompt` 3000 (V4) or 5000, `style` 200
         *       (V4) or 1000, `title` 80 (V4, V4_5ALL) or 100.
         *     - `defaultParamFlag: false`: the uploaded audio's parameters are used.
         *
         *     The model must match the source music's model. Results arrive via the music callback
         *     (`callBackUrl`; stages `text`, `first`, `complete`) or by polling `sunoRecordInfo`. Files
         *     are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 409 (documented as "WAV record
         *     already exists"), 422, 429, 451, 455, 500. The HTTP-500 error body also lists 408, 501, 505.
         *     Creates have no idempotency key: do not blindly retry after a timeout.
         */
        post: operations["sunoUploadExtend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate/add-instrumental": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add instrumental to music
         * @description Generates an instrumental accompaniment for an uploaded audio file (`uploadUrl`), styled by
         *     `tags` and `negativeTags`, and returns the `taskId`. Models `V4_5PLUS` (default), `V5`,
         *     `V5_5`.
         *
         *     Results arrive via the music callback (`callBackUrl`; stages `text`, `first`, `complete`) or
         *     by polling `sunoRecordInfo`. Files are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 409 (documented as "WAV record
         *     already exists"), 422, 429, 451, 455, 500. The HTTP-500 error body also lists 408, 501, 505.
         *     Creates have no idempotency key: do not blindly retry after a timeout.
         */
        post: operations["sunoAddInstrumental"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate/add-vocals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add vocals to music
         * @description Generates sung vocals over an uploaded audio file (`uploadUrl`): `prompt` gives the lyric
         *     content and singing style, `style` and `negativeTags` the music style. Models `V4_5PLUS`
         *     (default), `V5`, `V5_5`. Returns the `taskId`.
         *
         *     Results arrive via the music callback (`callBackUrl`; stages `text`, `first`, `complete`) or
         *     by polling `sunoRecordInfo`. Files are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 409 (documented as "WAV record
         *     already exists"), 422, 429, 451, 455, 500. The HTTP-500 error body also lists 408, 501, 505.
         *     Creates have no idempotency key: do not blindly retry after a timeout.
         */
        post: operations["sunoAddVocals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate/mashup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate mashup music
         * @description Combines exactly two uploaded tracks (`uploadUrlList`, public URLs) into a new piece and
         *     returns the `taskId`.
         *
         *     - **Custom mode** (`customMode: true`): `style` and `title` required; `prompt` (the exact
         *       lyrics) when `instrumental` is false. Limits: `prompt` 3000 (V4) or 5000, `style` 200 (V4)
         *       or 1000, `title` 80. `vocalGender`, `styleWeight`, `weirdnessConstraint` and `audioWeight`
         *       only apply here.
         *     - **Non-custom mode**: `prompt` only (at most 500 characters).
         *
         *     Results arrive via the music callback (`callBackUrl`; stages `text`, `first`, `complete`) or
         *     by polling `sunoRecordInfo`. Files are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 409 (documented as "WAV record
         *     already exists"), 422, 429, 451, 455, 500. The page also declares an HTTP 500 response,
         *     without a body schema. Creates have no idempotency key: do not blindly retry after a
         *     timeout.
         */
        post: operations["sunoGenerateMashup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate/sounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate sounds
         * @description Creates a sound task (background music, game sound effects, loopable ambience) from `prompt`
         *     (at most 500 characters), with optional loop (`soundLoop`), tempo (`soundTempo`, BPM 1-300),
         *     key (`soundKey`) and lyrics-subtitle capture (`grabLyrics`). Models `V5`, `V5_5`. Returns
         *     the `taskId`.
         *
         *     Poll `sunoRecordInfo` (the page recommends every 30 seconds). The page documents no callback
         *     body for this operation.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 422, 429, 433 (sub-key usage exceeds
         *     its limit), 455, 500, 501, 505. Creates have no idempotency key: do not blindly retry after
         *     a timeout.
         */
        post: operations["sunoGenerateSounds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate/replace-section": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a music section
         * @description Regenerates the segment `infillStartS`-`infillEndS` (seconds, 2 decimal places) of a
         *     generated track from `prompt` and `tags`, blended with the rest, and returns the `taskId`.
         *     The segment must last 6 to 60 seconds and at most 50% of the track.
         *
         *     Results arrive via the music callback (`callBackUrl`; stages `text`, `first`, `complete`) or
         *     by polling `sunoRecordInfo`. Files are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 409 (documented as "WAV record
         *     already exists"), 422, 429, 451, 455, 500. The HTTP-500 error body also lists 408, 501, 505.
         *     Creates have no idempotency key: do not blindly retry after a timeout.
         */
        post: operations["sunoReplaceSection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate/record-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get music task details
         * @description Status and tracks of a task of the music family: generate, extend, upload-cover,
         *     upload-extend, add-instrumental, add-vocals, mashup, sounds and replace-section.
         *
         *     `status`: `PENDING`, `TEXT_SUCCESS` (lyrics/text done), `FIRST_SUCCESS` (first track done),
         *     `SUCCESS` (all tracks done), and the failures `CREATE_TASK_FAILED`, `GENERATE_AUDIO_FAILED`,
         *     `CALLBACK_EXCEPTION`, `SENSITIVE_WORD_ERROR`. The tracks are in `response.sunoData` (audio,
         *     stream and cover image URLs, kept 14 days); instrumental tracks carry no lyrics. On failure
         *     `errorCode` is 400 (lyrics contained copyrighted material), 408 (timeout) or 413 (uploaded
         *     audio matches an existing work).
         *
         *     Polling: at most 3 queries per second per task.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422, 451, 455, 500. The HTTP-500 error
         *     body also lists 402, 408, 429, 501, 505.
         */
        get: operations["sunoRecordInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate/get-timestamped-lyrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get timestamped lyrics
         * @description Answers at once (no task) with the lyrics of a generated track aligned to the audio
         *     (`alignedWords`: word, `startS`, `endS` in seconds) plus waveform data for visualisation.
         *     Both `taskId` (generate or extend) and `audioId` are required. Instrumental tracks return no
         *     lyrics.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422, 429, 451, 455, 500. The HTTP-500
         *     error body also lists 402, 408, 501, 505.
         */
        post: operations["sunoGetTimestampedLyrics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate/generate-persona": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a Persona
         * @description Creates a Persona (a reusable music character) from a finished track and answers at once
         *     with its `personaId`, for `personaId` of generate, extend, upload-cover and upload-extend.
         *     The music task must be complete (generated with a model above v3.5; v3.5 is not supported),
         *     and each `audioId` gives one Persona only. `vocalStart`/`vocalEnd` select the analysed
         *     segment (10 to 30 seconds).
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 409 (a Persona already exists for
         *     this music), 422, 429, 451, 455, 500. The HTTP-500 error body also lists 408, 501, 505.
         */
        post: operations["sunoGeneratePersona"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/style/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Boost music style
         * @description Expands a short style description (`content`, e.g. "Pop, Mysterious") into a detailed music
         *     style text, answered at once in `data.result` (no task to poll). The answer also reports the
         *     credits consumed and remaining.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 409 (documented as "WAV record
         *     already exists"), 422, 429, 451, 455, 500. The HTTP-500 error body also lists 408, 501, 505.
         */
        post: operations["sunoBoostStyle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lyrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate lyrics
         * @description Creates a lyrics task from `prompt` (at most 200 characters) and returns its `taskId`.
         *     Typically 2-3 variations are generated, each with a title and section markers ([Verse],
         *     [Chorus], ...).
         *
         *     Results arrive via the lyrics callback (`callBackUrl`, sent once with every variation) or by
         *     polling `sunoLyricsRecordInfo`. Lyrics are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 400 (invalid parameters), 401, 404 (invalid method
         *     or path), 405 (rate limit exceeded), 413 (theme or prompt too long), 429 (documented here as
         *     "insufficient credits"), 430 (call frequency too high), 455, 500. The HTTP-500 error body
         *     also lists 402, 408, 422, 501, 505. Creates have no idempotency key: do not blindly retry
         *     after a timeout.
         */
        post: operations["sunoGenerateLyrics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lyrics/record-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get lyrics task details
         * @description Status and lyrics of a lyrics task. `status`: `PENDING`, `SUCCESS`, and the failures
         *     `CREATE_TASK_FAILED`, `GENERATE_LYRICS_FAILED`, `CALLBACK_EXCEPTION`,
         *     `SENSITIVE_WORD_ERROR`. The variations are in `response.data` (text, title, per-variation
         *     status). On failure `errorCode` is 400 (rephrase: artist name, moderation, or no lyrics
         *     could be generated) or 500.
         *
         *     **Body `code` values** (HTTP 200): 200, 400, 401, 404, 422, 451, 455, 500. The HTTP-500
         *     error body also lists 402, 408, 429, 501, 505.
         */
        get: operations["sunoLyricsRecordInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wav/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Convert to WAV format
         * @description Creates a task that converts a generated track (`taskId` of generate or extend, `audioId`)
         *     to uncompressed WAV (typically 5-10 times larger than the MP3) and returns its `taskId`.
         *
         *     Results arrive via the WAV callback (`callBackUrl`) or by polling `sunoWavRecordInfo`. WAV
         *     files are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 400 (body is not valid JSON), 401, 402, 404, 409 (a
         *     WAV record already exists), 422, 429, 455, 500 (also: WAV generation failed). The HTTP-500
         *     error body also lists 408, 501, 505. Creates have no idempotency key: do not blindly retry
         *     after a timeout.
         */
        post: operations["sunoConvertToWav"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wav/record-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get WAV conversion details
         * @description Status and result of a WAV conversion. `successFlag`: `PENDING`, `SUCCESS`, and the failures
         *     `CREATE_TASK_FAILED`, `GENERATE_WAV_FAILED`, `CALLBACK_EXCEPTION`. `response.audioWavUrl` is
         *     set once the status is `SUCCESS`; files are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422, 451, 455, 500. The HTTP-500 error
         *     body also lists 402, 408, 429, 501, 505.
         */
        get: operations["sunoWavRecordInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/midi/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate MIDI from audio
         * @description Creates a task that transcribes the stems of a finished vocal separation (`taskId` of
         *     `sunoSeparateVocals`; optionally one stem, `audioId` from its `response.originData`) into
         *     MIDI note data per detected instrument (pitch, start, end, velocity), and returns its
         *     `taskId`.
         *
         *     The result is note data, not a file: read it with `sunoMidiRecordInfo` (`midiData`). The
         *     callback (`callBackUrl`, required) carries the same notes; its body is documented on a
         *     callbacks page without a schema and is not described here. Records are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200 (the page lists no other code). The HTTP-500 error
         *     body also lists 401, 402, 404, 408, 422, 429, 455, 500, 501, 505. Creates have no
         *     idempotency key: do not blindly retry after a timeout.
         */
        post: operations["sunoGenerateMidi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/midi/record-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get MIDI generation details
         * @description Status and note data of a MIDI task. `successFlag`: 0 pending, 1 success, 2 failed to create
         *     the task, 3 MIDI generation failed. `midiData.instruments` lists each detected instrument
         *     with its notes (`pitch` 0-127, `start`/`end` in seconds, `velocity` 0-1); it may be empty
         *     after a `split_stem` separation. Timestamps are epoch milliseconds.
         *
         *     **Body `code` values** (HTTP 200): 200 (the page lists no other code). The HTTP-500 error
         *     body also lists 401, 402, 404, 408, 422, 429, 455, 500, 501, 505.
         */
        get: operations["sunoMidiRecordInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mp4/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a music video
         * @description Creates a task that turns a generated track (`taskId` of generate or extend, `audioId`) into
         *     a video with visualisations, optionally signed (`author`) and watermarked (`domainName`,
         *     each at most 50 characters), and returns its `taskId`.
         *
         *     Results arrive via the video callback (`callBackUrl`) or by polling
         *     `sunoMusicVideoRecordInfo`. Videos are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 400 (body is not valid JSON), 401, 402, 404, 409,
         *     422, 429, 455, 500 (also: MP4 generation failed). The HTTP-500 error body also lists 408,
         *     501, 505. Creates have no idempotency key: do not blindly retry after a timeout.
         */
        post: operations["sunoCreateMusicVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mp4/record-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get music video details
         * @description Status and result of a music video task. `successFlag`: `PENDING`, `SUCCESS`, and the
         *     failures `CREATE_TASK_FAILED`, `GENERATE_MP4_FAILED`. `response.videoUrl` is set once the
         *     status is `SUCCESS`; videos are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 400, 401, 402, 404, 409, 422, 429, 455, 500. The
         *     HTTP-500 error body also lists 408, 501, 505.
         */
        get: operations["sunoMusicVideoRecordInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/cover/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate cover images
         * @description Creates a task that generates cover images (usually 2 styles) for a finished music task
         *     (`taskId`) and returns its `taskId`. Each music task gets one cover only: a repeated request
         *     answers code 400 with the existing task id. Call it after the music is complete.
         *
         *     Results arrive via the cover callback (`callBackUrl`) or by polling `sunoCoverRecordInfo`.
         *     Image URLs are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 400 (a cover was already generated for this task),
         *     401, 402, 404, 409 (a cover record already exists), 422, 429, 455, 500 (also: cover
         *     generation failed). The HTTP-500 error body also lists 408, 501, 505. Creates have no
         *     idempotency key: do not blindly retry after a timeout.
         */
        post: operations["sunoGenerateCover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/cover/record-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get cover generation details
         * @description Status and images of a cover task. `successFlag`: 0 pending, 1 success, 2 generating, 3
         *     generation failed (the page's prose names the states `PENDING`, `SUCCESS`,
         *     `CREATE_TASK_FAILED`, `GENERATE_COVER_FAILED`; both forms are read). `response.images` is
         *     set on success; images are kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 400, 401, 402, 404, 409, 422, 429, 455, 500. The
         *     HTTP-500 error body also lists 408, 501, 505.
         */
        get: operations["sunoCoverRecordInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vocal-removal/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Separate vocals and instrument stems
         * @description Creates a task that splits a generated track (`taskId` of generate or extend, `audioId`)
         *     into stems and returns its `taskId`. `type` `separate_vocal` (default): 2 stems, vocals +
         *     instrumental (10 credits). `split_stem`: up to 12 stems, vocals, backing vocals, drums,
         *     bass, guitar, keyboard, strings, brass, woodwinds, percussion, synth, FX/other (50 credits).
         *     Every call is charged, also for a track already separated.
         *
         *     Results arrive via the separation callback (`callBackUrl`) or by polling
         *     `sunoVocalRemovalRecordInfo`. Files are kept 14 days. A finished separation is the input of
         *     `sunoGenerateMidi`.
         *
         *     **Body `code` values** (HTTP 200): 200, 400 (body is not valid JSON), 401, 402, 404, 409,
         *     422, 429, 455, 500. The HTTP-500 error body also lists 408, 501, 505. Creates have no
         *     idempotency key: do not blindly retry after a timeout.
         */
        post: operations["sunoSeparateVocals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vocal-removal/record-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get vocal separation details
         * @description Status and stems of a separation task. `successFlag`: `PENDING`, `SUCCESS`, and the failures
         *     `CREATE_TASK_FAILED`, `GENERATE_AUDIO_FAILED`, `CALLBACK_EXCEPTION`. `response.originData`
         *     lists every separated track (`audio_url`, `stem_type_group_name`, and the `id` to pass to
         *     `sunoGenerateMidi`); the named fields repeat them: `separate_vocal` sets `vocalUrl` and
         *     `instrumentalUrl`, `split_stem` the instrument fields (`instrumentalUrl` null). Files are
         *     kept 14 days.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422, 451, 455, 500. The HTTP-500 error
         *     body also lists 402, 408, 429, 501, 505.
         */
        get: operations["sunoVocalRemovalRecordInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mj/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Midjourney images or a video (deprecated)
         * @deprecated
         * @description **Deprecated:** the Midjourney docs pages were removed from docs.kie.ai in 2026; this
         *     operation is typed from the last published page and may stop working at any time.
         *
         *     Creates an asynchronous Midjourney task and returns its `taskId`.
         *
         *     - **Text-to-image** (`mj_txt2img`): send `prompt`; 4 images are generated.
         *     - **Image-to-image, style and omni reference** (`mj_img2img`, `mj_style_reference`,
         *       `mj_omni_reference` with `ow`): add the input image in `fileUrls` (or `fileUrl`).
         *     - **Image-to-video** (`mj_video`, `mj_video_hd`): one image in `fileUrls` (or `fileUrl`),
         *       with `videoBatchSize` (1, 2 or 4 videos) and `motion`.
         *
         *     `speed` (`relaxed`, `fast`, `turbo`) is not needed for the video and omni-reference modes.
         *     Results arrive via the `onImageGenerated` callback (`callBackUrl`) or by polling
         *     `midjourneyRecordInfo`; the docs recommend polling every 30 s. Generated files are kept
         *     for 15 days. Use `midjourneyUpscale` / `midjourneyVary` on an image task and
         *     `midjourneyExtendVideo` on a video task.
         *
         *     **Body `code` values** (HTTP 200): 200, 400, 401, 402, 404, 422, 429, 455, 500, 501,
         *     505. Creates have no idempotency key: do not blindly retry after a timeout.
         */
        post: operations["midjourneyGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mj/generateUpscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upscale a Midjourney image (deprecated)
         * @deprecated
         * @description **Deprecated:** the Midjourney docs pages were removed from docs.kie.ai in 2026; this
         *     operation is typed from the last published page and may stop working at any time.
         *
         *     Creates an asynchronous task that upscales one of the 4 images (`imageIndex` 0-3) of a
         *     Midjourney generation task (`taskId`) and returns the new `taskId`. Upscaled images have
         *     a higher quality, for print or high-resolution use. The result arrives via the
         *     `onUpscaled` callback (`callBackUrl`) or by polling `midjourneyRecordInfo`.
         *
         *     **Body `code` values** (HTTP 200): 200, 400, 401, 402, 404, 422, 429, 455, 500, 501,
         *     505. Creates have no idempotency key: do not blindly retry after a timeout.
         */
        post: operations["midjourneyUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mj/generateVary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vary a Midjourney image (deprecated)
         * @deprecated
         * @description **Deprecated:** the Midjourney docs pages were removed from docs.kie.ai in 2026; this
         *     operation is typed from the last published page and may stop working at any time.
         *
         *     Creates an asynchronous task that makes variations (enhanced clarity, style simulation)
         *     of one of the 4 images of a Midjourney generation task (`taskId`) and returns the new
         *     `taskId`. `imageIndex` is 0-3 in the page's schema (and its example sends 1); the page's
         *     prose says "1-4": confirm against the live API. The result arrives via the `onVaried`
         *     callback (`callBackUrl`) or by polling `midjourneyRecordInfo`.
         *
         *     **Body `code` values** (HTTP 200): 200, 400, 401, 402, 404, 422, 429, 455, 500, 501,
         *     505. Creates have no idempotency key: do not blindly retry after a timeout.
         */
        post: operations["midjourneyVary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mj/generateVideoExtend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend a Midjourney video (deprecated)
         * @deprecated
         * @description **Deprecated:** the Midjourney docs pages were removed from docs.kie.ai in 2026; this
         *     operation is typed from the last published page and may stop working at any time.
         *
         *     Creates an asynchronous task that extends one video (`index`) of a Midjourney video task
         *     (`taskId`) and returns the new `taskId`: `mj_video_extend_manual` continues as `prompt`
         *     describes, `mj_video_extend_auto` with an AI-generated continuation. The extension keeps
         *     the original's aspect ratio and style; extended videos are kept for 15 days. The result
         *     arrives via the `onVideoExtended` callback (`callBackUrl`) or by polling
         *     `midjourneyRecordInfo`.
         *
         *     **Body `code` values** (HTTP 200): 200, 400, 401, 402, 404, 422, 429, 455, 500, 501
         *     (video extension failed), 505. Creates have no idempotency key: do not blindly retry
         *     after a timeout.
         */
        post: operations["midjourneyExtendVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mj/record-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Midjourney task details (deprecated)
         * @deprecated
         * @description **Deprecated:** the Midjourney docs pages were removed from docs.kie.ai in 2026; this
         *     operation is typed from the last published page and may stop working at any time.
         *
         *     Status and result of any Midjourney task: generation (images or videos), upscale, vary
         *     and video extension. `successFlag`: 0 generating, 1 success, 2 failed, 3 generation
         *     failed (task created, generation failed); 1-3 are terminal. The result files are listed
         *     in `resultInfoJson.resultUrls[].resultUrl` (4 images for an image generation) and kept
         *     for 15 days. Timestamps are ISO-8601 strings. The docs recommend polling every 30 s.
         *
         *     **Body `code` values** (HTTP 200): 200, 400, 401, 402, 404, 422, 429, 455, 500, 501,
         *     505.
         */
        get: operations["midjourneyRecordInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/modify/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Modify a video with Luma (deprecated)
         * @deprecated
         * @description **Deprecated:** the Luma docs pages were removed from docs.kie.ai in 2026; this
         *     operation is typed from the last published page and may stop working at any time.
         *
         *     Creates an asynchronous Luma Modify Video task that transforms the input video
         *     (`videoUrl`) as `prompt` describes, and returns its `taskId`. Input video: MP4, MOV or AVI,
         *     at most 500 MB and 10 seconds, publicly reachable. Prompts are English only. Processing
         *     typically takes 2-5 minutes for simple modifications, 5-15 minutes for complex
         *     transformations and 10-20 minutes for high-resolution videos.
         *
         *     Results arrive via the `onVideoGenerated` callback (`callBackUrl`, recommended) or by
         *     polling `lumaRecordInfo`. Generated videos are stored temporarily and may expire.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 402, 404, 422 (validation; also an invalid
         *     or unreachable video URL), 429, 455, 500, 501, 505. Creates have no idempotency key: do
         *     not blindly retry after a timeout.
         */
        post: operations["lumaModify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/modify/record-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Luma Modify details (deprecated)
         * @deprecated
         * @description **Deprecated:** the Luma docs pages were removed from docs.kie.ai in 2026; this
         *     operation is typed from the last published page and may stop working at any time.
         *
         *     Status and result of a Luma Modify Video task. `successFlag`: 0 GENERATING,
         *     1 SUCCESS, 2 CREATE_TASK_FAILED, 3 GENERATE_FAILED, 4 CALLBACK_FAILED (generation
         *     succeeded, the callback delivery failed: the result is in the record); 1-4 are terminal.
         *     On success `response.resultUrls` holds the generated videos (stored temporarily, they
         *     may expire) and `response.originUrls` the input. Timestamps are epoch milliseconds. The
         *     docs recommend polling every 30 s.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422, 429, 455, 500, 501.
         */
        get: operations["lumaRecordInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runway/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a Runway video
         * @description Creates an asynchronous Runway video task (5 or 10 seconds) and returns its `taskId`.
         *
         *     - **Text-to-video:** send `prompt`, `duration`, `quality` and `aspectRatio` (required
         *       without an image).
         *     - **Image-to-video:** add `imageUrl`; the image decides the aspect ratio (`aspectRatio` is
         *       ignored).
         *
         *     `quality` 1080p is only available for 5-second videos; 10-second videos are 720p.
         *     `waterMark` adds a text watermark (empty string: none). Generated videos are stored for
         *     14 days.
         *
         *     Results arrive via the `onVideoGenerated` callback (`callBackUrl`) or by polling
         *     `runwayRecordDetail` (the docs recommend every 30 s).
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422, 451 (image could not be fetched),
         *     455, 500. The HTTP-500 error body also lists 402, 408, 429, 501 and 505. Creates have no
         *     idempotency key: do not blindly retry after a timeout.
         */
        post: operations["runwayGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runway/record-detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Runway video details
         * @description Status and result of a Runway generation or extension task (`parentTaskId` names the
         *     original task of an extension).
         *
         *     `state`: `wait` (submitted, not yet queued), `queueing`, `generating`, `success`, `fail`;
         *     `success` and `fail` are terminal. On success `videoInfo` holds the video URL (valid for
         *     14 days) and its cover image; `expireFlag` becomes 1 once the video has expired. On failure
         *     `failCode` is 400 (content moderation, image format or size, membership or concurrency
         *     limit, prompt too long, upload failure) and `failMsg` explains it. No per-task query limit
         *     is documented; the docs suggest polling every 30 s.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422, 429, 451, 455, 500. The HTTP-500
         *     error body also lists 402, 408, 501 and 505.
         */
        get: operations["runwayRecordDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runway/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend a Runway video
         * @description Creates an asynchronous task that extends a video generated through the Runway API
         *     (`taskId` of the original task) with new content described by `prompt`, and returns the
         *     new `taskId`. The extension keeps the original aspect ratio and works best when it
         *     continues the same subject; extensions can be chained. Extended videos are stored for
         *     14 days.
         *
         *     Results arrive via the `onVideoExtended` callback (`callBackUrl`) or by polling
         *     `runwayRecordDetail` (its `parentTaskId` names the original task).
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422, 429, 451, 455, 500. The HTTP-500
         *     error body also lists 402, 408, 501 and 505. Creates have no idempotency key: do not
         *     blindly retry after a timeout.
         */
        post: operations["runwayExtend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aleph/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a Runway Aleph video
         * @description Creates an asynchronous video-to-video task with the Runway Aleph model and returns its
         *     `taskId`: the video at `videoUrl` is transformed as `prompt` describes. Optional:
         *     `aspectRatio`, `seed` (reproducible generation), `referenceImage` (style or content
         *     reference), `waterMark`, `uploadCn` (result storage region). Generated videos are valid
         *     for 14 days.
         *
         *     Results arrive via the `onVideoGenerated` callback (`callBackUrl`) or by polling
         *     `alephRecordInfo`.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422, 451 (file could not be fetched),
         *     455, 500. The HTTP-500 error body also lists 402, 408, 429, 501 and 505. Creates have no
         *     idempotency key: do not blindly retry after a timeout.
         */
        post: operations["alephGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aleph/record-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Runway Aleph video details
         * @description Status and result of a Runway Aleph task: generation parameters (`paramJson`), the video
         *     and thumbnail URLs (`response`, video valid for 14 days), timestamps and error details.
         *
         *     `successFlag`: 1 success; 0 failed or still in progress. A failed task carries a non-zero
         *     `errorCode` and an `errorMessage`; both are 0 / empty on success.
         *
         *     **Body `code` values** (HTTP 200): 200, 401, 404, 422, 429, 451, 455, 500. The HTTP-500
         *     error body also lists 402, 408, 501 and 505.
         */
        get: operations["alephRecordInfo"];
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
    veoCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Veo 3.1 task finished
         * @description KIE POSTs this JSON body to the `callBackUrl` given to `veoGenerate`, `veoExtend` or
         *     `veoGet4kVideo` when the task succeeds or fails. Answer HTTP 200 within 15 s; the same
         *     task may be delivered more than once, so handle it idempotently. `veoRecordInfo` remains
         *     the authority on the task's outcome.
         *
         *     Body `code`: 200 success; 400 prompt flagged by the content policy, English prompts only,
         *     image could not be fetched, unsafe image upload; 422 rejected upstream ("Your request
         *     was rejected by Flow(...)"); 500 internal error or timeout (4K: "The 4K version of this
         *     video is unavailable. Please try a different video."); 501 generation failed.
         */
        post: operations["veoCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    sunoCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suno music task stage reached
         * @description KIE POSTs this JSON body to the `callBackUrl` of every create of the music family
         *     (`sunoGenerate`, `sunoExtend`, `sunoUploadCover`, `sunoUploadExtend`,
         *     `sunoAddInstrumental`, `sunoAddVocals`, `sunoGenerateMashup`, `sunoGenerateSounds`,
         *     `sunoReplaceSection`) at each stage: `callbackType` `text` (text generated), `first`
         *     (first track complete), `complete` (all tracks complete); some tasks go straight to
         *     `complete`. Answer HTTP 200 within 15 s; the same task may be delivered more than once.
         *
         *     Body `code`: 200 success; 400 lyrics contained copyrighted material; 408 timeout; 413
         *     uploaded audio matches an existing work; 500 server error; 501 audio generation failed;
         *     531 generation failed, credits refunded.
         */
        post: operations["sunoCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    sunoLyricsCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suno lyrics task finished
         * @description KIE POSTs this JSON body once to the `callBackUrl` given to `sunoGenerateLyrics` when the
         *     lyrics are ready (`callbackType` is always `complete`), with every variation in
         *     `data.data`. Answer HTTP 200 within 15 s.
         *
         *     Body `code`: 200 success; 400 rephrase the description (it contained an artist name, was
         *     flagged for moderation, or no lyrics could be generated); 500 internal error.
         */
        post: operations["sunoLyricsCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    sunoWavCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suno WAV conversion finished
         * @description KIE POSTs this JSON body to the `callBackUrl` given to `sunoConvertToWav` when the WAV
         *     file is ready or the conversion failed. Answer HTTP 200 within 15 s.
         *
         *     Body `code`: 200 success; 500 internal error, try again later.
         */
        post: operations["sunoWavCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    sunoMusicVideoCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suno music video finished
         * @description KIE POSTs this JSON body to the `callBackUrl` given to `sunoCreateMusicVideo` when the
         *     video is ready or its creation failed. `video_url` is valid for 14 days. Answer HTTP 200
         *     within 15 s.
         *
         *     Body `code`: 200 success; 500 internal error, try again later. (The page's field
         *     description also calls 0 a success.)
         */
        post: operations["sunoMusicVideoCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    sunoCoverCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suno cover images finished
         * @description KIE POSTs this JSON body to the `callBackUrl` given to `sunoGenerateCover` when the cover
         *     images are ready or their generation failed. Image URLs are valid for 14 days. Answer
         *     HTTP 200 within 15 s.
         *
         *     Body `code`: 200 success; 500 internal error, try again later.
         */
        post: operations["sunoCoverCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    sunoVocalRemovalCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suno vocal separation finished
         * @description KIE POSTs this JSON body to the `callBackUrl` given to `sunoSeparateVocals` when the
         *     separation finishes. The fields of `vocal_separation_info` depend on the request's
         *     `type`: `separate_vocal` sends `vocal_url` and `instrumental_url`, `split_stem` one URL
         *     per instrument. Answer HTTP 200 within 15 s.
         *
         *     Body `code`: 200 success; 500 internal error, try again later.
         */
        post: operations["sunoVocalRemovalCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    midjourneyCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Midjourney task finished (deprecated)
         * @deprecated
         * @description **Deprecated:** the Midjourney docs pages were removed from docs.kie.ai in 2026; the
         *     Midjourney endpoints may stop working at any time.
         *
         *     KIE POSTs this JSON body to the `callBackUrl` given to `midjourneyGenerate`,
         *     `midjourneyUpscale`, `midjourneyVary` or `midjourneyExtendVideo` when the task succeeds or
         *     fails. Answer HTTP 200 within 15 s; the same task may be delivered more than once, so
         *     handle it idempotently. After a failed delivery the docs announce 3 retries, after 1, 5
         *     and 15 minutes; delivery stops after 3 consecutive failed retries. Result files are kept
         *     for 15 days.
         *
         *     Body `code`: 200 success; 500 generation failed or another internal error.
         */
        post: operations["midjourneyCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    lumaCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Luma Modify task finished (deprecated)
         * @deprecated
         * @description **Deprecated:** the Luma docs pages were removed from docs.kie.ai in 2026; the Luma
         *     endpoints may stop working at any time.
         *
         *     KIE POSTs this JSON body to the `callBackUrl` given to `lumaModify` when the video
         *     modification succeeds or fails. Answer HTTP 200 within 15 s; the same task may be
         *     delivered more than once, so handle it idempotently; delivery stops after 3 consecutive
         *     failed retries. Generated video URLs may expire: download them promptly.
         *
         *     Body `code`: 200 success; 500 the video modification failed.
         */
        post: operations["lumaCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    runwayCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Runway task finished
         * @description KIE POSTs this JSON body to the `callBackUrl` given to `runwayGenerate` or `runwayExtend`
         *     when the task succeeds or fails. Answer HTTP 200 within 15 s and do heavy work
         *     asynchronously; the same `task_id` may be delivered more than once, and delivery stops
         *     after 3 consecutive failed retries. `runwayRecordDetail` remains available as a fallback.
         *
         *     Body `code`: 200 success; 400 client error (get image info failed, inappropriate content,
         *     incorrect image format, membership or concurrency limit, unsupported width or height,
         *     upload failed, prompt caught by the AI moderator, prompt longer than 2048 characters, NSFW
         *     prompt); 500 server error. `data.video_url` (valid for 14 days) and `data.image_url` (cover)
         *     are empty or absent on failure.
         */
        post: operations["runwayCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    alephCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Runway Aleph task finished
         * @description KIE POSTs this JSON body to the `callBackUrl` given to `alephGenerate` when the task
         *     succeeds or fails. Answer HTTP 200 promptly and process asynchronously; handle repeated
         *     deliveries idempotently. `alephRecordInfo` remains available as a fallback.
         *
         *     Body `code`: 200 success; 400 failure (content policy or technical issue, e.g. "Your
         *     prompt was caught by our AI moderator"); the generate page also lists 500 (server error).
         *     On success `data.result_video_url` (valid for 14 days) and `data.result_image_url`
         *     (thumbnail); on failure `data` is null. The task id is the top-level `taskId`.
         */
        post: operations["alephCallback"];
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
         * @description Market model ids whose `input` this spec types: every model with a vendor
         *     createTask page (scripts/market-catalog.yaml). Any other id is still
         *     accepted by `GenericMarketTask`, with an untyped `input`. A spec test keeps
         *     this list equal to the `x-kie-model` schemas.
         * @enum {string}
         */
        KnownMarketModel: "bytedance/seedance-1.5-pro" | "bytedance/seedance-2" | "bytedance/seedance-2-5" | "bytedance/seedance-2-fast" | "bytedance/v1-lite-image-to-video" | "bytedance/v1-lite-text-to-video" | "bytedance/v1-pro-fast-image-to-video" | "bytedance/v1-pro-image-to-video" | "bytedance/v1-pro-text-to-video" | "elevenlabs/audio-isolation" | "elevenlabs/sound-effect-v2" | "elevenlabs/speech-to-text" | "elevenlabs/text-to-dialogue-v3" | "elevenlabs/text-to-speech-multilingual-v2" | "elevenlabs/text-to-speech-turbo-2-5" | "flux-2/flex-image-to-image" | "flux-2/flex-text-to-image" | "flux-2/pro-image-to-image" | "flux-2/pro-text-to-image" | "gemini-omni-video" | "google/gemini-3-1-flash-tts" | "google/imagen4" | "google/imagen4-fast" | "google/imagen4-ultra" | "google/nano-banana" | "google/nano-banana-edit" | "nano-banana-2" | "nano-banana-pro" | "gpt-image-2-image-to-image" | "gpt-image-2-text-to-image" | "gpt-image/1.5-image-to-image" | "gpt-image/1.5-text-to-image" | "grok-imagine/extend" | "grok-imagine/image-to-image" | "grok-imagine/image-to-video" | "grok-imagine/text-to-image" | "grok-imagine/text-to-video" | "grok-imagine/upscale" | "hailuo/02-image-to-video-pro" | "hailuo/02-image-to-video-standard" | "hailuo/02-text-to-video-pro" | "hailuo/02-text-to-video-standard" | "hailuo/2-3-image-to-video-pro" | "hailuo/2-3-image-to-video-standard" | "happyhorse-1-1/image-to-video" | "happyhorse/image-to-video" | "happyhorse/reference-to-video" | "happyhorse/text-to-video" | "happyhorse/video-edit" | "ideogram/character" | "ideogram/character-edit" | "ideogram/character-remix" | "ideogram/v3-edit" | "ideogram/v3-reframe" | "ideogram/v3-remix" | "ideogram/v3-text-to-image" | "infinitalk/from-audio" | "kling-2.6/image-to-video" | "kling-2.6/motion-control" | "kling-2.6/text-to-video" | "kling-3.0-omni/image-to-video" | "kling-3.0-omni/text-to-video" | "kling-3.0/motion-control" | "kling-3.0/video" | "kling/ai-avatar-pro" | "kling/ai-avatar-standard" | "kling/v2-1-master-image-to-video" | "kling/v2-1-master-text-to-video" | "kling/v2-1-pro" | "kling/v2-1-standard" | "kling/v2-5-turbo-image-to-video-pro" | "kling/v2-5-turbo-text-to-video-pro" | "omnihuman-1-5/human-identification" | "pixverse-v6/extend" | "qwen/image-edit" | "qwen/image-to-image" | "qwen/text-to-image" | "qwen2/image-edit" | "qwen2/text-to-image" | "recraft/crisp-upscale" | "recraft/remove-background" | "bytedance/seedream" | "bytedance/seedream-v4-edit" | "bytedance/seedream-v4-text-to-image" | "seedream/4.5-edit" | "seedream/4.5-text-to-image" | "seedream/5-lite-image-to-image" | "seedream/5-lite-text-to-image" | "sora-2-characters" | "sora-2-characters-pro" | "sora-2-image-to-video" | "sora-2-pro-image-to-video" | "sora-2-pro-storyboard" | "sora-2-pro-text-to-video" | "sora-2-text-to-video" | "sora-watermark-remover" | "topaz/image-upscale" | "topaz/video-upscale" | "wan/2-2-a14b-image-to-video-turbo" | "wan/2-2-a14b-speech-to-video-turbo" | "wan/2-2-a14b-text-to-video-turbo" | "wan/2-2-animate-move" | "wan/2-2-animate-replace" | "wan/2-5-image-to-video" | "wan/2-5-text-to-video" | "wan/2-6-flash-image-to-video" | "wan/2-6-flash-video-to-video" | "wan/2-6-image-to-video" | "wan/2-6-text-to-video" | "wan/2-6-video-to-video" | "wan/2-7-image" | "wan/2-7-image-pro" | "wan/2-7-image-to-video" | "wan/2-7-r2v" | "wan/2-7-text-to-video" | "wan/2-7-videoedit" | "wan/3-0-video" | "wan/3-0-video-prime" | "z-image";
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
        MarketCreateTaskRequest: components["schemas"]["BytedanceSeedance15ProTask"] | components["schemas"]["BytedanceSeedance2Task"] | components["schemas"]["BytedanceSeedance25Task"] | components["schemas"]["BytedanceSeedance2FastTask"] | components["schemas"]["BytedanceV1LiteImageToVideoTask"] | components["schemas"]["BytedanceV1LiteTextToVideoTask"] | components["schemas"]["BytedanceV1ProFastImageToVideoTask"] | components["schemas"]["BytedanceV1ProImageToVideoTask"] | components["schemas"]["BytedanceV1ProTextToVideoTask"] | components["schemas"]["ElevenlabsAudioIsolationTask"] | components["schemas"]["ElevenlabsSoundEffectV2Task"] | components["schemas"]["ElevenlabsSpeechToTextTask"] | components["schemas"]["ElevenlabsTextToDialogueV3Task"] | components["schemas"]["ElevenlabsTextToSpeechMultilingualV2Task"] | components["schemas"]["ElevenlabsTextToSpeechTurbo25Task"] | components["schemas"]["Flux2FlexImageToImageTask"] | components["schemas"]["Flux2FlexTextToImageTask"] | components["schemas"]["Flux2ProImageToImageTask"] | components["schemas"]["Flux2ProTextToImageTask"] | components["schemas"]["GeminiOmniVideoTask"] | components["schemas"]["GoogleGemini31FlashTtsTask"] | components["schemas"]["GoogleImagen4Task"] | components["schemas"]["GoogleImagen4FastTask"] | components["schemas"]["GoogleImagen4UltraTask"] | components["schemas"]["GoogleNanoBananaTask"] | components["schemas"]["GoogleNanoBananaEditTask"] | components["schemas"]["NanoBanana2Task"] | components["schemas"]["NanoBananaProTask"] | components["schemas"]["GptImage2ImageToImageTask"] | components["schemas"]["GptImage2TextToImageTask"] | components["schemas"]["GptImage15ImageToImageTask"] | components["schemas"]["GptImage15TextToImageTask"] | components["schemas"]["GrokImagineExtendTask"] | components["schemas"]["GrokImagineImageToImageTask"] | components["schemas"]["GrokImagineImageToVideoTask"] | components["schemas"]["GrokImagineTextToImageTask"] | components["schemas"]["GrokImagineTextToVideoTask"] | components["schemas"]["GrokImagineUpscaleTask"] | components["schemas"]["Hailuo02ImageToVideoProTask"] | components["schemas"]["Hailuo02ImageToVideoStandardTask"] | components["schemas"]["Hailuo02TextToVideoProTask"] | components["schemas"]["Hailuo02TextToVideoStandardTask"] | components["schemas"]["Hailuo23ImageToVideoProTask"] | components["schemas"]["Hailuo23ImageToVideoStandardTask"] | components["schemas"]["Happyhorse11ImageToVideoTask"] | components["schemas"]["HappyhorseImageToVideoTask"] | components["schemas"]["HappyhorseReferenceToVideoTask"] | components["schemas"]["HappyhorseTextToVideoTask"] | components["schemas"]["HappyhorseVideoEditTask"] | components["schemas"]["IdeogramCharacterTask"] | components["schemas"]["IdeogramCharacterEditTask"] | components["schemas"]["IdeogramCharacterRemixTask"] | components["schemas"]["IdeogramV3EditTask"] | components["schemas"]["IdeogramV3ReframeTask"] | components["schemas"]["IdeogramV3RemixTask"] | components["schemas"]["IdeogramV3TextToImageTask"] | components["schemas"]["InfinitalkFromAudioTask"] | components["schemas"]["Kling26ImageToVideoTask"] | components["schemas"]["Kling26MotionControlTask"] | components["schemas"]["Kling26TextToVideoTask"] | components["schemas"]["Kling30OmniImageToVideoTask"] | components["schemas"]["Kling30OmniTextToVideoTask"] | components["schemas"]["Kling30MotionControlTask"] | components["schemas"]["Kling30VideoTask"] | components["schemas"]["KlingAiAvatarProTask"] | components["schemas"]["KlingAiAvatarStandardTask"] | components["schemas"]["KlingV21MasterImageToVideoTask"] | components["schemas"]["KlingV21MasterTextToVideoTask"] | components["schemas"]["KlingV21ProTask"] | components["schemas"]["KlingV21StandardTask"] | components["schemas"]["KlingV25TurboImageToVideoProTask"] | components["schemas"]["KlingV25TurboTextToVideoProTask"] | components["schemas"]["Omnihuman15HumanIdentificationTask"] | components["schemas"]["PixverseV6ExtendTask"] | components["schemas"]["QwenImageEditTask"] | components["schemas"]["QwenImageToImageTask"] | components["schemas"]["QwenTextToImageTask"] | components["schemas"]["Qwen2ImageEditTask"] | components["schemas"]["Qwen2TextToImageTask"] | components["schemas"]["RecraftCrispUpscaleTask"] | components["schemas"]["RecraftRemoveBackgroundTask"] | components["schemas"]["BytedanceSeedreamTask"] | components["schemas"]["BytedanceSeedreamV4EditTask"] | components["schemas"]["BytedanceSeedreamV4TextToImageTask"] | components["schemas"]["Seedream45EditTask"] | components["schemas"]["Seedream45TextToImageTask"] | components["schemas"]["Seedream5LiteImageToImageTask"] | components["schemas"]["Seedream5LiteTextToImageTask"] | components["schemas"]["Sora2CharactersTask"] | components["schemas"]["Sora2CharactersProTask"] | components["schemas"]["Sora2ImageToVideoTask"] | components["schemas"]["Sora2ProImageToVideoTask"] | components["schemas"]["Sora2ProStoryboardTask"] | components["schemas"]["Sora2ProTextToVideoTask"] | components["schemas"]["Sora2TextToVideoTask"] | components["schemas"]["SoraWatermarkRemoverTask"] | components["schemas"]["TopazImageUpscaleTask"] | components["schemas"]["TopazVideoUpscaleTask"] | components["schemas"]["Wan22A14bImageToVideoTurboTask"] | components["schemas"]["Wan22A14bSpeechToVideoTurboTask"] | components["schemas"]["Wan22A14bTextToVideoTurboTask"] | components["schemas"]["Wan22AnimateMoveTask"] | components["schemas"]["Wan22AnimateReplaceTask"] | components["schemas"]["Wan25ImageToVideoTask"] | components["schemas"]["Wan25TextToVideoTask"] | components["schemas"]["Wan26FlashImageToVideoTask"] | components["schemas"]["Wan26FlashVideoToVideoTask"] | components["schemas"]["Wan26ImageToVideoTask"] | components["schemas"]["Wan26TextToVideoTask"] | components["schemas"]["Wan26VideoToVideoTask"] | components["schemas"]["Wan27ImageTask"] | components["schemas"]["Wan27ImageProTask"] | components["schemas"]["Wan27ImageToVideoTask"] | components["schemas"]["Wan27R2vTask"] | components["schemas"]["Wan27TextToVideoTask"] | components["schemas"]["Wan27VideoeditTask"] | components["schemas"]["Wan30VideoTask"] | components["schemas"]["Wan30VideoPrimeTask"] | components["schemas"]["ZImageTask"] | components["schemas"]["GenericMarketTask"];
        /**
         * GenericMarketTask
         * @description Any Market model this spec does not type: models KIE added after this spec
         *     was written, and catalog ids without a published createTask page. `input`
         *     is passed through as-is; see the model's page on docs.kie.ai for its
         *     fields.
         */
        GenericMarketTask: {
            /**
             * @description Market model id of a model this spec does not type yet (e.g. one KIE added after it). Must not be one of the typed ids (`KnownMarketModel`).
             * @example kling-4.0/video
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
         * BytedanceSeedance15ProInput
         * @description `input` for `bytedance/seedance-1.5-pro` (Bytedance Seedance 1.5 Pro). Input parameters for the generation task.
         */
        BytedanceSeedance15ProInput: {
            /** @description The text prompt used to generate the video. Required field. (Min length: 3, Max length: 2500 characters) */
            prompt: string;
            /**
             * @description URLs of input images for image-to-video generation. Optional field.
             *
             *     - Accepts 0-2 images
             *     - If not provided, the model will perform text-to-video generation
             *     - File URLs after upload, not file content
             *     - Accepted types: image/jpeg, image/png, image/webp
             *     - Max size per image: 10.0MB
             */
            input_urls?: string[];
            /**
             * @description Video aspect ratio configuration. Required field.
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            /**
             * @description Duration of the video in seconds
             * @enum {string}
             */
            duration?: "4" | "8" | "12";
            /**
             * @description Seedance adds dynamic camera movement. Enable this feature to lock the camera for stable, static shots.
             *
             *     - **true**: Lock camera for static shots
             *     - **false**: Allow dynamic camera movement
             * @default false
             */
            fixed_lens?: boolean;
            /**
             * @description Whether to generate audio for the video.
             *
             *     - **true**: Generate with audio (higher cost)
             *     - **false**: Generate without audio
             *
             *     Note: Enabling audio will increase the generation cost
             * @default false
             */
            generate_audio?: boolean;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * BytedanceSeedance15ProTask
         * @description Bytedance Seedance 1.5 Pro (`bytedance/seedance-1.5-pro`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "bytedance/seedance-1.5-pro",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky",
         *         "input_urls": [
         *           "https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png"
         *         ],
         *         "aspect_ratio": "1:1",
         *         "resolution": "720p",
         *         "duration": "8",
         *         "fixed_lens": false,
         *         "generate_audio": false,
         *         "nsfw_checker": false
         *       }
         *     }
         */
        BytedanceSeedance15ProTask: {
            /** @constant */
            model: "bytedance/seedance-1.5-pro";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedance15ProInput"];
        };
        /**
         * BytedanceSeedance2Input
         * @description `input` for `bytedance/seedance-2` (Bytedance Seedance 2.0). Input parameters for the generation task.
         */
        BytedanceSeedance2Input: {
            /** @description The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters) */
            prompt?: string;
            /**
             * Format: uri
             * @description First frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             */
            first_frame_url?: string;
            /**
             * Format: uri
             * @description End frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             */
            last_frame_url?: string;
            /**
             * @description Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
             *     Single image requirements:
             *     Format: jpeg, png, webp, bmp, tiff, gif.
             *     Aspect ratio (width/height): (0.4, 2.5)
             *     Width and height (px): (300, 6000)
             *     Size: Single image less than 30 MB.
             *     Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 9..
             */
            reference_image_urls?: string[];
            /**
             * @description Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) .
             *     Single video requirements:
             *     Video format: mp4, mov.
             *     Resolution: 480p, 720p
             *     Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not exceeding 15 seconds.
             *     Dimensions:
             *     Aspect ratio (width/height): [0.4, 2.5]
             *     Width/height (px): [300, 6000]
             *     Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408].
             *     Size: Single video not exceeding 50 MB.
             *     Frame rate (FPS): [24, 60]
             */
            reference_video_urls?: string[];
            /**
             * @description Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) .
             *     Single audio requirements:
             *     Format: wav, mp3
             *     Duration: Single audio duration [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s.
             *     Size: Single audio file size not exceeding 15 MB.
             */
            reference_audio_urls?: string[];
            /**
             * @deprecated
             * @description Whether to return the last frame of the video as an image.
             * @default false
             */
            return_last_frame?: boolean;
            /**
             * @description Whether to generate audio for the video.
             *
             *     - **true**: Generate with audio
             *     - **false**: Generate without audio
             * @default true
             */
            generate_audio?: boolean;
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance, 1080p for High-quality video, 4K Ultra-High Definition, delivering perfect visual details.
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p" | "4k";
            /**
             * @description Video aspect ratio configuration. Required field.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "adaptive";
            /**
             * @description Video duration in 4-15 seconds or -1.
             * @default 5
             */
            duration?: number;
            /** @description Use online search */
            web_search?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
        };
        /**
         * BytedanceSeedance2Task
         * @description Bytedance Seedance 2.0 (`bytedance/seedance-2`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "bytedance/seedance-2",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky",
         *         "first_frame_url": "https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png",
         *         "last_frame_url": "https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png",
         *         "reference_image_urls": [
         *           "https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"
         *         ],
         *         "reference_video_urls": [
         *           "https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"
         *         ],
         *         "reference_audio_urls": [
         *           "https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"
         *         ],
         *         "return_last_frame": false,
         *         "generate_audio": false,
         *         "resolution": "720p",
         *         "aspect_ratio": "16:9",
         *         "duration": 15,
         *         "web_search": false
         *       }
         *     }
         */
        BytedanceSeedance2Task: {
            /** @constant */
            model: "bytedance/seedance-2";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedance2Input"];
        };
        /**
         * BytedanceSeedance25Input
         * @description `input` for `bytedance/seedance-2-5` (Bytedance Seedance 2.5). Input parameters for the generation task.
         */
        BytedanceSeedance25Input: {
            /** @description The text prompt used to generate the video.. ( Max length: 30000 characters) */
            prompt?: string;
            /**
             * Format: uri
             * @description First frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             *     Cannot be used simultaneously with reference_image_urls, reference_video_urls, or reference_audio_urls.
             */
            first_frame_url?: string;
            /**
             * Format: uri
             * @description End frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             *     last_frame_url cannot be passed alone; first_frame_url must be provided together with it.
             */
            last_frame_url?: string;
            /**
             * @description Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
             *     Single image requirements:
             *     Format: jpeg, png, webp, bmp, tiff, gif.
             *     Aspect ratio (width/height): (0.4, 2.5)
             *     Width and height (px): (300, 6000)
             *     Size: Single image less than 30 MB.
             *     Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 30.
             *     Mutually exclusive with the first/last-frame scenario;
             */
            reference_image_urls?: string[];
            /**
             * @description Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) .
             *     Single video requirements:
             *     Video format: mp4, mov.
             *     Resolution: 480p, 720p
             *     Dimensions:
             *     Aspect ratio (width/height): [0.4, 2.5]
             *     Width/height (px): [300, 6000]
             *     Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408].
             *     Size: Single video not exceeding 200 MB.
             *     Frame rate (FPS): [24, 60]
             *     Single video duration: [2, 30] seconds;
             *     Mutually exclusive with the first/last-frame scenario; Total duration of reference videos must not exceed 30 seconds.
             */
            reference_video_urls?: string[];
            /**
             * @description Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) .
             *     Single audio requirements:
             *     Format: wav, mp3
             *     Size: Single audio file size not exceeding 15 MB.
             *     Single audio duration: [2, 30] seconds;
             *     Mutually exclusive with the first/last-frame scenario; Total duration of reference videos must not exceed 30 seconds.
             */
            reference_audio_urls?: string[];
            /**
             * @description Whether to return the last frame of the video. When draft=true, this parameter cannot be set to true.
             * @default false
             */
            return_last_frame?: boolean;
            /**
             * @description Whether to generate audio for the video.
             *
             *     - **true**: Generate with audio (higher cost)
             *     - **false**: Generate without audio
             *
             *     Note: Enabling audio will increase the generation cost
             * @default true
             */
            generate_audio?: boolean;
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance.
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            /**
             * @description Video aspect ratio configuration.
             * @default adaptive
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "adaptive";
            /**
             * @description Video duration in 4-30 seconds.
             *     Special values -1:
             *      Pass -1 for automatic duration selection — the model picks a suitable duration itself (for video-editing tasks, it matches the input video's length; for other task types, it selects within the valid range), instead of you specifying an exact value.
             * @default 5
             */
            duration?: number;
            /**
             * @description Video output format.
             * @default mp4
             * @enum {string}
             */
            output_format?: "mp4" | "mov";
            /** @description Enable online search? */
            web_search?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
        };
        /**
         * BytedanceSeedance25Task
         * @description Bytedance Seedance 2.5 (`bytedance/seedance-2-5`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "bytedance/seedance-2-5",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky",
         *         "reference_image_urls": [
         *           "https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"
         *         ],
         *         "reference_video_urls": [
         *           "https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"
         *         ],
         *         "reference_audio_urls": [
         *           "https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"
         *         ],
         *         "return_last_frame": false,
         *         "generate_audio": false,
         *         "resolution": "720p",
         *         "aspect_ratio": "16:9",
         *         "duration": 15
         *       }
         *     }
         */
        BytedanceSeedance25Task: {
            /** @constant */
            model: "bytedance/seedance-2-5";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedance25Input"];
        };
        /**
         * BytedanceSeedance2FastInput
         * @description `input` for `bytedance/seedance-2-fast` (Bytedance Seedance 2.0 Fast). Input parameters for the generation task.
         */
        BytedanceSeedance2FastInput: {
            /** @description The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters) */
            prompt?: string;
            /**
             * Format: uri
             * @description First frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             */
            first_frame_url?: string;
            /**
             * Format: uri
             * @description End frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             */
            last_frame_url?: string;
            /**
             * @description Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
             *     Single image requirements:
             *     Format: jpeg, png, webp, bmp, tiff, gif.
             *     Aspect ratio (width/height): (0.4, 2.5)
             *     Width and height (px): (300, 6000)
             *     Size: Single image less than 30 MB.
             *     Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 9..
             */
            reference_image_urls?: string[];
            /**
             * @description Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
             *     Single video requirements:
             *     Video format: mp4, mov.
             *     Resolution: 480p, 720p
             *     Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not exceeding 15 seconds.
             *     Dimensions:
             *     Aspect ratio (width/height): [0.4, 2.5]
             *     Width/height (px): [300, 6000]
             *     Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408].
             *     Size: Single video not exceeding 50 MB.
             *     Frame rate (FPS): [24, 60]
             */
            reference_video_urls?: string[];
            /**
             * @description Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
             *     Single audio requirements:
             *     Format: wav, mp3
             *     Duration: Single audio duration [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s.
             *     Size: Single audio file size not exceeding 15 MB.
             */
            reference_audio_urls?: string[];
            /**
             * @deprecated
             * @description Whether to return the last frame of the video as an image.
             * @default false
             */
            return_last_frame?: boolean;
            /**
             * @description Whether to generate audio for the video.
             *
             *     - **true**: Generate with audio
             *     - **false**: Generate without audio
             *
             *     Note: Enabling audio will increase the generation cost
             * @default true
             */
            generate_audio?: boolean;
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            /**
             * @description Video aspect ratio configuration. Required field.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "adaptive";
            /**
             * @description Video duration in 4-15 seconds.
             * @default 5
             */
            duration?: number;
            /** @description Use online search */
            web_search?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * BytedanceSeedance2FastTask
         * @description Bytedance Seedance 2.0 Fast (`bytedance/seedance-2-fast`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "bytedance/seedance-2-fast",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky",
         *         "first_frame_url": "https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png",
         *         "last_frame_url": "https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png",
         *         "reference_image_urls": [
         *           "https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"
         *         ],
         *         "reference_video_urls": [
         *           "https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"
         *         ],
         *         "reference_audio_urls": [
         *           "https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"
         *         ],
         *         "return_last_frame": false,
         *         "generate_audio": false,
         *         "resolution": "720p",
         *         "aspect_ratio": "16:9",
         *         "duration": 15,
         *         "web_search": false
         *       }
         *     }
         */
        BytedanceSeedance2FastTask: {
            /** @constant */
            model: "bytedance/seedance-2-fast";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedance2FastInput"];
        };
        /**
         * BytedanceV1LiteImageToVideoInput
         * @description `input` for `bytedance/v1-lite-image-to-video` (Bytedance - V1 Lite Image to Video). Input parameters for the generation task.
         */
        BytedanceV1LiteImageToVideoInput: {
            /** @description The text prompt used to generate the video (Max length: 10000 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description The URL of the image used to generate video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description Video resolution - 480p for faster generation, 720p for higher quality
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            /**
             * @description Duration of the video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /** @description Whether to fix the camera position (Boolean value (true/false)) */
            camera_fixed?: boolean;
            /**
             * @description Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1) (step: 1)
             * @default -1
             */
            seed?: number;
            /** @description The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false)) */
            enable_safety_checker?: boolean;
            /** @description The URL of the image the video ends with. Defaults to None. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            end_image_url?: string;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * BytedanceV1LiteImageToVideoTask
         * @description Bytedance - V1 Lite Image to Video (`bytedance/v1-lite-image-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "bytedance/v1-lite-image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Multiple shots. A traveler crosses an endless desert toward a glowing archway. [Cut to] His cloak whips in the wind as he reaches the massive stone threshold. [Wide shot] He steps through — and vanishes into a burst of light",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/17550783375205e9woshz.png",
         *         "resolution": "720p",
         *         "duration": "5",
         *         "camera_fixed": false,
         *         "seed": -1,
         *         "enable_safety_checker": true,
         *         "end_image_url": "",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        BytedanceV1LiteImageToVideoTask: {
            /** @constant */
            model: "bytedance/v1-lite-image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceV1LiteImageToVideoInput"];
        };
        /**
         * BytedanceV1LiteTextToVideoInput
         * @description `input` for `bytedance/v1-lite-text-to-video` (Bytedance - V1 Lite Text to Video). Input parameters for the generation task.
         */
        BytedanceV1LiteTextToVideoInput: {
            /** @description The text prompt used to generate the video (Max length: 10000 characters) */
            prompt: string;
            /**
             * @description The aspect ratio of the generated video
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "4:3" | "1:1" | "3:4" | "9:16" | "9:21";
            /**
             * @description Video resolution - 480p for faster generation, 720p for higher quality
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            /**
             * @description Duration of the video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /** @description Whether to fix the camera position (Boolean value (true/false)) */
            camera_fixed?: boolean;
            /** @description Random seed to control video generation. Use -1 for random. */
            seed?: number;
            /** @description The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false)) */
            enable_safety_checker?: boolean;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * BytedanceV1LiteTextToVideoTask
         * @description Bytedance - V1 Lite Text to Video (`bytedance/v1-lite-text-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "bytedance/v1-lite-text-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Wide-angle shot: A serene sailing boat gently sways in the harbor at dawn, surrounded by soft Impressionist hues of pink and orange with ivory accents. The camera slowly pans across the scene, capturing the delicate reflections on the water and the intricate details of the boat's sails as the light gradually brightens.",
         *         "aspect_ratio": "16:9",
         *         "resolution": "720p",
         *         "duration": "5",
         *         "camera_fixed": false,
         *         "seed": 91466377,
         *         "enable_safety_checker": true,
         *         "nsfw_checker": false
         *       }
         *     }
         */
        BytedanceV1LiteTextToVideoTask: {
            /** @constant */
            model: "bytedance/v1-lite-text-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceV1LiteTextToVideoInput"];
        };
        /**
         * BytedanceV1ProFastImageToVideoInput
         * @description `input` for `bytedance/v1-pro-fast-image-to-video` (Bytedance V1 Pro Fast Image to Video). Input parameters for the generation task.
         */
        BytedanceV1ProFastImageToVideoInput: {
            /** @description The text prompt used to generate the video (Max length: 10000 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description The URL of the image used to generate video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
             * @default 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Duration of the video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * BytedanceV1ProFastImageToVideoTask
         * @description Bytedance V1 Pro Fast Image to Video (`bytedance/v1-pro-fast-image-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "bytedance/v1-pro-fast-image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A cinematic close-up sequence of a single elegant ceramic coffee cup with saucer on a rustic wooden table near a sunlit window, hot rich espresso poured in a thin golden stream from above, gradually filling the cup in distinct stages: empty with faint steam, 1/4 filled with dark crema, half-filled with swirling coffee and rising steam, 3/4 filled nearing the rim, perfectly full just below overflow with glossy surface and soft bokeh highlights; ultra-realistic, warm golden-hour light, shallow depth of field, photorealism, detailed textures, subtle steam wisps, serene inviting atmosphere --ar 16:9 --q 2 --style raw",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1762340693669m6sey187.webp",
         *         "resolution": "720p",
         *         "duration": "5",
         *         "nsfw_checker": true
         *       }
         *     }
         */
        BytedanceV1ProFastImageToVideoTask: {
            /** @constant */
            model: "bytedance/v1-pro-fast-image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceV1ProFastImageToVideoInput"];
        };
        /**
         * BytedanceV1ProImageToVideoInput
         * @description `input` for `bytedance/v1-pro-image-to-video` (Bytedance V1 Pro Image to Video). Input parameters for the generation task.
         */
        BytedanceV1ProImageToVideoInput: {
            /** @description The text prompt used to generate the video (Max length: 10000 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description The URL of the image used to generate video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            /**
             * @description Duration of the video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /** @description Whether to fix the camera position (Boolean value (true/false)) */
            camera_fixed?: boolean;
            /**
             * @description Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1) (step: 1)
             * @default -1
             */
            seed?: number;
            /** @description The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false)) */
            enable_safety_checker?: boolean;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * BytedanceV1ProImageToVideoTask
         * @description Bytedance V1 Pro Image to Video (`bytedance/v1-pro-image-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "bytedance/v1-pro-image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A golden retriever dashing through shallow surf at the beach, back angle camera low near waterline, splashes frozen in time, blur trails in waves and paws, afternoon sun glinting off wet fur, overcast day, dramatic clouds",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1755179021328w1nhip18.webp",
         *         "resolution": "720p",
         *         "duration": "5",
         *         "camera_fixed": false,
         *         "seed": -1,
         *         "enable_safety_checker": true,
         *         "nsfw_checker": true
         *       }
         *     }
         */
        BytedanceV1ProImageToVideoTask: {
            /** @constant */
            model: "bytedance/v1-pro-image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceV1ProImageToVideoInput"];
        };
        /**
         * BytedanceV1ProTextToVideoInput
         * @description `input` for `bytedance/v1-pro-text-to-video` (Bytedance - V1 Pro Text to Video). Input parameters for the generation task.
         */
        BytedanceV1ProTextToVideoInput: {
            /** @description The text prompt used to generate the video (Max length: 10000 characters) */
            prompt: string;
            /**
             * @description The aspect ratio of the generated video
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "21:9" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            /**
             * @description Duration of the video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /** @description Whether to fix the camera position (Boolean value (true/false)) */
            camera_fixed?: boolean;
            /**
             * @description Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1) (step: 1)
             * @default -1
             */
            seed?: number;
            /** @description The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false)) */
            enable_safety_checker?: boolean;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * BytedanceV1ProTextToVideoTask
         * @description Bytedance - V1 Pro Text to Video (`bytedance/v1-pro-text-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "bytedance/v1-pro-text-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A boy with curly hair and a backpack rides a bike down a golden-lit rural road at sunset.\n[Cut to] He slows down and looks toward a field of tall grass.\n[Wide shot] His silhouette halts in the orange haze.",
         *         "aspect_ratio": "16:9",
         *         "resolution": "720p",
         *         "duration": "5",
         *         "camera_fixed": false,
         *         "seed": -1,
         *         "enable_safety_checker": true,
         *         "nsfw_checker": false
         *       }
         *     }
         */
        BytedanceV1ProTextToVideoTask: {
            /** @constant */
            model: "bytedance/v1-pro-text-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceV1ProTextToVideoInput"];
        };
        /**
         * ElevenlabsAudioIsolationInput
         * @description `input` for `elevenlabs/audio-isolation` (elevenlabs/audio-isolation). Input parameters for the generation task.
         */
        ElevenlabsAudioIsolationInput: {
            /**
             * Format: uri
             * @description URL of the audio file to isolate voice from (File URL after upload, not file content; Accepted types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; Max size: 10.0MB)
             */
            audio_url: string;
        };
        /**
         * ElevenlabsAudioIsolationTask
         * @description elevenlabs/audio-isolation (`elevenlabs/audio-isolation`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "elevenlabs/audio-isolation",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "audio_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1756964657418ljw1jbzr.mp3"
         *       }
         *     }
         */
        ElevenlabsAudioIsolationTask: {
            /** @constant */
            model: "elevenlabs/audio-isolation";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["ElevenlabsAudioIsolationInput"];
        };
        /**
         * ElevenlabsSoundEffectV2Input
         * @description `input` for `elevenlabs/sound-effect-v2` (elevenlabs/sound-effect-v2). Input parameters for the generation task.
         */
        ElevenlabsSoundEffectV2Input: {
            /** @description The text describing the sound effect to generate (Max length: 5000 characters) */
            text: string;
            /** @description Whether to create a sound effect that loops smoothly (Boolean value (true/false)) */
            loop?: boolean;
            /** @description Duration in seconds (0.5-22). If None, optimal duration will be determined from prompt (Min: 0.5, Max: 22, Step: 0.1) (step: 0.1) */
            duration_seconds?: number;
            /**
             * @description How closely to follow the prompt (0-1). Higher values mean less variation (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
             * @default 0.3
             */
            prompt_influence?: number;
            /**
             * @description Output format of the generated audio. Formatted as codec_sample_rate_bitrate
             * @default mp3_44100_128
             * @enum {string}
             */
            output_format?: "mp3_22050_32" | "mp3_44100_32" | "mp3_44100_64" | "mp3_44100_96" | "mp3_44100_128" | "mp3_44100_192" | "pcm_8000" | "pcm_16000" | "pcm_22050" | "pcm_24000" | "pcm_44100" | "pcm_48000" | "ulaw_8000" | "alaw_8000" | "opus_48000_32" | "opus_48000_64" | "opus_48000_96" | "opus_48000_128" | "opus_48000_192";
        };
        /**
         * ElevenlabsSoundEffectV2Task
         * @description elevenlabs/sound-effect-v2 (`elevenlabs/sound-effect-v2`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "elevenlabs/sound-effect-v2",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "text": "",
         *         "loop": false,
         *         "prompt_influence": 0.3,
         *         "output_format": "mp3_44100_128"
         *       }
         *     }
         */
        ElevenlabsSoundEffectV2Task: {
            /** @constant */
            model: "elevenlabs/sound-effect-v2";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["ElevenlabsSoundEffectV2Input"];
        };
        /**
         * ElevenlabsSpeechToTextInput
         * @description `input` for `elevenlabs/speech-to-text` (elevenlabs/speech-to-text). Input parameters for the generation task.
         */
        ElevenlabsSpeechToTextInput: {
            /**
             * Format: uri
             * @description URL of the audio file to transcribe (File URL after upload, not file content; Accepted types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp3, audio/ogg; Max size: 200.0MB)
             */
            audio_url: string;
            /** @description Language code of the audio (Max length: 500 characters) */
            language_code?: string;
            /** @description Tag audio events like laughter, applause, etc. (Boolean value (true/false)) */
            tag_audio_events?: boolean;
            /** @description Whether to annotate who is speaking (Boolean value (true/false)) */
            diarize?: boolean;
        };
        /**
         * ElevenlabsSpeechToTextTask
         * @description elevenlabs/speech-to-text (`elevenlabs/speech-to-text`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "elevenlabs/speech-to-text",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "audio_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1757157053357tn37vxc8.mp3",
         *         "language_code": "",
         *         "tag_audio_events": true,
         *         "diarize": true
         *       }
         *     }
         */
        ElevenlabsSpeechToTextTask: {
            /** @constant */
            model: "elevenlabs/speech-to-text";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["ElevenlabsSpeechToTextInput"];
        };
        /**
         * ElevenlabsTextToDialogueV3Input
         * @description `input` for `elevenlabs/text-to-dialogue-v3` (elevenlabs/text-to-dialogue-v3). Input parameters for the generation task.
         */
        ElevenlabsTextToDialogueV3Input: {
            /** @description Array of dialogue items. Each item contains text and voice. The total character count of all text fields combined must not exceed 5000 characters. */
            dialogue: {
                /** @description The dialogue text content. All text fields in the dialogue array combined must not exceed 5000 characters. */
                text: string;
                /**
                 * @description The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdraw.com/elevenlabs/voice/N2lVS1w4EtoT3dr4eOWO.mp3
                 *
                 *     Available voices:
                 *
                 *     EkK5I93UQWFDigLMpZcX - James - Husky, Engaging and Bold
                 *     Z3R5wn05IrDiVCyEkUrK - Arabella - Mysterious and Emotive
                 *     NNl6r8mD7vthiJatiJt1 - Bradford - Expressive and Articulate
                 *     YOq2y2Up4RgXP2HyXjE5 - Xavier - Dominating, Metallic Announcer
                 *     B8gJV1IhpuegLxdpXFOE - Kuon - Cheerful, Clear and Steady
                 *     2zRM7PkgwBPiau2jvVXc - Monika Sogam - Deep and Natural
                 *     1SM7GgM6IMuvQlz2BwM3 - Mark - Casual, Relaxed and Light
                 *     5l5f8iK3YPeGga21rQIX - Adeline - Feminine and Conversational
                 *     scOwDtmlUjD3prqpp97I - Sam - Support Agent
                 *     NOpBlnGInO9m6vDvFkFC - Spuds Oxley - Wise and Approachable
                 *     BZgkqPqms7Kj9ulSkVzn - Eve - Authentic, Energetic and Happy
                 *     wo6udizrrtpIxWGp2qJk - Northern Terry
                 *     gU0LNdkMOQCOrPrwtbee - British Football Announcer
                 *     DGzg6RaUqxGRTHSBjfgF - Brock - Commanding and Loud Sergeant
                 *     x70vRnQBMBu4FAYhjJbO - Nathan - Virtual Radio Host
                 *     Sm1seazb4gs7RSlUVw7c - Anika - Animated, Friendly and Engaging
                 *     P1bg08DkjqiVEzOn76yG - Viraj - Rich and Soft
                 *     qDuRKMlYmrm8trt5QyBn - Taksh - Calm, Serious and Smooth
                 *     qXpMhyvQqiRxWQs4qSSB - Horatius - Energetic Character Voice
                 *     TX3LPaxmHKxFdv7VOQHJ - Liam - Energetic, Social Media Creator
                 *     N2lVS1w4EtoT3dr4eOWO - Callum - Husky Trickster
                 *     FGY2WhTYpPnrIDTdsKH5 - Laura - Enthusiast, Quirky Attitude
                 *     kPzsL2i3teMYv0FxEYQ6 - Brittney - Social Media Voice - Fun, Youthful & Informative
                 *     UgBBYS2sOqTuMpoF3BR0 - Mark - Natural Conversations
                 *     hpp4J3VqNfWAUOO0d1Us - Bella - Professional, Bright, Warm
                 *     nPczCjzI2devNBz1zQrb - Brian - Deep, Resonant and Comforting
                 *     uYXf8XasLslADfZ2MB4u - Hope - Bubbly, Gossipy and Girly
                 *     gs0tAILXbY5DNrJrsM6F - Jeff - Classy, Resonating and Strong
                 *     DTKMou8ccj1ZaWGBiotd - Jamahal - Young, Vibrant, and Natural
                 *     vBKc2FfBKJfcZNyEt1n6 - Finn - Youthful, Eager and Energetic
                 *     DYkrAHD8iwork3YSUBbs - Tom - Conversations & Books
                 *     56AoDkrOh6qfVPDXZ7Pt - Cassidy - Crisp, Direct and Clear
                 *     eR40ATw9ArzDf9h3v7t7 - Addison 2.0 - Australian Audiobook & Podcast
                 *     g6xIsTj2HwM6VR4iXFCw - Jessica Anne Bogart - Chatty and Friendly
                 *     lcMyyd2HUfFzxdCaC4Ta - Lucy - Fresh & Casual
                 *     6aDn1KB0hjpdcocrUkmq - Tiffany - Natural and Welcoming
                 *     Sq93GQT4X1lKDXsQcixO - Felix - Warm, Positive & Contemporary RP
                 *     flHkNRp1BlvT73UL6gyz - Jessica Anne Bogart - Eloquent Villain
                 *     9yzdeviXkFddZ4Oz8Mok - Lutz - Chuckling, Giggly and Cheerful
                 *     pPdl9cQBQq4p6mRkZy2Z - Emma - Adorable and Upbeat
                 *     zYcjlYFOd3taleS0gkk3 - Edward - Loud, Confident and Cocky
                 *     nzeAacJi50IvxcyDnMXa - Marshal - Friendly, Funny Professor
                 *     ruirxsoakN0GWmGNIo04 - John Morgan - Gritty, Rugged Cowboy
                 *     TC0Zp7WVFzhA8zpTlRqV - Aria - Sultry Villain
                 *     ljo9gAlSqKOvF6D8sOsX - Viking Bjorn - Epic Medieval Raider
                 *     PPzYpIqttlTYA83688JI - Pirate Marshal
                 *     8JVbfL6oEdmuxKn5DK2C - Johnny Kid - Serious and Calm Narrator
                 *     iCrDUkL56s3C8sCRl7wb - Hope - Poetic, Romantic and Captivating
                 *     wJqPPQ618aTW29mptyoc - Ana Rita - Smooth, Expressive and Bright
                 *     EiNlNiXeDU1pqqOPrYMO - John Doe - Deep
                 *     4YYIPFl9wE5c4L2eu2Gb - Burt Reynolds™ - Deep, Smooth and Clear
                 *     6F5Zhi321D3Oq7v1oNT4 - Hank - Deep and Engaging Narrator
                 *     YXpFCvM1S3JbWEJhoskW - Wyatt - Wise Rustic Cowboy
                 *     LG95yZDEHg6fCZdQjLqj - Phil - Explosive, Passionate Announcer
                 *     CeNX9CMwmxDxUF5Q2Inm - Johnny Dynamite - Vintage Radio DJ
                 *     aD6riP1btT197c6dACmy - Rachel M - Pro British Radio Presenter
                 *     mtrellq69YZsNwzUSyXh - Rex Thunder - Deep N Tough
                 *     dHd5gvgSOzSfduK4CvEg - Ed - Late Night Announcer
                 *     eVItLK1UvXctxuaRV2Oq - Jean - Alluring and Playful Femme Fatale
                 *     esy0r39YPLQjOczyOib8 - Britney - Calm and Calculative Villain
                 *     Tsns2HvNFKfGiNjllgqo - Sven - Emotional and Nice
                 *     1U02n4nD6AdIZ9CjF053 - Viraj - Smooth and Gentle
                 *     AeRdCCKzvd23BpJoofzx - Nathaniel - Engaging, British and Calm
                 *     LruHrtVF6PSyGItzMNHS - Benjamin - Deep, Warm, Calming
                 *     1wGbFxmAM3Fgw63G1zZJ - Allison - Calm, Soothing and Meditative
                 *     hqfrgApggtO1785R4Fsn - Theodore HQ - Serene and Grounded
                 *     MJ0RnG71ty4LH3dvNfSd - Leon - Soothing and Grounded
                 * @default EkK5I93UQWFDigLMpZcX
                 * @enum {string}
                 */
                voice: "EkK5I93UQWFDigLMpZcX" | "Z3R5wn05IrDiVCyEkUrK" | "NNl6r8mD7vthiJatiJt1" | "YOq2y2Up4RgXP2HyXjE5" | "B8gJV1IhpuegLxdpXFOE" | "2zRM7PkgwBPiau2jvVXc" | "1SM7GgM6IMuvQlz2BwM3" | "5l5f8iK3YPeGga21rQIX" | "scOwDtmlUjD3prqpp97I" | "NOpBlnGInO9m6vDvFkFC" | "BZgkqPqms7Kj9ulSkVzn" | "wo6udizrrtpIxWGp2qJk" | "gU0LNdkMOQCOrPrwtbee" | "DGzg6RaUqxGRTHSBjfgF" | "x70vRnQBMBu4FAYhjJbO" | "Sm1seazb4gs7RSlUVw7c" | "P1bg08DkjqiVEzOn76yG" | "qDuRKMlYmrm8trt5QyBn" | "qXpMhyvQqiRxWQs4qSSB" | "TX3LPaxmHKxFdv7VOQHJ" | "N2lVS1w4EtoT3dr4eOWO" | "FGY2WhTYpPnrIDTdsKH5" | "kPzsL2i3teMYv0FxEYQ6" | "UgBBYS2sOqTuMpoF3BR0" | "hpp4J3VqNfWAUOO0d1Us" | "nPczCjzI2devNBz1zQrb" | "uYXf8XasLslADfZ2MB4u" | "gs0tAILXbY5DNrJrsM6F" | "DTKMou8ccj1ZaWGBiotd" | "vBKc2FfBKJfcZNyEt1n6" | "DYkrAHD8iwork3YSUBbs" | "56AoDkrOh6qfVPDXZ7Pt" | "eR40ATw9ArzDf9h3v7t7" | "g6xIsTj2HwM6VR4iXFCw" | "lcMyyd2HUfFzxdCaC4Ta" | "6aDn1KB0hjpdcocrUkmq" | "Sq93GQT4X1lKDXsQcixO" | "flHkNRp1BlvT73UL6gyz" | "9yzdeviXkFddZ4Oz8Mok" | "pPdl9cQBQq4p6mRkZy2Z" | "zYcjlYFOd3taleS0gkk3" | "nzeAacJi50IvxcyDnMXa" | "ruirxsoakN0GWmGNIo04" | "TC0Zp7WVFzhA8zpTlRqV" | "ljo9gAlSqKOvF6D8sOsX" | "PPzYpIqttlTYA83688JI" | "8JVbfL6oEdmuxKn5DK2C" | "iCrDUkL56s3C8sCRl7wb" | "wJqPPQ618aTW29mptyoc" | "EiNlNiXeDU1pqqOPrYMO" | "4YYIPFl9wE5c4L2eu2Gb" | "6F5Zhi321D3Oq7v1oNT4" | "YXpFCvM1S3JbWEJhoskW" | "LG95yZDEHg6fCZdQjLqj" | "CeNX9CMwmxDxUF5Q2Inm" | "aD6riP1btT197c6dACmy" | "mtrellq69YZsNwzUSyXh" | "dHd5gvgSOzSfduK4CvEg" | "eVItLK1UvXctxuaRV2Oq" | "esy0r39YPLQjOczyOib8" | "Tsns2HvNFKfGiNjllgqo" | "1U02n4nD6AdIZ9CjF053" | "AeRdCCKzvd23BpJoofzx" | "LruHrtVF6PSyGItzMNHS" | "1wGbFxmAM3Fgw63G1zZJ" | "hqfrgApggtO1785R4Fsn" | "MJ0RnG71ty4LH3dvNfSd";
            }[];
            /**
             * @description Voice stability parameter. Must be one of the following values: 0.0, 0.5, or 1.0
             * @default 0.5
             * @enum {number}
             */
            stability?: 0 | 0.5 | 1;
            /**
             * @description Language code for the speech. Default is empty string or omit the parameter for automatic language detection.
             * @enum {string}
             */
            language_code?: "af" | "ar" | "hy" | "as" | "az" | "be" | "bn" | "bs" | "bg" | "ca" | "ceb" | "ny" | "hr" | "cs" | "da" | "nl" | "en" | "et" | "fil" | "fi" | "fr" | "gl" | "ka" | "de" | "el" | "gu" | "ha" | "he" | "hi" | "hu" | "is" | "id" | "ga" | "it" | "ja" | "jv" | "kn" | "kk" | "ky" | "ko" | "lv" | "ln" | "lt" | "lb" | "mk" | "ms" | "ml" | "zh" | "mr" | "ne" | "no" | "ps" | "fa" | "pl" | "pt" | "pa" | "ro" | "ru" | "sr" | "sd" | "sk" | "sl" | "so" | "es" | "sw" | "sv" | "ta" | "te" | "th" | "tr" | "uk" | "ur" | "vi" | "cy";
        };
        /**
         * ElevenlabsTextToDialogueV3Task
         * @description elevenlabs/text-to-dialogue-v3 (`elevenlabs/text-to-dialogue-v3`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "elevenlabs/text-to-dialogue-v3",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "dialogue": [
         *           {
         *             "text": "I have a pen, I have an apple, ah, Apple pen~",
         *             "voice": "EkK5I93UQWFDigLMpZcX"
         *           },
         *           {
         *             "text": "a happy dog",
         *             "voice": "Z3R5wn05IrDiVCyEkUrK"
         *           },
         *           {
         *             "text": "a happy cat",
         *             "voice": "NNl6r8mD7vthiJatiJt1"
         *           }
         *         ],
         *         "stability": 0.5
         *       }
         *     }
         */
        ElevenlabsTextToDialogueV3Task: {
            /** @constant */
            model: "elevenlabs/text-to-dialogue-v3";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["ElevenlabsTextToDialogueV3Input"];
        };
        /**
         * ElevenlabsTextToSpeechMultilingualV2Input
         * @description `input` for `elevenlabs/text-to-speech-multilingual-v2` (elevenlabs/text-to-speech-multilingual-v2). Input parameters for the generation task.
         */
        ElevenlabsTextToSpeechMultilingualV2Input: {
            /** @description The text to convert to speech (Max length: 5000 characters) */
            text: string;
            /**
             * @description The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdraw.com/elevenlabs/voice/N2lVS1w4EtoT3dr4eOWO.mp3
             *
             *     Available voices:
             *
             *     EkK5I93UQWFDigLMpZcX - James - Husky, Engaging and Bold
             *     Z3R5wn05IrDiVCyEkUrK - Arabella - Mysterious and Emotive
             *     NNl6r8mD7vthiJatiJt1 - Bradford - Expressive and Articulate
             *     YOq2y2Up4RgXP2HyXjE5 - Xavier - Dominating, Metallic Announcer
             *     B8gJV1IhpuegLxdpXFOE - Kuon - Cheerful, Clear and Steady
             *     2zRM7PkgwBPiau2jvVXc - Monika Sogam - Deep and Natural
             *     1SM7GgM6IMuvQlz2BwM3 - Mark - Casual, Relaxed and Light
             *     5l5f8iK3YPeGga21rQIX - Adeline - Feminine and Conversational
             *     scOwDtmlUjD3prqpp97I - Sam - Support Agent
             *     NOpBlnGInO9m6vDvFkFC - Spuds Oxley - Wise and Approachable
             *     BZgkqPqms7Kj9ulSkVzn - Eve - Authentic, Energetic and Happy
             *     wo6udizrrtpIxWGp2qJk - Northern Terry
             *     gU0LNdkMOQCOrPrwtbee - British Football Announcer
             *     DGzg6RaUqxGRTHSBjfgF - Brock - Commanding and Loud Sergeant
             *     x70vRnQBMBu4FAYhjJbO - Nathan - Virtual Radio Host
             *     Sm1seazb4gs7RSlUVw7c - Anika - Animated, Friendly and Engaging
             *     P1bg08DkjqiVEzOn76yG - Viraj - Rich and Soft
             *     qDuRKMlYmrm8trt5QyBn - Taksh - Calm, Serious and Smooth
             *     qXpMhyvQqiRxWQs4qSSB - Horatius - Energetic Character Voice
             *     TX3LPaxmHKxFdv7VOQHJ - Liam - Energetic, Social Media Creator
             *     N2lVS1w4EtoT3dr4eOWO - Callum - Husky Trickster
             *     FGY2WhTYpPnrIDTdsKH5 - Laura - Enthusiast, Quirky Attitude
             *     kPzsL2i3teMYv0FxEYQ6 - Brittney - Social Media Voice - Fun, Youthful & Informative
             *     UgBBYS2sOqTuMpoF3BR0 - Mark - Natural Conversations
             *     hpp4J3VqNfWAUOO0d1Us - Bella - Professional, Bright, Warm
             *     nPczCjzI2devNBz1zQrb - Brian - Deep, Resonant and Comforting
             *     uYXf8XasLslADfZ2MB4u - Hope - Bubbly, Gossipy and Girly
             *     gs0tAILXbY5DNrJrsM6F - Jeff - Classy, Resonating and Strong
             *     DTKMou8ccj1ZaWGBiotd - Jamahal - Young, Vibrant, and Natural
             *     vBKc2FfBKJfcZNyEt1n6 - Finn - Youthful, Eager and Energetic
             *     DYkrAHD8iwork3YSUBbs - Tom - Conversations & Books
             *     56AoDkrOh6qfVPDXZ7Pt - Cassidy - Crisp, Direct and Clear
             *     eR40ATw9ArzDf9h3v7t7 - Addison 2.0 - Australian Audiobook & Podcast
             *     g6xIsTj2HwM6VR4iXFCw - Jessica Anne Bogart - Chatty and Friendly
             *     lcMyyd2HUfFzxdCaC4Ta - Lucy - Fresh & Casual
             *     6aDn1KB0hjpdcocrUkmq - Tiffany - Natural and Welcoming
             *     Sq93GQT4X1lKDXsQcixO - Felix - Warm, Positive & Contemporary RP
             *     flHkNRp1BlvT73UL6gyz - Jessica Anne Bogart - Eloquent Villain
             *     9yzdeviXkFddZ4Oz8Mok - Lutz - Chuckling, Giggly and Cheerful
             *     pPdl9cQBQq4p6mRkZy2Z - Emma - Adorable and Upbeat
             *     zYcjlYFOd3taleS0gkk3 - Edward - Loud, Confident and Cocky
             *     nzeAacJi50IvxcyDnMXa - Marshal - Friendly, Funny Professor
             *     ruirxsoakN0GWmGNIo04 - John Morgan - Gritty, Rugged Cowboy
             *     TC0Zp7WVFzhA8zpTlRqV - Aria - Sultry Villain
             *     ljo9gAlSqKOvF6D8sOsX - Viking Bjorn - Epic Medieval Raider
             *     PPzYpIqttlTYA83688JI - Pirate Marshal
             *     8JVbfL6oEdmuxKn5DK2C - Johnny Kid - Serious and Calm Narrator
             *     iCrDUkL56s3C8sCRl7wb - Hope - Poetic, Romantic and Captivating
             *     wJqPPQ618aTW29mptyoc - Ana Rita - Smooth, Expressive and Bright
             *     EiNlNiXeDU1pqqOPrYMO - John Doe - Deep
             *     4YYIPFl9wE5c4L2eu2Gb - Burt Reynolds™ - Deep, Smooth and Clear
             *     6F5Zhi321D3Oq7v1oNT4 - Hank - Deep and Engaging Narrator
             *     YXpFCvM1S3JbWEJhoskW - Wyatt - Wise Rustic Cowboy
             *     LG95yZDEHg6fCZdQjLqj - Phil - Explosive, Passionate Announcer
             *     CeNX9CMwmxDxUF5Q2Inm - Johnny Dynamite - Vintage Radio DJ
             *     aD6riP1btT197c6dACmy - Rachel M - Pro British Radio Presenter
             *     mtrellq69YZsNwzUSyXh - Rex Thunder - Deep N Tough
             *     dHd5gvgSOzSfduK4CvEg - Ed - Late Night Announcer
             *     eVItLK1UvXctxuaRV2Oq - Jean - Alluring and Playful Femme Fatale
             *     esy0r39YPLQjOczyOib8 - Britney - Calm and Calculative Villain
             *     Tsns2HvNFKfGiNjllgqo - Sven - Emotional and Nice
             *     1U02n4nD6AdIZ9CjF053 - Viraj - Smooth and Gentle
             *     AeRdCCKzvd23BpJoofzx - Nathaniel - Engaging, British and Calm
             *     LruHrtVF6PSyGItzMNHS - Benjamin - Deep, Warm, Calming
             *     1wGbFxmAM3Fgw63G1zZJ - Allison - Calm, Soothing and Meditative
             *     hqfrgApggtO1785R4Fsn - Theodore HQ - Serene and Grounded
             *     MJ0RnG71ty4LH3dvNfSd - Leon - Soothing and Grounded
             * @default EkK5I93UQWFDigLMpZcX
             */
            voice: string;
            /**
             * @description Voice stability (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
             * @default 0.5
             */
            stability?: number;
            /**
             * @description Similarity boost (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
             * @default 0.75
             */
            similarity_boost?: number;
            /**
             * @description Style exaggeration (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
             * @default 0
             */
            style?: number;
            /**
             * @description Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it up. Extreme values may affect quality. (Min: 0.7, Max: 1.2, Step: 0.01) (step: 0.01)
             * @default 1
             */
            speed?: number;
            /** @description Whether to return timestamps for each word in the generated speech (Boolean value (true/false)) */
            timestamps?: boolean;
            /** @description The text that came before the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters) */
            previous_text?: string;
            /** @description The text that comes after the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters) */
            next_text?: string;
            /** @description Language code (ISO 639-1) used to enforce a language for the model. Currently only Turbo v2.5 and Flash v2.5 support language enforcement. For other models, an error will be returned if language code is provided. (Max length: 500 characters) */
            language_code?: string;
        };
        /**
         * ElevenlabsTextToSpeechMultilingualV2Task
         * @description elevenlabs/text-to-speech-multilingual-v2 (`elevenlabs/text-to-speech-multilingual-v2`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "elevenlabs/text-to-speech-multilingual-v2",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "text": "Unlock powerful API with Kie.ai! Affordable, scalable APl integration, free trial playground, and secure, reliable performance.",
         *         "voice": "Rachel",
         *         "stability": 0.5,
         *         "similarity_boost": 0.75,
         *         "style": 0,
         *         "speed": 1,
         *         "timestamps": false,
         *         "previous_text": "",
         *         "next_text": "",
         *         "language_code": ""
         *       }
         *     }
         */
        ElevenlabsTextToSpeechMultilingualV2Task: {
            /** @constant */
            model: "elevenlabs/text-to-speech-multilingual-v2";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["ElevenlabsTextToSpeechMultilingualV2Input"];
        };
        /**
         * ElevenlabsTextToSpeechTurbo25Input
         * @description `input` for `elevenlabs/text-to-speech-turbo-2-5` (elevenlabs/text-to-speech-turbo-2-5). Input parameters for the generation task.
         */
        ElevenlabsTextToSpeechTurbo25Input: {
            /** @description The text to convert to speech (Max length: 5000 characters) */
            text: string;
            /**
             * @description The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening `https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3` in your browser (replace <voice_id> with the actual voice ID). For example: `https://static.aiquickdraw.com/elevenlabs/voice/BIvP0GN1cAtSRTxNHnWS.mp3`
             *
             *     **Available voices:**
             *     - `Rachel`
             *     - `Aria`
             *     - `Roger`
             *     - `Sarah`
             *     - `Laura`
             *     - `Charlie`
             *     - `George`
             *     - `Callum`
             *     - `River`
             *     - `Liam`
             *     - `Charlotte`
             *     - `Alice`
             *     - `Matilda`
             *     - `Will`
             *     - `Jessica`
             *     - `Eric`
             *     - `Chris`
             *     - `Brian`
             *     - `Daniel`
             *     - `Lily`
             *     - `Bill`
             *     - `BIvP0GN1cAtSRTxNHnWS` - Ellen - Serious, Direct and Confident
             *     - `aMSt68OGf4xUZAnLpTU8` - Juniper - Grounded and Professional
             *     - `RILOU7YmBhvwJGDGjNmP` - Jane - Professional Audiobook Reader
             *     - `EkK5I93UQWFDigLMpZcX` - James - Husky, Engaging and Bold
             *     - `Z3R5wn05IrDiVCyEkUrK` - Arabella - Mysterious and Emotive
             *     - `tnSpp4vdxKPjI9w0GnoV` - Hope - Upbeat and Clear
             *     - `NNl6r8mD7vthiJatiJt1` - Bradford - Expressive and Articulate
             *     - `YOq2y2Up4RgXP2HyXjE5` - Xavier - Dominating, Metallic Announcer
             *     - `Bj9UqZbhQsanLzgalpEG` - Austin - Deep, Raspy and Authentic
             *     - `c6SfcYrb2t09NHXiT80T` - Jarnathan - Confident and Versatile
             *     - `B8gJV1IhpuegLxdpXFOE` - Kuon - Cheerful, Clear and Steady
             *     - `exsUS4vynmxd379XN4yO` - Blondie - Conversational
             *     - `BpjGufoPiobT79j2vtj4` - Priyanka - Calm, Neutral and Relaxed
             *     - `2zRM7PkgwBPiau2jvVXc` - Monika Sogam - Deep and Natural
             *     - `1SM7GgM6IMuvQlz2BwM3` - Mark - Casual, Relaxed and Light
             *     - `5l5f8iK3YPeGga21rQIX` - Adeline - Feminine and Conversational
             *     - `scOwDtmlUjD3prqpp97I` - Sam - Support Agent
             *     - `NOpBlnGInO9m6vDvFkFC` - Spuds Oxley - Wise and Approachable
             *     - `BZgkqPqms7Kj9ulSkVzn` - Eve - Authentic, Energetic and Happy
             *     - `wo6udizrrtpIxWGp2qJk` - Northern Terry
             *     - `gU0LNdkMOQCOrPrwtbee` - British Football Announcer
             *     - `DGzg6RaUqxGRTHSBjfgF` - Brock - Commanding and Loud Sergeant
             *     - `DGTOOUoGpoP6UZ9uSWfA` - Célian - Documentary Narrator
             *     - `x70vRnQBMBu4FAYhjJbO` - Nathan - Virtual Radio Host
             *     - `P1bg08DkjqiVEzOn76yG` - Viraj - Rich and Soft
             *     - `qDuRKMlYmrm8trt5QyBn` - Taksh - Calm, Serious and Smooth
             *     - `qXpMhyvQqiRxWQs4qSSB` - Horatius - Energetic Character Voice
             *     - `TX3LPaxmHKxFdv7VOQHJ` - Liam - Energetic, Social Media Creator
             *     - `iP95p4xoKVk53GoZ742B` - Chris - Charming, Down-to-Earth
             *     - `SOYHLrjzK2X1ezoPC6cr` - Harry - Fierce Warrior
             *     - `N2lVS1w4EtoT3dr4eOWO` - Callum - Husky Trickster
             *     - `FGY2WhTYpPnrIDTdsKH5` - Laura - Enthusiast, Quirky Attitude
             *     - `cgSgspJ2msm6clMCkdW9` - Jessica - Playful, Bright, Warm
             *     - `kPzsL2i3teMYv0FxEYQ6` - Brittney - Social Media Voice - Fun, Youthful & Informative
             *     - `UgBBYS2sOqTuMpoF3BR0` - Mark - Natural Conversations
             *     - `hpp4J3VqNfWAUOO0d1Us` - Bella - Professional, Bright, Warm
             *     - `pNInz6obpgDQGcFmaJgB` - Adam - Dominant, Firm
             *     - `nPczCjzI2devNBz1zQrb` - Brian - Deep, Resonant and Comforting
             *     - `uYXf8XasLslADfZ2MB4u` - Hope - Bubbly, Gossipy and Girly
             *     - `gs0tAILXbY5DNrJrsM6F` - Jeff - Classy, Resonating and Strong
             *     - `DTKMou8ccj1ZaWGBiotd` - Jamahal - Young, Vibrant, and Natural
             *     - `vBKc2FfBKJfcZNyEt1n6` - Finn - Youthful, Eager and Energetic
             *     - `DYkrAHD8iwork3YSUBbs` - Tom - Conversations & Books
             *     - `56AoDkrOh6qfVPDXZ7Pt` - Cassidy - Crisp, Direct and Clear
             *     - `eR40ATw9ArzDf9h3v7t7` - Addison 2.0 - Australian Audiobook & Podcast
             *     - `g6xIsTj2HwM6VR4iXFCw` - Jessica Anne Bogart - Chatty and Friendly
             *     - `lcMyyd2HUfFzxdCaC4Ta` - Lucy - Fresh & Casual
             *     - `6aDn1KB0hjpdcocrUkmq` - Tiffany - Natural and Welcoming
             *     - `Sq93GQT4X1lKDXsQcixO` - Felix - Warm, Positive & Contemporary RP
             *     - `flHkNRp1BlvT73UL6gyz` - Jessica Anne Bogart - Eloquent Villain
             *     - `9yzdeviXkFddZ4Oz8Mok` - Lutz - Chuckling, Giggly and Cheerful
             *     - `pPdl9cQBQq4p6mRkZy2Z` - Emma - Adorable and Upbeat
             *     - `zYcjlYFOd3taleS0gkk3` - Edward - Loud, Confident and Cocky
             *     - `nzeAacJi50IvxcyDnMXa` - Marshal - Friendly, Funny Professor
             *     - `ruirxsoakN0GWmGNIo04` - John Morgan - Gritty, Rugged Cowboy
             *     - `TC0Zp7WVFzhA8zpTlRqV` - Aria - Sultry Villain
             *     - `ljo9gAlSqKOvF6D8sOsX` - Viking Bjorn - Epic Medieval Raider
             *     - `PPzYpIqttlTYA83688JI` - Pirate Marshal
             *     - `ZF6FPAbjXT4488VcRRnw` - Amelia - Enthusiastic and Expressive
             *     - `8JVbfL6oEdmuxKn5DK2C` - Johnny Kid - Serious and Calm Narrator
             *     - `iCrDUkL56s3C8sCRl7wb` - Hope - Poetic, Romantic and Captivating
             *     - `1hlpeD1ydbI2ow0Tt3EW` - Olivia - Smooth, Warm and Engaging
             *     - `wJqPPQ618aTW29mptyoc` - Ana Rita - Smooth, Expressive and Bright
             *     - `EiNlNiXeDU1pqqOPrYMO` - John Doe - Deep
             *     - `4YYIPFl9wE5c4L2eu2Gb` - Burt Reynolds™ - Deep, Smooth and Clear
             *     - `6F5Zhi321D3Oq7v1oNT4` - Hank - Deep and Engaging Narrator
             *     - `YXpFCvM1S3JbWEJhoskW` - Wyatt - Wise Rustic Cowboy
             *     - `LG95yZDEHg6fCZdQjLqj` - Phil - Explosive, Passionate Announcer
             *     - `CeNX9CMwmxDxUF5Q2Inm` - Johnny Dynamite - Vintage Radio DJ
             *     - `st7NwhTPEzqo2riw7qWC` - Blondie - Radio Host
             *     - `aD6riP1btT197c6dACmy` - Rachel M - Pro British Radio Presenter
             *     - `mtrellq69YZsNwzUSyXh` - Rex Thunder - Deep N Tough
             *     - `dHd5gvgSOzSfduK4CvEg` - Ed - Late Night Announcer
             *     - `eVItLK1UvXctxuaRV2Oq` - Jean - Alluring and Playful Femme Fatale
             *     - `esy0r39YPLQjOczyOib8` - Britney - Calm and Calculative Villain
             *     - `Tsns2HvNFKfGiNjllgqo` - Sven - Emotional and Nice
             *     - `1U02n4nD6AdIZ9CjF053` - Viraj - Smooth and Gentle
             *     - `AeRdCCKzvd23BpJoofzx` - Nathaniel - Engaging, British and Calm
             *     - `LruHrtVF6PSyGItzMNHS` - Benjamin - Deep, Warm, Calming
             *     - `Qggl4b0xRMiqOwhPtVWT` - Clara - Relaxing, Calm and Soothing
             *     - `zA6D7RyKdc2EClouEMkP` - AImee - Tranquil ASMR and Meditation
             *     - `1wGbFxmAM3Fgw63G1zZJ` - Allison - Calm, Soothing and Meditative
             *     - `hqfrgApggtO1785R4Fsn` - Theodore HQ - Serene and Grounded
             *     - `MJ0RnG71ty4LH3dvNfSd` - Leon - Soothing and Grounded
             * @default Rachel
             * @enum {string}
             */
            voice?: "Rachel" | "Aria" | "Roger" | "Sarah" | "Laura" | "Charlie" | "George" | "Callum" | "River" | "Liam" | "Charlotte" | "Alice" | "Matilda" | "Will" | "Jessica" | "Eric" | "Chris" | "Brian" | "Daniel" | "Lily" | "Bill" | "BIvP0GN1cAtSRTxNHnWS" | "aMSt68OGf4xUZAnLpTU8" | "RILOU7YmBhvwJGDGjNmP" | "EkK5I93UQWFDigLMpZcX" | "Z3R5wn05IrDiVCyEkUrK" | "tnSpp4vdxKPjI9w0GnoV" | "NNl6r8mD7vthiJatiJt1" | "YOq2y2Up4RgXP2HyXjE5" | "Bj9UqZbhQsanLzgalpEG" | "c6SfcYrb2t09NHXiT80T" | "B8gJV1IhpuegLxdpXFOE" | "exsUS4vynmxd379XN4yO" | "BpjGufoPiobT79j2vtj4" | "2zRM7PkgwBPiau2jvVXc" | "1SM7GgM6IMuvQlz2BwM3" | "5l5f8iK3YPeGga21rQIX" | "scOwDtmlUjD3prqpp97I" | "NOpBlnGInO9m6vDvFkFC" | "BZgkqPqms7Kj9ulSkVzn" | "wo6udizrrtpIxWGp2qJk" | "gU0LNdkMOQCOrPrwtbee" | "DGzg6RaUqxGRTHSBjfgF" | "DGTOOUoGpoP6UZ9uSWfA" | "x70vRnQBMBu4FAYhjJbO" | "P1bg08DkjqiVEzOn76yG" | "qDuRKMlYmrm8trt5QyBn" | "qXpMhyvQqiRxWQs4qSSB" | "TX3LPaxmHKxFdv7VOQHJ" | "iP95p4xoKVk53GoZ742B" | "SOYHLrjzK2X1ezoPC6cr" | "N2lVS1w4EtoT3dr4eOWO" | "FGY2WhTYpPnrIDTdsKH5" | "cgSgspJ2msm6clMCkdW9" | "kPzsL2i3teMYv0FxEYQ6" | "UgBBYS2sOqTuMpoF3BR0" | "hpp4J3VqNfWAUOO0d1Us" | "pNInz6obpgDQGcFmaJgB" | "nPczCjzI2devNBz1zQrb" | "uYXf8XasLslADfZ2MB4u" | "gs0tAILXbY5DNrJrsM6F" | "DTKMou8ccj1ZaWGBiotd" | "vBKc2FfBKJfcZNyEt1n6" | "DYkrAHD8iwork3YSUBbs" | "56AoDkrOh6qfVPDXZ7Pt" | "eR40ATw9ArzDf9h3v7t7" | "g6xIsTj2HwM6VR4iXFCw" | "lcMyyd2HUfFzxdCaC4Ta" | "6aDn1KB0hjpdcocrUkmq" | "Sq93GQT4X1lKDXsQcixO" | "flHkNRp1BlvT73UL6gyz" | "9yzdeviXkFddZ4Oz8Mok" | "pPdl9cQBQq4p6mRkZy2Z" | "zYcjlYFOd3taleS0gkk3" | "nzeAacJi50IvxcyDnMXa" | "ruirxsoakN0GWmGNIo04" | "TC0Zp7WVFzhA8zpTlRqV" | "ljo9gAlSqKOvF6D8sOsX" | "PPzYpIqttlTYA83688JI" | "ZF6FPAbjXT4488VcRRnw" | "8JVbfL6oEdmuxKn5DK2C" | "iCrDUkL56s3C8sCRl7wb" | "1hlpeD1ydbI2ow0Tt3EW" | "wJqPPQ618aTW29mptyoc" | "EiNlNiXeDU1pqqOPrYMO" | "4YYIPFl9wE5c4L2eu2Gb" | "6F5Zhi321D3Oq7v1oNT4" | "YXpFCvM1S3JbWEJhoskW" | "LG95yZDEHg6fCZdQjLqj" | "CeNX9CMwmxDxUF5Q2Inm" | "st7NwhTPEzqo2riw7qWC" | "aD6riP1btT197c6dACmy" | "mtrellq69YZsNwzUSyXh" | "dHd5gvgSOzSfduK4CvEg" | "eVItLK1UvXctxuaRV2Oq" | "esy0r39YPLQjOczyOib8" | "Tsns2HvNFKfGiNjllgqo" | "1U02n4nD6AdIZ9CjF053" | "AeRdCCKzvd23BpJoofzx" | "LruHrtVF6PSyGItzMNHS" | "Qggl4b0xRMiqOwhPtVWT" | "zA6D7RyKdc2EClouEMkP" | "1wGbFxmAM3Fgw63G1zZJ" | "hqfrgApggtO1785R4Fsn" | "MJ0RnG71ty4LH3dvNfSd";
            /**
             * @description Voice stability (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
             * @default 0.5
             */
            stability?: number;
            /**
             * @description Similarity boost (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
             * @default 0.75
             */
            similarity_boost?: number;
            /**
             * @description Style exaggeration (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
             * @default 0
             */
            style?: number;
            /**
             * @description Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it up. Extreme values may affect quality. (Min: 0.7, Max: 1.2, Step: 0.01) (step: 0.01)
             * @default 1
             */
            speed?: number;
            /** @description Whether to return timestamps for each word in the generated speech (Boolean value (true/false)) */
            timestamps?: boolean;
            /** @description The text that came before the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters) */
            previous_text?: string;
            /** @description The text that comes after the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters) */
            next_text?: string;
            /** @description Language code (ISO 639-1) used to enforce a language for the model. Currently only Turbo v2.5 and Flash v2.5 support language enforcement. For other models, an error will be returned if language code is provided. (Max length: 500 characters) */
            language_code?: string;
        };
        /**
         * ElevenlabsTextToSpeechTurbo25Task
         * @description elevenlabs/text-to-speech-turbo-2-5 (`elevenlabs/text-to-speech-turbo-2-5`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "elevenlabs/text-to-speech-turbo-2-5",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "text": "Unlock powerful API with Kie.ai! Affordable, scalable APl integration, free trial playground, and secure, reliable performance.",
         *         "voice": "Rachel",
         *         "stability": 0.5,
         *         "similarity_boost": 0.75,
         *         "style": 0,
         *         "speed": 1,
         *         "timestamps": false,
         *         "previous_text": "",
         *         "next_text": "",
         *         "language_code": ""
         *       }
         *     }
         */
        ElevenlabsTextToSpeechTurbo25Task: {
            /** @constant */
            model: "elevenlabs/text-to-speech-turbo-2-5";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["ElevenlabsTextToSpeechTurbo25Input"];
        };
        /**
         * Flux2FlexImageToImageInput
         * @description `input` for `flux-2/flex-image-to-image` (Flux-2 - Image to Image). Input parameters for the generation task.
         */
        Flux2FlexImageToImageInput: {
            /** @description Input reference images (1-8 images). (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            input_urls: string[];
            /** @description Must be between 3 and 5000 characters. (Max length: 5000 characters) */
            prompt: string;
            /**
             * @description Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
            /**
             * @description Output image resolution.
             * @default 1K
             * @enum {string}
             */
            resolution: "1K" | "2K";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Flux2FlexImageToImageTask
         * @description Flux-2 - Image to Image (`flux-2/flex-image-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "flux-2/flex-image-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "input_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1764235158281_tABmx723.png",
         *           "https://static.aiquickdraw.com/tools/example/1764235165079_8fIR5MEF.png"
         *         ],
         *         "prompt": "Replace the can in image 2 with the can from image 1",
         *         "aspect_ratio": "1:1",
         *         "resolution": "1K",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Flux2FlexImageToImageTask: {
            /** @constant */
            model: "flux-2/flex-image-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Flux2FlexImageToImageInput"];
        };
        /**
         * Flux2FlexTextToImageInput
         * @description `input` for `flux-2/flex-text-to-image` (Flux-2 - Text to Image). Input parameters for the generation task.
         */
        Flux2FlexTextToImageInput: {
            /** @description Generation prompt, length must be between 3-5000 characters. (Maximum length: 5000 characters) */
            prompt: string;
            /**
             * @description Aspect ratio of the generated image. When `auto` is selected, it will match the ratio of the first input image (requires input image to be provided).
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3";
            /**
             * @description Output image resolution.
             * @default 1K
             * @enum {string}
             */
            resolution: "1K" | "2K";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Flux2FlexTextToImageTask
         * @description Flux-2 - Text to Image (`flux-2/flex-text-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "flux-2/flex-text-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A humanoid figure with a vintage television set for a head, featuring a green-tinted screen displaying a `Hello FLUX.2` writing in ASCII font. The figure is wearing a yellow raincoat, and there are various wires and components attached to the television. The background is cloudy and indistinct, suggesting an outdoor setting",
         *         "aspect_ratio": "1:1",
         *         "resolution": "1K",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Flux2FlexTextToImageTask: {
            /** @constant */
            model: "flux-2/flex-text-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Flux2FlexTextToImageInput"];
        };
        /**
         * Flux2ProImageToImageInput
         * @description `input` for `flux-2/pro-image-to-image` (Flux-2 - Pro Image to Image). Input parameters for the generation task.
         */
        Flux2ProImageToImageInput: {
            /** @description Input reference images (1-8 images). (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            input_urls: string[];
            /** @description Must be between 3 and 5000 characters. (Max length: 5000 characters) */
            prompt: string;
            /**
             * @description Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
            /**
             * @description Output image resolution.
             * @default 1K
             * @enum {string}
             */
            resolution: "1K" | "2K";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Flux2ProImageToImageTask
         * @description Flux-2 - Pro Image to Image (`flux-2/pro-image-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "flux-2/pro-image-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "input_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1764235041265_kjJ2sTMR.png",
         *           "https://static.aiquickdraw.com/tools/example/1764235045490_9SjAUr4Z.png"
         *         ],
         *         "prompt": "The jar in image 1 is filled with capsules exactly same as image 2 with the exact logo",
         *         "aspect_ratio": "1:1",
         *         "resolution": "1K",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Flux2ProImageToImageTask: {
            /** @constant */
            model: "flux-2/pro-image-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Flux2ProImageToImageInput"];
        };
        /**
         * Flux2ProTextToImageInput
         * @description `input` for `flux-2/pro-text-to-image` (Flux-2 - Pro Text to Image). Input parameters for the generation task.
         */
        Flux2ProTextToImageInput: {
            /** @description Must be between 3 and 5000 characters. (Max length: 5000 characters) */
            prompt: string;
            /**
             * @description Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3";
            /**
             * @description Output image resolution.
             * @default 1K
             * @enum {string}
             */
            resolution: "1K" | "2K";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Flux2ProTextToImageTask
         * @description Flux-2 - Pro Text to Image (`flux-2/pro-text-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "flux-2/pro-text-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Hyperrealistic supermarket blister pack on clean olive green surface. No shadows. Inside: bright pink 3D letters spelling \"FLUX.2\" pressing against stretched plastic film, creating realistic deformation and reflective highlights. Bottom left corner: barcode sticker with text \"GENERATE NOW\" and \"PLAYGROUND\". Plastic shows tension wrinkles and realistic shine where stretched by the volumetric letters.",
         *         "aspect_ratio": "1:1",
         *         "resolution": "1K",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Flux2ProTextToImageTask: {
            /** @constant */
            model: "flux-2/pro-text-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Flux2ProTextToImageInput"];
        };
        /**
         * GeminiOmniVideoInput
         * @description `input` for `gemini-omni-video` (Gemini Omni Video). Input parameters for the multimodal video generation task.
         */
        GeminiOmniVideoInput: {
            /** @description Video prompt used to describe the target content, style, camera language, or character actions in the generated video. */
            prompt: string;
            /**
             * @description Array of image URLs. You can provide one or more reference images for characters, scenes, styles, or storyboard guidance.
             *
             *     Image limits:
             *     - Each file must be no larger than `20MB`
             *     - Use publicly accessible image URLs
             *     - Max 7 images
             */
            image_urls?: string[];
            /** @description Array of audio IDs generated by the `gemini-omni-audio` endpoint. Useful for narration, dialogue, music, or audio guidance in the generated video. Max 3 items. */
            audio_ids?: string[];
            /**
             * @description Array of video clips. Each item defines a source video and the trim range to use during generation.
             *
             *     Video limits:
             *     - Each file must be no larger than `100MB`
             *     - Video duration must not exceed `30s`
             *     - `ends` should be greater than `start`
             *     - The difference between the end time and the start time must not exceed `10s`.
             *     - Max 1 items. Equal 2 images
             */
            video_list?: {
                /**
                 * Format: uri
                 * @description Video URL. Each source video file must be no larger than `100MB` and no longer than `30s`.
                 */
                url: string;
                /** @description Start time in seconds. */
                start: number;
                /** @description End time in seconds. It should be greater than `start`.The difference between the end time and the start time must not exceed 10s */
                ends: number;
            }[];
            /** @description An array of character IDs generated by the `gemini-omni-character` API. Used to provide character appearance, identity, or person references for the video. Each character_id uses 1 image slot. The base limit is 7 image slots; if video_list is also provided, video_list uses 2 image slots, so character_ids can contain up to 3 IDs. */
            character_ids?: string[];
            /**
             * @description The duration of the generated video in seconds. Available values are 4, 6, 8, and 10. When video input is provided, the output duration is determined by the model automatically. This duration parameter will not take effect.Note: when video input is provided, the output duration is determined by the model automatically. This duration parameter will not take effect.
             * @enum {string}
             */
            duration: "4" | "6" | "8" | "10";
            /**
             * @description The aspect ratio of the generated video. `16:9` is landscape, and `9:16` is portrait.
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16";
            /** @description Random seed. Range: [0, 2147483647]. If not specified, the system generates a seed automatically. Fixing the seed can improve reproducibility, but results may still vary due to the model’s stochasticity. */
            seed?: number;
            /**
             * @description The resolution of the generated video. Available values are 720p, 1080p, and 4k.
             * @default 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
        };
        /**
         * GeminiOmniVideoTask
         * @description Gemini Omni Video (`gemini-omni-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "gemini-omni-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Create a futuristic night city short film with a slow push-in shot as the character walks out from a neon-lit street.",
         *         "image_urls": [
         *           "https://example.com/assets/scene-1.png",
         *           "https://example.com/assets/scene-2.png"
         *         ],
         *         "audio_ids": [
         *           "audio_01hx8p0demo"
         *         ],
         *         "video_list": [
         *           {
         *             "url": "https://example.com/assets/source-video.mp4",
         *             "start": 0,
         *             "ends": 10
         *           }
         *         ],
         *         "duration": "4"
         *       }
         *     }
         */
        GeminiOmniVideoTask: {
            /** @constant */
            model: "gemini-omni-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GeminiOmniVideoInput"];
        };
        /**
         * GoogleGemini31FlashTtsInput
         * @description `input` for `google/gemini-3-1-flash-tts` (Gemini 3.1 Flash Text to speech). Input parameters for the generation task.
         */
        GoogleGemini31FlashTtsInput: {
            /**
             * @description Sampling temperature, e.g., 1
             * @default 1
             */
            temperature?: number;
            /**
             * @description Scene description, e.g., "A quiet, warm room with a fireplace crackling softly."
             * @default
             */
            scene?: string;
            /**
             * @description Sample context/overall tone, e.g., "Audiobook style narration. Tone is gentle and inviting."
             * @default
             */
            sample_context?: string;
            /** @description List of speaker configurations */
            speakers: {
                /** @description Speaker identifier, e.g., "Speaker 1" or "Speaker 2";Must be 「Speaker N」format */
                speaker_id: string;
                /**
                 * @description Voice name, e.g., "Zephyr", "Fenrir", "Puck"
                 * @enum {string}
                 */
                voice_name: "Achernar" | "Achird" | "Algenib" | "Algieba" | "Alnilam" | "Aoede" | "Autonoe" | "Callirrhoe" | "Charon" | "Despina" | "Enceladus" | "Erinome" | "Fenrir" | "Gacrux" | "Iapetus" | "Kore" | "Laomedeia" | "Leda" | "Orus" | "Puck" | "Pulcherrima" | "Rasalgethi" | "Sadachbia" | "Sadaltager" | "Schedar" | "Sulafat" | "Umbriel" | "Vindemiatrix" | "Zephyr" | "Zubenelgenubi";
                /** @description Audio profile description, e.g., "A warm and soothing narrator" or "A stern and weary gatekeeper" */
                audio_profile?: string;
                /**
                 * @description Accent, e.g., "British (RP)" or "American (Gen)"
                 * @enum {string}
                 */
                accent: "Neutral" | "American (Gen)" | "American (Valley)" | "American (South)" | "British (RP)" | "British (Brixton)" | "Transatlantic" | "Australian";
                /**
                 * @description Emotional style, e.g., "Gentle" or "Deadpan"
                 * @enum {string}
                 */
                style?: "Vocal Smile" | "Newscaster" | "Whisper" | "Empathetic" | "Promo/Hype" | "Deadpan";
                /**
                 * @description Pace, e.g., "Slow" or "Natural"
                 * @enum {string}
                 */
                pace?: "Natural" | "Rapid Fire" | "The Drift" | "Staccato";
            }[];
            /** @description List of dialogue turns, output in sequential order */
            dialogue_turns: {
                /** @description Corresponding speaker identifier, e.g., "Speaker 1" */
                speaker_id: string;
                /** @description The text spoken by the speaker, which may contain tone tags, e.g., "Once upon a time, in a quiet valley hidden away..." */
                text: string;
            }[];
        };
        /**
         * GoogleGemini31FlashTtsTask
         * @description Gemini 3.1 Flash Text to speech (`google/gemini-3-1-flash-tts`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "google/gemini-3-1-flash-tts",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "temperature": 1,
         *         "scene": "A dark, crumbling dungeon...",
         *         "sample_context": "Fantasy RPG style...",
         *         "speakers": [
         *           {
         *             "speaker_id": "Speaker 1",
         *             "voice_name": "Fenrir",
         *             "audio_profile": "A stern and weary gatekeeper",
         *             "accent": "British (RP)",
         *             "style": "Deadpan",
         *             "pace": "Natural"
         *           },
         *           {
         *             "speaker_id": "Speaker 2",
         *             "voice_name": "Puck",
         *             "audio_profile": "A determined and courageous traveler seeking answers.",
         *             "accent": "American (Gen)",
         *             "style": "Empathetic",
         *             "pace": "Staccato"
         *           }
         *         ],
         *         "dialogue_turns": [
         *           {
         *             "speaker_id": "Speaker 1",
         *             "text": "[shouting] Halt, traveler! The northern pass is sealed by order of the council."
         *           },
         *           {
         *             "speaker_id": "Speaker 2",
         *             "text": "[determination] I carry a message for the elder. Step aside, or I will force my way through."
         *           },
         *           {
         *             "speaker_id": "Speaker 1",
         *             "text": "[caution] No one passes. [pensive] The elder is... he's no longer receiving visitors."
         *           },
         *           {
         *             "speaker_id": "Speaker 2",
         *             "text": "It's too late. [whispers] The shadow... it reached him first. [urgency] You need to leave. [shouting] Now."
         *           }
         *         ]
         *       }
         *     }
         */
        GoogleGemini31FlashTtsTask: {
            /** @constant */
            model: "google/gemini-3-1-flash-tts";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleGemini31FlashTtsInput"];
        };
        /**
         * GoogleImagen4Input
         * @description `input` for `google/imagen4` (Google - imagen4). Input parameters for the generation task.
         */
        GoogleImagen4Input: {
            /** @description The text prompt describing what you want to see (Max length: 5000 characters) */
            prompt: string;
            /** @description A description of what to discourage in the generated images (Max length: 5000 characters) */
            negative_prompt?: string;
            /**
             * @description The aspect ratio of the generated image
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:4" | "4:3";
            /** @description Random seed for reproducible generation (Max length: 500 characters) */
            seed?: string;
        };
        /**
         * GoogleImagen4Task
         * @description Google - imagen4 (`google/imagen4`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "google/imagen4",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.",
         *         "negative_prompt": "",
         *         "aspect_ratio": "1:1",
         *         "seed": ""
         *       }
         *     }
         */
        GoogleImagen4Task: {
            /** @constant */
            model: "google/imagen4";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleImagen4Input"];
        };
        /**
         * GoogleImagen4FastInput
         * @description `input` for `google/imagen4-fast` (Google - imagen4-fast). Input parameters for the generation task.
         */
        GoogleImagen4FastInput: {
            /** @description The text prompt describing what you want to see (Max length: 5000 characters) */
            prompt: string;
            /** @description A description of what to discourage in the generated images (Max length: 5000 characters) */
            negative_prompt?: string;
            /**
             * @description The aspect ratio of the generated image
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:4" | "4:3";
            /**
             * @description Number of images to generate.
             * @default 1
             * @enum {string}
             */
            num_images?: "1" | "2" | "3" | "4";
            /** @description Random seed for reproducible generation */
            seed?: number;
        };
        /**
         * GoogleImagen4FastTask
         * @description Google - imagen4-fast (`google/imagen4-fast`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "google/imagen4-fast",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Create a cinematic, photorealistic medium shot capturing the nostalgic warmth of a late 90s indie film. The focus is a young woman with brightly dyed pink hair (slightly faded) and freckled skin, looking directly and intently into the camera lens with a hopeful yet slightly uncertain smile. She wears an oversized, vintage band t-shirt (slightly worn, with the faintly cracked white text “KIE AI” across the chest) layered over a long-sleeved striped top, along with simple silver stud earrings. The lighting is soft, golden hour sunlight streaming through a slightly dusty window, creating lens flare and illuminating dust motes in the air. The background shows a blurred, cluttered bedroom with posters on the wall and fairy lights, rendered with a shallow depth of field. Natural film grain, a warm, slightly muted color palette, and sharp focus on her expressive eyes enhance the intimate, authentic feel.",
         *         "negative_prompt": "",
         *         "aspect_ratio": "16:9",
         *         "num_images": "1"
         *       }
         *     }
         */
        GoogleImagen4FastTask: {
            /** @constant */
            model: "google/imagen4-fast";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleImagen4FastInput"];
        };
        /**
         * GoogleImagen4UltraInput
         * @description `input` for `google/imagen4-ultra` (Google - imagen4-ultra). Input parameters for the generation task.
         */
        GoogleImagen4UltraInput: {
            /** @description The text prompt describing what you want to see (Max length: 5000 characters) */
            prompt: string;
            /** @description A description of what to discourage in the generated images (Max length: 5000 characters) */
            negative_prompt?: string;
            /**
             * @description The aspect ratio of the generated image
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:4" | "4:3";
            /** @description Random seed for reproducible generation (Max length: 500 characters) */
            seed?: string;
        };
        /**
         * GoogleImagen4UltraTask
         * @description Google - imagen4-ultra (`google/imagen4-ultra`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "google/imagen4-ultra",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.",
         *         "negative_prompt": "",
         *         "aspect_ratio": "1:1",
         *         "seed": ""
         *       }
         *     }
         */
        GoogleImagen4UltraTask: {
            /** @constant */
            model: "google/imagen4-ultra";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleImagen4UltraInput"];
        };
        /**
         * GoogleNanoBananaInput
         * @description `input` for `google/nano-banana` (Google - Nano Banana). Input parameters for the generation task.
         */
        GoogleNanoBananaInput: {
            /** @description The prompt for image generation (Max length: 5000 characters) */
            prompt: string;
            /**
             * @description Output format for the images
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description Aspect ratio of the generated image.
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
            /**
             * @deprecated
             * @description The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please use the latest aspect_ratio parameter).
             * @default 1:1
             * @enum {string}
             */
            image_size?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
        };
        /**
         * GoogleNanoBananaTask
         * @description Google - Nano Banana (`google/nano-banana`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "google/nano-banana",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A surreal painting of a giant banana floating in space, stars and galaxies in the background, vibrant colors, digital art",
         *         "output_format": "png",
         *         "aspect_ratio": "1:1"
         *       }
         *     }
         */
        GoogleNanoBananaTask: {
            /** @constant */
            model: "google/nano-banana";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleNanoBananaInput"];
        };
        /**
         * GoogleNanoBananaEditInput
         * @description `input` for `google/nano-banana-edit` (Google - Nano Banana Edit). Input parameters for the generation task.
         */
        GoogleNanoBananaEditInput: {
            /** @description The prompt for image editing (Max length: 5000 characters) */
            prompt: string;
            /** @description List of URLs of input images for editing,up to 10 images. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            image_urls: string[];
            /**
             * @description Output format for the images
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description Aspect ratio of the generated image.
             * @default 1:1
             * @enum {string}
             */
            image_size?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
        };
        /**
         * GoogleNanoBananaEditTask
         * @description Google - Nano Banana Edit (`google/nano-banana-edit`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "google/nano-banana-edit",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "turn this photo into a character figure. Behind it, place a box with the character’s image printed on it, and a computer showing the Blender modeling process on its screen. In front of the box, add a round plastic base with the character figure standing on it. set the scene indoors if possible",
         *         "image_urls": [
         *           "https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"
         *         ],
         *         "output_format": "png",
         *         "image_size": "1:1"
         *       }
         *     }
         */
        GoogleNanoBananaEditTask: {
            /** @constant */
            model: "google/nano-banana-edit";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleNanoBananaEditInput"];
        };
        /**
         * NanoBanana2Input
         * @description `input` for `nano-banana-2` (Google - Nano Banana 2). Input parameters for the generation task.
         */
        NanoBanana2Input: {
            /** @description A text description of the image you want to generate (Max length: 20000 characters) */
            prompt: string;
            /** @description Input images to transform or use as reference (supports up to 14 images) (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 30.0MB) */
            image_input?: string[];
            /**
             * @description Aspect ratio of the generated image
             * @default auto
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "1:4" | "1:8" | "2:3" | "3:2" | "3:4" | "4:1" | "4:3" | "4:5" | "5:4" | "8:1" | "9:16" | "16:9" | "21:9" | "auto";
            /**
             * @description Resolution of the generated image
             * @default 1K
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
            /**
             * @description Format of the output image
             * @default jpg
             * @enum {string}
             */
            output_format?: "png" | "jpg";
        };
        /**
         * NanoBanana2Task
         * @description Google - Nano Banana 2 (`nano-banana-2`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "nano-banana-2",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI.",
         *         "image_input": [],
         *         "aspect_ratio": "auto",
         *         "resolution": "1K",
         *         "output_format": "png"
         *       }
         *     }
         */
        NanoBanana2Task: {
            /** @constant */
            model: "nano-banana-2";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["NanoBanana2Input"];
        };
        /**
         * NanoBananaProInput
         * @description `input` for `nano-banana-pro` (Google - Nano Banana Pro). Input parameters for the generation task.
         */
        NanoBananaProInput: {
            /** @description A text description of the image you want to generate (Max length: 10000 characters) */
            prompt: string;
            /** @description Input images to transform or use as reference (supports up to 8 images) (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 30.0MB) */
            image_input?: string[];
            /**
             * @description Aspect ratio of the generated image
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "4:5" | "5:4" | "9:16" | "16:9" | "21:9" | "auto";
            /**
             * @description Resolution of the generated image
             * @default 1K
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
            /**
             * @description Format of the output image
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "jpg";
        };
        /**
         * NanoBananaProTask
         * @description Google - Nano Banana Pro (`nano-banana-pro`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "nano-banana-pro",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI.",
         *         "image_input": [],
         *         "aspect_ratio": "1:1",
         *         "resolution": "1K",
         *         "output_format": "png"
         *       }
         *     }
         */
        NanoBananaProTask: {
            /** @constant */
            model: "nano-banana-pro";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["NanoBananaProInput"];
        };
        /**
         * GptImage2ImageToImageInput
         * @description `input` for `gpt-image-2-image-to-image` (GPT Image 2 - Image To Image). Input parameters for the image-to-image task.
         */
        GptImage2ImageToImageInput: {
            /** @description Text prompts, up to 20,000 characters. */
            prompt: string;
            /** @description Array of input image URLs. */
            input_urls: string[];
            /**
             * @description The aspect ratio of the generated image is set to auto by default.
             * @enum {string}
             */
            aspect_ratio?: "auto" | "1:1" | "9:16" | "16:9" | "4:3" | "3:4";
            /**
             * @description Image resolution: Note: Images with a 1:1 aspect ratio cannot be converted to 4K images. Images with the aspect ratio set to "auto" or without a specified aspect ratio parameter will only be converted to 1K images; otherwise, the task will fail to create.
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
        };
        /**
         * GptImage2ImageToImageTask
         * @description GPT Image 2 - Image To Image (`gpt-image-2-image-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "gpt-image-2-image-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "take a photo with Sam Altman in the conference room",
         *         "input_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1776782793756_wrogXTdd.png"
         *         ],
         *         "aspect_ratio": "auto"
         *       }
         *     }
         */
        GptImage2ImageToImageTask: {
            /** @constant */
            model: "gpt-image-2-image-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GptImage2ImageToImageInput"];
        };
        /**
         * GptImage2TextToImageInput
         * @description `input` for `gpt-image-2-text-to-image` (GPT Image-2 - Text to Image). Input parameters for the text-to-image task.
         */
        GptImage2TextToImageInput: {
            /** @description Text prompt. Required, maximum 20,000 characters. */
            prompt: string;
            /**
             * @description The aspect ratio of the generated image is set to auto by default.
             * @enum {string}
             */
            aspect_ratio?: "auto" | "1:1" | "9:16" | "16:9" | "4:3" | "3:4";
            /**
             * @description Image resolution: Note: Images with a 1:1 aspect ratio cannot be converted to 4K images. Images with the aspect ratio set to "auto" or without a specified aspect ratio parameter will only be converted to 1K images; otherwise, the task will fail to create.
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
        };
        /**
         * GptImage2TextToImageTask
         * @description GPT Image-2 - Text to Image (`gpt-image-2-text-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "gpt-image-2-text-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A cinematic night city poster with neon reflections on a rainy street.",
         *         "aspect_ratio": "auto"
         *       }
         *     }
         */
        GptImage2TextToImageTask: {
            /** @constant */
            model: "gpt-image-2-text-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GptImage2TextToImageInput"];
        };
        /**
         * GptImage15ImageToImageInput
         * @description `input` for `gpt-image/1.5-image-to-image` (GPT Image-1.5 - Image to Image). Input parameters for the generation task.
         */
        GptImage15ImageToImageInput: {
            /** @description Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            input_urls: string[];
            /** @description A text description of the image you want to generate */
            prompt: string;
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 3:2
             * @enum {string}
             */
            aspect_ratio: "1:1" | "2:3" | "3:2";
            /**
             * @description Quality: medium=balanced, high=slow/detailed.
             * @default medium
             * @enum {string}
             */
            quality: "medium" | "high";
        };
        /**
         * GptImage15ImageToImageTask
         * @description GPT Image-1.5 - Image to Image (`gpt-image/1.5-image-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "gpt-image/1.5-image-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "input_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1765962794374_GhtqB9oX.webp"
         *         ],
         *         "prompt": "Edit the image to dress the woman using the provided clothing images. Preserve her exact likeness, expression, hairstyle, and proportions. Replace only the clothing, fitting the garments naturally to her existing pose and body geometry with realistic fabric behavior. Match lighting, shadows, and color temperature to the original photo so the outfit integrates photorealistically, without looking pasted on.",
         *         "aspect_ratio": "3:2",
         *         "quality": "medium"
         *       }
         *     }
         */
        GptImage15ImageToImageTask: {
            /** @constant */
            model: "gpt-image/1.5-image-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GptImage15ImageToImageInput"];
        };
        /**
         * GptImage15TextToImageInput
         * @description `input` for `gpt-image/1.5-text-to-image` (GPT Image-1.5 - Text to Image). Input parameters for the generation task.
         */
        GptImage15TextToImageInput: {
            /** @description A text description of the image you want to generate */
            prompt: string;
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "2:3" | "3:2";
            /**
             * @description Quality: medium=balanced, high=slow/detailed.
             * @default medium
             * @enum {string}
             */
            quality: "medium" | "high";
        };
        /**
         * GptImage15TextToImageTask
         * @description GPT Image-1.5 - Text to Image (`gpt-image/1.5-text-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "gpt-image/1.5-text-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Create a photorealistic candid photograph of an elderly sailor standing on a small fishing boat.  He has weathered skin with visible wrinkles, pores, and sun texture, and a few faded traditional sailor tattoos on his arms. He is calmly adjusting a net while his dog sits nearby on the deck. Shot like a 35mm film photograph, medium close-up at eye level, using a 50mm lens. The image should feel honest and unposed, with real skin texture, worn materials, and everyday detail. No glamorization, no heavy retouching. ",
         *         "aspect_ratio": "1:1",
         *         "quality": "medium"
         *       }
         *     }
         */
        GptImage15TextToImageTask: {
            /** @constant */
            model: "gpt-image/1.5-text-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GptImage15TextToImageInput"];
        };
        /**
         * GrokImagineExtendInput
         * @description `input` for `grok-imagine/extend` (Grok Imagine - Video Extend). Input parameters for the video extension task.
         */
        GrokImagineExtendInput: {
            /**
             * @description Task ID from a previously successful video generation task. Required field.
             *
             *     - Must be from a Kie AI video generation model (e.g., grok-imagine/text-to-video)
             *     - The original video generation must have completed successfully
             *     - Only Kie AI–generated task IDs are supported
             */
            task_id: string;
            /**
             * @description Text instructions describing the required movement of the video. Required field.
             *     - Provide a detailed description of how you would like the video to expand and continue.
             *     - You can specify camera movements, scene changes, object actions, etc.
             *     - The more specific the prompt words are, the more likely the generated effect will match your expectations.
             *     - Supports input in both Chinese and English.
             */
            prompt: string;
            /** @description The starting position of the video extension. Optional field. */
            extend_at: string;
            /**
             * @description Duration of video extension (in seconds). Required field.
             *     - `6`: Expand 6 seconds of video content
             *     - `10`: Expand 10 seconds of video content
             *     - The longer the extension duration, the longer the time required for generation
             *     - Select the appropriate duration based on the complexity of the scene
             * @default 6
             * @enum {string}
             */
            extend_times: "6" | "10";
        };
        /**
         * GrokImagineExtendTask
         * @description Grok Imagine - Video Extend (`grok-imagine/extend`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "grok-imagine/extend",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "task_id": "task_grok_12345678",
         *         "prompt": "",
         *         "extend_at": "0",
         *         "extend_times": "6"
         *       }
         *     }
         */
        GrokImagineExtendTask: {
            /** @constant */
            model: "grok-imagine/extend";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineExtendInput"];
        };
        /**
         * GrokImagineImageToImageInput
         * @description `input` for `grok-imagine/image-to-image` (Grok Imagine - image to image). Input parameters for the generation task.
         */
        GrokImagineImageToImageInput: {
            /** @description A text description specifying the desired content or style of the generated image. (Max length: 390000 characters) */
            prompt?: string;
            /** @description An array containing up to 1 URL string pointing to reference images. (Use file URLs after upload, not raw file content. Accepted types: image/jpeg, image/png, image/webp. Max size: 10.0MB per image.) In your prompt, reference the uploaded image by typing @image(n) followed by a space (for example: @image1 a sunset over the ocean). */
            image_urls: string[];
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * GrokImagineImageToImageTask
         * @description Grok Imagine - image to image (`grok-imagine/image-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "grok-imagine/image-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Recreate the Titanic movie poster with two adorable anthropomorphic cats in the same romantic pose at the bow of the ship. The male cat is an orange tabby wearing a vest, standing behind a white long-haired female cat in a lace dress, holding her paws as they stretch forward in the wind. Both cats are photorealistic with detailed fur, wind-swept hair, and dramatic sunset lighting (warm golden highlights, cool blue shadows). Background: the Titanic ship at dusk with four smokestacks, glowing deck lights, calm ocean, and orange-pink sunset sky. Center title: “CATANIC” in the same gold metallic serif style as Titanic, same size and position.",
         *         "image_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1767602105243_0MmMCrwq.png"
         *         ]
         *       }
         *     }
         */
        GrokImagineImageToImageTask: {
            /** @constant */
            model: "grok-imagine/image-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineImageToImageInput"];
        };
        /**
         * GrokImagineImageToVideoInput
         * @description `input` for `grok-imagine/image-to-video` (Grok Imagine Image to Video). Input parameters for the video generation task.
         */
        GrokImagineImageToVideoInput: {
            /**
             * @description Provide an external image URL as a reference for video generation. Up to 7 images are supported. Do not use it simultaneously with task_id. In your prompt, reference an uploaded image by typing @image(n) followed by a space (for example: @image1 a sunset over the ocean).
             *     - Supports JPEG, PNG, and WEBP formats
             *     - Maximum file size for each image: 10MB
             *     - The Spicy mode is not available when using external images
             *     - The array can contain a maximum of seven URLs
             */
            image_urls?: string[];
            /**
             * @description Task ID from a previously generated Grok image. Use with index to select a specific image. Do not use with image_urls.
             *
             *     - Use task ID from grok-imagine/text-to-image generations
             *     - Supports all modes including Spicy
             *     - Maximum length: 100 characters
             */
            task_id?: string;
            /**
             * @description When using task_id, specify which image to use (Grok generates 6 images per task). Only works with task_id.
             *
             *     - 0-based index (0-5)
             *     - Ignored if image_urls is provided
             *     - Default: 0
             * @default 0
             */
            index?: number;
            /**
             * @description Text prompt describing the desired video motion. Optional field.
             *
             *     - Should be detailed and specific about the desired visual motion
             *     - Describe movement, action sequences, camera work, and timing
             *     - Include details about subjects, environments, and motion dynamics
             *     - Maximum length: 5000 characters
             *     - Supports English language prompts
             */
            prompt?: string;
            /**
             * @description Specifies the generation mode affecting the style and intensity of motion. Note: Spicy mode is not available for external image inputs.
             *
             *     - **fun**: More creative and playful interpretation
             *     - **normal**: Balanced approach with good motion quality
             *     - **spicy**: More dynamic and intense motion effects (not available for external images)
             *
             *     Default: normal
             * @default normal
             * @enum {string}
             */
            mode?: "fun" | "normal" | "spicy";
            /** @description The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step: 1) */
            duration?: string;
            /**
             * @description The resolution of the generated video.
             * @default 480p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            /**
             * @description Image ratio selection only applies to multi-image generation mode. In single-image mode, the video width and height are referenced to the image width and height.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * GrokImagineImageToVideoTask
         * @description Grok Imagine Image to Video (`grok-imagine/image-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "grok-imagine/image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "task_id": "task_grok_12345678",
         *         "image_urls": [
         *           "https://file.aiquickdraw.com/custom-page/akr/section-images/1762247692373tw5di116.png"
         *         ],
         *         "prompt": "POV hand comes into frame handing the girl a cup of take away coffee, the girl steps out of the screen looking tired, then takes it and she says happily: \"thanks! Back to work\" she exits the frame and walks right to a different part of the office.",
         *         "mode": "normal",
         *         "duration": "6",
         *         "resolution": "480p",
         *         "aspect_ratio": "16:9"
         *       }
         *     }
         * @example {
         *       "model": "grok-imagine/image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "image_urls": [
         *           "https://file.aiquickdraw.com/custom-page/akr/section-images/1762247692373tw5di116.png"
         *         ],
         *         "prompt": "POV hand comes into frame handing the girl a cup of take away coffee, the girl steps out of the screen looking tired, then takes it and she says happily: \"thanks! Back to work\" she exits the frame and walks right to a different part of the office.",
         *         "mode": "normal"
         *       }
         *     }
         */
        GrokImagineImageToVideoTask: {
            /** @constant */
            model: "grok-imagine/image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineImageToVideoInput"];
        };
        /**
         * GrokImagineTextToImageInput
         * @description `input` for `grok-imagine/text-to-image` (Grok Imagine - Text to Image). Input parameters for the image generation task.
         */
        GrokImagineTextToImageInput: {
            /**
             * @description Text prompt describing the desired image. Required field.
             *
             *     - Should be detailed and specific about the desired visual elements
             *     - Describe composition, style, lighting, mood, and other visual details
             *     - Maximum length: 5000 characters
             *     - Supports English language prompts
             */
            prompt: string;
            /**
             * @description Specifies the width-to-height ratio of the generated image. Controls the aspect ratio of the output.
             *
             *     - **2:3**: Portrait orientation (vertical)
             *     - **3:2**: Landscape orientation (horizontal)
             *     - **1:1**: Square format
             *     - **16:9**: Wide screen format
             *     - **9:16**: Tall screen format
             *
             *     Default: 1:1
             * @enum {string}
             */
            aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
            /**
             * @description Controls the request processing strategy.
             *       - `false`: Corresponds to **speed mode**. The system prioritizes response time and throughput, suitable for latency-sensitive scenarios.
             *       - `true`: Corresponds to **quality mode**. The system prioritizes processing quality and precision, suitable for scenarios requiring higher accuracy.
             */
            enable_pro?: boolean;
        };
        /**
         * GrokImagineTextToImageTask
         * @description Grok Imagine - Text to Image (`grok-imagine/text-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "grok-imagine/text-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Cinematic portrait of a woman sitting by a vinyl record player, retro living room background, soft ambient lighting, warm earthy tones, nostalgic 1970s wardrobe, reflective mood, gentle film grain texture, shallow depth of field, vintage editorial photography style.",
         *         "aspect_ratio": "3:2"
         *       }
         *     }
         */
        GrokImagineTextToImageTask: {
            /** @constant */
            model: "grok-imagine/text-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineTextToImageInput"];
        };
        /**
         * GrokImagineTextToVideoInput
         * @description `input` for `grok-imagine/text-to-video` (Grok Imagine Text to Video). Input parameters for the video generation task.
         */
        GrokImagineTextToVideoInput: {
            /**
             * @description Text prompt describing the desired video motion. Required field.
             *
             *     - Should be detailed and specific about the desired visual motion
             *     - Describe movement, action sequences, camera work, and timing
             *     - Include details about subjects, environments, and motion dynamics
             *     - Maximum length: 5000 characters
             *     - Supports English language prompts
             */
            prompt: string;
            /**
             * @description Specifies the width-to-height ratio of the generated video. Controls the aspect ratio of the output.
             *
             *     - **2:3**: Portrait orientation (vertical)
             *     - **3:2**: Landscape orientation (horizontal)
             *     - **1:1**: Square format
             *     - **16:9**: Wide screen format
             *     - **9:16**: Tall screen format
             *
             *     Default: 2:3
             * @default 2:3
             * @enum {string}
             */
            aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
            /**
             * @description Specifies the generation mode affecting the style and intensity of motion.
             *
             *     - **fun**: More creative and playful interpretation
             *     - **normal**: Balanced approach with good motion quality
             *     - **spicy**: More dynamic and intense motion effects
             *
             *     Default: normal
             * @default normal
             * @enum {string}
             */
            mode?: "fun" | "normal" | "spicy";
            /** @description The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step: 1) */
            duration?: string;
            /**
             * @description The resolution of the generated video.
             * @default 480p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * GrokImagineTextToVideoTask
         * @description Grok Imagine Text to Video (`grok-imagine/text-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "grok-imagine/text-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A couple of doors open to the right one by one randomly and stay open, to show the inside, each is either a living room, or a kitchen, or a bedroom or an office, with little people living inside.",
         *         "aspect_ratio": "2:3",
         *         "mode": "normal",
         *         "duration": "6",
         *         "resolution": "480p"
         *       }
         *     }
         * @example {
         *       "model": "grok-imagine/text-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A couple of doors open to the right one by one randomly and stay open, to show the inside, each is either a living room, or a kitchen, or a bedroom or an office, with little people living inside.",
         *         "aspect_ratio": "2:3",
         *         "mode": "normal"
         *       }
         *     }
         */
        GrokImagineTextToVideoTask: {
            /** @constant */
            model: "grok-imagine/text-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineTextToVideoInput"];
        };
        /**
         * GrokImagineUpscaleInput
         * @description `input` for `grok-imagine/upscale` (Grok Imagine - Video Upscale). Input parameters for the video upscaling task.
         */
        GrokImagineUpscaleInput: {
            /**
             * @description Task ID from a previously successful video generation task. Required field.
             *
             *     - Must be from a Kie AI video generation model (e.g., grok-imagine/text-to-video)
             *     - The original video generation must have completed successfully
             *     - Only Kie AI–generated task IDs are supported
             */
            task_id: string;
        };
        /**
         * GrokImagineUpscaleTask
         * @description Grok Imagine - Video Upscale (`grok-imagine/upscale`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "grok-imagine/upscale",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "task_id": "task_grok_12345678"
         *       }
         *     }
         */
        GrokImagineUpscaleTask: {
            /** @constant */
            model: "grok-imagine/upscale";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineUpscaleInput"];
        };
        /**
         * Hailuo02ImageToVideoProInput
         * @description `input` for `hailuo/02-image-to-video-pro` (Hailuo Pro Image to Video). Input parameters for the generation task.
         */
        Hailuo02ImageToVideoProInput: {
            /** @description Text prompt describing the desired video animation (Max length: 1500 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /** @description Optional URL of the image to use as the last frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            end_image_url?: string;
            /** @description Whether to use the model's prompt optimizer (Boolean value (true/false)) */
            prompt_optimizer?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
        };
        /**
         * Hailuo02ImageToVideoProTask
         * @description Hailuo Pro Image to Video (`hailuo/02-image-to-video-pro`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "hailuo/02-image-to-video-pro",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Cinematic wide shot: A colossal starship drifts silently above the rings of Saturn, its metallic hull reflecting streaks of cosmic light. The camera pushes closer, revealing thousands of illuminated windows like a floating city. Smaller fighter crafts dart across the frame, leaving neon trails as they maneuver through the vastness of space. A sudden burst of thrusters scatters asteroid fragments in slow motion, glowing faintly as they collide and drift apart.",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/17585210783150ispzfo7.png",
         *         "end_image_url": "",
         *         "prompt_optimizer": true
         *       }
         *     }
         */
        Hailuo02ImageToVideoProTask: {
            /** @constant */
            model: "hailuo/02-image-to-video-pro";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Hailuo02ImageToVideoProInput"];
        };
        /**
         * Hailuo02ImageToVideoStandardInput
         * @description `input` for `hailuo/02-image-to-video-standard` (Hailuo Standard Image to Video). Input parameters for the generation task.
         */
        Hailuo02ImageToVideoStandardInput: {
            /** @description The text prompt describing the video to generate (Max length: 1500 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description The URL of the image to use as the first frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * Format: uri
             * @description Optional URL of the image to use as the last frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            end_image_url?: string;
            /**
             * @description The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
             * @default 10
             * @enum {string}
             */
            duration?: "6" | "10";
            /**
             * @description The resolution of the generated video.
             * @default 768P
             * @enum {string}
             */
            resolution?: "512P" | "768P";
            /** @description Whether to use the model's prompt optimizer (Boolean value (true/false)) */
            prompt_optimizer?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
        };
        /**
         * Hailuo02ImageToVideoStandardTask
         * @description Hailuo Standard Image to Video (`hailuo/02-image-to-video-standard`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "hailuo/02-image-to-video-standard",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Epic aerial shot: A lone samurai stands atop a jagged mountain peak as a storm of sakura petals is swept across the wind. Behind him, the sky is split in two — half daylight, half night. The shot pulls back to reveal that the mountain is actually the curved back of a sleeping dragon that spans across the horizon. Lightning crackles in the distance as the dragon's eye slowly opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers his straw hat and places his hand on the hilt of his blade.",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/17585207681646umf3lz8.png",
         *         "end_image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1758521423357w8586uq8.png",
         *         "duration": "10",
         *         "resolution": "768P",
         *         "prompt_optimizer": true
         *       }
         *     }
         */
        Hailuo02ImageToVideoStandardTask: {
            /** @constant */
            model: "hailuo/02-image-to-video-standard";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Hailuo02ImageToVideoStandardInput"];
        };
        /**
         * Hailuo02TextToVideoProInput
         * @description `input` for `hailuo/02-text-to-video-pro` (Hailuo Pro Text to Video). Input parameters for the generation task.
         */
        Hailuo02TextToVideoProInput: {
            /** @description The text prompt for video generation (Max length: 1500 characters) */
            prompt: string;
            /** @description Whether to use the model's prompt optimizer (Boolean value (true/false)) */
            prompt_optimizer?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * Hailuo02TextToVideoProTask
         * @description Hailuo Pro Text to Video (`hailuo/02-text-to-video-pro`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "hailuo/02-text-to-video-pro",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "High top angle wide mid close-up tracking shot, flying very fast two meters high over prehistoric ferns and moss-covered ground, dominated by a real young boy (pink t-shirt, pink shorts, white shoes, white long socks), with his back to the camera, body stretched out, gliding smoothly forward, flying in the air, casting a clear shadow on the terrain below. His legs and body are high above the surface, his feet not touching the ground, soaring in a Superman pose. The background is a vast Jurassic valley, filled with dense, ancient jungle vegetation and towering cycads. In the distance, rugged volcanic mountains rise with a winding path cutting through. Massive, slow-moving sauropods graze far off on the horizon. Large, fluffy white clouds float in the vibrant blue sky. Strong dynamic motion blur adds a vivid sense of high-speed flight and deep cinematic perspective. Realistic image –raw.",
         *         "prompt_optimizer": true
         *       }
         *     }
         */
        Hailuo02TextToVideoProTask: {
            /** @constant */
            model: "hailuo/02-text-to-video-pro";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Hailuo02TextToVideoProInput"];
        };
        /**
         * Hailuo02TextToVideoStandardInput
         * @description `input` for `hailuo/02-text-to-video-standard` (Hailuo Standard Text to Video). Input parameters for the generation task.
         */
        Hailuo02TextToVideoStandardInput: {
            /** @description Text description for video generation (Max length: 1500 characters) */
            prompt: string;
            /**
             * @description The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
             * @default 6
             * @enum {string}
             */
            duration?: "6" | "10";
            /** @description Whether to use the model's prompt optimizer (Boolean value (true/false)) */
            prompt_optimizer?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * Hailuo02TextToVideoStandardTask
         * @description Hailuo Standard Text to Video (`hailuo/02-text-to-video-standard`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "hailuo/02-text-to-video-standard",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A llama and a raccoon battle it out in an intense table tennis match, inside a roaring Olympic stadium. Slow-mo, wild angles, full comedy mode.",
         *         "duration": "6",
         *         "prompt_optimizer": true
         *       }
         *     }
         */
        Hailuo02TextToVideoStandardTask: {
            /** @constant */
            model: "hailuo/02-text-to-video-standard";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Hailuo02TextToVideoStandardInput"];
        };
        /**
         * Hailuo23ImageToVideoProInput
         * @description `input` for `hailuo/2-3-image-to-video-pro` (Hailuo 2.3 Pro Image to Video). Input parameters for the generation task.
         */
        Hailuo23ImageToVideoProInput: {
            /** @description Text prompt describing the desired video animation (Max length: 5000 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
             * @default 6
             * @enum {string}
             */
            duration?: "6" | "10";
            /**
             * @description The resolution of the generated video.
             * @default 768P
             * @enum {string}
             */
            resolution?: "768P" | "1080P";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * Hailuo23ImageToVideoProTask
         * @description Hailuo 2.3 Pro Image to Video (`hailuo/2-3-image-to-video-pro`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "hailuo/2-3-image-to-video-pro",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A graceful geisha performs a traditional Japanese dance indoors. She wears a luxurious red kimono with golden floral embroidery, white obi belt, and white tabi socks. Soft and elegant hand movements, expressive pose, sleeves flowing naturally. Scene set in a Japanese tatami room with warm ambient lighting, shoji paper sliding doors, and cherry blossom branches hanging in the foreground. Cinematic, soft depth of field, high detail fabric texture, hyper-realistic, smooth motion.",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1761736831884xl56xfiw.webp",
         *         "duration": "6",
         *         "resolution": "768P"
         *       }
         *     }
         */
        Hailuo23ImageToVideoProTask: {
            /** @constant */
            model: "hailuo/2-3-image-to-video-pro";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Hailuo23ImageToVideoProInput"];
        };
        /**
         * Hailuo23ImageToVideoStandardInput
         * @description `input` for `hailuo/2-3-image-to-video-standard` (Hailuo 2.3 Standard Image to Video). Input parameters for the generation task.
         */
        Hailuo23ImageToVideoStandardInput: {
            /** @description Text prompt describing the desired video animation (Max length: 5000 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
             * @default 6
             * @enum {string}
             */
            duration?: "6" | "10";
            /**
             * @description The resolution of the generated video.
             * @default 768P
             * @enum {string}
             */
            resolution?: "768P" | "1080P";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * Hailuo23ImageToVideoStandardTask
         * @description Hailuo 2.3 Standard Image to Video (`hailuo/2-3-image-to-video-standard`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "hailuo/2-3-image-to-video-standard",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Two armored medieval knights clash in an intense duel at sunset, cinematic lighting.  Metal armor reflects warm golden light from the sun and the glowing swords. Sparks explode as the swords collide. Dynamic camera movement, shallow depth of field, dramatic slow motion. The scene takes place in an open desert battlefield, dust in the air, warm orange sun behind them, epic atmosphere.  Highly detailed armor textures, realistic reflections, volumetric lighting, cinematic quality.",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1761736401898mpm67du5.webp",
         *         "duration": "6",
         *         "resolution": "768P"
         *       }
         *     }
         */
        Hailuo23ImageToVideoStandardTask: {
            /** @constant */
            model: "hailuo/2-3-image-to-video-standard";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Hailuo23ImageToVideoStandardInput"];
        };
        /**
         * Happyhorse11ImageToVideoInput
         * @description `input` for `happyhorse-1-1/image-to-video` (HappyHorse-1-1 image-to-video). Input parameters for the generation task.
         */
        Happyhorse11ImageToVideoInput: {
            /**
             * @description Describes the video content to generate. Supports any language. Maximum: 5,000 non-Chinese characters or 2,500 Chinese
             * @default
             */
            prompt?: string;
            /**
             * @description The URL of the first frame image.
             *     Image constraints:
             *     1. Formats: JPEG, JPG, PNG, WEBP.
             *     2. Resolution: Width and height must both be at least 300 pixels.
             *     3. Aspect ratio: Between 1:2.5 and 2.5:1.
             *     4. File size: Up to 20 MB.
             */
            image_urls: string[];
            /**
             * @description The resolution of the generated video.
             *     Options: 720p; 1080p
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description The duration of the generated video, in seconds.  The value must be an integer in the range [3, 15]. Default: 5
             * @default 5
             */
            duration?: number;
        };
        /**
         * Happyhorse11ImageToVideoTask
         * @description HappyHorse-1-1 image-to-video (`happyhorse-1-1/image-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "happyhorse-1-1/image-to-video",
         *       "input": {
         *         "image_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1782114387854_IufKnPxR.png"
         *         ],
         *         "prompt": "A cat running on the grass",
         *         "resolution": "1080p",
         *         "duration": 5
         *       }
         *     }
         */
        Happyhorse11ImageToVideoTask: {
            /** @constant */
            model: "happyhorse-1-1/image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Happyhorse11ImageToVideoInput"];
        };
        /**
         * HappyhorseImageToVideoInput
         * @description `input` for `happyhorse/image-to-video` (HappyHorse - image-to-video). Input parameters for the generation task.
         */
        HappyhorseImageToVideoInput: {
            /** @description Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated. */
            prompt?: string;
            /**
             * @description First-frame image URL list. Exactly one image is required.
             *
             *     Image constraints:
             *     Format: JPEG, JPG, PNG, WEBP.
             *     Resolution: Width and height must be at least 300 pixels.
             *     Aspect ratio: 1:2.5 to 2.5:1.
             *     File size: Up to 10 MB.
             */
            image_urls: string[];
            /**
             * @description Output video resolution. Valid values: 720P, 1080P (default).
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Output duration in seconds. Must be between 3 and 15. Defaults to 5.
             * @default 5
             */
            duration?: number;
            /**
             * @description Random seed for reproducibility (if supported).
             * @default 0
             */
            seed?: number;
        };
        /**
         * HappyhorseImageToVideoTask
         * @description HappyHorse - image-to-video (`happyhorse/image-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "happyhorse/image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A cat running on the grass",
         *         "image_urls": [
         *           "https://loremflickr.com/400/400?lock=4153750340434616"
         *         ],
         *         "resolution": "1080p",
         *         "duration": 5,
         *         "seed": 1546095068
         *       }
         *     }
         */
        HappyhorseImageToVideoTask: {
            /** @constant */
            model: "happyhorse/image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["HappyhorseImageToVideoInput"];
        };
        /**
         * HappyhorseReferenceToVideoInput
         * @description `input` for `happyhorse/reference-to-video` (HappyHorse - reference-to-video). Input parameters for the generation task.
         */
        HappyhorseReferenceToVideoInput: {
            /** @description Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated. */
            prompt: string;
            /**
             * @description Reference image URL list. Provide 1–9 images. The order defines which image is character1, character2, etc.
             *
             *     Image limits:
             *     Format: JPEG, JPG, PNG, and WEBP.
             *     Resolution: shortest side at least 400 px. 720P or higher recommended. Avoid small, blurry, or heavily compressed images, as they degrade output quality.
             *     File size: 10 MB maximum.
             */
            reference_image: string[];
            /**
             * @description Output video resolution. Valid values: 720P, 1080P (default).
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /**
             * @description Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5.
             * @default 5
             */
            duration?: number;
            /**
             * @description Random seed for reproducibility (if supported).
             * @default 0
             */
            seed?: number;
        };
        /**
         * HappyhorseReferenceToVideoTask
         * @description HappyHorse - reference-to-video (`happyhorse/reference-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "happyhorse/reference-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A woman in a red qipao character1. The shot opens with a side medium view outlining the tailored fit of the qipao and S-curve silhouette, then cuts to a low-angle shot capturing her gracefully unfolding a folding fan character2, with tassel earrings character3 swaying lightly as she turns her head. Finally, the camera pushes into a facial close-up, freezing on her fingertips lightly touching the fan ribs and the subtle, reserved charm in her expressive gaze. Through multiple angles, it comprehensively showcases an aura of Eastern elegance.",
         *         "reference_image": [
         *           "https://loremflickr.com/400/400?lock=8132663902229376",
         *           "https://loremflickr.com/400/400?lock=1716016437146867"
         *         ],
         *         "resolution": "1080p",
         *         "aspect_ratio": "16:9",
         *         "duration": 5,
         *         "seed": 1308038620
         *       }
         *     }
         */
        HappyhorseReferenceToVideoTask: {
            /** @constant */
            model: "happyhorse/reference-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["HappyhorseReferenceToVideoInput"];
        };
        /**
         * HappyhorseTextToVideoInput
         * @description `input` for `happyhorse/text-to-video` (HappyHorse - text-to-video). Input parameters for the generation task.
         */
        HappyhorseTextToVideoInput: {
            /** @description Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated. */
            prompt: string;
            /**
             * @description Output video resolution. Valid values: 720P, 1080P (default).
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /**
             * @description Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5.
             * @default 5
             */
            duration?: number;
            /**
             * @description Random seed for reproducibility (if supported).
             * @default 0
             */
            seed?: number;
        };
        /**
         * HappyhorseTextToVideoTask
         * @description HappyHorse - text-to-video (`happyhorse/text-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "happyhorse/text-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A miniature city built from cardboard and bottle caps comes to life at night. A cardboard train slowly passes through, with small lights dotting the scene and illuminating the way ahead.",
         *         "resolution": "1080p",
         *         "aspect_ratio": "16:9",
         *         "duration": 5,
         *         "seed": 1622429582
         *       }
         *     }
         */
        HappyhorseTextToVideoTask: {
            /** @constant */
            model: "happyhorse/text-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["HappyhorseTextToVideoInput"];
        };
        /**
         * HappyhorseVideoEditInput
         * @description `input` for `happyhorse/video-edit` (HappyHorse - video-edit). Input parameters for the generation task.
         */
        HappyhorseVideoEditInput: {
            /** @description Required edit instruction describing the intended change (e.g., style transfer / local replacement). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated. */
            prompt: string;
            /**
             * Format: uri
             * @description Input video URL list. Exactly one video is required.
             *     Video requirements:
             *     Format: MP4, MOV (H.264 encoding recommended).
             *     Duration: 3–60 seconds.
             *     Resolution: the longer side must not exceed 2,160 px; the shorter side must be at least 320 px.
             *     Aspect ratio: 1:2.5–2.5:1.
             *     File size: up to 100 MB.
             *     Frame rate: greater than 8 fps.
             */
            video_url: string;
            /**
             * @description Optional reference image URL list (0–5).
             *     Image requirements:
             *     Format: JPEG, JPG, PNG, WEBP.
             *     Resolution: both width and height must be at least 300 px.
             *     Aspect ratio: 1:2.5–2.5:1.
             *     File size: up to 10 MB.
             */
            reference_image?: string[];
            /**
             * @description Output video resolution. Valid values: 720P, 1080P (default).
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Audio handling strategy for the output video.
             * @default auto
             * @enum {string}
             */
            audio_setting?: "auto" | "origin";
            /**
             * @description Random seed for reproducibility (if supported).
             * @default 0
             */
            seed?: number;
        };
        /**
         * HappyhorseVideoEditTask
         * @description HappyHorse - video-edit (`happyhorse/video-edit`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "happyhorse/video-edit",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Make the horse-headed humanoid character in the video wear the striped sweater from the image",
         *         "video_url": "https://hollow-joy.info/",
         *         "reference_image": [
         *           "https://loremflickr.com/400/400?lock=3320229742640740",
         *           "https://loremflickr.com/400/400?lock=390084853871038",
         *           "https://loremflickr.com/400/400?lock=4205160298467577",
         *           "https://loremflickr.com/400/400?lock=7626507781317900",
         *           "https://loremflickr.com/400/400?lock=2804855355708229"
         *         ],
         *         "resolution": "1080p",
         *         "audio_setting": "auto",
         *         "seed": 1764574909
         *       }
         *     }
         */
        HappyhorseVideoEditTask: {
            /** @constant */
            model: "happyhorse/video-edit";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["HappyhorseVideoEditInput"];
        };
        /**
         * IdeogramCharacterInput
         * @description `input` for `ideogram/character` (Ideogram - Character). Input parameters for the generation task.
         */
        IdeogramCharacterInput: {
            /** @description The prompt to fill the masked part of the image. (Max length: 5000 characters) */
            prompt: string;
            /** @description A set of images to use as character references. Currently only 1 image is supported, rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            reference_image_urls: string[];
            /**
             * @description The rendering speed to use. Default value: "BALANCED"
             * @default BALANCED
             * @enum {string}
             */
            rendering_speed?: "TURBO" | "BALANCED" | "QUALITY";
            /**
             * @description The style type to generate with. Cannot be used with style_codes. Default value: "AUTO"
             * @default AUTO
             * @enum {string}
             */
            style?: "AUTO" | "REALISTIC" | "FICTION";
            /** @description Determine if MagicPrompt should be used in generating the request or not. Default value: true (Boolean value (true/false)) */
            expand_prompt?: boolean;
            /**
             * @description Number of images to generate.
             * @default 1
             * @enum {string}
             */
            num_images?: "1" | "2" | "3" | "4";
            /**
             * @description The resolution of the generated image Default value: square_hd
             * @default square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /** @description Seed for the random number generator */
            seed?: number;
            /** @description Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt. Default value: "" (Max length: 5000 characters) */
            negative_prompt?: string;
        };
        /**
         * IdeogramCharacterTask
         * @description Ideogram - Character (`ideogram/character`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "ideogram/character",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Place the woman from the uploaded portrait, wearing a casual white blouse, in a peaceful garden setting. The scene should feature vibrant green plants and colorful flowers, with soft sunlight filtering through the leaves. She should be sitting on a wooden bench, holding a book and smiling gently. The background should be filled with lush greenery, with a serene, tranquil atmosphere. Golden afternoon light should highlight the woman’s face and create soft shadows on the ground, adding a peaceful, reflective mood to the scene",
         *         "reference_image_urls": [
         *           "https://file.aiquickdraw.com/custom-page/akr/section-images/1755767145415pvz49dpi.webp"
         *         ],
         *         "rendering_speed": "BALANCED",
         *         "style": "AUTO",
         *         "expand_prompt": true,
         *         "num_images": "1",
         *         "image_size": "square_hd",
         *         "negative_prompt": ""
         *       }
         *     }
         */
        IdeogramCharacterTask: {
            /** @constant */
            model: "ideogram/character";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["IdeogramCharacterInput"];
        };
        /**
         * IdeogramCharacterEditInput
         * @description `input` for `ideogram/character-edit` (Ideogram - Character Edit). Input parameters for the generation task.
         */
        IdeogramCharacterEditInput: {
            /** @description The prompt to fill the masked part of the image. (Max length: 5000 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description The image URL to generate an image from. Needs to match the dimensions of the mask. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * Format: uri
             * @description The mask URL to inpaint the image. Needs to match the dimensions of the input image. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            mask_url: string;
            /** @description A set of images to use as character references. Currently only 1 image is supported, rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            reference_image_urls: string[];
            /**
             * @description The rendering speed to use. Default value: "BALANCED"
             * @default BALANCED
             * @enum {string}
             */
            rendering_speed?: "TURBO" | "BALANCED" | "QUALITY";
            /**
             * @description The style type to generate with. Cannot be used with style_codes. Default value: "AUTO"
             * @default AUTO
             * @enum {string}
             */
            style?: "AUTO" | "REALISTIC" | "FICTION";
            /** @description Determine if MagicPrompt should be used in generating the request or not. Default value: true (Boolean value (true/false)) */
            expand_prompt?: boolean;
            /**
             * @description Number of images to generate.
             * @default 1
             * @enum {string}
             */
            num_images?: "1" | "2" | "3" | "4";
            /** @description Seed for the random number generator */
            seed?: number;
        };
        /**
         * IdeogramCharacterEditTask
         * @description Ideogram - Character Edit (`ideogram/character-edit`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "ideogram/character-edit",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A fabulous look head tilted down, looking forward with a smile\n",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/17557680349256sa0lk53.webp",
         *         "mask_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1755768046014ftgvma28.webp",
         *         "reference_image_urls": [
         *           "https://file.aiquickdraw.com/custom-page/akr/section-images/1755768064644jodsmfhq.webp"
         *         ],
         *         "rendering_speed": "BALANCED",
         *         "style": "AUTO",
         *         "expand_prompt": true,
         *         "num_images": "1"
         *       }
         *     }
         */
        IdeogramCharacterEditTask: {
            /** @constant */
            model: "ideogram/character-edit";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["IdeogramCharacterEditInput"];
        };
        /**
         * IdeogramCharacterRemixInput
         * @description `input` for `ideogram/character-remix` (Ideogram - Character Remix). Input parameters for the generation task.
         */
        IdeogramCharacterRemixInput: {
            /** @description The prompt to remix the image with (Max length: 5000 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description The image URL to remix (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /** @description A set of images to use as character references. Currently only 1 image is supported, rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            reference_image_urls: string[];
            /**
             * @description The rendering speed to use. Default value: "BALANCED"
             * @default BALANCED
             * @enum {string}
             */
            rendering_speed?: "TURBO" | "BALANCED" | "QUALITY";
            /**
             * @description The style type to generate with. Cannot be used with style_codes. Default value: "AUTO"
             * @default AUTO
             * @enum {string}
             */
            style?: "AUTO" | "REALISTIC" | "FICTION";
            /** @description Determine if MagicPrompt should be used in generating the request or not. Default value: true (Boolean value (true/false)) */
            expand_prompt?: boolean;
            /**
             * @description The resolution of the generated image.
             * @default square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /**
             * @description Number of images to generate.
             * @default 1
             * @enum {string}
             */
            num_images?: "1" | "2" | "3" | "4";
            /** @description Seed for the random number generator */
            seed?: number;
            /**
             * @description Strength of the input image in the remix Default value: 0.8 (Min: 0.1, Max: 1, Step: 0.1) (step: 0.1)
             * @default 0.8
             */
            strength?: number;
            /** @description Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt. Default value: "" (Max length: 500 characters) */
            negative_prompt?: string;
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            image_urls?: string[];
            /** @description A set of masks to apply to the character references. Currently only 1 mask is supported, rest will be ignored. (maximum total size 10MB across all character references). The masks should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            reference_mask_urls?: string;
        };
        /**
         * IdeogramCharacterRemixTask
         * @description Ideogram - Character Remix (`ideogram/character-remix`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "ideogram/character-remix",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A fisheye lens selfie photograph taken at night on an urban street. The image is circular with a black border and shows a person wearing dark sunglasses and a black jacket, holding a silver digital camera up to capture the reflection. The background shows a row of shuttered storefronts with red neon lighting visible in the upper portion. The street is empty and dark, with street lights creating a warm glow along the sidewalk. The fisheye effect creates a curved, distorted perspective that bends the straight lines of the street and buildings. The lighting is predominantly red and dark, creating a moody urban atmosphere. The person's reflection shows long dark hair and is positioned in the center of the circular frame. Multiple storefront shutters are visible in the background, creating a repeating pattern of horizontal lines. The overall composition has a cinematic quality with strong contrast between the dark street and the illuminated storefronts above.",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1755768466167d0tiuc6e.webp",
         *         "reference_image_urls": [
         *           "https://file.aiquickdraw.com/custom-page/akr/section-images/1755768479029sugx0g6f.webp"
         *         ],
         *         "rendering_speed": "BALANCED",
         *         "style": "AUTO",
         *         "expand_prompt": true,
         *         "image_size": "square_hd",
         *         "num_images": "1",
         *         "strength": 0.8,
         *         "negative_prompt": "",
         *         "image_urls": [],
         *         "reference_mask_urls": ""
         *       }
         *     }
         */
        IdeogramCharacterRemixTask: {
            /** @constant */
            model: "ideogram/character-remix";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["IdeogramCharacterRemixInput"];
        };
        /**
         * IdeogramV3EditInput
         * @description `input` for `ideogram/v3-edit` (Ideogram V3 Edit). Input parameters for the image editing task.
         */
        IdeogramV3EditInput: {
            /** @description The prompt to fill the masked part of the image. Maximum length: 5000 characters. */
            prompt: string;
            /**
             * Format: uri
             * @description The image URL to generate an image from. Needs to match the dimensions of the mask.
             *
             *     - Please provide the URL of the uploaded file, not raw file content
             *     - Accepted types: `image/jpeg`, `image/png`, `image/webp`
             *     - Max size: 10.0MB
             */
            image_url: string;
            /**
             * Format: uri
             * @description The mask URL to inpaint the image. Needs to match the dimensions of the input image.
             *
             *     - Please provide the URL of the uploaded file, not raw file content
             *     - Accepted types: `image/jpeg`, `image/png`, `image/webp`
             *     - Max size: 10.0MB
             */
            mask_url: string;
            /**
             * @description The rendering speed to use. Default value: `BALANCED`.
             *
             *     - `TURBO`: Turbo
             *     - `BALANCED`: Balanced
             *     - `QUALITY`: Quality
             * @default BALANCED
             * @enum {string}
             */
            rendering_speed?: "TURBO" | "BALANCED" | "QUALITY";
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not. Default value: `true`.
             *
             *     - Boolean value: `true` / `false`
             * @default true
             */
            expand_prompt?: boolean;
            /** @description Seed for the random number generator. */
            seed?: number;
        };
        /**
         * IdeogramV3EditTask
         * @description Ideogram V3 Edit (`ideogram/v3-edit`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "ideogram/v3-edit",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A dog wearing a cowboy hat",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1755076859801ryyol1du.webp",
         *         "mask_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1755076871089hx9uonhc.webp",
         *         "rendering_speed": "BALANCED",
         *         "expand_prompt": true,
         *         "seed": 123456
         *       }
         *     }
         */
        IdeogramV3EditTask: {
            /** @constant */
            model: "ideogram/v3-edit";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["IdeogramV3EditInput"];
        };
        /**
         * IdeogramV3ReframeInput
         * @description `input` for `ideogram/v3-reframe` (Ideogram - V3 Reframe). Input parameters for the generation task.
         */
        IdeogramV3ReframeInput: {
            /**
             * Format: uri
             * @description The image URL to reframe (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description The resolution for the reframed output image
             * @default square_hd
             * @enum {string}
             */
            image_size: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /**
             * @description The rendering speed to use
             * @default BALANCED
             * @enum {string}
             */
            rendering_speed?: "TURBO" | "BALANCED" | "QUALITY";
            /**
             * @description The style type to generate with. Cannot be used with style_codes
             * @default AUTO
             * @enum {string}
             */
            style?: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN";
            /**
             * @description Number of images to generate.
             * @default 1
             * @enum {string}
             */
            num_images?: "1" | "2" | "3" | "4";
            /** @description Seed for the random number generator */
            seed?: number;
        };
        /**
         * IdeogramV3ReframeTask
         * @description Ideogram - V3 Reframe (`ideogram/v3-reframe`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "ideogram/v3-reframe",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1757168087001amxesd6e.webp",
         *         "image_size": "square_hd",
         *         "rendering_speed": "BALANCED",
         *         "style": "AUTO",
         *         "num_images": "1",
         *         "seed": 0
         *       }
         *     }
         */
        IdeogramV3ReframeTask: {
            /** @constant */
            model: "ideogram/v3-reframe";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["IdeogramV3ReframeInput"];
        };
        /**
         * IdeogramV3RemixInput
         * @description `input` for `ideogram/v3-remix` (Ideogram V3 Remix). Input parameters for the image remix task.
         */
        IdeogramV3RemixInput: {
            /** @description The prompt to remix the image with. Maximum length: 5000 characters. */
            prompt: string;
            /**
             * Format: uri
             * @description The image URL to remix.
             *
             *     - Please provide the URL of the uploaded file, not raw file content
             *     - Accepted types: `image/jpeg`, `image/png`, `image/webp`
             *     - Max size: 10.0MB
             */
            image_url: string;
            /**
             * @description The rendering speed to use.
             *
             *     - `TURBO`: Turbo
             *     - `BALANCED`: Balanced
             *     - `QUALITY`: Quality
             * @enum {string}
             */
            rendering_speed?: "TURBO" | "BALANCED" | "QUALITY";
            /**
             * @description The style type to generate with. Cannot be used together with `style_codes`.
             *
             *     - `AUTO`: Auto
             *     - `GENERAL`: General
             *     - `REALISTIC`: Realistic
             *     - `DESIGN`: Design
             * @enum {string}
             */
            style?: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN";
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             *
             *     - Boolean value: `true` / `false`
             */
            expand_prompt?: boolean;
            /**
             * @description The resolution of the generated image.
             *
             *     - `square`: Square
             *     - `square_hd`: Square HD
             *     - `portrait_4_3`: Portrait 3:4
             *     - `portrait_16_9`: Portrait 9:16
             *     - `landscape_4_3`: Landscape 4:3
             *     - `landscape_16_9`: Landscape 16:9
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /**
             * @description Number of images to generate.
             *
             *     - `1`: 1 image
             *     - `2`: 2 images
             *     - `3`: 3 images
             *     - `4`: 4 images
             * @enum {string}
             */
            num_images?: "1" | "2" | "3" | "4";
            /** @description Seed for the random number generator. */
            seed?: number;
            /**
             * @description Strength of the input image in the remix.
             *
             *     - Minimum: `0.01`
             *     - Maximum: `1`
             *     - Step: `0.01`
             */
            strength?: number;
            /** @description Description of what to exclude from the generated image. If the positive prompt conflicts with the negative prompt, the positive prompt takes precedence. Maximum length: 5000 characters. */
            negative_prompt?: string;
        };
        /**
         * IdeogramV3RemixTask
         * @description Ideogram V3 Remix (`ideogram/v3-remix`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "ideogram/v3-remix",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Change the cube into a sphere",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/17550782013854ykfihxv.webp",
         *         "rendering_speed": "BALANCED",
         *         "style": "AUTO",
         *         "expand_prompt": true,
         *         "image_size": "square_hd",
         *         "num_images": "1",
         *         "seed": 123456,
         *         "strength": 0.8,
         *         "negative_prompt": "blurry, low quality, distorted, watermark"
         *       }
         *     }
         */
        IdeogramV3RemixTask: {
            /** @constant */
            model: "ideogram/v3-remix";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["IdeogramV3RemixInput"];
        };
        /**
         * IdeogramV3TextToImageInput
         * @description `input` for `ideogram/v3-text-to-image` (Ideogram V3 Text to Image). Input parameters for the generation task.
         */
        IdeogramV3TextToImageInput: {
            /** @description Description of the image to generate. Maximum length: 5000 characters. */
            prompt: string;
            /**
             * @description The rendering speed to use.
             *
             *     - `TURBO`: Turbo
             *     - `BALANCED`: Balanced
             *     - `QUALITY`: Quality
             * @enum {string}
             */
            rendering_speed?: "TURBO" | "BALANCED" | "QUALITY";
            /**
             * @description The style type to generate with. Cannot be used together with `style_codes`.
             *
             *     - `AUTO`: Auto
             *     - `GENERAL`: General
             *     - `REALISTIC`: Realistic
             *     - `DESIGN`: Design
             * @enum {string}
             */
            style?: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN";
            /**
             * @description Determines whether MagicPrompt should be used to enhance the generation request.
             *
             *     - Boolean value: `true` / `false`
             */
            expand_prompt?: boolean;
            /**
             * @description The resolution of the generated image.
             *
             *     - `square`: Square
             *     - `square_hd`: Square HD
             *     - `portrait_4_3`: Portrait 3:4
             *     - `portrait_16_9`: Portrait 9:16
             *     - `landscape_4_3`: Landscape 4:3
             *     - `landscape_16_9`: Landscape 16:9
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /** @description Seed for the random number generator. */
            seed?: number;
            /** @description Description of what to exclude from the generated image. If the positive prompt conflicts with the negative prompt, the positive prompt takes precedence. Maximum length: 5000 characters. */
            negative_prompt?: string;
        };
        /**
         * IdeogramV3TextToImageTask
         * @description Ideogram V3 Text to Image (`ideogram/v3-text-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "ideogram/v3-text-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A cinematic photograph of a tranquil lakeside at twilight, viewed from a slight elevation. In the center, a cluster of softly glowing reeds and water lilies emit a gentle golden light, their reflections shimmering on the calm surface. The elegant neon-style white text 'Kie.ai' hovers just above the water, subtly illuminated and harmonizing with the natural glow. Surrounding willows and drifting mist frame the scene, creating a serene yet magical atmosphere, with warm highlights contrasting against the cool blues of the evening sky.",
         *         "rendering_speed": "BALANCED",
         *         "style": "AUTO",
         *         "expand_prompt": true,
         *         "image_size": "square_hd",
         *         "seed": 123456,
         *         "negative_prompt": "blurry, low detail, distorted anatomy, extra limbs, malformed text, watermark"
         *       }
         *     }
         */
        IdeogramV3TextToImageTask: {
            /** @constant */
            model: "ideogram/v3-text-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["IdeogramV3TextToImageInput"];
        };
        /**
         * InfinitalkFromAudioInput
         * @description `input` for `infinitalk/from-audio` (Infinitalk - From Audio). Input parameters for the generation task.
         */
        InfinitalkFromAudioInput: {
            /**
             * Format: uri
             * @description URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * Format: uri
             * @description The URL of the audio file. (File URL after upload, not file content; Accepted types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; Max size: 10.0MB)
             */
            audio_url: string;
            /** @description The text prompt to guide video generation. (Max length: 5000 characters) */
            prompt: string;
            /**
             * @description Resolution of the video to generate. Must be either 480p or 720p.
             * @default 480p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            /** @description Random seed for reproducibility. Valid range is 10000 to 1000000. */
            seed?: number;
        };
        /**
         * InfinitalkFromAudioTask
         * @description Infinitalk - From Audio (`infinitalk/from-audio`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "infinitalk/from-audio",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1757329269873ggqj2hz3.png",
         *         "audio_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1757329255705mmqwrnri.mp3",
         *         "prompt": "A young woman with long dark hair talking on a podcast.",
         *         "resolution": "480p"
         *       }
         *     }
         */
        InfinitalkFromAudioTask: {
            /** @constant */
            model: "infinitalk/from-audio";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["InfinitalkFromAudioInput"];
        };
        /**
         * Kling26ImageToVideoInput
         * @description `input` for `kling-2.6/image-to-video` (Kling 2.6 Image to Video). Input parameters for the generation task.
         */
        Kling26ImageToVideoInput: {
            /** @description Text prompt for video generation (maximum length: 1000 characters) */
            prompt: string;
            /** @description Image URLs for video generation. (Uploaded file URLs, not file content; supported types: image/jpeg, image/png; maximum file size: 10.0MB) */
            image_urls: string[];
            /** @description This parameter specifies whether the generated video contains sound (boolean: true/false) */
            sound: boolean;
            /**
             * @description Video duration (unit: seconds)
             * @default 5
             * @enum {string}
             */
            duration: "5" | "10";
        };
        /**
         * Kling26ImageToVideoTask
         * @description Kling 2.6 Image to Video (`kling-2.6/image-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling-2.6/image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "In a bright rehearsal room, sunlight streams through the windows, and a standing microphone is placed in the center of the room. [Campus band female lead singer] stands in front of the microphone with her eyes closed, and other members stand around her. [Campus band female lead singer, singing loudly] Lead vocal: \"I will do my best to heal you, with all my heart and soul...\" The background is a cappella harmonies, and the camera slowly pans around the band members.",
         *         "image_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"
         *         ],
         *         "sound": false,
         *         "duration": "5"
         *       }
         *     }
         */
        Kling26ImageToVideoTask: {
            /** @constant */
            model: "kling-2.6/image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling26ImageToVideoInput"];
        };
        /**
         * Kling26MotionControlInput
         * @description `input` for `kling-2.6/motion-control` (Kling 2.6 motion-control). Input parameters for the generation task.
         */
        Kling26MotionControlInput: {
            /** @description A text description of the desired output. Maximum length is 2500 characters. (Max length: 2500 characters) */
            prompt?: string;
            /** @description An array containing a single image URL. The photo must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/jpg; Max size: 10.0MB,size needs to be greater than 300px, aspect ratio 2:5 to 5:2.) */
            input_urls: string[];
            /** @description An array containing a single video URL. The duration must be between 3 to 30 seconds, and the video must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 100.0MB) */
            video_urls: string[];
            /**
             * @description Generate the orientation of the characters in the video. 'image': same orientation as the person in the picture (max 10s video). 'video': consistent with the orientation of the characters in the video (max 30s video).
             * @default video
             * @enum {string}
             */
            character_orientation: "image" | "video";
            /**
             * @description Output resolution mode. Use 'std' for 720p or 'pro' for 1080p.
             * @default 720p
             * @enum {string}
             */
            mode: "720p" | "1080p";
        };
        /**
         * Kling26MotionControlTask
         * @description Kling 2.6 motion-control (`kling-2.6/motion-control`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling-2.6/motion-control",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "The cartoon character is dancing.",
         *         "input_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png"
         *         ],
         *         "video_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4"
         *         ],
         *         "mode": "720p",
         *         "character_orientation": "image"
         *       }
         *     }
         */
        Kling26MotionControlTask: {
            /** @constant */
            model: "kling-2.6/motion-control";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling26MotionControlInput"];
        };
        /**
         * Kling26TextToVideoInput
         * @description `input` for `kling-2.6/text-to-video` (Kling 2.6 Text to Video). Input parameters for the generation task.
         */
        Kling26TextToVideoInput: {
            /** @description Text prompt for video generation (maximum length: 1000 characters) */
            prompt: string;
            /** @description This parameter specifies whether the generated video contains sound (boolean: true/false) */
            sound: boolean;
            /**
             * @description This parameter defines the video aspect ratio
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "16:9" | "9:16";
            /**
             * @description Video duration (unit: seconds)
             * @default 5
             * @enum {string}
             */
            duration: "5" | "10";
        };
        /**
         * Kling26TextToVideoTask
         * @description Kling 2.6 Text to Video (`kling-2.6/text-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling-2.6/text-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Scene: A fashion live-streaming sales setting, with clothes hanging on racks and the host's figure reflected in a full-length mirror. Lines: [African female host] turns around to showcase the hoodie's cut. [African female host, in a cheerful tone] says: \"360-degree flawless tailoring, slimming and versatile.\" She then [African female host] leans closer to the camera. [African female host, in a lively tone] says: \"Double-sided fleece fabric, $30 off immediately when you order now.\"",
         *         "sound": false,
         *         "aspect_ratio": "1:1",
         *         "duration": "5"
         *       }
         *     }
         */
        Kling26TextToVideoTask: {
            /** @constant */
            model: "kling-2.6/text-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling26TextToVideoInput"];
        };
        /**
         * Kling30OmniImageToVideoInput
         * @description `input` for `kling-3.0-omni/image-to-video` (Kling 3.0 Omni Image To Video). Input parameters for the generation task.
         */
        Kling30OmniImageToVideoInput: {
            /** @description Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters. */
            prompt: string;
            /** @description Array of first-frame image URLs. Exactly 1 image is required. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5. */
            image_urls: string[];
            /**
             * @description Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3 to 15.
             * @default 5
             * @enum {integer}
             */
            duration?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
             * @default 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
            /**
             * @description Video aspect ratio. `16:9`, `9:16`, and `1:1` can be selected only when custom multi-shot mode is enabled through `customize_multi_shots`; otherwise, use `auto`.
             * @default auto
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "auto";
            /** @description Whether to enable audio. Passing this value explicitly is recommended. `true` enables audio; `false` disables audio. */
            audio?: boolean;
            /** @description Whether to enable multiple shots. Passing this value explicitly is recommended. */
            customize_multi_shots?: boolean;
            /** @description Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`. */
            prefer_multi_shots?: boolean;
            /** @description List of custom shots. When `customize_multi_shots=true`, this field is required and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted. */
            multi_prompt?: {
                /** @description Duration of the current shot in seconds. Supports 1 to 15 seconds. */
                duration: number;
                /** @description Video description for the current shot. Maximum length: 512 characters. */
                prompt: string;
            }[];
            /**
             * @description List of one-time subject assets. The default is an empty array, with up to 3 subjects. The subject is automatically identified as a multi-image subject or video character subject based on `element_input_urls`.
             * @default []
             */
            elements?: {
                /** @description Subject name. It must be unique within the same request and can be referenced in the prompt using `@name`. */
                name: string;
                /** @description Subject description. */
                description: string;
                /** @description For a multi-image subject, provide 2 to 4 images. For a video character subject, provide exactly 1 video. Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported. */
                element_input_urls: string[];
                /**
                 * @description Optional list of subject reference audio URLs. It may be omitted or passed as an empty array. If the audio duration can be determined, it must be between 5 and 30 seconds.
                 * @default []
                 */
                element_input_audio_urls?: string[];
                /**
                 * @description Start time for trimming the video character subject, in milliseconds. The default is 0. This applies only when a video is provided in `element_input_urls`.
                 * @default 0
                 */
                start_time?: number;
                /**
                 * @description End time for trimming the video character subject, in milliseconds. The default is 8,000. It must be greater than `start_time`, and the trimmed duration must be between 3,000 and 8,000 milliseconds.
                 * @default 8000
                 */
                end_time?: number;
            }[];
        } | {
            /** @description Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters. */
            prompt: string;
            /** @description Array of first-frame and last-frame image URLs. Exactly 2 images are required: index 0 is the first frame and index 1 is the last frame. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5. */
            image_urls: string[];
            /**
             * @description Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3 to 15.
             * @default 5
             * @enum {integer}
             */
            duration?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
             * @default 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
            /**
             * @description Video aspect ratio. `16:9`, `9:16`, and `1:1` can be selected only when custom multi-shot mode is enabled through `customize_multi_shots`; otherwise, use `auto`.
             * @default auto
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "auto";
            /** @description Whether to enable audio. `true` enables audio; `false` disables audio. */
            audio?: boolean;
            /**
             * @description Whether to enable multiple shots.
             * @default false
             */
            customize_multi_shots?: boolean;
            /** @description Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`. */
            prefer_multi_shots?: boolean;
            /** @description List of custom shots. When `customize_multi_shots=true`, this field is required and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted. */
            multi_prompt?: {
                /** @description Duration of the current shot in seconds. Supports 1 to 15 seconds. */
                duration: number;
                /** @description Video description for the current shot. Maximum length: 512 characters. */
                prompt: string;
            }[];
            /**
             * @description List of one-time subject assets. The default is an empty array, with up to 3 subjects.
             * @default []
             */
            elements?: {
                /** @description Subject name. */
                name: string;
                /** @description Subject description. */
                description: string;
                /** @description For a multi-image subject, provide 2 to 4 images. For a video character subject, provide exactly 1 video. Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported. */
                element_input_urls: string[];
                /**
                 * @description Optional list of subject reference audio URLs.
                 * @default []
                 */
                element_input_audio_urls?: string[];
                /**
                 * @description Start time for trimming the video character subject, in milliseconds. The default is 0.
                 * @default 0
                 */
                start_time?: number;
                /**
                 * @description End time for trimming the video character subject, in milliseconds. The default is 8,000.
                 * @default 8000
                 */
                end_time?: number;
            }[];
        };
        /**
         * Kling30OmniImageToVideoTask
         * @description Kling 3.0 Omni Image To Video (`kling-3.0-omni/image-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling-3.0-omni/image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A happy golden retriever running across a grassy field",
         *         "image_urls": [
         *           "https://example.com/first-frame.jpg"
         *         ],
         *         "customize_multi_shots": true,
         *         "audio": false,
         *         "resolution": "720p",
         *         "aspect_ratio": "16:9",
         *         "duration": 5,
         *         "elements": []
         *       }
         *     }
         * @example {
         *       "model": "kling-3.0-omni/image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A happy golden retriever running across a grassy field",
         *         "image_urls": [
         *           "https://example.com/first-frame.jpg",
         *           "https://example.com/last-frame.jpg"
         *         ],
         *         "customize_multi_shots": false,
         *         "audio": false,
         *         "resolution": "720p",
         *         "aspect_ratio": "auto",
         *         "duration": 5,
         *         "elements": []
         *       }
         *     }
         */
        Kling30OmniImageToVideoTask: {
            /** @constant */
            model: "kling-3.0-omni/image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling30OmniImageToVideoInput"];
        };
        /**
         * Kling30OmniTextToVideoInput
         * @description `input` for `kling-3.0-omni/text-to-video` (Kling 3.0 Omni Text to Video). Input parameter configuration for the generation task.
         */
        Kling30OmniTextToVideoInput: {
            /** @description Text description of the video. It must not be empty after leading and trailing whitespace is removed, and must not exceed 3,072 characters. */
            prompt: string;
            /**
             * @description Whether to enable multi-shot mode. Explicitly specifying this value is recommended. `true` enables multiple shots; `false` uses a single shot.
             * @default true
             */
            customize_multi_shots?: boolean;
            /**
             * @description Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`.
             *
             *     Both fields may be `false`, but they cannot both be `true`.
             */
            prefer_multi_shots?: boolean;
            /**
             * @description List of custom shots. When `customize_multi_shots` is `true`, this field is required, must not be empty, and supports up to 6 shots. When `customize_multi_shots` is `false`, it must be an empty array or omitted.
             * @default []
             */
            multi_prompt?: {
                /** @description Video description for the current shot. Maximum length: 512 characters. */
                prompt: string;
                /** @description Duration of the current shot in seconds. The supported range is 1 to 15 seconds. */
                duration: number;
            }[];
            /**
             * @description List of one-time subject assets. The default is an empty array.
             *     When using only multi-image subjects, up to 7 subjects can be uploaded.
             *     When using only video character subjects, the number of video character subjects must not exceed 3.
             *     When using both video character and multi-image subjects, the number of video character subjects must not exceed 3, and the number of multi-image subjects must not exceed 4.
             * @default []
             */
            elements?: {
                /** @description Subject name. It must be unique within the same request and can be referenced in the `prompt` field using `@name`. */
                name: string;
                /** @description Text description of the subject asset. */
                description: string;
                /** @description List of image URLs for a multi-image subject (provide 2 to 4 images), or a video URL for a video character subject (provide exactly 1 video). Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported. */
                element_input_urls: string[];
                /**
                 * @description Optional list of subject audio asset URLs. HTTP, HTTPS, and OSS URLs are supported.
                 * @default []
                 */
                element_input_audio_urls?: string[];
            }[];
            /**
             * @description Whether to add audio to the generated video. `true` enables audio; `false` disables audio.
             * @default false
             */
            audio?: boolean;
            /**
             * @description Resolution of the generated video. Available values are `720p` (outputs a 720p video), `1080p` (outputs a 1080p video), and `4k` (outputs a 4K video).
             * @default 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
            /**
             * @description Aspect ratio of the generated video. Supported values are `16:9`, `9:16`, and `1:1`.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description Total video duration in seconds. The supported range is 3 to 15 seconds, and the default is 5 seconds.
             * @default 5
             * @enum {integer}
             */
            duration?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
        };
        /**
         * Kling30OmniTextToVideoTask
         * @description Kling 3.0 Omni Text to Video (`kling-3.0-omni/text-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling-3.0-omni/text-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A wide shot of the fox entering the snowy forest.",
         *         "customize_multi_shots": true,
         *         "multi_prompt": [
         *           {
         *             "prompt": "A wide shot of the fox entering the snowy forest.",
         *             "duration": 2
         *           },
         *           {
         *             "prompt": "A cinematic close-up of the fox looking toward the sunrise.",
         *             "duration": 3
         *           }
         *         ],
         *         "audio": false,
         *         "resolution": "720p",
         *         "aspect_ratio": "16:9",
         *         "duration": 5
         *       }
         *     }
         */
        Kling30OmniTextToVideoTask: {
            /** @constant */
            model: "kling-3.0-omni/text-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling30OmniTextToVideoInput"];
        };
        /**
         * Kling30MotionControlInput
         * @description `input` for `kling-3.0/motion-control` (Kling-3.0 motion-control).
         */
        Kling30MotionControlInput: {
            /** @description (Optional) Text prompt words, used to guide the generation of animation content. Can be empty or 0 - 2500 characters long. */
            prompt?: string;
            /** @description (Required) Include a URL of an image */
            input_urls: string[];
            /** @description (Required) Include a video URL */
            video_urls: string[];
            /** @description (Optional) Video Quality Mode. std: Standard Mode (720p). pro: Professional Mode (1080p) */
            mode?: string;
            /** @description (Optional) Reference source for character orientation. video: Refer to video (recommended); image: Refer to image. Default value: video */
            character_orientation?: string;
            /** @description (Optional) Background source. input_video: Use video background; input_image: Use image background. Default value: input_video */
            background_source?: string;
        };
        /**
         * Kling30MotionControlTask
         * @description Kling-3.0 motion-control (`kling-3.0/motion-control`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling-3.0/motion-control",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "The cartoon character is dancing.",
         *         "input_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png"
         *         ],
         *         "video_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4"
         *         ],
         *         "mode": "720p",
         *         "character_orientation": "image",
         *         "background_source": "input_video"
         *       }
         *     }
         */
        Kling30MotionControlTask: {
            /** @constant */
            model: "kling-3.0/motion-control";
            callBackUrl: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling30MotionControlInput"];
        };
        /**
         * Kling30VideoInput
         * @description `input` for `kling-3.0/video` (Kling 3.0). Input parameters for the generation task.
         */
        Kling30VideoInput: {
            /** @description Video generation prompt. Takes effect when multi_shots is false. */
            prompt?: string;
            /** @description First and last frame image URLs. Required when elements are referenced in the prompt (using @element_name syntax). When multi_shots is false: if length is 2, index 0 is the first frame and index 1 is the last frame; if length is 1, the array item serves as the first frame. When multi_shots is true: only the first frame is supported. */
            image_urls?: string[];
            /**
             * @description Whether to enable sound effects. true enables sound effects, false disables them. When multi_shots is true, this field defaults to true.
             * @default false
             */
            sound: boolean;
            /**
             * @description Total video duration in seconds. Integer value, range: 3 to 15.
             * @default 5
             * @enum {string}
             */
            duration: "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "12" | "13" | "14" | "15";
            /**
             * @description Video aspect ratio. Options: 16:9, 9:16, 1:1. When image_urls(first and last frame images) is provided, this parameter is optional and the aspect ratio will be automatically adapted based on the uploaded images.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio: "16:9" | "9:16" | "1:1";
            /**
             * @description Generation mode. std has standard resolution, pro has higher resolution, 4K has 4K resolution.
             *
             *     Resolution mapping:
             *     - **std mode**: 16:9 (1280×720), 9:16 (720×1280), 1:1 (720×720)
             *     - **pro mode**: 16:9 (1920×1080), 9:16 (1080×1920), 1:1 (1080×1080)
             *     - **4K mode**: 16:9 (3840×2160), 9:16 (2160×3840), 1:1 (2160×2160)
             * @default pro
             * @enum {string}
             */
            mode: "std" | "pro" | "4K";
            /**
             * @description Whether to use multi-shot mode. true enables multi-shot mode, false enables single-shot mode.
             * @default false
             */
            multi_shots: boolean;
            /** @description Shot prompts. Takes effect when multi_shots is true. Used to describe the text and duration of each shot. Supports up to 5 shots. Each shot duration is 1-12 seconds. If you need to use elements, add them after the prompt. */
            multi_prompt?: {
                /** @description Prompt text for this shot, a maximum of 500 characters per shot. Each @element will occupy 37 characters. */
                prompt: string;
                /** @description Duration of this shot in seconds. Range: 1-12. */
                duration: number;
            }[];
            /** @description Referenced elements. Detailed information about elements referenced in the prompt. A single task can reference a maximum of three elements. */
            kling_elements?: {
                /** @description Element name, used in prompt with @ prefix (e.g., @element_dog) */
                name: string;
                /** @description Element description */
                description: string;
                /** @description Image URLs for the element. 2-4 URLs required. Accepted formats: JPG, PNG. Maximum file size: 10MB per image. */
                element_input_urls?: string[];
            }[];
        };
        /**
         * Kling30VideoTask
         * @description Kling 3.0 (`kling-3.0/video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling-3.0/video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "In a bright rehearsal room, sunlight streams through the window @element_dog",
         *         "image_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"
         *         ],
         *         "sound": true,
         *         "duration": "5",
         *         "aspect_ratio": "16:9",
         *         "mode": "pro",
         *         "multi_shots": false,
         *         "multi_prompt": [
         *           {
         *             "prompt": "a happy dog in running @element_cat",
         *             "duration": 3
         *           },
         *           {
         *             "prompt": "a happy dog play with a cat @element_dog",
         *             "duration": 2
         *           }
         *         ],
         *         "kling_elements": [
         *           {
         *             "name": "element_dog",
         *             "description": "dog",
         *             "element_input_urls": [
         *               "https://tempfileb.aiquickdraw.com/kieai/market/1770361808044_4RfUUJrI.jpeg",
         *               "https://tempfileb.aiquickdraw.com/kieai/market/1770361848336_ABQqRHBi.png"
         *             ]
         *           },
         *           {
         *             "name": "element_cat",
         *             "description": "cat",
         *             "element_input_urls": [
         *               "https://your-cdn.com/element_image.jpg",
         *               "https://your-cdn.com/element_image2.jpg"
         *             ]
         *           }
         *         ]
         *       }
         *     }
         */
        Kling30VideoTask: {
            /** @constant */
            model: "kling-3.0/video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling30VideoInput"];
        };
        /**
         * KlingAiAvatarProInput
         * @description `input` for `kling/ai-avatar-pro` (Kling AI Avatar Pro). Input parameters for the generation task.
         */
        KlingAiAvatarProInput: {
            /**
             * Format: uri
             * @description The URL of the image to use as your avatar (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * Format: uri
             * @description The URL of the audio file (File URL after upload, not file content; Accepted types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; Max size: 10.0MB)
             */
            audio_url: string;
            /** @description The prompt to use for the video generation (Max length: 5000 characters) */
            prompt: string;
        };
        /**
         * KlingAiAvatarProTask
         * @description Kling AI Avatar Pro (`kling/ai-avatar-pro`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling/ai-avatar-pro",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/175792685809077e8h8k3.png",
         *         "audio_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1757925802302srqfkcqh.mp3",
         *         "prompt": ""
         *       }
         *     }
         */
        KlingAiAvatarProTask: {
            /** @constant */
            model: "kling/ai-avatar-pro";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingAiAvatarProInput"];
        };
        /**
         * KlingAiAvatarStandardInput
         * @description `input` for `kling/ai-avatar-standard` (Kling AI Avatar Standard). Input parameters for the generation task.
         */
        KlingAiAvatarStandardInput: {
            /**
             * Format: uri
             * @description The URL of the image to use as your avatar (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * Format: uri
             * @description The URL of the audio file (File URL after upload, not file content; Accepted types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; Max size: 10.0MB)
             */
            audio_url: string;
            /** @description The prompt to use for the video generation (Max length: 5000 characters) */
            prompt: string;
        };
        /**
         * KlingAiAvatarStandardTask
         * @description Kling AI Avatar Standard (`kling/ai-avatar-standard`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling/ai-avatar-standard",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/17579268936223zs9l3dt.png",
         *         "audio_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/17579258340109gghun47.mp3",
         *         "prompt": ""
         *       }
         *     }
         */
        KlingAiAvatarStandardTask: {
            /** @constant */
            model: "kling/ai-avatar-standard";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingAiAvatarStandardInput"];
        };
        /**
         * KlingV21MasterImageToVideoInput
         * @description `input` for `kling/v2-1-master-image-to-video` (Kling V2.1 Master Image to Video). Input parameters for the generation task.
         */
        KlingV21MasterImageToVideoInput: {
            /** @description The text prompt describing the video to generate (Max length: 5000 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /** @description Negative prompt to exclude certain elements from the video (Max length: 500 characters) */
            negative_prompt?: string;
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
             * @default 0.5
             */
            cfg_scale?: number;
        };
        /**
         * KlingV21MasterImageToVideoTask
         * @description Kling V2.1 Master Image to Video (`kling/v2-1-master-image-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling/v2-1-master-image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png",
         *         "duration": "5",
         *         "negative_prompt": "blur, distort, and low quality",
         *         "cfg_scale": 0.5
         *       }
         *     }
         */
        KlingV21MasterImageToVideoTask: {
            /** @constant */
            model: "kling/v2-1-master-image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV21MasterImageToVideoInput"];
        };
        /**
         * KlingV21MasterTextToVideoInput
         * @description `input` for `kling/v2-1-master-text-to-video` (Kling V2.1 Master Text to Video). Input parameters for the generation task.
         */
        KlingV21MasterTextToVideoInput: {
            /** @description The text prompt describing the video you want to generate (Max length: 5000 characters) */
            prompt: string;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description The aspect ratio of the generated video frame
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /** @description Elements to avoid in the generated video (Max length: 500 characters) */
            negative_prompt?: string;
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
             * @default 0.5
             */
            cfg_scale?: number;
        };
        /**
         * KlingV21MasterTextToVideoTask
         * @description Kling V2.1 Master Text to Video (`kling/v2-1-master-text-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling/v2-1-master-text-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "First-person view from a soldier jumping from a transport plane — the camera shakes with turbulence, oxygen mask reflections flicker — as the clouds part, the battlefield below pulses with anti-air fire and missile trails.",
         *         "duration": "5",
         *         "aspect_ratio": "16:9",
         *         "negative_prompt": "blur, distort, and low quality",
         *         "cfg_scale": 0.5
         *       }
         *     }
         */
        KlingV21MasterTextToVideoTask: {
            /** @constant */
            model: "kling/v2-1-master-text-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV21MasterTextToVideoInput"];
        };
        /**
         * KlingV21ProInput
         * @description `input` for `kling/v2-1-pro` (Kling V2.1 Pro). Input parameters for the generation task.
         */
        KlingV21ProInput: {
            /** @description Text prompt describing the video to generate (Max length: 5000 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /** @description Terms to avoid in the generated video (Max length: 500 characters) */
            negative_prompt?: string;
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
             * @default 0.5
             */
            cfg_scale?: number;
            /** @description URL of the image to be used for the end of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB) */
            tail_image_url?: string;
        };
        /**
         * KlingV21ProTask
         * @description Kling V2.1 Pro (`kling/v2-1-pro`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling/v2-1-pro",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "POV shot of a gravity surfer diving between ancient ruins suspended midair, glowing moss lights the path, the board hisses as it carves through thin mist, echoes rise with speed ",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1754892534386c8wt0qfs.png",
         *         "duration": "5",
         *         "negative_prompt": "blur, distort, and low quality",
         *         "cfg_scale": 0.5,
         *         "tail_image_url": ""
         *       }
         *     }
         */
        KlingV21ProTask: {
            /** @constant */
            model: "kling/v2-1-pro";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV21ProInput"];
        };
        /**
         * KlingV21StandardInput
         * @description `input` for `kling/v2-1-standard` (Kling V2.1 Standard). Input parameters for the generation task.
         */
        KlingV21StandardInput: {
            /** @description Text prompt describing the desired video content (Max length: 5000 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /** @description Description of elements to avoid in the generated video (Max length: 500 characters) */
            negative_prompt?: string;
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
             * @default 0.5
             */
            cfg_scale?: number;
        };
        /**
         * KlingV21StandardTask
         * @description Kling V2.1 Standard (`kling/v2-1-standard`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling/v2-1-standard",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Begin with the uploaded image as the first frame. Gradually animate the scene: steam rises and drifts upward from the train; lantern lights flicker subtly; cloaked figures begin to move slowly — walking, turning, adjusting their belongings. Floating dust or magical particles catch the light. The text “KLING 2.1 STANDARD API — Now on Kie.ai” softly pulses with a golden glow. The camera pushes forward slightly, then slowly fades to black.",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1755256596169mkkwr2ag.png",
         *         "duration": "5",
         *         "negative_prompt": "blur, distort, and low quality",
         *         "cfg_scale": 0.5
         *       }
         *     }
         */
        KlingV21StandardTask: {
            /** @constant */
            model: "kling/v2-1-standard";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV21StandardInput"];
        };
        /**
         * KlingV25TurboImageToVideoProInput
         * @description `input` for `kling/v2-5-turbo-image-to-video-pro` (Kling - V2.5 Turbo Image to Video Pro). Input parameters for the generation task.
         */
        KlingV25TurboImageToVideoProInput: {
            /** @description The text prompt describing the video to generate (Max length: 2500 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /** @description Negative prompt to exclude certain elements from the video (Max length: 500 characters) */
            negative_prompt?: string;
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
             * @default 0.5
             */
            cfg_scale?: number;
        };
        /**
         * KlingV25TurboImageToVideoProTask
         * @description Kling - V2.5 Turbo Image to Video Pro (`kling/v2-5-turbo-image-to-video-pro`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling/v2-5-turbo-image-to-video-pro",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png",
         *         "duration": "5",
         *         "negative_prompt": "blur, distort, and low quality",
         *         "cfg_scale": 0.5
         *       }
         *     }
         */
        KlingV25TurboImageToVideoProTask: {
            /** @constant */
            model: "kling/v2-5-turbo-image-to-video-pro";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV25TurboImageToVideoProInput"];
        };
        /**
         * KlingV25TurboTextToVideoProInput
         * @description `input` for `kling/v2-5-turbo-text-to-video-pro` (Kling - V2.5 Turbo Text to Video Pro). Input parameters for the generation task.
         */
        KlingV25TurboTextToVideoProInput: {
            /** @description The text description of the video you want to generate (Max length: 2500 characters) */
            prompt: string;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description The aspect ratio of the generated video frame
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /** @description Things to avoid in the generated video (Max length: 2500 characters) */
            negative_prompt?: string;
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
             * @default 0.5
             */
            cfg_scale?: number;
        };
        /**
         * KlingV25TurboTextToVideoProTask
         * @description Kling - V2.5 Turbo Text to Video Pro (`kling/v2-5-turbo-text-to-video-pro`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "kling/v2-5-turbo-text-to-video-pro",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Real-time playback. Wide shot of a ruined city: collapsed towers, fires blazing, storm clouds with lightning. Camera drops fast from the sky over burning streets and tilted buildings. Smoke and dust fill the air. A lone hero walks out of the ruins, silhouetted by fire. Camera shifts front: his face is dirty with dust and sweat, eyes firm, a faint smile. Wind blows, debris rises. Extreme close-up: his eyes reflect the approaching enemy. Music and drums hit. Final wide shot: fire forms a blazing halo behind him — reborn in flames with epic cinematic vibe.",
         *         "duration": "5",
         *         "aspect_ratio": "16:9",
         *         "negative_prompt": "blur, distort, and low quality",
         *         "cfg_scale": 0.5
         *       }
         *     }
         */
        KlingV25TurboTextToVideoProTask: {
            /** @constant */
            model: "kling/v2-5-turbo-text-to-video-pro";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV25TurboTextToVideoProInput"];
        };
        /**
         * Omnihuman15HumanIdentificationInput
         * @description `input` for `omnihuman-1-5/human-identification` (Omnihuman 1.5 Human Identification). Input parameters for the human identification task.
         */
        Omnihuman15HumanIdentificationInput: {
            /**
             * Format: uri
             * @description Portrait image URL. Requirements: JPG/PNG/JPEG format, less than 5MB, resolution under 4096x4096. Recommended: single person facing forward, with the face occupying a large proportion of the image. Accepted file types: image/jpeg, image/png, image/jpg. Max file size: 5MB.
             */
            image_url: string;
        };
        /**
         * Omnihuman15HumanIdentificationTask
         * @description Omnihuman 1.5 Human Identification (`omnihuman-1-5/human-identification`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "omnihuman-1-5/human-identification",
         *       "input": {
         *         "image_url": "https://your-domain.com/image/portrait.png"
         *       },
         *       "callBackUrl": "https://your-domain.com/api/callback"
         *     }
         */
        Omnihuman15HumanIdentificationTask: {
            /** @constant */
            model: "omnihuman-1-5/human-identification";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Omnihuman15HumanIdentificationInput"];
        };
        /**
         * PixverseV6ExtendInput
         * @description `input` for `pixverse-v6/extend` (PixVerse V6 Video Extension).
         */
        PixverseV6ExtendInput: {
            /** @description Generate prompt, cannot be empty, length is limited to 3-5000 characters. */
            prompt: string;
            /** @description Generated video duration in seconds. Current validation range is 1-15. */
            duration: number;
            /**
             * @description Resolution.
             * @enum {string}
             */
            quality: "360p" | "540p" | "720p" | "1080p";
            /** @description Whether to generate audio. */
            generate_audio_switch?: boolean;
            /** @description Random seed, optional. Range 0-2147483647. */
            seed?: number;
            /** @description The taskId of the parent video task to be extended. The parent task must belong to the current user, be undeleted, and have a status of success. KIE does not accept official source_video_id/video_id. Please be aware that video_url and taskId are mutually exclusive — only one parameter may be submitted. */
            taskId: string;
        } | {
            /** @description Generate prompt, cannot be empty, length is limited to 3-5000 characters. */
            prompt: string;
            /** @description Generated video duration in seconds. Current validation range is 1-15. */
            duration: number;
            /**
             * @description Resolution.
             * @enum {string}
             */
            quality: "360p" | "540p" | "720p" | "1080p";
            /** @description Whether to generate audio. */
            generate_audio_switch?: boolean;
            /** @description Random seed, optional. Range 0-2147483647. */
            seed?: number;
            /**
             * Format: uri
             * @description To extend the video, please supply the URL. Please be aware that video_url and taskId are mutually exclusive — only one parameter may be submitted.
             */
            video_url: string;
        };
        /**
         * PixverseV6ExtendTask
         * @description PixVerse V6 Video Extension (`pixverse-v6/extend`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "pixverse-v6/extend",
         *       "input": {
         *         "prompt": "Continue the same camera motion and extend the scene naturally",
         *         "taskId": "parent_task_id_from_previous_success_video",
         *         "duration": 5,
         *         "quality": "720p",
         *         "generate_audio_switch": false,
         *         "seed": 123456
         *       },
         *       "callBackUrl": "https://example.com/kie/callback"
         *     }
         */
        PixverseV6ExtendTask: {
            /** @constant */
            model: "pixverse-v6/extend";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["PixverseV6ExtendInput"];
        };
        /**
         * QwenImageEditInput
         * @description `input` for `qwen/image-edit` (Qwen - Image Edit). Input parameters for the generation task.
         */
        QwenImageEditInput: {
            /** @description The prompt to generate the image with (Max length: 2000 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description The URL of the image to edit. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description Acceleration level for image generation. Options: 'none', 'regular'. Higher acceleration increases speed. 'regular' balances speed and quality. Default value: "none"
             * @default none
             * @enum {string}
             */
            acceleration?: "none" | "regular" | "high";
            /**
             * @description The size of the generated image. Default value: landscape_4_3
             * @default landscape_4_3
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /**
             * @description The number of inference steps to perform. Default value: 30 (Min: 2, Max: 49, Step: 1) (step: 1)
             * @default 25
             */
            num_inference_steps?: number;
            /** @description The same seed and the same prompt given to the same version of the model will output the same image every time. */
            seed?: number;
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt when looking for a related image to show you. Default value: 4 (Min: 0, Max: 20, Step: 0.1) (step: 0.1)
             * @default 4
             */
            guidance_scale?: number;
            /** @description If set to true, the function will wait for the image to be generated and uploaded before returning the response. This will increase the latency of the function but it allows you to get the image directly in the response without going through the CDN. (Boolean value (true/false)) */
            sync_mode?: boolean;
            /**
             * @description Number of images to generate.
             * @enum {string}
             */
            num_images?: "1" | "2" | "3" | "4";
            /** @description If set to true, the safety checker will be enabled. Default value: true (Boolean value (true/false)) */
            enable_safety_checker?: boolean;
            /**
             * @description The format of the generated image. Default value: "png"
             * @default png
             * @enum {string}
             */
            output_format?: "jpeg" | "png";
            /** @description The negative prompt for the generation Default value: " " (Max length: 500 characters) */
            negative_prompt?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * QwenImageEditTask
         * @description Qwen - Image Edit (`qwen/image-edit`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "qwen/image-edit",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg",
         *         "acceleration": "none",
         *         "image_size": "landscape_4_3",
         *         "num_inference_steps": 25,
         *         "guidance_scale": 4,
         *         "sync_mode": false,
         *         "enable_safety_checker": true,
         *         "output_format": "png",
         *         "negative_prompt": "blurry, ugly"
         *       }
         *     }
         */
        QwenImageEditTask: {
            /** @constant */
            model: "qwen/image-edit";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["QwenImageEditInput"];
        };
        /**
         * QwenImageToImageInput
         * @description `input` for `qwen/image-to-image` (Qwen - Image to Image). Input parameters for the generation task.
         */
        QwenImageToImageInput: {
            /** @description The prompt to generate the image with (Max length: 5000 characters) */
            prompt: string;
            /** @description The reference image to guide the generation (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            image_url: string;
            /**
             * @description Denoising strength. 1.0 = fully remake; 0.0 = preserve original (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
             * @default 0.8
             */
            strength?: number;
            /**
             * @description The format of the generated image
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description Acceleration level for image generation. Options: 'none', 'regular', 'high'. Higher acceleration increases speed. 'regular' balances speed and quality. 'high' is recommended for images without text
             * @default none
             * @enum {string}
             */
            acceleration?: "none" | "regular" | "high";
            /** @description The negative prompt for the generation (Max length: 500 characters) */
            negative_prompt?: string;
            /** @description The same seed and the same prompt given to the same version of the model will output the same image every time */
            seed?: number;
            /**
             * @description The number of inference steps to perform (Min: 2, Max: 250, Step: 1) (step: 1)
             * @default 30
             */
            num_inference_steps?: number;
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt when looking for a related image to show you (Min: 0, Max: 20, Step: 0.1) (step: 0.1)
             * @default 2.5
             */
            guidance_scale?: number;
            /** @description The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false)) */
            enable_safety_checker?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * QwenImageToImageTask
         * @description Qwen - Image to Image (`qwen/image-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "qwen/image-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "",
         *         "image_url": "",
         *         "strength": 0.8,
         *         "output_format": "png",
         *         "acceleration": "none",
         *         "negative_prompt": "blurry, ugly",
         *         "num_inference_steps": 30,
         *         "guidance_scale": 2.5,
         *         "enable_safety_checker": true
         *       }
         *     }
         */
        QwenImageToImageTask: {
            /** @constant */
            model: "qwen/image-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["QwenImageToImageInput"];
        };
        /**
         * QwenTextToImageInput
         * @description `input` for `qwen/text-to-image` (Qwen - Text to Image). Input parameters for the generation task.
         */
        QwenTextToImageInput: {
            /** @description The prompt to generate the image with (Max length: 5000 characters) */
            prompt: string;
            /**
             * @description The size of the generated image
             * @default square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /**
             * @description The number of inference steps to perform (Min: 2, Max: 250, Step: 1) (step: 1)
             * @default 30
             */
            num_inference_steps?: number;
            /** @description The same seed and the same prompt given to the same version of the model will output the same image every time */
            seed?: number;
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt when looking for a related image to show you (Min: 0, Max: 20, Step: 0.1) (step: 0.1)
             * @default 2.5
             */
            guidance_scale?: number;
            /** @description The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false)) */
            enable_safety_checker?: boolean;
            /**
             * @description The format of the generated image
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /** @description The negative prompt for the generation (Max length: 500 characters) */
            negative_prompt?: string;
            /**
             * @description Acceleration level for image generation. Options: 'none', 'regular', 'high'. Higher acceleration increases speed. 'regular' balances speed and quality. 'high' is recommended for images without text
             * @default none
             * @enum {string}
             */
            acceleration?: "none" | "regular" | "high";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * QwenTextToImageTask
         * @description Qwen - Text to Image (`qwen/text-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "qwen/text-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "",
         *         "image_size": "square_hd",
         *         "num_inference_steps": 30,
         *         "guidance_scale": 2.5,
         *         "enable_safety_checker": true,
         *         "output_format": "png",
         *         "negative_prompt": " ",
         *         "acceleration": "none"
         *       }
         *     }
         */
        QwenTextToImageTask: {
            /** @constant */
            model: "qwen/text-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["QwenTextToImageInput"];
        };
        /**
         * Qwen2ImageEditInput
         * @description `input` for `qwen2/image-edit` (Qwen2 - Image Edit). Input parameters for the generation task.
         */
        Qwen2ImageEditInput: {
            /** @description The prompt to generate the image with (Max length: 800 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description The URL of the image to edit. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description The size of the generated image. Default value: 16:9
             * @default 16:9
             * @enum {string}
             */
            image_size?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "9:16" | "16:9" | "21:9";
            /** @description The same seed and the same prompt given to the same version of the model will output the same image every time. */
            seed?: number;
            /**
             * @description The format of the generated image. Default value: "png"
             * @default png
             * @enum {string}
             */
            output_format?: "jpeg" | "png";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * Qwen2ImageEditTask
         * @description Qwen2 - Image Edit (`qwen2/image-edit`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "qwen2/image-edit",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg",
         *         "image_size": "16:9",
         *         "output_format": "png",
         *         "seed": 0
         *       }
         *     }
         */
        Qwen2ImageEditTask: {
            /** @constant */
            model: "qwen2/image-edit";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Qwen2ImageEditInput"];
        };
        /**
         * Qwen2TextToImageInput
         * @description `input` for `qwen2/text-to-image` (Qwen2 - Text To Image). Input parameters for the generation task.
         */
        Qwen2TextToImageInput: {
            /** @description The prompt to generate the image with (Max length: 800 characters) */
            prompt: string;
            /**
             * @description The size of the generated image. Default value: 16:9
             * @default 16:9
             * @enum {string}
             */
            image_size?: "1:1" | "3:4" | "4:3" | "9:16" | "16:9";
            /** @description The same seed and the same prompt given to the same version of the model will output the same image every time. */
            seed?: number;
            /**
             * @description The format of the generated image. Default value: "png"
             * @default png
             * @enum {string}
             */
            output_format?: "jpeg" | "png";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * Qwen2TextToImageTask
         * @description Qwen2 - Text To Image (`qwen2/text-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "qwen2/text-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "",
         *         "image_size": "16:9",
         *         "seed": 0,
         *         "output_format": "png"
         *       }
         *     }
         */
        Qwen2TextToImageTask: {
            /** @constant */
            model: "qwen2/text-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Qwen2TextToImageInput"];
        };
        /**
         * RecraftCrispUpscaleInput
         * @description `input` for `recraft/crisp-upscale` (Recraft - Crisp Upscale). Input parameters for the generation task.
         */
        RecraftCrispUpscaleInput: {
            /**
             * Format: uri
             * @description Image to upscale (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image: string;
        };
        /**
         * RecraftCrispUpscaleTask
         * @description Recraft - Crisp Upscale (`recraft/crisp-upscale`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "recraft/crisp-upscale",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "image": "https://file.aiquickdraw.com/custom-page/akr/section-images/1757169577325ijj8vwvt.jpg"
         *       }
         *     }
         */
        RecraftCrispUpscaleTask: {
            /** @constant */
            model: "recraft/crisp-upscale";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["RecraftCrispUpscaleInput"];
        };
        /**
         * RecraftRemoveBackgroundInput
         * @description `input` for `recraft/remove-background` (Recraft - Remove Background). Input parameters for the generation task.
         */
        RecraftRemoveBackgroundInput: {
            /**
             * Format: uri
             * @description Image to remove background from. Supported formats: PNG, JPG, WEBP. Max 5MB, max 16MP, max dimension 4096px, min dimension 256px. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 5.0MB)
             */
            image: string;
        };
        /**
         * RecraftRemoveBackgroundTask
         * @description Recraft - Remove Background (`recraft/remove-background`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "recraft/remove-background",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "image": "https://file.aiquickdraw.com/custom-page/akr/section-images/1757057285447k9qcbki1.webp"
         *       }
         *     }
         */
        RecraftRemoveBackgroundTask: {
            /** @constant */
            model: "recraft/remove-background";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["RecraftRemoveBackgroundInput"];
        };
        /**
         * BytedanceSeedreamInput
         * @description `input` for `bytedance/seedream` (Seedream3.0 - Text to Image). Input parameters for the generation task.
         */
        BytedanceSeedreamInput: {
            /** @description The text prompt used to generate the image (Max length: 5000 characters) */
            prompt: string;
            /**
             * @description The size of the generated image.
             * @default square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /**
             * @description Controls how closely the output image aligns with the input prompt. Higher values mean stronger prompt correlation. (Min: 1, Max: 10, Step: 0.1) (step: 0.1)
             * @default 2.5
             */
            guidance_scale?: number;
            /** @description Random seed to control the stochasticity of image generation. */
            seed?: number;
        };
        /**
         * BytedanceSeedreamTask
         * @description Seedream3.0 - Text to Image (`bytedance/seedream`): `POST /api/v1/jobs/createTask` body.
         */
        BytedanceSeedreamTask: {
            /** @constant */
            model: "bytedance/seedream";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedreamInput"];
        };
        /**
         * BytedanceSeedreamV4EditInput
         * @description `input` for `bytedance/seedream-v4-edit` (Seedream4.0 - Edit). Input parameters for the generation task.
         */
        BytedanceSeedreamV4EditInput: {
            /** @description The text prompt used to edit the image (Max length: 5000 characters) */
            prompt: string;
            /** @description List of URLs of input images for editing. Presently, up to 10 image inputs are allowed. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            image_urls: string[];
            /**
             * @description The size of the generated image.
             * @default square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_3_2" | "portrait_16_9" | "landscape_4_3" | "landscape_3_2" | "landscape_16_9" | "landscape_21_9";
            /**
             * @description Final image resolution is determined by combining image_size (aspect ratio) and image_resolution (pixel scale). For example, choosing 4:3 + 4K gives 4096 × 3072px
             * @default 1K
             * @enum {string}
             */
            image_resolution?: "1K" | "2K" | "4K";
            /**
             * @description Set this value (1–6) to cap how many images a single generation run can produce in one set—because they’re created in one shot rather than separate requests, you must also state the exact number you want in the prompt so both settings align. (Min: 1, Max: 6, Step: 1) (step: 1)
             * @default 1
             */
            max_images?: number;
            /** @description Random seed to control the stochasticity of image generation. */
            seed?: number;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * BytedanceSeedreamV4EditTask
         * @description Seedream4.0 - Edit (`bytedance/seedream-v4-edit`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "bytedance/seedream-v4-edit",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Refer to this logo and create a single visual showcase for an outdoor sports brand named ‘KIE AI’. Display five branded items together in one image: a packaging bag, a hat, a carton box, a wristband, and a lanyard. Use blue as the main visual color, with a fun, simple, and modern style.",
         *         "image_urls": [
         *           "https://file.aiquickdraw.com/custom-page/akr/section-images/1757930552966e7f2on7s.png"
         *         ],
         *         "image_size": "square_hd",
         *         "image_resolution": "1K",
         *         "max_images": 1,
         *         "seed": 80960659,
         *         "nsfw_checker": true
         *       }
         *     }
         */
        BytedanceSeedreamV4EditTask: {
            /** @constant */
            model: "bytedance/seedream-v4-edit";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedreamV4EditInput"];
        };
        /**
         * BytedanceSeedreamV4TextToImageInput
         * @description `input` for `bytedance/seedream-v4-text-to-image` (Seedream4.0 - Text to Image). Input parameters for the generation task.
         */
        BytedanceSeedreamV4TextToImageInput: {
            /** @description The text prompt used to generate the image (Max length: 5000 characters) */
            prompt: string;
            /**
             * @description The size of the generated image.
             * @default square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_3_2" | "portrait_16_9" | "landscape_4_3" | "landscape_3_2" | "landscape_16_9" | "landscape_21_9";
            /**
             * @description Final image resolution is determined by combining image_size (aspect ratio) and image_resolution (pixel scale). For example, choosing 4:3 + 4K gives 4096 × 3072px
             * @default 1K
             * @enum {string}
             */
            image_resolution?: "1K" | "2K" | "4K";
            /**
             * @description Set this value (1–6) to cap how many images a single generation run can produce in one set—because they’re created in one shot rather than separate requests, you must also state the exact number you want in the prompt so both settings align. (Min: 1, Max: 6, Step: 1) (step: 1)
             * @default 1
             */
            max_images?: number;
            /** @description Random seed to control the stochasticity of image generation */
            seed?: number;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
        };
        /**
         * BytedanceSeedreamV4TextToImageTask
         * @description Seedream4.0 - Text to Image (`bytedance/seedream-v4-text-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "bytedance/seedream-v4-text-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Draw the following system of binary linear equations and the corresponding solution steps on the blackboard: 5x + 2y = 26; 2x -y = 5.",
         *         "image_size": "square_hd",
         *         "image_resolution": "1K",
         *         "max_images": 1,
         *         "seed": 50331296,
         *         "nsfw_checker": true
         *       }
         *     }
         */
        BytedanceSeedreamV4TextToImageTask: {
            /** @constant */
            model: "bytedance/seedream-v4-text-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedreamV4TextToImageInput"];
        };
        /**
         * Seedream45EditInput
         * @description `input` for `seedream/4.5-edit` (Seedream4.5 - Edit). Input parameters for the generation task.
         */
        Seedream45EditInput: {
            /** @description A text description of the image you want to generate (Max length: 3000 characters) */
            prompt: string;
            /** @description Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            image_urls: string[];
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * @description Basic outputs 2K images, while High outputs 4K images.
             * @default basic
             * @enum {string}
             */
            quality: "basic" | "high";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Seedream45EditTask
         * @description Seedream4.5 - Edit (`seedream/4.5-edit`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "seedream/4.5-edit",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.",
         *         "image_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"
         *         ],
         *         "aspect_ratio": "1:1",
         *         "quality": "basic",
         *         "nsfw_checker": true
         *       }
         *     }
         */
        Seedream45EditTask: {
            /** @constant */
            model: "seedream/4.5-edit";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Seedream45EditInput"];
        };
        /**
         * Seedream45TextToImageInput
         * @description `input` for `seedream/4.5-text-to-image` (Seedream4.5 - Text to Image). Input parameters for the generation task.
         */
        Seedream45TextToImageInput: {
            /** @description A text description of the image you want to generate (Max length: 3000 characters) */
            prompt: string;
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * @description Basic outputs 2K images, while High outputs 4K images.
             * @default basic
             * @enum {string}
             */
            quality: "basic" | "high";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Seedream45TextToImageTask
         * @description Seedream4.5 - Text to Image (`seedream/4.5-text-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "seedream/4.5-text-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.",
         *         "aspect_ratio": "1:1",
         *         "quality": "basic",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Seedream45TextToImageTask: {
            /** @constant */
            model: "seedream/4.5-text-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Seedream45TextToImageInput"];
        };
        /**
         * Seedream5LiteImageToImageInput
         * @description `input` for `seedream/5-lite-image-to-image` (Seedream5.0 Lite - Image to Image). Input parameters for the generation task.
         */
        Seedream5LiteImageToImageInput: {
            /** @description A text description of the image you want to generate (Max length: 3-3000 characters) */
            prompt: string;
            /** @description Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            image_urls: string[];
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * @description Basic outputs 2K images, while High outputs 4K images.
             * @default basic
             * @enum {string}
             */
            quality: "basic" | "high";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Seedream5LiteImageToImageTask
         * @description Seedream5.0 Lite - Image to Image (`seedream/5-lite-image-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "seedream/5-lite-image-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.",
         *         "image_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"
         *         ],
         *         "aspect_ratio": "1:1",
         *         "quality": "basic",
         *         "nsfw_checker": true
         *       }
         *     }
         */
        Seedream5LiteImageToImageTask: {
            /** @constant */
            model: "seedream/5-lite-image-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Seedream5LiteImageToImageInput"];
        };
        /**
         * Seedream5LiteTextToImageInput
         * @description `input` for `seedream/5-lite-text-to-image` (Seedream5.0 Lite - Text to Image). Input parameters for the generation task.
         */
        Seedream5LiteTextToImageInput: {
            /** @description A text description of the image you want to generate (Max length: 3-3000 characters) */
            prompt: string;
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * @description Basic outputs 2K images, while High outputs 4K images.
             * @default basic
             * @enum {string}
             */
            quality: "basic" | "high";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Seedream5LiteTextToImageTask
         * @description Seedream5.0 Lite - Text to Image (`seedream/5-lite-text-to-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "seedream/5-lite-text-to-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.",
         *         "aspect_ratio": "1:1",
         *         "quality": "basic",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Seedream5LiteTextToImageTask: {
            /** @constant */
            model: "seedream/5-lite-text-to-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Seedream5LiteTextToImageInput"];
        };
        /**
         * Sora2CharactersInput
         * @description `input` for `sora-2-characters` (Sora2 - Characters). Input parameters for the generation task.
         */
        Sora2CharactersInput: {
            /** @description Array of character video URLs to use as input for character animation. Only one video URL is allowed. The video must be between 1-4 seconds in duration. (File URL after upload, not file content; Accepted types: video/mp4, video/webm, video/avi; Max size: 10.0MB per file; Duration: 1-4 seconds) */
            character_file_url: string[];
            /** @description Description of the character and desired animation style (Max length: 5000 characters) */
            character_prompt?: string;
            /** @description Safety guidelines and content restrictions for the animation (Max length: 5000 characters) */
            safety_instruction?: string;
        };
        /**
         * Sora2CharactersTask
         * @deprecated
         * @description Sora2 - Characters (`sora-2-characters`): `POST /api/v1/jobs/createTask` body. Deprecated: the model's page was removed from the docs in 2026.
         * @example {
         *       "model": "sora-2-characters",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "character_file_url": [
         *           "https://static.aiquickdraw.com/tools/example/character1.mp4"
         *         ],
         *         "character_prompt": "A friendly cartoon character with expressive eyes and fluid movements",
         *         "safety_instruction": "Ensure the animation is family-friendly and contains no violent or inappropriate content"
         *       }
         *     }
         */
        Sora2CharactersTask: {
            /** @constant */
            model: "sora-2-characters";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Sora2CharactersInput"];
        };
        /**
         * Sora2CharactersProInput
         * @description `input` for `sora-2-characters-pro` (Sora2 - Characters Pro). Input parameters for the generation task.
         */
        Sora2CharactersProInput: {
            /** @description Task ID of the original task. References a previously completed video generation task. */
            origin_task_id: string;
            /** @description Enter the clip's start and end times in seconds. The segment you select must be completely inside the original video and between 1 s–4 s long; that slice will be used as the character's training material. */
            timestamps: string;
            /** @description Optional. Custom name for the character, used to identify and reference the character in subsequent operations. When provided, must be non-empty and max 40 characters. */
            character_user_name?: string;
            /** @description Character persona prompt. Required, non-empty. Describes the character's personality and appearance. */
            character_prompt: string;
            /** @description Character safety instructions. Guidelines and content restrictions for the animation. */
            safety_instruction?: string;
        };
        /**
         * Sora2CharactersProTask
         * @deprecated
         * @description Sora2 - Characters Pro (`sora-2-characters-pro`): `POST /api/v1/jobs/createTask` body. Deprecated: the model's page was removed from the docs in 2026.
         * @example {
         *       "model": "sora-2-characters-pro",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "origin_task_id": "7118f712c1f35c9b8bf2ad1af68ad482",
         *         "timestamps": "3.55,5.55",
         *         "character_user_name": "my_character_01",
         *         "character_prompt": "A friendly cartoon character with expressive eyes and fluid movements",
         *         "safety_instruction": "Ensure the animation is family-friendly and contains no violent or inappropriate content"
         *       }
         *     }
         */
        Sora2CharactersProTask: {
            /** @constant */
            model: "sora-2-characters-pro";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Sora2CharactersProInput"];
        };
        /**
         * Sora2ImageToVideoInput
         * @description `input` for `sora-2-image-to-video` (Sora2 - Image to Video). Input parameters for the generation task.
         */
        Sora2ImageToVideoInput: {
            /** @description The text prompt describing the desired video motion (Max length: 10000 characters) */
            prompt: string;
            /** @description URL of the image to use as the first frame. Must be publicly accessible (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            image_urls: string[];
            /**
             * @description This parameter defines the aspect ratio of the image.
             * @default landscape
             * @enum {string}
             */
            aspect_ratio?: "portrait" | "landscape";
            /**
             * @description The number of frames to be generated.
             * @default 10
             * @enum {string}
             */
            n_frames?: "10" | "15";
            /** @description When enabled, removes watermarks from the generated video. (Boolean value (true/false)) */
            remove_watermark?: boolean;
            /** @description Optional array of character IDs from Sora-2-characters model to incorporate character animations into the video generation. Maximum 5 character IDs allowed. Leave empty if not using character animations. */
            character_id_list?: string[];
            /**
             * @description Upload destination. Defaults to s3; choose oss for Aliyun storage (better access within China).
             * @default s3
             * @enum {string}
             */
            upload_method: "s3" | "oss";
        };
        /**
         * Sora2ImageToVideoTask
         * @deprecated
         * @description Sora2 - Image to Video (`sora-2-image-to-video`): `POST /api/v1/jobs/createTask` body. Deprecated: the model's page was removed from the docs in 2026.
         * @example {
         *       "model": "sora-2-image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "progressCallBackUrl": "https://your-domain.com/api/v1/jobs/progressCallBackUrl",
         *       "input": {
         *         "prompt": "A claymation conductor passionately leads a claymation orchestra, while the entire group joyfully sings in chorus the phrase: “Sora 2 is now available on Kie AI.",
         *         "image_urls": [
         *           "https://file.aiquickdraw.com/custom-page/akr/section-images/17594315607644506ltpf.jpg"
         *         ],
         *         "aspect_ratio": "landscape",
         *         "n_frames": "10",
         *         "remove_watermark": true,
         *         "upload_method": "s3",
         *         "character_id_list": [
         *           "example_123456789"
         *         ]
         *       }
         *     }
         */
        Sora2ImageToVideoTask: {
            /** @constant */
            model: "sora-2-image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /**
             * Format: uri
             * @description User progress callback address
             *     - To ensure callback security, see [Webhook Verification Guide](/common-api/webhook-verification) for signature verification implementation
             */
            progressCallBackUrl?: string;
            input: components["schemas"]["Sora2ImageToVideoInput"];
        };
        /**
         * Sora2ProImageToVideoInput
         * @description `input` for `sora-2-pro-image-to-video` (Sora2 - Pro Image to Video). Input parameters for the generation task.
         */
        Sora2ProImageToVideoInput: {
            /** @description The text prompt describing the desired video motion (Max length: 10000 characters) */
            prompt: string;
            /** @description URL of the image to use as the first frame. Must be publicly accessible (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            image_urls: string[];
            /**
             * @description This parameter defines the aspect ratio of the image.
             * @default landscape
             * @enum {string}
             */
            aspect_ratio?: "portrait" | "landscape";
            /**
             * @description The number of frames to be generated.
             * @default 10
             * @enum {string}
             */
            n_frames?: "10" | "15";
            /**
             * @description The quality or size of the generated image.
             * @default standard
             * @enum {string}
             */
            size?: "standard" | "high";
            /** @description When enabled, removes watermarks from the generated video. (Boolean value (true/false)) */
            remove_watermark?: boolean;
            /** @description Optional array of character IDs from Sora-2-characters model to incorporate character animations into the video generation. Maximum 5 character IDs allowed. Leave empty if not using character animations. */
            character_id_list?: string[];
            /**
             * @description Upload destination. Defaults to s3; choose oss for Aliyun storage (better access within China).
             * @default s3
             * @enum {string}
             */
            upload_method: "oss" | "s3";
        };
        /**
         * Sora2ProImageToVideoTask
         * @deprecated
         * @description Sora2 - Pro Image to Video (`sora-2-pro-image-to-video`): `POST /api/v1/jobs/createTask` body. Deprecated: the model's page was removed from the docs in 2026.
         * @example {
         *       "model": "sora-2-pro-image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "progressCallBackUrl": "https://your-domain.com/api/v1/jobs/progressCallBackUrl",
         *       "input": {
         *         "prompt": "",
         *         "image_urls": [],
         *         "aspect_ratio": "landscape",
         *         "n_frames": "10",
         *         "size": "standard",
         *         "remove_watermark": true,
         *         "upload_method": "s3",
         *         "character_id_list": [
         *           "example_123456789"
         *         ]
         *       }
         *     }
         */
        Sora2ProImageToVideoTask: {
            /** @constant */
            model: "sora-2-pro-image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /**
             * Format: uri
             * @description User progress callback address
             *     - To ensure callback security, see [Webhook Verification Guide](/common-api/webhook-verification) for signature verification implementation
             */
            progressCallBackUrl?: string;
            input: components["schemas"]["Sora2ProImageToVideoInput"];
        };
        /**
         * Sora2ProStoryboardInput
         * @description `input` for `sora-2-pro-storyboard` (Sora2 - Pro Storyboard). Input parameters for the generation task.
         */
        Sora2ProStoryboardInput: {
            /** @description Array of shot descriptions with durations. Total duration of all shots cannot exceed the selected n_frames value. */
            shots?: {
                /** @description Detailed description of the scene/shot */
                Scene: string;
                /** @description Duration of this shot in seconds. Total duration of all shots cannot exceed n_frames. */
                duration: number;
            }[];
            /**
             * @description Total length of the video
             * @default 15
             * @enum {string}
             */
            n_frames?: "10" | "15" | "25";
            /** @description Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Limited to exactly 1 image. */
            image_urls?: string[];
            /**
             * @description This parameter defines the aspect ratio of the image.
             * @default landscape
             * @enum {string}
             */
            aspect_ratio?: "portrait" | "landscape";
            /**
             * @description Upload destination. Defaults to s3; choose oss for Aliyun storage (better access within China).
             * @enum {string}
             */
            upload_method: "s3" | "oss";
        };
        /**
         * Sora2ProStoryboardTask
         * @deprecated
         * @description Sora2 - Pro Storyboard (`sora-2-pro-storyboard`): `POST /api/v1/jobs/createTask` body. Deprecated: the model's page was removed from the docs in 2026.
         * @example {
         *       "model": "sora-2-pro-storyboard",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "n_frames": "15",
         *         "image_urls": [
         *           "https://file.aiquickdraw.com/custom-page/akr/section-images/1760776438785hyue5ogz.png"
         *         ],
         *         "aspect_ratio": "landscape",
         *         "upload_method": "s3",
         *         "shots": [
         *           {
         *             "Scene": "A cute fluffy orange-and-white kitten wearing orange headphones, sitting at a cozy indoor table with a small slice of cake on a plate, a toy fish and a silver microphone nearby, warm soft lighting, cinematic close-up, shallow depth of field, gentle ASMR atmosphere.",
         *             "duration": 7.5
         *           },
         *           {
         *             "Scene": "The same cute fluffy orange-and-white kitten wearing orange headphones, in the same cozy indoor ASMR setup with the toy fish and microphone, the cake now finished, the kitten gently licks its lips with a satisfied smile, warm ambient lighting, cinematic close-up, shallow depth of field, calm and content mood.",
         *             "duration": 7.5
         *           }
         *         ]
         *       }
         *     }
         */
        Sora2ProStoryboardTask: {
            /** @constant */
            model: "sora-2-pro-storyboard";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Sora2ProStoryboardInput"];
        };
        /**
         * Sora2ProTextToVideoInput
         * @description `input` for `sora-2-pro-text-to-video` (Sora2 - Pro Text to Video). Input parameters for the generation task.
         */
        Sora2ProTextToVideoInput: {
            /** @description The text prompt describing the desired video motion (Max length: 10000 characters) */
            prompt: string;
            /**
             * @description This parameter defines the aspect ratio of the image.
             * @default landscape
             * @enum {string}
             */
            aspect_ratio?: "portrait" | "landscape";
            /**
             * @description The number of frames to be generated.
             * @default 10
             * @enum {string}
             */
            n_frames?: "10" | "15";
            /**
             * @description The quality or size of the generated image.
             * @default high
             * @enum {string}
             */
            size?: "standard" | "high";
            /** @description When enabled, removes watermarks from the generated video. (Boolean value (true/false)) */
            remove_watermark?: boolean;
            /** @description Optional array of character IDs from Sora-2-characters model to incorporate character animations into the video generation. Maximum 5 character IDs allowed. Leave empty if not using character animations. */
            character_id_list?: string[];
            /**
             * @description Upload destination. Defaults to s3; choose oss for Aliyun storage (better access within China).
             * @default s3
             * @enum {string}
             */
            upload_method: "s3" | "oss";
        };
        /**
         * Sora2ProTextToVideoTask
         * @deprecated
         * @description Sora2 - Pro Text to Video (`sora-2-pro-text-to-video`): `POST /api/v1/jobs/createTask` body. Deprecated: the model's page was removed from the docs in 2026.
         * @example {
         *       "model": "sora-2-pro-text-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "progressCallBackUrl": "https://your-domain.com/api/v1/jobs/progressCallBackUrl",
         *       "input": {
         *         "prompt": "a happy dog running in the garden",
         *         "aspect_ratio": "landscape",
         *         "n_frames": "10",
         *         "size": "high",
         *         "remove_watermark": true,
         *         "upload_method": "s3",
         *         "character_id_list": [
         *           "example_123456789"
         *         ]
         *       }
         *     }
         */
        Sora2ProTextToVideoTask: {
            /** @constant */
            model: "sora-2-pro-text-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /**
             * Format: uri
             * @description User progress callback address
             *     - To ensure callback security, see [Webhook Verification Guide](/common-api/webhook-verification) for signature verification implementation
             */
            progressCallBackUrl?: string;
            input: components["schemas"]["Sora2ProTextToVideoInput"];
        };
        /**
         * Sora2TextToVideoInput
         * @description `input` for `sora-2-text-to-video` (Sora2 - Text to Video). Input parameters for the generation task.
         */
        Sora2TextToVideoInput: {
            /** @description The text prompt describing the desired video motion (Max length: 10000 characters) */
            prompt: string;
            /**
             * @description This parameter defines the aspect ratio of the image.
             * @default landscape
             * @enum {string}
             */
            aspect_ratio?: "portrait" | "landscape";
            /**
             * @description The number of frames to be generated.
             * @default 10
             * @enum {string}
             */
            n_frames?: "10" | "15";
            /** @description When enabled, removes watermarks from the generated video. (Boolean value (true/false)) */
            remove_watermark?: boolean;
            /** @description Optional array of character IDs from Sora-2-characters model to incorporate character animations into the video generation. Maximum 5 character IDs allowed. Leave empty if not using character animations. */
            character_id_list?: string[];
            /**
             * @description Upload destination. Defaults to s3; choose oss for Aliyun storage (better access within China).
             * @default s3
             * @enum {string}
             */
            upload_method: "s3" | "oss";
        };
        /**
         * Sora2TextToVideoTask
         * @deprecated
         * @description Sora2 - Text to Video (`sora-2-text-to-video`): `POST /api/v1/jobs/createTask` body. Deprecated: the model's page was removed from the docs in 2026.
         * @example {
         *       "model": "sora-2-text-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "progressCallBackUrl": "https://your-domain.com/api/v1/jobs/progressCallBackUrl",
         *       "input": {
         *         "prompt": "A professor stands at the front of a lively classroom, enthusiastically giving a lecture. On the blackboard behind him are colorful chalk diagrams. With an animated gesture, he declares to the students: “Sora 2 is now available on Kie AI, making it easier than ever to create stunning videos.” The students listen attentively, some smiling and taking notes.",
         *         "aspect_ratio": "landscape",
         *         "n_frames": "10",
         *         "remove_watermark": true,
         *         "upload_method": "s3",
         *         "character_id_list": [
         *           "example_123456789"
         *         ]
         *       }
         *     }
         */
        Sora2TextToVideoTask: {
            /** @constant */
            model: "sora-2-text-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /**
             * Format: uri
             * @description User progress callback address
             *     - To ensure callback security, see [Webhook Verification Guide](/common-api/webhook-verification) for signature verification implementation
             */
            progressCallBackUrl?: string;
            input: components["schemas"]["Sora2TextToVideoInput"];
        };
        /**
         * SoraWatermarkRemoverInput
         * @description `input` for `sora-watermark-remover` (Sora2 - Watermark Remover). Input parameters for the generation task.
         */
        SoraWatermarkRemoverInput: {
            /**
             * Format: uri
             * @description Enter the Sora 2 video URL — it must be a publicly accessible link from OpenAI (starting with sora.chatgpt.com). (Max length: 500 characters)
             */
            video_url: string;
            /**
             * @description Upload destination. Defaults to s3; choose oss for Aliyun storage (better access within China).
             * @default s3
             * @enum {string}
             */
            upload_method: "oss" | "s3";
        };
        /**
         * SoraWatermarkRemoverTask
         * @deprecated
         * @description Sora2 - Watermark Remover (`sora-watermark-remover`): `POST /api/v1/jobs/createTask` body. Deprecated: the model's page was removed from the docs in 2026.
         * @example {
         *       "model": "sora-watermark-remover",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "video_url": "https://sora.chatgpt.com/p/s_68e83bd7eee88191be79d2ba7158516f",
         *         "upload_method": "s3"
         *       }
         *     }
         */
        SoraWatermarkRemoverTask: {
            /** @constant */
            model: "sora-watermark-remover";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["SoraWatermarkRemoverInput"];
        };
        /**
         * TopazImageUpscaleInput
         * @description `input` for `topaz/image-upscale` (Topaz - Image Upscale). Input parameters for the generation task.
         */
        TopazImageUpscaleInput: {
            /**
             * Format: uri
             * @description Url of the image to be upscaled (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description Factor to upscale the video by (e.g. 2.0 doubles width and height)
             * @default 2
             * @enum {string}
             */
            upscale_factor: "1" | "2" | "4" | "8";
        };
        /**
         * TopazImageUpscaleTask
         * @description Topaz - Image Upscale (`topaz/image-upscale`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "topaz/image-upscale",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "image_url": "https://static.aiquickdraw.com/tools/example/1762752805607_mErUj1KR.png",
         *         "upscale_factor": "2"
         *       }
         *     }
         */
        TopazImageUpscaleTask: {
            /** @constant */
            model: "topaz/image-upscale";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["TopazImageUpscaleInput"];
        };
        /**
         * TopazVideoUpscaleInput
         * @description `input` for `topaz/video-upscale` (Topaz - Video Upscale). Input parameters for the generation task.
         */
        TopazVideoUpscaleInput: {
            /**
             * Format: uri
             * @description URL of the video to upscale (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 50.0MB)
             */
            video_url: string;
            /**
             * @description Factor to upscale the video by (e.g. 2.0 doubles width and height)
             * @default 2
             * @enum {string}
             */
            upscale_factor?: "1" | "2" | "4";
        };
        /**
         * TopazVideoUpscaleTask
         * @description Topaz - Video Upscale (`topaz/video-upscale`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "topaz/video-upscale",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "video_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1758166466095hvbwkrpw.mp4",
         *         "upscale_factor": "2"
         *       }
         *     }
         */
        TopazVideoUpscaleTask: {
            /** @constant */
            model: "topaz/video-upscale";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["TopazVideoUpscaleInput"];
        };
        /**
         * Wan22A14bImageToVideoTurboInput
         * @description `input` for `wan/2-2-a14b-image-to-video-turbo` (Wan - Image to Video). Input parameters for the generation task.
         */
        Wan22A14bImageToVideoTurboInput: {
            /**
             * Format: uri
             * @description URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /** @description The text prompt to guide video generation. (Max length: 5000 characters) */
            prompt: string;
            /**
             * @description Resolution of the generated video (480p or 720p). Default value: "720p"
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            /** @description Whether to enable prompt expansion. This will use a large language model to expand the prompt with additional details while maintaining the original meaning. (Boolean value (true/false)) */
            enable_prompt_expansion?: boolean;
            /**
             * @description Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max: 2147483647, Step: 1) (step: 1)
             * @default 0
             */
            seed?: number;
            /**
             * @description Acceleration level to use. The more acceleration, the faster the generation, but with lower quality. The recommended value is 'none'. Default value: "none"
             * @default none
             * @enum {string}
             */
            acceleration?: "none" | "regular";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Wan22A14bImageToVideoTurboTask
         * @description Wan - Image to Video (`wan/2-2-a14b-image-to-video-turbo`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-2-a14b-image-to-video-turbo",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png",
         *         "prompt": "Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background.",
         *         "resolution": "720p",
         *         "enable_prompt_expansion": false,
         *         "seed": 0,
         *         "acceleration": "none",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Wan22A14bImageToVideoTurboTask: {
            /** @constant */
            model: "wan/2-2-a14b-image-to-video-turbo";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan22A14bImageToVideoTurboInput"];
        };
        /**
         * Wan22A14bSpeechToVideoTurboInput
         * @description `input` for `wan/2-2-a14b-speech-to-video-turbo` (Wan - 2.2 A14B Speech to Video Turbo). Input parameters for the generation task.
         */
        Wan22A14bSpeechToVideoTurboInput: {
            /** @description The text prompt used for video generation (Max length: 5000 characters) */
            prompt: string;
            /**
             * Format: uri
             * @description URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * Format: uri
             * @description The URL of the audio file (File URL after upload, not file content; Accepted types: audio/mp3, audio/wav, audio/ogg, audio/m4a, audio/flac, audio/aac, audio/x-ms-wma, audio/mpeg; Max size: 10.0MB)
             */
            audio_url: string;
            /**
             * @description Number of frames to generate. Must be between 40 to 120, (must be multiple of 4) (Min: 40, Max: 120, Step: 4) (step: 4)
             * @default 80
             */
            num_frames?: number;
            /**
             * @description Frames per second of the generated video. Must be between 4 to 60. When using interpolation and adjust_fps_for_interpolation is set to true (default true,) the final FPS will be multiplied by the number of interpolated frames plus one. For example, if the generated frames per second is 16 and the number of interpolated frames is 1, the final frames per second will be 32. If adjust_fps_for_interpolation is set to false, this value will be used as-is (Min: 4, Max: 60, Step: 1) (step: 1)
             * @default 16
             */
            frames_per_second?: number;
            /**
             * @description Resolution of the generated video (480p, 580p, or 720p)
             * @default 480p
             * @enum {string}
             */
            resolution?: "480p" | "580p" | "720p";
            /** @description Negative prompt for video generation (Max length: 500 characters) */
            negative_prompt?: string;
            /** @description Random seed for reproducibility. If None, a random seed is chosen */
            seed?: number;
            /**
             * @description Number of inference steps for sampling. Higher values give better quality but take longer (Min: 2, Max: 40, Step: 1) (step: 1)
             * @default 27
             */
            num_inference_steps?: number;
            /**
             * @description Classifier-free guidance scale. Higher values give better adherence to the prompt but may decrease quality (Min: 1, Max: 10, Step: 0.1) (step: 0.1)
             * @default 3.5
             */
            guidance_scale?: number;
            /**
             * @description Shift value for the video. Must be between 1.0 and 10.0 (Min: 1, Max: 10, Step: 0.1) (step: 0.1)
             * @default 5
             */
            shift?: number;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * Wan22A14bSpeechToVideoTurboTask
         * @description Wan - 2.2 A14B Speech to Video Turbo (`wan/2-2-a14b-speech-to-video-turbo`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-2-a14b-speech-to-video-turbo",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "The lady is talking",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1756797663082u4pjmcrq.png",
         *         "audio_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/17567977044127d1emlmc.mp3",
         *         "num_frames": 80,
         *         "frames_per_second": 16,
         *         "resolution": "480p",
         *         "negative_prompt": "",
         *         "num_inference_steps": 27,
         *         "guidance_scale": 3.5,
         *         "shift": 5
         *       }
         *     }
         */
        Wan22A14bSpeechToVideoTurboTask: {
            /** @constant */
            model: "wan/2-2-a14b-speech-to-video-turbo";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan22A14bSpeechToVideoTurboInput"];
        };
        /**
         * Wan22A14bTextToVideoTurboInput
         * @description `input` for `wan/2-2-a14b-text-to-video-turbo` (Wan - Text to Video). Input parameters for the generation task.
         */
        Wan22A14bTextToVideoTurboInput: {
            /** @description The text prompt to guide video generation. (Max length: 5000 characters) */
            prompt: string;
            /**
             * @description Resolution of the generated video (480p or 720p). Default value: "720p"
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            /**
             * @description Aspect ratio of the generated video (16:9 or 9:16). Default value: "16:9"
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16";
            /** @description Whether to enable prompt expansion. This will use a large language model to expand the prompt with additional details while maintaining the original meaning. (Boolean value (true/false)) */
            enable_prompt_expansion?: boolean;
            /**
             * @description Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max: 2147483647, Step: 1) (step: 1)
             * @default 0
             */
            seed?: number;
            /**
             * @description Acceleration level to use. The more acceleration, the faster the generation, but with lower quality. The recommended value is 'none'. Default value: "none"
             * @default none
             * @enum {string}
             */
            acceleration?: "none" | "regular";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Wan22A14bTextToVideoTurboTask
         * @description Wan - Text to Video (`wan/2-2-a14b-text-to-video-turbo`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-2-a14b-text-to-video-turbo",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Drone shot, fast traversal, starting inside a cracked, frosty circular pipe. The camera bursts upward through the pipe to reveal a vast polar landscape bathed in golden sunrise light. Workers in orange suits operate steaming machinery. The camera tilts up, revealing the scene from the perspective of a rising hot air balloon. It continues ascending into a glowing sky, the balloon trailing steam and displaying the letters \"KIE AI\" as it rises into breathtaking polar majesty.",
         *         "resolution": "720p",
         *         "aspect_ratio": "16:9",
         *         "enable_prompt_expansion": false,
         *         "seed": 0,
         *         "acceleration": "none",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Wan22A14bTextToVideoTurboTask: {
            /** @constant */
            model: "wan/2-2-a14b-text-to-video-turbo";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan22A14bTextToVideoTurboInput"];
        };
        /**
         * Wan22AnimateMoveInput
         * @description `input` for `wan/2-2-animate-move` (Wan - Animate Move). Input parameters for the generation task.
         */
        Wan22AnimateMoveInput: {
            /**
             * Format: uri
             * @description URL of the input video. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
             */
            video_url: string;
            /**
             * Format: uri
             * @description URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description Resolution of the generated video (480p, 580p, or 720p).
             * @default 480p
             * @enum {string}
             */
            resolution?: "480p" | "580p" | "720p";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Wan22AnimateMoveTask
         * @description Wan - Animate Move (`wan/2-2-animate-move`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-2-animate-move",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "video_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/17586254974931y2hottk.mp4",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1758625466310wpehpbnf.png",
         *         "resolution": "480p",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Wan22AnimateMoveTask: {
            /** @constant */
            model: "wan/2-2-animate-move";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan22AnimateMoveInput"];
        };
        /**
         * Wan22AnimateReplaceInput
         * @description `input` for `wan/2-2-animate-replace` (Wan - Animate Replace). Input parameters for the generation task.
         */
        Wan22AnimateReplaceInput: {
            /**
             * Format: uri
             * @description URL of the input video. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
             */
            video_url: string;
            /**
             * Format: uri
             * @description URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             */
            image_url: string;
            /**
             * @description Resolution of the generated video (480p, 580p, or 720p).
             * @default 480p
             * @enum {string}
             */
            resolution?: "480p" | "580p" | "720p";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Wan22AnimateReplaceTask
         * @description Wan - Animate Replace (`wan/2-2-animate-replace`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-2-animate-replace",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "video_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/17586199429271xscyd5d.mp4",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/17586199255323tks43kq.png",
         *         "resolution": "480p",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Wan22AnimateReplaceTask: {
            /** @constant */
            model: "wan/2-2-animate-replace";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan22AnimateReplaceInput"];
        };
        /**
         * Wan25ImageToVideoInput
         * @description `input` for `wan/2-5-image-to-video` (Wan 2.5 - Image to Video). Input parameters for the image-to-video task.
         */
        Wan25ImageToVideoInput: {
            /** @description The text prompt describing the desired video motion. Maximum length: 800 characters. */
            prompt: string;
            /**
             * Format: uri
             * @description URL of the image to use as the first frame. Must be publicly accessible.
             *
             *     - Please provide the URL of the uploaded file, not raw file content
             *     - Accepted types: `image/jpeg`, `image/png`, `image/webp`
             *     - Max size: 10.0MB
             */
            image_url: string;
            /**
             * @description The duration of the generated video in seconds.
             *
             *     - `5`: 5 seconds
             *     - `10`: 10 seconds
             * @enum {string}
             */
            duration: "5" | "10";
            /**
             * @description Video resolution. Valid values: `720p`, `1080p`.
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /** @description Negative prompt used to describe content to avoid. Maximum length: 500 characters. */
            negative_prompt?: string;
            /**
             * @description Whether to enable prompt rewriting using LLM.
             *
             *     - Boolean value: `true` / `false`
             */
            enable_prompt_expansion?: boolean;
            /** @description Random seed for reproducibility. If omitted, a random seed is chosen. */
            seed?: number;
            /** @description Enabled by default in Playground. For API calls, you can turn it on or off based on your needs. */
            nsfw_checker?: boolean;
        };
        /**
         * Wan25ImageToVideoTask
         * @description Wan 2.5 - Image to Video (`wan/2-5-image-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-5-image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "The same woman from the reference image looks directly into the camera, takes a breath, then smiles brightly and speaks with enthusiasm: \"Have you heard? Alibaba Wan 2.5 API is now available on Kie.ai!\" Ambient audio: quiet indoor atmosphere, soft natural room tone. Camera: medium close-up, steady framing, natural daylight mood, accurate lip-sync with dialogue.",
         *         "image_url": "https://file.aiquickdraw.com/custom-page/akr/section-images/1758796480945qb63zxq8.webp",
         *         "duration": "5",
         *         "resolution": "1080p",
         *         "negative_prompt": "blurry, flicker, camera shake, distorted face, low quality",
         *         "enable_prompt_expansion": true,
         *         "seed": 123456,
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Wan25ImageToVideoTask: {
            /** @constant */
            model: "wan/2-5-image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan25ImageToVideoInput"];
        };
        /**
         * Wan25TextToVideoInput
         * @description `input` for `wan/2-5-text-to-video` (Wan 2.5 - Text to Video). Input parameters for the text-to-video task.
         */
        Wan25TextToVideoInput: {
            /** @description The text prompt for video generation. Supports Chinese and English. Maximum length: 800 characters. */
            prompt: string;
            /**
             * @description The duration of the generated video in seconds.
             *
             *     - `5`: 5 seconds
             *     - `10`: 10 seconds
             * @enum {string}
             */
            duration: "5" | "10";
            /**
             * @description The aspect ratio of the generated video.
             *
             *     - `16:9`: Landscape
             *     - `9:16`: Portrait
             *     - `1:1`: Square
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description Video resolution tier.
             *
             *     - `720p`: 720p
             *     - `1080p`: 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /** @description Negative prompt used to describe content to avoid. Maximum length: 500 characters. */
            negative_prompt?: string;
            /**
             * @description Whether to enable prompt rewriting using LLM. Improves results for short prompts but increases processing time.
             *
             *     - Boolean value: `true` / `false`
             */
            enable_prompt_expansion?: boolean;
            /** @description Random seed for reproducibility. If omitted, a random seed is chosen. */
            seed?: number;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Wan25TextToVideoTask
         * @description Wan 2.5 - Text to Video (`wan/2-5-text-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-5-text-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A dimly lit jazz bar at night, wooden tables glowing under warm pendant lights. Patrons sip drinks and chat quietly while a three-piece band performs on stage. The saxophone player stands under a spotlight, gleaming instrument reflecting the light. No dialogue. Ambient audio: smooth live jazz music with saxophone and piano, clinking glasses, low murmur of audience conversations, occasional burst of laughter from a nearby table. Camera: slow pan across the crowd, then gentle zoom toward the saxophone player's solo, focusing on expressive hand movements.",
         *         "duration": "5",
         *         "aspect_ratio": "16:9",
         *         "resolution": "1080p",
         *         "negative_prompt": "blurry, flicker, low quality, distorted people, camera shake",
         *         "enable_prompt_expansion": true,
         *         "seed": 123456,
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Wan25TextToVideoTask: {
            /** @constant */
            model: "wan/2-5-text-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan25TextToVideoInput"];
        };
        /**
         * Wan26FlashImageToVideoInput
         * @description `input` for `wan/2-6-flash-image-to-video` (Wan - 2.6-flash-image-to-video). Input parameters for the generation task.
         */
        Wan26FlashImageToVideoInput: {
            /** @description Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 1500 characters) */
            prompt: string;
            /** @description A list of image URLs. All images must be at least 256x256px. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) */
            image_urls: string[];
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10" | "15";
            /**
             * @description Video resolution tier
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /** @description Whether to generate video with audio. Audio directly affects the cost, as the pricing differs between videos with sound and silent videos. (Boolean value (true/false)) */
            audio: boolean;
            /** @description The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions. (Boolean value (true/false)) */
            multi_shots?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * Wan26FlashImageToVideoTask
         * @description Wan - 2.6-flash-image-to-video (`wan/2-6-flash-image-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-6-flash-image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.",
         *         "image_urls": [],
         *         "duration": "5",
         *         "resolution": "1080p",
         *         "audio": false,
         *         "multi_shots": false,
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Wan26FlashImageToVideoTask: {
            /** @constant */
            model: "wan/2-6-flash-image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan26FlashImageToVideoInput"];
        };
        /**
         * Wan26FlashVideoToVideoInput
         * @description `input` for `wan/2-6-flash-video-to-video` (Wan - 2-6-flash-video-to-video). Input parameters for the generation task.
         */
        Wan26FlashVideoToVideoInput: {
            /** @description Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 1500 characters) */
            prompt: string;
            /** @description The URL of the image used to generate video (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB) */
            video_urls: string[];
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description Video resolution tier
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /** @description Whether to generate video with audio. Audio directly affects the cost, as the pricing differs between videos with sound and silent videos. (Boolean value (true/false)) */
            audio?: boolean;
            /** @description The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions. (Boolean value (true/false)) */
            multi_shots?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
        };
        /**
         * Wan26FlashVideoToVideoTask
         * @description Wan - 2-6-flash-video-to-video (`wan/2-6-flash-video-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-6-flash-video-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "The video drinks milk tea while doing some improvised dance moves to the music.",
         *         "video_urls": [],
         *         "duration": "5",
         *         "resolution": "1080p",
         *         "multi_shots": false,
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Wan26FlashVideoToVideoTask: {
            /** @constant */
            model: "wan/2-6-flash-video-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan26FlashVideoToVideoInput"];
        };
        /**
         * Wan26ImageToVideoInput
         * @description `input` for `wan/2-6-image-to-video` (Wan 2.6 - Image to Video). Input parameters for the generation task.
         */
        Wan26ImageToVideoInput: {
            /** @description Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 5000 characters) */
            prompt: string;
            /** @description Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB),All images must be at least 256x256px. */
            image_urls: string[];
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10" | "15";
            /**
             * @description Video resolution tier
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Wan26ImageToVideoTask
         * @description Wan 2.6 - Image to Video (`wan/2-6-image-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-6-image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.",
         *         "image_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1765957673717_awiBAidD.webp"
         *         ],
         *         "duration": "5",
         *         "resolution": "1080p",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Wan26ImageToVideoTask: {
            /** @constant */
            model: "wan/2-6-image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan26ImageToVideoInput"];
        };
        /**
         * Wan26TextToVideoInput
         * @description `input` for `wan/2-6-text-to-video` (Wan 2.6 - Text to Video). Input parameters for the generation task.
         */
        Wan26TextToVideoInput: {
            /** @description Text prompts for video generation. Supports both Chinese and English, with a minimum of 1 characters and a maximum of 5,000 characters. (Max length: 5000 characters) */
            prompt: string;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10" | "15";
            /**
             * @description Video resolution tier
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /** @description Enabled by default in Playground. For API calls, you can turn it on or off based on your needs. */
            nsfw_checker?: boolean;
        };
        /**
         * Wan26TextToVideoTask
         * @description Wan 2.6 - Text to Video (`wan/2-6-text-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-6-text-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "In a hyperrealistic ASMR video, a hand uses a knitted knife to slowly slice a burger made entirely of knitted wool. The satisfyingly crisp cut reveals a detailed cross-section of knitted meat, lettuce, and tomato slices. Captured in a close-up with a shallow depth of field, the scene is set against a stark, matte black surface. Cinematic lighting makes the surreal yarn textures shine with clear reflections. The focus is on the deliberate, satisfying motion and the unique, tactile materials.",
         *         "duration": "5",
         *         "resolution": "1080p",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Wan26TextToVideoTask: {
            /** @constant */
            model: "wan/2-6-text-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan26TextToVideoInput"];
        };
        /**
         * Wan26VideoToVideoInput
         * @description `input` for `wan/2-6-video-to-video` (Wan 2.6 - Video to Video). Input parameters for the generation task.
         */
        Wan26VideoToVideoInput: {
            /** @description Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 5000 characters) */
            prompt: string;
            /** @description The URL of the image used to generate video (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB) */
            video_urls: string[];
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description Video resolution tier
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * Wan26VideoToVideoTask
         * @description Wan 2.6 - Video to Video (`wan/2-6-video-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-6-video-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "The video drinks milk tea while doing some improvised dance moves to the music.",
         *         "video_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1765957777782_cNJpvhRx.mp4"
         *         ],
         *         "duration": "5",
         *         "resolution": "1080p",
         *         "nsfw_checker": false
         *       }
         *     }
         */
        Wan26VideoToVideoTask: {
            /** @constant */
            model: "wan/2-6-video-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan26VideoToVideoInput"];
        };
        /**
         * Wan27ImageInput
         * @description `input` for `wan/2-7-image` (Wan 2.7 Image). Input parameters for the generation task.
         */
        Wan27ImageInput: {
            /** @description Prompt for image generation or editing. This field supports both Chinese and English, with a maximum length of 5000 characters as per Alibaba Cloud documentation. */
            prompt: string;
            /** @description (Optional) Array of input image URLs. The current project uses `input_urls` as a wrapper field. */
            input_urls?: string[];
            /**
             * @description (Optional) Output aspect ratio when no image input is provided.
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "4:3" | "21:9" | "3:4" | "9:16" | "8:1" | "1:8";
            /**
             * @description Whether to enable sequential/group image mode. Default is false.
             * @default false
             */
            enable_sequential?: boolean;
            /** @description Number of images to generate. Range is 1-4 when `enable_sequential=false` (default: 4); range is 1-12 when `enable_sequential=true` (default: 12). */
            n?: number;
            /**
             * @description Output resolution. The current project uses `resolution` as a wrapper field corresponding to the underlying resolution parameter.
             * @default 2K
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
            /**
             * @description Whether to enable thinking mode. Only available when `enable_sequential=false` and `input_urls` is empty; the frontend will automatically disable it in other cases.
             * @default false
             */
            thinking_mode?: boolean;
            /** @description (Optional) Custom color theme. Only available when `enable_sequential=false`. Requires 3-10 colors, 8 recommended. */
            color_palette?: {
                /** @description HEX color value. */
                hex: string;
                /** @description Color proportion, format must be xx.xx%. */
                ratio: string;
            }[];
            /** @description (Optional) Interactive editing bounding box areas. The outer list length should match `input_urls`; maximum 2 boxes per image; single box format is `[x1, y1, x2, y2]`. */
            bbox_list?: number[][][];
            /**
             * @description Whether to add watermark.
             * @default false
             */
            watermark?: boolean;
            /**
             * @description Random seed, range 0-2147483647.
             * @default 0
             */
            seed?: number;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * Wan27ImageTask
         * @description Wan 2.7 Image (`wan/2-7-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-7-image",
         *       "input": {
         *         "prompt": "Transform the food photo by replacing the marked ingredients with sliced red chili pieces in the corresponding positions, while keeping the same bowl, composition, steam, lighting, camera angle, background, texture, and overall realism.",
         *         "input_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1775122744247_eSHwJX1k.jpg"
         *         ],
         *         "n": 4,
         *         "enable_sequential": false,
         *         "resolution": "2K",
         *         "thinking_mode": false,
         *         "watermark": false,
         *         "seed": 0,
         *         "bbox_list": [
         *           []
         *         ]
         *       }
         *     }
         */
        Wan27ImageTask: {
            /** @constant */
            model: "wan/2-7-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan27ImageInput"];
        };
        /**
         * Wan27ImageProInput
         * @description `input` for `wan/2-7-image-pro` (Wan 2.7 Image Pro). Input parameters for the generation task.
         */
        Wan27ImageProInput: {
            /** @description Prompt for image generation or editing. This field supports both Chinese and English, with a maximum length of 5000 characters as per Alibaba Cloud documentation. */
            prompt: string;
            /** @description (Optional) Array of input image URLs. The current project uses `input_urls` as a wrapper field. */
            input_urls?: string[];
            /**
             * @description (Optional) Output aspect ratio when no image input is provided.
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "4:3" | "21:9" | "3:4" | "9:16" | "8:1" | "1:8";
            /**
             * @description Whether to enable sequential/group image mode. Default is false.
             * @default false
             */
            enable_sequential?: boolean;
            /** @description Number of images to generate. Range is 1-4 when `enable_sequential=false` (default: 4); range is 1-12 when `enable_sequential=true` (default: 12). */
            n?: number;
            /**
             * @description Output resolution. The current project uses `resolution` as a wrapper field corresponding to the underlying resolution parameter.(4K generation is available only for text-to-image in Standard Mode)
             * @default 2K
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
            /**
             * @description Whether to enable thinking mode. Only available when `enable_sequential=false` and `input_urls` is empty; the frontend will automatically disable it in other cases.
             * @default false
             */
            thinking_mode?: boolean;
            /** @description (Optional) Custom color theme. Only available when `enable_sequential=false`. Requires 3-10 colors, 8 recommended. */
            color_palette?: {
                /** @description HEX color value. */
                hex: string;
                /** @description Color proportion, format must be xx.xx%. */
                ratio: string;
            }[];
            /** @description (Optional) Interactive editing bounding box areas. The outer list length should match `input_urls`; maximum 2 boxes per image; single box format is `[x1, y1, x2, y2]`. */
            bbox_list?: number[][][];
            /**
             * @description Whether to add watermark.
             * @default false
             */
            watermark?: boolean;
            /**
             * @description Random seed, range 0-2147483647.
             * @default 0
             */
            seed?: number;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             * @default false
             */
            nsfw_checker?: boolean;
        };
        /**
         * Wan27ImageProTask
         * @description Wan 2.7 Image Pro (`wan/2-7-image-pro`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-7-image-pro",
         *       "input": {
         *         "prompt": "Transform the food photo by replacing the marked ingredients with sliced red chili pieces in the corresponding positions, while keeping the same bowl, composition, steam, lighting, camera angle, background, texture, and overall realism.",
         *         "input_urls": [
         *           "https://static.aiquickdraw.com/tools/example/1775122744247_eSHwJX1k.jpg"
         *         ],
         *         "n": 4,
         *         "enable_sequential": false,
         *         "resolution": "2K",
         *         "thinking_mode": false,
         *         "watermark": false,
         *         "seed": 0,
         *         "bbox_list": [
         *           []
         *         ]
         *       }
         *     }
         */
        Wan27ImageProTask: {
            /** @constant */
            model: "wan/2-7-image-pro";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan27ImageProInput"];
        };
        /**
         * Wan27ImageToVideoInput
         * @description `input` for `wan/2-7-image-to-video` (Wan 2.7 - Image to Video). Input parameters for the image-to-video task.
         */
        Wan27ImageToVideoInput: {
            /** @description Positive prompt. Maximum length: 5000 characters. */
            prompt: string;
            /** @description Negative prompt. Maximum length: 500 characters. */
            negative_prompt?: string;
            /**
             * Format: uri
             * @description First frame image URL.
             */
            first_frame_url?: string;
            /**
             * Format: uri
             * @description Last frame image URL.
             */
            last_frame_url?: string;
            /**
             * Format: uri
             * @description First clip video URL, used for video continuation.
             */
            first_clip_url?: string;
            /**
             * Format: uri
             * @description Driving audio URL.
             */
            driving_audio_url?: string;
            /**
             * @description Video resolution.
             *
             *     - `720p`: 720p
             *     - `1080p`: 1080p
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Total output video duration in seconds.
             *
             *     - Minimum: `2`
             *     - Maximum: `15`
             *     - Default: `5`
             * @default 5
             */
            duration?: number;
            /**
             * @description Whether to enable intelligent prompt rewriting. Default value: `true`.
             * @default true
             */
            prompt_extend?: boolean;
            /**
             * @description Whether to add an AI-generated watermark. Default value: `false`.
             * @default false
             */
            watermark?: boolean;
            /**
             * @description Random seed.
             *
             *     - Minimum: `0`
             *     - Maximum: `2147483647`
             */
            seed?: number;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Wan27ImageToVideoTask
         * @description Wan 2.7 - Image to Video (`wan/2-7-image-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-7-image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A white cat stands on a windowsill in warm afternoon light. The camera slowly pushes in as the cat blinks softly and turns to look outside.",
         *         "negative_prompt": "blurry, flicker, low quality, distorted",
         *         "first_frame_url": "https://your-domain.com/assets/first-frame.png",
         *         "last_frame_url": "https://your-domain.com/assets/last-frame.png",
         *         "resolution": "1080p",
         *         "duration": 5,
         *         "prompt_extend": true,
         *         "watermark": false,
         *         "seed": 123456
         *       }
         *     }
         * @example {
         *       "model": "wan/2-7-image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A white cat stands on a windowsill in warm afternoon light. The camera slowly pushes in as the cat blinks softly and turns to look outside.",
         *         "negative_prompt": "blurry, flicker, low quality, distorted",
         *         "first_frame_url": "https://your-domain.com/assets/first-frame.png",
         *         "driving_audio_url": "https://your-domain.com/assets/driving-audio.mp3",
         *         "resolution": "1080p",
         *         "duration": 5,
         *         "prompt_extend": true,
         *         "watermark": false,
         *         "seed": 123456
         *       }
         *     }
         * @example {
         *       "model": "wan/2-7-image-to-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "A white cat stands on a windowsill in warm afternoon light. The camera slowly pushes in as the cat blinks softly and turns to look outside.",
         *         "negative_prompt": "blurry, flicker, low quality, distorted",
         *         "first_clip_url": "https://your-domain.com/assets/first-clip.mp4",
         *         "resolution": "1080p",
         *         "duration": 5,
         *         "prompt_extend": true,
         *         "watermark": false,
         *         "seed": 123456
         *       }
         *     }
         */
        Wan27ImageToVideoTask: {
            /** @constant */
            model: "wan/2-7-image-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan27ImageToVideoInput"];
        };
        /**
         * Wan27R2vInput
         * @description `input` for `wan/2-7-r2v` (Wan 2.7 - Reference to Video). Input parameters for the reference-to-video task.
         */
        Wan27R2vInput: {
            /** @description Text prompt. Required. Describes the desired elements and visual features in the generated video. Supports Chinese and English. Maximum length: 5000 characters. */
            prompt: string;
            /** @description Optional negative prompt describing what should not appear in the video. Supports Chinese and English. Maximum length: 500 characters. */
            negative_prompt?: string;
            /** @description Array of reference image URLs. At least one of `reference_image` or `reference_video` must be provided. The total number of images and videos cannot exceed 5. */
            reference_image?: string[];
            /** @description Array of reference video URLs. At least one of `reference_image` or `reference_video` must be provided. The total number of images and videos cannot exceed 5. */
            reference_video?: string[];
            /**
             * Format: uri
             * @description First frame image URL. At most one image can be provided. If supplied, `aspect_ratio` is ignored and the output uses a ratio close to the first frame image.
             */
            first_frame?: string;
            /**
             * Format: uri
             * @description Audio URL used to specify the voice timbre of the subject in the reference material.
             *
             *     Rules:
             *     - If `reference_video` contains audio and `reference_voice` is not provided, the original video audio is used by default
             *     - If both `reference_video` and `reference_voice` are provided, `reference_voice` takes priority
             *
             *     Audio limits:
             *     - Formats: `wav`, `mp3`
             *     - Duration: `1` to `10` seconds
             *     - File size: up to `15MB`
             */
            reference_voice?: string;
            /**
             * @description Output video resolution tier. Available values: `720p`, `1080p`. Default value: `1080p`.
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Output video aspect ratio.
             *
             *     Effective logic:
             *     - If `first_frame` is not provided: the video is generated using the specified `aspect_ratio`
             *     - If `first_frame` is provided: `aspect_ratio` is ignored and the output uses a ratio close to the first frame image
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /**
             * @description Output video duration in seconds. Valid range is an integer from `2` to `10`. Default value: `5`.
             * @default 5
             */
            duration?: number;
            /**
             * @description Whether to enable prompt rewriting. When enabled, the model expands the input prompt. This usually works better for short prompts but increases processing time.
             * @default true
             */
            prompt_extend?: boolean;
            /**
             * @description Whether to add a watermark. The watermark is placed in the lower-right corner of the video with the fixed text "AI generated".
             * @default false
             */
            watermark?: boolean;
            /** @description Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically. */
            seed?: number;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Wan27R2vTask
         * @description Wan 2.7 - Reference to Video (`wan/2-7-r2v`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-7-r2v",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Image 1 is eating, while video 1 and image 2 are singing beside it.",
         *         "negative_prompt": "low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions",
         *         "reference_image": [
         *           "https://example.com/demo/ref-image-1.png",
         *           "https://example.com/demo/ref-image-2.png"
         *         ],
         *         "reference_video": [
         *           "https://example.com/demo/ref-video-1.mp4"
         *         ],
         *         "first_frame": "https://example.com/demo/first-frame.png",
         *         "reference_voice": "https://example.com/demo/reference-voice.mp3",
         *         "resolution": "1080p",
         *         "aspect_ratio": "16:9",
         *         "duration": 5,
         *         "prompt_extend": true,
         *         "watermark": false,
         *         "seed": 0
         *       }
         *     }
         */
        Wan27R2vTask: {
            /** @constant */
            model: "wan/2-7-r2v";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan27R2vInput"];
        };
        /**
         * Wan27TextToVideoInput
         * @description `input` for `wan/2-7-text-to-video` (Wan 2.7 - Text to Video). Input parameters for the text-to-video task.
         */
        Wan27TextToVideoInput: {
            /** @description Positive prompt. Minimum length: 1 character. Maximum length: 5000 characters. */
            prompt: string;
            /** @description Negative prompt. Maximum length: 500 characters. */
            negative_prompt?: string;
            /**
             * Format: uri
             * @description Optional custom audio URL.
             */
            audio_url?: string;
            /**
             * @description Video resolution.
             *
             *     - `720p`: 720p
             *     - `1080p`: 1080p
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Video aspect ratio.
             *
             *     - `16:9`: Landscape
             *     - `9:16`: Portrait
             *     - `1:1`: Square
             *     - `4:3`: Landscape 4:3
             *     - `3:4`: Portrait 3:4
             * @default 16:9
             * @enum {string}
             */
            ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /**
             * @description Video duration in seconds.
             *
             *     - Minimum: `2`
             *     - Maximum: `15`
             *     - Default: `5`
             * @default 5
             */
            duration?: number;
            /**
             * @description Whether to enable intelligent prompt rewriting. Default value: `true`.
             * @default true
             */
            prompt_extend?: boolean;
            /**
             * @description Whether to add an AI-generated watermark. Default value: `false`.
             * @default false
             */
            watermark?: boolean;
            /**
             * @description Random seed.
             *
             *     - Minimum: `0`
             *     - Maximum: `2147483647`
             */
            seed?: number;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * Wan27TextToVideoTask
         * @description Wan 2.7 - Text to Video (`wan/2-7-text-to-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-7-text-to-video",
         *       "input": {
         *         "prompt": "A futuristic city street at night, neon reflections shimmering on the wet ground. The camera slowly pushes forward as a silver hover car glides in from the left. Giant holographic billboards flicker in the distance, creating a cinematic atmosphere.",
         *         "negative_prompt": "blurry, low quality, flicker, distorted characters",
         *         "audio_url": "https://your-domain.com/audio/custom-track.mp3",
         *         "resolution": "1080p",
         *         "ratio": "16:9",
         *         "duration": 5,
         *         "prompt_extend": true,
         *         "watermark": false,
         *         "seed": 123456
         *       },
         *       "callBackUrl": "https://your-domain.com/api/callback"
         *     }
         */
        Wan27TextToVideoTask: {
            /** @constant */
            model: "wan/2-7-text-to-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan27TextToVideoInput"];
        };
        /**
         * Wan27VideoeditInput
         * @description `input` for `wan/2-7-videoedit` (Wan 2.7 - Video Edit). Input parameters for the video editing task.
         */
        Wan27VideoeditInput: {
            /** @description Optional text prompt describing the expected elements and visual features in the generated video. Supports Chinese and English. Maximum length: 5000 characters. */
            prompt?: string;
            /** @description Optional negative prompt describing content that should not appear in the video. Supports Chinese and English. Maximum length: 500 characters. */
            negative_prompt?: string;
            /**
             * Format: uri
             * @description URL of the source video to edit. Required. Only one video is supported.
             *
             *     - Formats: `mp4`, `mov`
             *     - Duration: `2` to `10` seconds
             *     - Resolution: width and height range `[240,4096]` pixels
             *     - Aspect ratio: `1:8` to `8:1`
             *     - File size: up to `100MB`
             *     - Supports public `http/https` URLs or temporary `oss` URLs
             */
            video_url: string;
            /**
             * @description Output video resolution tier. `1080p` costs more than `720p`. Default value: `1080p`.
             *
             *     - `720p`: 720p
             *     - `1080p`: 1080p
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Output video aspect ratio.
             *
             *     - If omitted: the output uses an aspect ratio close to the input video
             *     - If provided: the output uses the specified aspect ratio
             *     - Available values: `16:9`, `9:16`, `1:1`, `4:3`, `3:4`
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /**
             * @description Output video duration in seconds.
             *
             *     - Default `0` means using the full input video duration without truncation
             *     - If a value is provided, the output is clipped from second `0` to the specified length
             *     - Valid values are `0` or any integer in `[2,10]`
             * @default 0
             */
            duration?: number;
            /**
             * @description Video audio setting.
             *
             *     - `auto`: default, the model decides whether to regenerate audio based on the `prompt`
             *     - `origin`: force keeping the original input video audio
             * @default auto
             * @enum {string}
             */
            audio_setting?: "auto" | "origin";
            /**
             * @description Whether to enable prompt rewriting. When enabled, the model expands the input prompt. This usually works better for short prompts but increases processing time.
             * @default true
             */
            prompt_extend?: boolean;
            /**
             * @description Whether to add a watermark. The watermark is placed in the lower-right corner of the video with the fixed text "AI generated".
             * @default false
             */
            watermark?: boolean;
            /** @description Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically. */
            seed?: number;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
            /**
             * Format: uri
             * @description Optional reference image URL for character, clothing, or style guidance.
             *
             *     - Formats: `JPEG`, `JPG`, `PNG` (no alpha channel), `BMP`, `WEBP`
             *     - Resolution: width and height range `[240,8000]` pixels
             *     - Aspect ratio: `1:8` to `8:1`
             *     - Supports public `http/https` URLs or temporary `oss` URLs
             */
            reference_image?: string;
        };
        /**
         * Wan27VideoeditTask
         * @description Wan 2.7 - Video Edit (`wan/2-7-videoedit`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/2-7-videoedit",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Change the character's outfit and add the hat shown in the reference image.",
         *         "negative_prompt": "low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions",
         *         "video_url": "https://example.com/demo/video.mp4",
         *         "reference_image": "https://example.com/demo/reference.png",
         *         "resolution": "1080p",
         *         "aspect_ratio": "16:9",
         *         "duration": 0,
         *         "audio_setting": "auto",
         *         "prompt_extend": true,
         *         "watermark": false,
         *         "seed": 0
         *       }
         *     }
         */
        Wan27VideoeditTask: {
            /** @constant */
            model: "wan/2-7-videoedit";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan27VideoeditInput"];
        };
        /**
         * Wan30VideoInput
         * @description `input` for `wan/3-0-video` (Wan 3.0 - Video). Parameters for Wan 3.0 video generation.
         */
        Wan30VideoInput: {
            /** @description Text prompt, supporting both Chinese and English. Up to 20,000 characters; excess characters will be truncated automatically. Required for text-to-video generation; for other modes, it is recommended to provide it together with media. In reference mode, use Image1/Video1/Audio1 to reference the provided media. */
            prompt?: string;
            /**
             * Format: uri
             * @description URL of the last-frame image. Use together with first_frame_url. Same format limits as first_frame_url.
             */
            first_frame_url?: string;
            /**
             * Format: uri
             * @description URL of the last-frame image. Use together with first_frame_url. Same format limits as first_frame_url.
             */
            last_frame_url?: string;
            /** @description Reference images for the all-purpose reference mode, with up to 10 images. Correspond to Image1, Image2, … in the prompt according to array order. Specifications are the same as `first_frame_url`. Cannot be provided together with the first-frame/last-frame parameters. */
            reference_image_urls?: string[];
            /**
             * @description Reference videos for the all-purpose reference mode, with up to 5 clips. Each clip must be 1–15 seconds, with a total duration ≤ 15 seconds. Correspond to Video1, Video2, … according to array order.
             *     Formats: mp4, mov; each side [240, 4096] px; aspect ratio ≤ 8:1; each file ≤ 100MB.
             *     There is an additional constraint on the output side: the input video duration + `duration` must not exceed 30 seconds.
             */
            reference_video_urls?: string[];
            /** @description Reference audio for the all-purpose reference mode, with up to 5 clips. Each clip must be 1–15 seconds, with a total duration ≤ 15 seconds. Correspond to Audio1, Audio2, … according to array order. Formats: wav, mp3; ≤ 15MB. Audio should not be used alone as the only media input; pairing it with an image or video is still recommended. */
            reference_audio_urls?: string[];
            /**
             * @description File-to-video generation. Up to 1 file. Cannot be provided together with `reference_link_urls`, or with the first-frame/last-frame parameters.
             *     Formats: docx/doc/xlsx/xls/pptx/ppt/pdf/txt/key/pages/numbers/md; ≤ 100MB; pdf/docx/ppt/key/pages, etc. ≤ 50 pages.
             */
            reference_file_urls?: string[];
            /** @description Link-to-video generation. Up to 1 publicly accessible webpage that does not require login. Cannot be provided together with `reference_file_urls`, or with the first-frame/last-frame parameters. */
            reference_link_urls?: string[];
            /**
             * @description Output resolution. Default: **1080P**.
             * @default 1080P
             * @enum {string}
             */
            resolution?: "480P" | "720P" | "1080P";
            /**
             * @description Output aspect ratio. `adaptive` (default) automatically selects the ratio based on the input media and intent.
             * @default adaptive
             * @enum {string}
             */
            aspect_ratio?: "adaptive" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
            /**
             * @description Output video duration in seconds. Default: 5. Without video input, the range is [2, 30]. With reference videos: input video duration + output duration ≤ 30. Pass `-1` to use an intelligent duration determined by the model.
             * @default 5
             */
            duration?: number;
            /**
             * @description Whether the output video includes an audio track. Default: true.
             * @default true
             */
            audio?: boolean;
            /** @description Random seed used to reproduce results. If omitted, a random seed will be used. */
            seed?: number;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
        };
        /**
         * Wan30VideoTask
         * @description Wan 3.0 - Video (`wan/3-0-video`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/3-0-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Under the moonlight, a little cat is running on the roof. In the distance, the neon lights are flashing, giving a cinematic feel. The camera movement is smooth.",
         *         "resolution": "480P",
         *         "aspect_ratio": "adaptive",
         *         "duration": 5,
         *         "audio": true
         *       }
         *     }
         * @example {
         *       "model": "wan/3-0-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "The graffiti teenager emerged from the concrete wall, rapping under the night-time railway bridge, with a cinematic atmosphere.",
         *         "first_frame_url": "https://example.com/first-frame.png",
         *         "resolution": "720P",
         *         "aspect_ratio": "adaptive",
         *         "duration": 5,
         *         "audio": true
         *       }
         *     }
         * @example {
         *       "model": "wan/3-0-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "The young girl's expression changed from a smile to a wide laugh. The camera slowly moved in, and the lighting shifted from a cool tone to a warm tone.",
         *         "first_frame_url": "https://example.com/first-frame.jpg",
         *         "last_frame_url": "https://example.com/last-frame.jpg",
         *         "resolution": "1080P",
         *         "aspect_ratio": "adaptive",
         *         "duration": 8,
         *         "audio": true,
         *         "seed": 12345
         *       }
         *     }
         * @example {
         *       "model": "wan/3-0-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Video 1 holds image 3 and is playing a song on the chair in image 4. Image 1 holds image 2 and passes through Video 1, placing image 2 on the table.",
         *         "reference_image_urls": [
         *           "https://example.com/character.jpg",
         *           "https://example.com/object.png",
         *           "https://example.com/prop.png",
         *           "https://example.com/background.png"
         *         ],
         *         "reference_video_urls": [
         *           "https://example.com/role.mp4"
         *         ],
         *         "reference_audio_urls": [
         *           "https://example.com/voice.mp3"
         *         ],
         *         "resolution": "720P",
         *         "aspect_ratio": "adaptive",
         *         "duration": 5,
         *         "audio": true
         *       }
         *     }
         * @example {
         *       "model": "wan/3-0-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Based on this product presentation PPT, create an advertisement video for an ultra-minimalist tech-style smart glasses.",
         *         "reference_file_urls": [
         *           "https://example.com/product.pptx"
         *         ],
         *         "resolution": "480P",
         *         "aspect_ratio": "adaptive",
         *         "duration": 10,
         *         "audio": true
         *       }
         *     }
         * @example {
         *       "model": "wan/3-0-video",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Based on the content of this public webpage, create a concise product introduction video.",
         *         "reference_link_urls": [
         *           "https://example.com/article"
         *         ],
         *         "resolution": "720P",
         *         "aspect_ratio": "16:9",
         *         "duration": 8,
         *         "audio": true
         *       }
         *     }
         */
        Wan30VideoTask: {
            /** @constant */
            model: "wan/3-0-video";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan30VideoInput"];
        };
        /**
         * Wan30VideoPrimeInput
         * @description `input` for `wan/3-0-video-prime` (Wan 3.0 - Video Prime). Parameters for Wan 3.0 video generation.
         */
        Wan30VideoPrimeInput: {
            /** @description Text prompt. Chinese and English are supported. Up to 20,000 characters. Required for text-to-video; for other modes, it is recommended to provide it together with media. In reference mode, use Image1/Video1/Audio1 to reference the provided materials. */
            prompt?: string;
            /**
             * Format: uri
             * @description URL of the first-frame image. Up to 1 image, used strictly as the first frame of the video. Used for first-frame-to-video or first-and-last-frame-to-video generation. Cannot be provided together with `reference_*_urls`.
             *     Formats: JPEG/JPG, PNG (transparency not supported), BMP, WEBP; each side [240, 8000] px; aspect ratio ≤ 8:1; ≤ 20MB.
             */
            first_frame_url?: string;
            /**
             * Format: uri
             * @description URL of the last-frame image. Use together with first_frame_url. Same format limits as first_frame_url.
             */
            last_frame_url?: string;
            /** @description Reference images for all-purpose reference mode. Up to 10 images. Correspond to Image1, Image2, and so on in the prompt according to array order. Same specifications as `first_frame_url`. Cannot be provided together with the first-frame or last-frame image. */
            reference_image_urls?: string[];
            /**
             * @description Reference videos for all-purpose reference mode. Up to 5 videos. Each video must be 1–15s, with a combined duration of ≤ 15s. Correspond to Video1, Video2, and so on according to array order.
             *     Formats: mp4, mov; each side [240, 4096] px; aspect ratio ≤ 8:1; each file ≤ 100MB.
             *     There is an additional output-side limit: the input video duration plus `duration` cannot exceed 30 seconds.
             */
            reference_video_urls?: string[];
            /** @description Reference audio files for all-purpose reference mode. Up to 5 audio files. Each file must be 1–15s, with a combined duration of ≤ 15s. Correspond to Audio1, Audio2, and so on according to array order. Formats: wav, mp3; ≤ 15MB. Reference audio can be used as the only media input; pairing it with a reference image or video usually gives better results. */
            reference_audio_urls?: string[];
            /**
             * @description File-to-video generation. Up to 1 file. Cannot be provided together with `reference_link_urls`, or with the first-frame/last-frame image.
             *     Formats: docx/doc/xlsx/xls/pptx/ppt/pdf/txt/key/pages/numbers/md; ≤ 100MB; pdf/docx/ppt/key/pages, etc. ≤ 50 pages.
             */
            reference_file_urls?: string[];
            /** @description Link-to-video generation. Up to 1 publicly accessible webpage that does not require login. Cannot be provided together with `reference_file_urls`, or with the first-frame/last-frame image. */
            reference_link_urls?: string[];
            /**
             * @description Output resolution level. Default: **1080P**.
             * @default 1080P
             * @enum {string}
             */
            resolution?: "480P" | "720P" | "1080P";
            /**
             * @description Output aspect ratio. `adaptive` (default) automatically selects the aspect ratio based on the input materials and intent.
             * @default adaptive
             * @enum {string}
             */
            aspect_ratio?: "adaptive" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
            /**
             * @description Output video duration in seconds. Default: 5. When there is no video input, the value must be within [2, 30]. When reference videos are provided: input video duration plus output duration ≤ 30. Pass `-1` to use an intelligent duration determined by the model.
             * @default 5
             */
            duration?: number;
            /**
             * @description Whether the output video includes an audio track. Default: true.
             * @default true
             */
            audio?: boolean;
            /** @description Random seed used to reproduce results. If omitted, a random seed is used. */
            seed?: number;
            /** @description Defaults to false. When false, no additional content filtering is applied and results are returned directly by the model. */
            nsfw_checker?: boolean;
        };
        /**
         * Wan30VideoPrimeTask
         * @description Wan 3.0 - Video Prime (`wan/3-0-video-prime`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "wan/3-0-video-prime",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Under the moonlight, a little cat is running on the roof. In the distance, the neon lights are flashing, giving a cinematic feel. The camera movement is smooth.",
         *         "resolution": "480P",
         *         "aspect_ratio": "adaptive",
         *         "duration": 5,
         *         "audio": true
         *       }
         *     }
         * @example {
         *       "model": "wan/3-0-video-prime",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "The graffiti teenager emerged from the concrete wall, rapping under the night-time railway bridge, with a cinematic atmosphere.",
         *         "first_frame_url": "https://example.com/first-frame.png",
         *         "resolution": "720P",
         *         "aspect_ratio": "adaptive",
         *         "duration": 5,
         *         "audio": true
         *       }
         *     }
         * @example {
         *       "model": "wan/3-0-video-prime",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "The young girl's expression changed from a smile to a wide laugh. The camera slowly moved in, and the lighting shifted from a cool tone to a warm tone.",
         *         "first_frame_url": "https://example.com/first-frame.jpg",
         *         "last_frame_url": "https://example.com/last-frame.jpg",
         *         "resolution": "1080P",
         *         "aspect_ratio": "adaptive",
         *         "duration": 8,
         *         "audio": true,
         *         "seed": 12345
         *       }
         *     }
         * @example {
         *       "model": "wan/3-0-video-prime",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Image1 (a character) holds Image2 (a guitar), walks into the scene shown in Video1, sits on the chair from Image3 and plays the song from Audio1.",
         *         "reference_image_urls": [
         *           "https://example.com/character.jpg",
         *           "https://example.com/object.png",
         *           "https://example.com/prop.png",
         *           "https://example.com/background.png"
         *         ],
         *         "reference_video_urls": [
         *           "https://example.com/role.mp4"
         *         ],
         *         "reference_audio_urls": [
         *           "https://example.com/voice.mp3"
         *         ],
         *         "resolution": "720P",
         *         "aspect_ratio": "adaptive",
         *         "duration": 5,
         *         "audio": true
         *       }
         *     }
         * @example {
         *       "model": "wan/3-0-video-prime",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Based on this product presentation PPT, create an advertisement video for an ultra-minimalist tech-style smart glasses.",
         *         "reference_file_urls": [
         *           "https://example.com/product.pptx"
         *         ],
         *         "resolution": "480P",
         *         "aspect_ratio": "adaptive",
         *         "duration": 10,
         *         "audio": true
         *       }
         *     }
         * @example {
         *       "model": "wan/3-0-video-prime",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Based on the content of this public webpage, create a concise product introduction video.",
         *         "reference_link_urls": [
         *           "https://example.com/article"
         *         ],
         *         "resolution": "720P",
         *         "aspect_ratio": "16:9",
         *         "duration": 8,
         *         "audio": true
         *       }
         *     }
         */
        Wan30VideoPrimeTask: {
            /** @constant */
            model: "wan/3-0-video-prime";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan30VideoPrimeInput"];
        };
        /**
         * ZImageInput
         * @description `input` for `z-image` (Z-Image). Input parameters for the generation task.
         */
        ZImageInput: {
            /** @description A text description of the image you want to generate (Max length: 1000 characters) */
            prompt: string;
            /**
             * @description Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16";
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. */
            nsfw_checker?: boolean;
        };
        /**
         * ZImageTask
         * @description Z-Image (`z-image`): `POST /api/v1/jobs/createTask` body.
         * @example {
         *       "model": "z-image",
         *       "callBackUrl": "https://your-domain.com/api/callback",
         *       "input": {
         *         "prompt": "Generate a photorealistic image of a cafe terrace in the Marais district of Paris on a Wednesday morning in March 2025. It is a crisp, cool spring morning with clear skies. Locals are drinking coffee. In sharp focus should be a young woman with a pixie cut wearing a scarf, stirring a cappuccino and looking thoughtfully to the side; the waiter and street traffic behind her are blurred. The photo should have the candid, natural morning light feel of an iPhone image.",
         *         "aspect_ratio": "1:1",
         *         "nsfw_checker": true
         *       }
         *     }
         */
        ZImageTask: {
            /** @constant */
            model: "z-image";
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["ZImageInput"];
        };
        /**
         * VeoModel
         * @description `veo3`: Veo 3.1 Quality, the flagship model (highest fidelity).
         *     `veo3_fast`: Veo 3.1 Fast, cost-efficient.
         *     `veo3_lite`: Veo 3.1 Lite, the most cost-effective model for high-volume generation.
         *     All three support text-to-video and image-to-video; `REFERENCE_2_VIDEO` supports `veo3_fast` only.
         * @default veo3_fast
         * @enum {string}
         */
        VeoModel: "veo3" | "veo3_fast" | "veo3_lite";
        /**
         * VeoGenerationType
         * @description Generation mode (optional; when omitted the service picks it from whether `imageUrls` is given).
         *     `TEXT_2_VIDEO`: text prompt only.
         *     `FIRST_AND_LAST_FRAMES_2_VIDEO`: 1 image (the video unfolds around it) or 2 images (first and
         *     last frame, the video transitions between them).
         *     `REFERENCE_2_VIDEO`: material-to-video from 1-3 reference images; `veo3_fast` only, 16:9 and
         *     9:16 only.
         * @enum {string}
         */
        VeoGenerationType: "TEXT_2_VIDEO" | "FIRST_AND_LAST_FRAMES_2_VIDEO" | "REFERENCE_2_VIDEO";
        /**
         * VeoAspectRatio
         * @description `16:9` landscape, `9:16` portrait (native vertical output). `Auto`: the video is
         *     center-cropped to whichever of 16:9 or 9:16 the uploaded image is closer to. Both 16:9 and
         *     9:16 can be upgraded to 1080P and 4K.
         * @default 16:9
         * @enum {string}
         */
        VeoAspectRatio: "16:9" | "9:16" | "Auto";
        /**
         * VeoResolution
         * @description Output resolution. Higher resolution gives more detail; lower resolution generates faster.
         * @default 720p
         * @enum {string}
         */
        VeoResolution: "720p" | "1080p" | "4k";
        /**
         * VeoSeeds
         * @description Random seed, 10000-99999. The same seed gives similar content; without it the service picks
         *     one at random.
         * @example 12345
         */
        VeoSeeds: number;
        /**
         * VeoGenerateRequest
         * @description Text-to-video: send `prompt`. Image-to-video: add `imageUrls` (1 or 2 images; 1-3 for
         *     `REFERENCE_2_VIDEO`). Every video has a background audio track by default (upstream may
         *     suppress it for sensitive scenes).
         */
        VeoGenerateRequest: {
            /**
             * @description The desired video content (actions, scene, style). For image-to-video, describe how the
             *     image should come alive. Required in every mode.
             * @example A dog playing in a park
             */
            prompt: string;
            /**
             * @description Publicly reachable image URLs (image-to-video). 1 image: the video unfolds around it;
             *     2 images: first and last frame. `REFERENCE_2_VIDEO` takes 1-3 reference images.
             * @example [
             *       "http://example.com/image1.jpg",
             *       "http://example.com/image2.jpg"
             *     ]
             */
            imageUrls?: string[];
            model?: components["schemas"]["VeoModel"];
            generationType?: components["schemas"]["VeoGenerationType"];
            aspect_ratio?: components["schemas"]["VeoAspectRatio"];
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /**
             * @deprecated
             * @description **Deprecated: remove it from requests** (the content review no longer needs a manual
             *     fallback). Formerly switched to a backup model on some content errors; fallback videos
             *     are 16:9, 1080p by default, and cannot be fetched through the 1080P endpoint.
             * @default false
             * @example false
             */
            enableFallback?: boolean;
            /**
             * @description Translate the prompt to English before generation.
             * @default true
             * @example true
             */
            enableTranslation?: boolean;
            /**
             * @description Watermark text; when given, a watermark is added to the video.
             * @example MyBrand
             */
            watermark?: string;
            resolution?: components["schemas"]["VeoResolution"];
            seeds?: components["schemas"]["VeoSeeds"];
        };
        /**
         * VeoExtendModel
         * @description `fast`: fast generation; `quality`: high quality; `lite`: the most cost-effective.
         * @default fast
         * @enum {string}
         */
        VeoExtendModel: "fast" | "quality" | "lite";
        /**
         * VeoExtendRequest
         * @description Extends a video generated through the Veo 3.1 API with new content described by `prompt`.
         *     Videos produced by a 1080P generation cannot be extended.
         */
        VeoExtendRequest: {
            /**
             * @description The `taskId` of the original video generation task.
             * @example veo_task_abcdef123456
             */
            taskId: string;
            /**
             * @description How the video should continue (actions, scene changes, style). English prompts work best.
             * @example The dog continues running through the park, jumping over obstacles and playing with other dogs
             */
            prompt: string;
            seeds?: components["schemas"]["VeoSeeds"];
            model?: components["schemas"]["VeoExtendModel"];
            /**
             * @description Watermark text; when given, a watermark is added to the video.
             * @example MyBrand
             */
            watermark?: string;
            callBackUrl?: components["schemas"]["CallBackUrl"];
        };
        /**
         * VeoGet4kVideoRequest
         * @description Requests the 4K version of a successful Veo 3.1 generation task (extra credits).
         */
        VeoGet4kVideoRequest: {
            /**
             * @description The `taskId` of the original video generation task.
             * @example veo_task_abcdef123456
             */
            taskId: string;
            /**
             * @description Index of the video within the task.
             * @default 0
             * @example 0
             */
            index?: number;
            callBackUrl?: components["schemas"]["CallBackUrl"];
        };
        /**
         * VeoGenerateResponse
         * @description HTTP-200 body of `veoGenerate` and `veoExtend`. `code` 200 → `data.taskId`; any other code → error, `data` null or absent.
         */
        VeoGenerateResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["TaskCreated"] | null;
        };
        /**
         * VeoUrlList
         * @description A list of file URLs; `null` where the docs show it before a result exists.
         */
        VeoUrlList: string[] | null;
        /**
         * VeoGet4kVideoData
         * @description `data` of `veoGet4kVideo`. On acceptance `taskId` identifies the 4K task (read it with
         *     `veoRecordInfo` or wait for the callback) and the URL lists are null. The code-422 answer
         *     for a repeated request carries the same object, with the URLs once the 4K video exists.
         */
        VeoGet4kVideoData: {
            /**
             * @description Task id to read with `veoRecordInfo`.
             * @example veo_task_abcdef123456
             */
            taskId: string;
            /** @description 4K video URLs (null until generated). */
            resultUrls?: components["schemas"]["VeoUrlList"];
            /** @description Thumbnail or preview image URLs (null until generated). */
            imageUrls?: components["schemas"]["VeoUrlList"];
        };
        /**
         * VeoGet4kVideoResponse
         * @description HTTP-200 body of `veoGet4kVideo`. `code` 200 → `data.taskId`; 422 for a repeated request (still processing, or already generated, with `data`); other codes → error.
         */
        VeoGet4kVideoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["VeoGet4kVideoData"] | null;
        };
        /**
         * VeoGet1080pVideoData
         * @description `data` of `veoGet1080pVideo` once the 1080P version is ready.
         */
        VeoGet1080pVideoData: {
            /**
             * Format: uri
             * @description Download URL of the 1080P video.
             * @example https://tempfile.aiquickdraw.com/p/42f4f8facbb040c0ade87c27cb2d5e58_1749711595.mp4
             */
            resultUrl: string;
        };
        /**
         * VeoGet1080pVideoResponse
         * @description HTTP-200 body of `veoGet1080pVideo`. `code` 200 → `data.resultUrl`; a non-200 code while the 1080P version is still processing, or on error.
         */
        VeoGet1080pVideoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["VeoGet1080pVideoData"] | null;
        };
        /**
         * VeoSuccessFlag
         * @description Task status.
         *     0 GENERATING: the task is being processed.
         *     1 SUCCESS: completed.
         *     2 FAILED: the task failed before completion.
         *     3 GENERATE_FAILED: the task was created but upstream generation failed.
         *     1, 2 and 3 are terminal.
         * @enum {integer}
         */
        VeoSuccessFlag: 0 | 1 | 2 | 3;
        /**
         * VeoTimestamp
         * @description A time, documented as a number but shown as a `"YYYY-MM-DD HH:mm:ss"` string in the docs' example.
         * @example 2025-06-06 10:30:00
         */
        VeoTimestamp: number | string | null;
        /**
         * VeoRecordResult
         * @description Result of a finished task (`response` of the record). For 4K tasks it holds the 4K video URLs
         *     and related media information.
         */
        VeoRecordResult: {
            /** @example veo_task_abcdef123456 */
            taskId?: string;
            /** @description Generated video URLs. */
            resultUrls?: components["schemas"]["VeoUrlList"];
            /** @description Full video URLs after an extension (original plus extended part). */
            fullResultUrls?: components["schemas"]["VeoUrlList"];
            /** @description Original (uncropped) video URLs; only set when the aspect ratio is not 16:9. */
            originUrls?: components["schemas"]["VeoUrlList"];
            /**
             * @description Video resolution.
             * @example 1080p
             */
            resolution?: string | null;
        };
        /**
         * VeoRecord
         * @description Task details returned by `veoRecordInfo`, for every Veo 3.1 task kind: generation,
         *     extension, 1080P and 4K upgrades.
         */
        VeoRecord: {
            /** @example veo_task_abcdef123456 */
            taskId: string;
            /**
             * @description The original request parameters, JSON-encoded.
             * @example {"prompt":"A futuristic city with flying cars at sunset.","waterMark":"KieAI"}
             */
            paramJson?: string | null;
            /** @description Completion time. */
            completeTime?: components["schemas"]["VeoTimestamp"];
            /** @description The result; absent or null until the task has finished. */
            response?: components["schemas"]["VeoRecordResult"] | null;
            successFlag: components["schemas"]["VeoSuccessFlag"];
            /**
             * @description Failure code, null unless the task failed. Documented values: 400 prompt flagged by the
             *     content policy, English prompts only, image could not be fetched, unsafe image upload;
             *     500 internal error or timeout, retry later; 501 video generation failed.
             * @example null
             */
            errorCode?: number | null;
            /**
             * @description Failure message, null or empty unless the task failed.
             * @example
             */
            errorMessage?: string | null;
            /** @description Creation time. */
            createTime?: components["schemas"]["VeoTimestamp"];
            /**
             * @deprecated
             * @description Legacy: whether the (deprecated) fallback model was used; only on older regular
             *     generation tasks, never on 4K tasks. Fallback videos (720p) cannot be upgraded to 1080P.
             * @example false
             */
            fallbackFlag?: boolean | null;
        };
        /**
         * VeoRecordInfoResponse
         * @description HTTP-200 body of `veoRecordInfo`. `code` 200 → `data` is the record; any other code → error, `data` null or absent.
         */
        VeoRecordInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["VeoRecord"] | null;
        };
        /**
         * VeoCallbackInfo
         * @description Result of a successful task in a callback. Generation and extension: `resultUrls`,
         *     `originUrls` (only when the aspect ratio is not 16:9) and `resolution`. 4K: `resultUrls`
         *     and `imageUrls`.
         */
        VeoCallbackInfo: {
            /** @description Generated (or extended, or 4K) video URLs. */
            resultUrls?: components["schemas"]["VeoUrlList"];
            /** @description Original video URLs; only set when the aspect ratio is not 16:9. */
            originUrls?: components["schemas"]["VeoUrlList"];
            /**
             * @description Video resolution.
             * @example 1080p
             */
            resolution?: string;
            /** @description 4K callbacks only; thumbnail or preview image URLs. */
            imageUrls?: components["schemas"]["VeoUrlList"];
        };
        /**
         * VeoCallback
         * @description Body POSTed to `callBackUrl` when a Veo 3.1 task (generation, extension or 4K) finishes.
         *     `code`: 200 success; 400 prompt flagged by the content policy, English prompts only, image
         *     could not be fetched, unsafe image upload; 422 rejected upstream ("Your request was
         *     rejected by Flow(...)"); 500 internal error or timeout (4K: "The 4K version of this video
         *     is unavailable"); 501 generation failed.
         *
         *     Generation and extension callbacks carry `data.taskId` and `data.info`. The 4K callback
         *     page shows the same shape (`data.info.resultUrls`, `data.info.imageUrls`), while the 4K
         *     operation's own callback schema uses `data.task_id`, `result_urls`, `media_ids` and
         *     `image_urls`: both are accepted.
         */
        VeoCallback: {
            /** @description Documented values: 200, 400, 422, 500, 501 (open set, see ApiCode). */
            code: components["schemas"]["ApiCode"];
            /** @example Veo3.1 video generated successfully. */
            msg: string;
            data: {
                /**
                 * @description The id returned by the create call.
                 * @example veo_task_abcdef123456
                 */
                taskId?: string;
                /**
                 * @description Task id, in the 4K operation's callback schema.
                 * @example bf3e7adb-fb6c-4257-bbcd-470787386fb0
                 */
                task_id?: string;
                /** @description The result, on success only. */
                info?: components["schemas"]["VeoCallbackInfo"] | null;
                /**
                 * @deprecated
                 * @description Legacy; whether the (deprecated) fallback model was used.
                 */
                fallbackFlag?: boolean;
                /** @description 4K video URLs (4K operation's callback schema). */
                result_urls?: components["schemas"]["VeoUrlList"];
                /** @description Media ids (4K operation's callback schema). */
                media_ids?: string[] | null;
                /** @description Related image URLs (4K operation's callback schema). */
                image_urls?: components["schemas"]["VeoUrlList"];
            };
        };
        /**
         * SunoModel
         * @description Suno model version. `V5_5`: custom models tailored to your taste. `V5`: superior musical
         *     expression, faster generation. `V4_5PLUS`: richer sound, new ways to create, max 8 min.
         *     `V4_5`: smarter prompts, faster generations, max 8 min. `V4_5ALL`: smarter prompts, faster
         *     generations, max 8 min. `V4`: improved vocal quality, max 4 min.
         * @example V4
         * @enum {string}
         */
        SunoModel: "V4" | "V4_5" | "V4_5PLUS" | "V4_5ALL" | "V5" | "V5_5";
        /**
         * SunoAddModel
         * @description Model of the add-instrumental and add-vocals operations. `V5_5`: custom models tailored to
         *     your taste. `V5`: superior musical expression, faster generation. `V4_5PLUS`: richer sound,
         *     new ways to create.
         * @default V4_5PLUS
         * @example V4_5PLUS
         * @enum {string}
         */
        SunoAddModel: "V4_5PLUS" | "V5" | "V5_5";
        /**
         * SunoVocalGender
         * @description Vocal gender preference: `m` male, `f` female. It only raises the probability of the
         *     requested voice; it cannot guarantee it.
         * @example m
         * @enum {string}
         */
        SunoVocalGender: "m" | "f";
        /**
         * SunoStyleWeight
         * @description Strength of adherence to the specified style. Range 0-1, up to 2 decimal places.
         * @example 0.65
         */
        SunoStyleWeight: number;
        /**
         * SunoWeirdnessConstraint
         * @description Controls experimental/creative deviation. Range 0-1, up to 2 decimal places.
         * @example 0.65
         */
        SunoWeirdnessConstraint: number;
        /**
         * SunoAudioWeight
         * @description Balance weight for audio features vs. other factors. Range 0-1, up to 2 decimal places.
         * @example 0.65
         */
        SunoAudioWeight: number;
        /**
         * SunoPersonaId
         * @description Persona to apply to the generated music (only in custom mode). Create one with
         *     `sunoGeneratePersona` from a finished track.
         * @example persona_123
         */
        SunoPersonaId: string;
        /**
         * SunoPersonaModel
         * @description Persona model to apply with `personaId`. Only the pages' request examples show this field
         *     (value `style_persona`); its definition is missing from the pages (an empty Apidog
         *     reference), so the value set is not documented and the field is left an open string.
         * @example style_persona
         */
        SunoPersonaModel: string;
        /**
         * SunoCreateResponse
         * @description HTTP-200 body of every Suno create operation. `code` 200 → `data.taskId`; any other code →
         *     error, `data` null or absent.
         */
        SunoCreateResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["TaskCreated"] | null;
        };
        /**
         * SunoGenerateRequest
         * @description Custom mode (`customMode: true`): `style` and `title` are required, and `prompt` is sung
         *     verbatim as the lyrics when `instrumental` is false. Limits: `prompt` 3000 characters (V4)
         *     or 5000 (other models), `style` 200 (V4) or 1000, `title` 80. Non-custom mode
         *     (`customMode: false`): only `prompt` matters (at most 500 characters, lyrics are generated
         *     from it); leave the other fields empty.
         */
        SunoGenerateRequest: {
            /**
             * @description Custom mode: the exact lyrics (required when `instrumental` is false; 3000 characters
             *     for V4, 5000 for the other models). Non-custom mode: the core idea the lyrics are
             *     generated from, at most 500 characters.
             * @example A calm and relaxing piano track with soft melodies
             */
            prompt: string;
            /**
             * @description Genre, mood or artistic direction (custom mode, required there). At most 200 characters for V4, 1000 for the other models.
             * @example Classical
             */
            style?: string;
            /**
             * @description Track title (custom mode, required there); at most 80 characters.
             * @example Peaceful Piano Meditation
             */
            title?: string;
            /**
             * @description `true`: custom mode (`style` and `title` required). `false`: simple mode, only `prompt`.
             * @example true
             */
            customMode: boolean;
            /**
             * @description `true`: no lyrics. In custom mode it decides whether `prompt` is required.
             * @example true
             */
            instrumental: boolean;
            model: components["schemas"]["SunoModel"];
            /**
             * @description Required. Receives the music callback in three stages: `text` (text generated),
             *     `first` (first track complete), `complete` (all tracks complete); some tasks skip `text`
             *     and `first`. Alternatively poll `sunoRecordInfo`.
             */
            callBackUrl: components["schemas"]["CallBackUrl"];
            /**
             * @description Music styles or traits to exclude.
             * @example Heavy Metal, Upbeat Drums
             */
            negativeTags?: string;
            /** @description Vocal gender preference (`m`/`f`), effective in custom mode only; raises the probability, no guarantee. */
            vocalGender?: components["schemas"]["SunoVocalGender"];
            styleWeight?: components["schemas"]["SunoStyleWeight"];
            weirdnessConstraint?: components["schemas"]["SunoWeirdnessConstraint"];
            audioWeight?: components["schemas"]["SunoAudioWeight"];
            personaId?: components["schemas"]["SunoPersonaId"];
            personaModel?: components["schemas"]["SunoPersonaModel"];
        } & (unknown & unknown);
        /**
         * SunoExtendRequest
         * @description `defaultParamFlag: true`: custom parameters; `prompt`, `style`, `title` and `continueAt`
         *     are required. `defaultParamFlag: false`: the source track's parameters are reused (the page
         *     says only `audioId` is needed, but its schema still lists `prompt` as required). Limits:
         *     `prompt` 3000 (V4) or 5000, `style` 200 (V4) or 1000, `title` 80 (V4, V4_5ALL) or 100. The
         *     model must match the source track's model.
         */
        SunoExtendRequest: {
            /**
             * @description `true`: use the custom parameters of this request; `false`: inherit the source track's parameters.
             * @example true
             */
            defaultParamFlag: boolean;
            /**
             * @description Id of the track to extend (`id` of a track in the record or callback).
             * @example e231****-****-****-****-****8cadc7dc
             */
            audioId: string;
            /**
             * @description How the music should continue. At most 3000 characters for V4, 5000 for the other models.
             * @example Extend the music with more relaxing notes and a gentle bridge section
             */
            prompt: string;
            /**
             * @description Style of the extension (required with `defaultParamFlag: true`). At most 200 characters for V4, 1000 otherwise.
             * @example Classical
             */
            style?: string;
            /**
             * @description Title (required with `defaultParamFlag: true`). At most 80 characters for V4 and V4_5ALL, 100 otherwise.
             * @example Peaceful Piano Extended
             */
            title?: string;
            /**
             * @description Second of the source track where the extension starts; greater than 0 and less than the track's duration. Required with `defaultParamFlag: true`.
             * @example 60
             */
            continueAt?: number;
            model: components["schemas"]["SunoModel"];
            /** @description Required. Receives the music callback (stages `text`, `first`, `complete`). Alternatively poll `sunoRecordInfo`. */
            callBackUrl: components["schemas"]["CallBackUrl"];
            /**
             * @description Music styles or traits to exclude.
             * @example Heavy Metal, Upbeat Drums
             */
            negativeTags?: string;
            vocalGender?: components["schemas"]["SunoVocalGender"];
            styleWeight?: components["schemas"]["SunoStyleWeight"];
            weirdnessConstraint?: components["schemas"]["SunoWeirdnessConstraint"];
            audioWeight?: components["schemas"]["SunoAudioWeight"];
            personaId?: components["schemas"]["SunoPersonaId"];
            personaModel?: components["schemas"]["SunoPersonaModel"];
        } & (unknown & unknown & unknown);
        /**
         * SunoUploadCoverRequest
         * @description Covers an uploaded track in a new style, keeping its melody (audio at most 8 minutes).
         *     Custom mode (`customMode: true`): `style` and `title` are required, `prompt` is sung as the
         *     lyrics when `instrumental` is false. Non-custom mode: only `prompt` (at most 500
         *     characters) and `uploadUrl`. Limits: `prompt` 3000 (V4) or 5000, `style` 200 (V4) or 1000,
         *     `title` 80 (V4, V4_5ALL) or 100.
         */
        SunoUploadCoverRequest: {
            /**
             * Format: uri
             * @description Public URL of the audio to cover (at most 8 minutes long).
             * @example https://storage.example.com/upload
             */
            uploadUrl: string;
            /**
             * @description Custom mode: the exact lyrics (required when `instrumental` is false; 3000 characters
             *     for V4, 5000 otherwise). Non-custom mode: the core idea, at most 500 characters.
             * @example A calm and relaxing piano track with soft melodies
             */
            prompt: string;
            /**
             * @description Music style or genre (custom mode, required there). At most 200 characters for V4, 1000 otherwise.
             * @example Classical
             */
            style?: string;
            /**
             * @description Track title (custom mode, required there). At most 80 characters for V4 and V4_5ALL, 100 otherwise.
             * @example Peaceful Piano Meditation
             */
            title?: string;
            /**
             * @description `true`: custom mode (`style` and `title` required); `false`: only `prompt` and `uploadUrl`.
             * @example true
             */
            customMode: boolean;
            /**
             * @description `true`: no lyrics. In custom mode it decides whether `prompt` is required.
             * @example true
             */
            instrumental: boolean;
            model: components["schemas"]["SunoModel"];
            /**
             * @description Music styles or traits to exclude.
             * @example Heavy Metal, Upbeat Drums
             */
            negativeTags?: string;
            /** @description Required. Receives the music callback (stages `text`, `first`, `complete`). Alternatively poll `sunoRecordInfo`. */
            callBackUrl: components["schemas"]["CallBackUrl"];
            /** @description Vocal gender preference (`m`/`f`), effective in custom mode only; raises the probability, no guarantee. */
            vocalGender?: components["schemas"]["SunoVocalGender"];
            styleWeight?: components["schemas"]["SunoStyleWeight"];
            weirdnessConstraint?: components["schemas"]["SunoWeirdnessConstraint"];
            audioWeight?: components["schemas"]["SunoAudioWeight"];
            personaId?: components["schemas"]["SunoPersonaId"];
            personaModel?: components["schemas"]["SunoPersonaModel"];
        } & (unknown & unknown & unknown);
        /**
         * SunoUploadExtendRequest
         * @description Extends an uploaded track in its own style (audio at most 8 minutes). `defaultParamFlag:
         *     true`: custom parameters; `style`, `title` and `continueAt` are required, and `prompt` too
         *     when `instrumental` is false. `defaultParamFlag: false`: the uploaded audio's parameters are
         *     used. Limits: `prompt` 3000 (V4) or 5000, `style` 200 (V4) or 1000, `title` 80 (V4,
         *     V4_5ALL) or 100. The model must match the source music's model.
         */
        SunoUploadExtendRequest: {
            /**
             * Format: uri
             * @description Public URL of the audio to extend (at most 8 minutes long).
             * @example https://storage.example.com/upload
             */
            uploadUrl: string;
            /**
             * @description `true`: custom parameters (`style`, `title`, `continueAt`; `prompt` unless instrumental). `false`: the uploaded audio's parameters.
             * @example true
             */
            defaultParamFlag: boolean;
            /**
             * @description `true`: no lyrics. With `defaultParamFlag: true` it decides whether `prompt` is required.
             * @example true
             */
            instrumental: boolean;
            /**
             * @description How the music should be extended (the lyrics when not instrumental). At most 3000 characters for V4, 5000 otherwise.
             * @example Extend the music with more relaxing notes
             */
            prompt?: string;
            /**
             * @description Music style, e.g. Jazz, Classical, Electronic. At most 200 characters for V4, 1000 otherwise.
             * @example Classical
             */
            style?: string;
            /**
             * @description Music title. At most 80 characters for V4 and V4_5ALL, 100 otherwise.
             * @example Peaceful Piano Extended
             */
            title?: string;
            /**
             * @description Second of the uploaded audio where the extension starts; greater than 0 and less than its duration.
             * @example 60
             */
            continueAt: number;
            model: components["schemas"]["SunoModel"];
            /**
             * @description Music styles to exclude.
             * @example Relaxing Piano
             */
            negativeTags?: string;
            /** @description Required. Receives the music callback (stages `text`, `first`, `complete`). Alternatively poll `sunoRecordInfo`. */
            callBackUrl: components["schemas"]["CallBackUrl"];
            vocalGender?: components["schemas"]["SunoVocalGender"];
            styleWeight?: components["schemas"]["SunoStyleWeight"];
            weirdnessConstraint?: components["schemas"]["SunoWeirdnessConstraint"];
            audioWeight?: components["schemas"]["SunoAudioWeight"];
            personaId?: components["schemas"]["SunoPersonaId"];
            personaModel?: components["schemas"]["SunoPersonaModel"];
        } & (unknown & unknown & unknown & unknown);
        /**
         * SunoAddInstrumentalRequest
         * @description Generates an instrumental accompaniment for an uploaded audio file (e.g. a vocal track).
         */
        SunoAddInstrumentalRequest: {
            /**
             * Format: uri
             * @description Public URL of the source audio to add an accompaniment to.
             * @example https://example.com/music.mp3
             */
            uploadUrl: string;
            model?: components["schemas"]["SunoAddModel"];
            /**
             * @description Title of the generated music (player interface and file name).
             * @example Relaxing Piano
             */
            title: string;
            /**
             * @description Music styles or characteristics to exclude.
             * @example heavy metal, fast drums
             */
            negativeTags: string;
            /**
             * @description Music styles or tags to include.
             * @example relaxing, piano, soothing
             */
            tags: string;
            /** @description Required. Receives the music callback (stages `text`, `first`, `complete`). Alternatively poll `sunoRecordInfo`. */
            callBackUrl: components["schemas"]["CallBackUrl"];
            vocalGender?: components["schemas"]["SunoVocalGender"];
            styleWeight?: components["schemas"]["SunoStyleWeight"];
            weirdnessConstraint?: components["schemas"]["SunoWeirdnessConstraint"];
            audioWeight?: components["schemas"]["SunoAudioWeight"];
        };
        /**
         * SunoAddVocalsRequest
         * @description Generates sung vocals over an uploaded audio file (e.g. an instrumental).
         */
        SunoAddVocalsRequest: {
            /**
             * @description Lyric content and singing style of the vocals.
             * @example A calm and relaxing piano track.
             */
            prompt: string;
            model?: components["schemas"]["SunoAddModel"];
            /**
             * @description Music title (player interface and file name).
             * @example Relaxing Piano
             */
            title: string;
            /**
             * @description Music styles or elements to exclude.
             * @example heavy metal, strong drum beats
             */
            negativeTags: string;
            /**
             * @description Music style, such as jazz, electronic or classical.
             * @example Jazz
             */
            style: string;
            vocalGender?: components["schemas"]["SunoVocalGender"];
            styleWeight?: components["schemas"]["SunoStyleWeight"];
            weirdnessConstraint?: components["schemas"]["SunoWeirdnessConstraint"];
            audioWeight?: components["schemas"]["SunoAudioWeight"];
            /**
             * Format: uri
             * @description Public URL of the source audio to add vocals to.
             * @example https://example.com/music.mp3
             */
            uploadUrl: string;
            /** @description Required. Receives the music callback (stages `text`, `first`, `complete`). Alternatively poll `sunoRecordInfo`. */
            callBackUrl: components["schemas"]["CallBackUrl"];
        };
        /**
         * SunoMashupRequest
         * @description Combines exactly two uploaded tracks into a new piece. Custom mode (`customMode: true`):
         *     `style` and `title` are required, and `prompt` (the exact lyrics) when `instrumental` is
         *     false; limits `prompt` 3000 (V4) or 5000, `style` 200 (V4) or 1000, `title` 80. Non-custom
         *     mode: `prompt` is required (at most 500 characters). `vocalGender`, `styleWeight`,
         *     `weirdnessConstraint` and `audioWeight` only take effect in custom mode.
         */
        SunoMashupRequest: {
            /**
             * @description Exactly two publicly accessible audio URLs to mash up.
             * @example [
             *       "https://example.com/audio1.mp3",
             *       "https://example.com/audio2.mp3"
             *     ]
             */
            uploadUrlList: string[];
            /**
             * @description Custom mode: the exact lyrics (required when `instrumental` is false). Non-custom mode:
             *     always required, the core idea (at most 500 characters).
             * @example A calm and relaxing piano track with soft melodies
             */
            prompt?: string;
            /**
             * @description Genre, mood or artistic direction; only used (and required) in custom mode. At most 200 characters for V4, 1000 otherwise.
             * @example Jazz
             */
            style?: string;
            /**
             * @description Track title; only used (and required) in custom mode. At most 80 characters.
             * @example Relaxing Piano
             */
            title?: string;
            /**
             * @description `true`: custom mode (`style` and `title` required); `false`: only `prompt`.
             * @example true
             */
            customMode: boolean;
            /**
             * @description `true`: no lyrics. In custom mode it decides whether `prompt` is required.
             * @example true
             */
            instrumental?: boolean;
            model: components["schemas"]["SunoModel"];
            /** @description Required. Receives the music callback (stages `text`, `first`, `complete`; some tasks skip to `complete`). Alternatively poll `sunoRecordInfo`. */
            callBackUrl: components["schemas"]["CallBackUrl"];
            /** @description Vocal gender preference (`m`/`f`), custom mode only; raises the probability, no guarantee. */
            vocalGender?: components["schemas"]["SunoVocalGender"];
            styleWeight?: components["schemas"]["SunoStyleWeight"];
            weirdnessConstraint?: components["schemas"]["SunoWeirdnessConstraint"];
            audioWeight?: components["schemas"]["SunoAudioWeight"];
        } & (unknown & unknown & unknown);
        /**
         * SunoSoundKey
         * @description Musical key of the sound; `Any` (the default) leaves it free.
         * @default Any
         * @example D#m
         * @enum {string}
         */
        SunoSoundKey: "Any" | "Cm" | "C#m" | "Dm" | "D#m" | "Em" | "Fm" | "F#m" | "Gm" | "G#m" | "Am" | "A#m" | "Bm" | "C" | "C#" | "D" | "D#" | "E" | "F" | "F#" | "G" | "G#" | "A" | "A#" | "B";
        /**
         * SunoSoundsRequest
         * @description Generates a sound (background music, game sound effect, loopable ambience) from `prompt`,
         *     with optional loop, tempo and key.
         */
        SunoSoundsRequest: {
            /**
             * @description Description of the sound; at most 500 characters.
             * @example sint
             */
            prompt: string;
            /**
             * @description Model name.
             * @example V5
             * @enum {string}
             */
            model: "V5" | "V5_5";
            /**
             * @description Generate a loopable sound.
             * @default false
             */
            soundLoop?: boolean;
            /**
             * @description Tempo in BPM (beats per minute), 1-300. Omit to leave it free.
             * @example 166
             */
            soundTempo?: number;
            soundKey?: components["schemas"]["SunoSoundKey"];
            /**
             * @description Capture the lyrics subtitles after completion.
             * @default false
             */
            grabLyrics?: boolean;
            /** @description Optional callback address (the page documents no callback body for sounds). The page recommends polling `sunoRecordInfo` every 30 seconds. */
            callBackUrl?: components["schemas"]["CallBackUrl"];
        };
        /**
         * SunoReplaceSectionRequest
         * @description Regenerates a time segment of a generated track and blends it with the rest. The segment
         *     (`infillEndS` - `infillStartS`, 2 decimal places) must last 6 to 60 seconds and at most 50%
         *     of the track; `infillStartS` < `infillEndS`.
         */
        SunoReplaceSectionRequest: {
            /**
             * @description Id of the original (parent) music task.
             * @example 2fac****9f72
             */
            taskId: string;
            /**
             * @description Id of the track to edit (`id` of a track in the record or callback).
             * @example e231****-****-****-****-****8cadc7dc
             */
            audioId: string;
            /**
             * @description The replacement lyrics for the segment.
             * @example A calm and relaxing piano track.
             */
            prompt: string;
            /**
             * @description Music style tags, e.g. jazz, electronic.
             * @example Jazz
             */
            tags: string;
            /**
             * @description Music title.
             * @example Relaxing Piano
             */
            title: string;
            /**
             * @description Music styles to exclude from the replacement segment.
             * @example Rock
             */
            negativeTags?: string;
            /**
             * @description Segment start in seconds (2 decimal places); less than `infillEndS`.
             * @example 10.5
             */
            infillStartS: number;
            /**
             * @description Segment end in seconds (2 decimal places); greater than `infillStartS`.
             * @example 20.75
             */
            infillEndS: number;
            /**
             * @description The complete lyrics of the song after the change (modified and unmodified parts). The
             *     page's prose lists it as optional, its schema as required.
             * @example [Verse 1]
             *     Original lyrics here
             *     [Chorus]
             *     Modified lyrics for this section
             *     [Verse 2]
             *     More original lyrics
             */
            fullLyrics: string;
            /** @description Optional. Receives the music callback. Alternatively poll `sunoRecordInfo`. */
            callBackUrl?: components["schemas"]["CallBackUrl"];
        };
        /**
         * SunoRecordStatus
         * @description `PENDING` waiting; `TEXT_SUCCESS` lyrics/text generated; `FIRST_SUCCESS` first track
         *     complete; `SUCCESS` all tracks complete; `CREATE_TASK_FAILED` the task could not be
         *     created; `GENERATE_AUDIO_FAILED` audio generation failed; `CALLBACK_EXCEPTION` error during
         *     the callback; `SENSITIVE_WORD_ERROR` content filtered (sensitive words). `SUCCESS` and the
         *     four failures are terminal.
         * @enum {string}
         */
        SunoRecordStatus: "PENDING" | "TEXT_SUCCESS" | "FIRST_SUCCESS" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_AUDIO_FAILED" | "CALLBACK_EXCEPTION" | "SENSITIVE_WORD_ERROR";
        /**
         * SunoTrack
         * @description One generated track of a music record (usually two per task). URLs expire after 14 days.
         */
        SunoTrack: {
            /**
             * @description Track id (the `audioId` of extend, WAV, video, separation, persona ... requests).
             * @example e231****-****-****-****-****8cadc7dc
             */
            id?: string;
            /**
             * @description Audio file (MP3) URL.
             * @example https://example.cn/****.mp3
             */
            audioUrl?: string | null;
            /**
             * @description Streaming audio URL (available before the file).
             * @example https://example.cn/****
             */
            streamAudioUrl?: string | null;
            /**
             * @description Cover image URL.
             * @example https://example.cn/****.jpeg
             */
            imageUrl?: string | null;
            /** @description Generation prompt / lyrics. */
            prompt?: string | null;
            /**
             * @description Model name used (e.g. `chirp-v3-5`).
             * @example chirp-v3-5
             */
            modelName?: string | null;
            title?: string | null;
            /** @description Music tags. */
            tags?: string | null;
            /**
             * @description Creation time ("YYYY-MM-DD HH:mm:ss" in the page's example).
             * @example 2025-01-01 00:00:00
             */
            createTime?: string | number | null;
            /**
             * @description Duration in seconds.
             * @example 198.44
             */
            duration?: number | null;
        };
        /**
         * SunoRecord
         * @description Music task returned by `sunoRecordInfo`, for every create of the music family. The tracks
         *     are in `response.sunoData`; instrumental tracks carry no lyrics.
         */
        SunoRecord: {
            /** @example 5c79****be8e */
            taskId: string;
            /** @description Parent music id (extend tasks only); empty otherwise. */
            parentMusicId?: string | null;
            /**
             * @description The original request parameters, JSON-encoded.
             * @example {"prompt":"A calm piano track","style":"Classical","title":"Peaceful Piano","customMode":true,"instrumental":true,"model":"V3_5"}
             */
            param?: string | null;
            /** @description The result, filled as the tracks complete. */
            response?: {
                taskId?: string;
                sunoData?: components["schemas"]["SunoTrack"][] | null;
            } | null;
            status: components["schemas"]["SunoRecordStatus"];
            /**
             * @description Task type (documented values `chirp-v3-5`, `chirp-v4`; the page's example shows `GENERATE`).
             * @example GENERATE
             */
            type?: string | null;
            /**
             * @description `generate`, `extend`, `upload_cover` or `upload_extend` (the values the page lists; the
             *     other creates of the family are not listed there).
             * @example generate
             */
            operationType?: string | null;
            /**
             * @description Failure code, null otherwise. Documented: 400 lyrics contained copyrighted material;
             *     408 timeout; 413 uploaded audio matches an existing work.
             * @example 413
             */
            errorCode?: number | null;
            /** @description Failure message. */
            errorMessage?: string | null;
        };
        /**
         * SunoRecordInfoResponse
         * @description HTTP-200 body of `sunoRecordInfo`. `code` 200 → `data` is the record; any other code → error, `data` null or absent.
         */
        SunoRecordInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SunoRecord"] | null;
        };
        /**
         * SunoCallbackTrack
         * @description One track of a music callback (snake_case, unlike the record). The `source_*` URLs appear for upload-cover and upload-extend tasks.
         */
        SunoCallbackTrack: {
            /**
             * @description Track id (`audioId`).
             * @example e231****-****-****-****-****8cadc7dc
             */
            id?: string;
            /**
             * @description Audio file URL.
             * @example https://example.cn/****.mp3
             */
            audio_url?: string | null;
            /** @description Original audio file URL (upload tasks). */
            source_audio_url?: string | null;
            /** @description Streaming audio URL. */
            stream_audio_url?: string | null;
            /** @description Original streaming audio URL (upload tasks). */
            source_stream_audio_url?: string | null;
            /** @description Cover image URL. */
            image_url?: string | null;
            /** @description Original cover image URL (upload tasks). */
            source_image_url?: string | null;
            /** @description Generation prompt / lyrics. */
            prompt?: string | null;
            /** @description Model name used. */
            model_name?: string | null;
            title?: string | null;
            tags?: string | null;
            /** @description Creation time ("YYYY-MM-DD HH:mm:ss" in the examples). */
            createTime?: string | number | null;
            /** @description Duration in seconds. */
            duration?: number | null;
        };
        /**
         * SunoCallback
         * @description Body POSTed to `callBackUrl` by every create of the music family, once per stage:
         *     `callbackType` `text` (text generated), `first` (first track complete), `complete` (all
         *     tracks complete); some tasks go straight to `complete`. `code`: 200 success; 400 lyrics
         *     contained copyrighted material; 408 timeout; 413 uploaded audio matches an existing work;
         *     500 server error; 501 audio generation failed; 531 generation failed, credits refunded.
         */
        SunoCallback: {
            /** @description 200 success; 400, 408, 413, 500, 501, 531: failure (open set, see ApiCode). */
            code: components["schemas"]["ApiCode"];
            /** @example All generated successfully. */
            msg: string;
            data: {
                /**
                 * @description `text` text generated, `first` first track complete, `complete` all tracks complete.
                 * @enum {string}
                 */
                callbackType?: "text" | "first" | "complete";
                /**
                 * @description The id returned by the create call.
                 * @example 2fac****9f72
                 */
                task_id: string;
                data?: components["schemas"]["SunoCallbackTrack"][] | null;
            };
        };
        /** SunoTimestampedLyricsRequest */
        SunoTimestampedLyricsRequest: {
            /**
             * @description Id of the music task (generate or extend).
             * @example 5c79****be8e
             */
            taskId: string;
            /**
             * @description Id of the track (`id` of a track in the record or callback).
             * @example e231****-****-****-****-****8cadc7dc
             */
            audioId: string;
        };
        /** SunoAlignedWord */
        SunoAlignedWord: {
            /**
             * @description The lyrics word (may carry section markers and line breaks).
             * @example [Verse]
             *     Waggin'
             */
            word?: string;
            /** @description Whether the word was aligned. */
            success?: boolean;
            /**
             * @description Start time in seconds.
             * @example 1.36
             */
            startS?: number;
            /**
             * @description End time in seconds.
             * @example 1.79
             */
            endS?: number;
            /**
             * @description Alignment parameter.
             * @example 0
             */
            palign?: number;
        };
        /**
         * SunoTimestampedLyrics
         * @description Lyrics aligned to the audio, with waveform data. Empty for instrumental tracks.
         */
        SunoTimestampedLyrics: {
            alignedWords?: components["schemas"]["SunoAlignedWord"][] | null;
            /** @description Waveform samples for visualisation. */
            waveformData?: number[] | null;
            /**
             * @description Lyrics alignment accuracy score.
             * @example 0.3803191489361702
             */
            hootCer?: number | null;
            /** @description Whether the audio is streamed. */
            isStreamed?: boolean | null;
        };
        /**
         * SunoTimestampedLyricsResponse
         * @description HTTP-200 body of `sunoGetTimestampedLyrics`. `code` 200 → `data` holds the lyrics; any other code → error.
         */
        SunoTimestampedLyricsResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SunoTimestampedLyrics"] | null;
        };
        /**
         * SunoPersonaRequest
         * @description Creates a Persona from a finished track (music generated with a model above v3.5; once per
         *     `audioId`). The analysed segment `vocalEnd` - `vocalStart` must last 10 to 30 seconds.
         */
        SunoPersonaRequest: {
            /**
             * @description Id of a finished generate, extend, upload-cover or upload-extend task.
             * @example 5c79****be8e
             */
            taskId: string;
            /**
             * @description Id of the track to create the Persona from.
             * @example e231****-****-****-****-****8cadc7dc
             */
            audioId: string;
            /**
             * @description Persona name.
             * @example Electronic Pop Singer
             */
            name: string;
            /**
             * @description The Persona's musical characteristics, style and personality (genre, mood, instrumentation, vocal qualities).
             * @example A modern electronic music style pop singer, skilled in dynamic rhythms and synthesizer tones
             */
            description: string;
            /**
             * @description Start (seconds) of the analysed segment; less than `vocalEnd`.
             * @default 0
             * @example 12.5
             */
            vocalStart?: number;
            /**
             * @description End (seconds) of the analysed segment, 2 decimal places; `vocalEnd` - `vocalStart` between 10 and 30.
             * @default 30
             * @example 25.8
             */
            vocalEnd?: number;
            /**
             * @description Optional style tag of the Persona, e.g. "Electronic Pop", "Jazz Trio".
             * @example Electronic Pop
             */
            style?: string;
        };
        /** SunoPersona */
        SunoPersona: {
            /**
             * @description Persona id, for `personaId` of generate, extend, upload-cover and upload-extend.
             * @example a1b2****c3d4
             */
            personaId: string;
            /** @example Electronic Pop Singer */
            name?: string;
            description?: string;
        };
        /**
         * SunoPersonaResponse
         * @description HTTP-200 body of `sunoGeneratePersona`. `code` 200 → `data` is the Persona; 409 a Persona already exists for this track.
         */
        SunoPersonaResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SunoPersona"] | null;
        };
        /** SunoBoostStyleRequest */
        SunoBoostStyleRequest: {
            /**
             * @description Concise description of the music style to expand, e.g. "Pop, Mysterious".
             * @example Pop, Mysterious
             */
            content: string;
        };
        /**
         * SunoBoostStyleResult
         * @description The boosted style, returned directly (no task to poll).
         */
        SunoBoostStyleResult: {
            taskId?: string;
            /** @description The request parameters. */
            param?: string | null;
            /** @description The generated music style text. */
            result?: string | null;
            /** @description Credits consumed (up to 5 digits, 2 decimal places). */
            creditsConsumed?: number | null;
            /** @description Credits remaining after this call. */
            creditsRemaining?: number | null;
            /** @description Execution result: 0 pending, 1 success, 2 failed. */
            successFlag?: string | number | null;
            /** @description Documented: 400 the request parameters failed validation. */
            errorCode?: number | null;
            errorMessage?: string | null;
            createTime?: string | number | null;
        };
        /**
         * SunoBoostStyleResponse
         * @description HTTP-200 body of `sunoBoostStyle`. `code` 200 → `data` holds the result; any other code → error.
         */
        SunoBoostStyleResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SunoBoostStyleResult"] | null;
        };
        /** SunoLyricsRequest */
        SunoLyricsRequest: {
            /**
             * @description Theme, mood, style or story of the lyrics; at most 200 characters. More detail gives more targeted lyrics.
             * @example A nostalgic song about childhood memories and growing up in a small town
             */
            prompt: string;
            /**
             * @description Receives the lyrics callback (once, with all variations). The page's schema leaves it
             *     optional while its description calls it required. Alternatively poll
             *     `sunoLyricsRecordInfo`.
             */
            callBackUrl?: components["schemas"]["CallBackUrl"];
        };
        /**
         * SunoLyricsStatus
         * @description `PENDING` waiting; `SUCCESS` lyrics generated; `CREATE_TASK_FAILED` the task could not be
         *     created; `GENERATE_LYRICS_FAILED` generation failed; `CALLBACK_EXCEPTION` error during the
         *     callback; `SENSITIVE_WORD_ERROR` content filtered (sensitive words).
         * @enum {string}
         */
        SunoLyricsStatus: "PENDING" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_LYRICS_FAILED" | "CALLBACK_EXCEPTION" | "SENSITIVE_WORD_ERROR";
        /**
         * SunoLyricsItem
         * @description One lyrics variation (typically 2-3 per task), with section markers such as [Verse] and [Chorus].
         */
        SunoLyricsItem: {
            /** @description The lyrics. */
            text?: string | null;
            /** @description Suggested title. */
            title?: string | null;
            /**
             * @description `complete` or `failed`.
             * @example complete
             */
            status?: string | null;
            /** @description Error message when `status` is `failed`. */
            errorMessage?: string | null;
        };
        /**
         * SunoLyricsRecord
         * @description Lyrics task returned by `sunoLyricsRecordInfo`. Lyrics are retained for 14 days.
         */
        SunoLyricsRecord: {
            /** @example 11dc****8b0f */
            taskId: string;
            /** @description The original request parameters, JSON-encoded. */
            param?: string | null;
            response?: {
                taskId?: string;
                data?: components["schemas"]["SunoLyricsItem"][] | null;
            } | null;
            status: components["schemas"]["SunoLyricsStatus"];
            /**
             * @description Task type (`LYRICS`).
             * @example LYRICS
             */
            type?: string | null;
            /**
             * @description Failure code, null otherwise. Documented: 400 (rephrase the description: it contained
             *     an artist name, was flagged for moderation, or no lyrics could be generated), 500
             *     internal error.
             */
            errorCode?: number | null;
            errorMessage?: string | null;
        };
        /**
         * SunoLyricsRecordInfoResponse
         * @description HTTP-200 body of `sunoLyricsRecordInfo`. `code` 200 → `data` is the record; any other code → error.
         */
        SunoLyricsRecordInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SunoLyricsRecord"] | null;
        };
        /**
         * SunoLyricsCallback
         * @description Body POSTed once to `callBackUrl` when a lyrics task finishes, with every variation.
         *     `code`: 200 success; 400 rephrase the description (artist name, moderation, or no lyrics
         *     could be generated); 500 internal error.
         */
        SunoLyricsCallback: {
            code: components["schemas"]["ApiCode"];
            /** @example All generated successfully. */
            msg: string;
            data: {
                /**
                 * @description Always `complete`.
                 * @enum {string}
                 */
                callbackType?: "complete";
                /** @example 3b66882fde0a5d398bd269cab6d9542b */
                task_id: string;
                data?: {
                    text?: string | null;
                    title?: string | null;
                    /** @description `complete` or `failed`. */
                    status?: string | null;
                    /** @description Error message when `status` is `failed`. */
                    error_message?: string | null;
                }[] | null;
            };
        };
        /** SunoWavRequest */
        SunoWavRequest: {
            /**
             * @description Id of the music task (generate or extend).
             * @example 5c79****be8e
             */
            taskId: string;
            /**
             * @description Id of the track to convert.
             * @example e231****-****-****-****-****8cadc7dc
             */
            audioId: string;
            /** @description Required. Receives the WAV callback. Alternatively poll `sunoWavRecordInfo`. */
            callBackUrl: components["schemas"]["CallBackUrl"];
        };
        /**
         * SunoWavStatus
         * @description `PENDING` waiting; `SUCCESS` converted; `CREATE_TASK_FAILED` the task could not be created; `GENERATE_WAV_FAILED` conversion failed; `CALLBACK_EXCEPTION` error during the callback.
         * @enum {string}
         */
        SunoWavStatus: "PENDING" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_WAV_FAILED" | "CALLBACK_EXCEPTION";
        /**
         * SunoWavRecord
         * @description WAV conversion task returned by `sunoWavRecordInfo`. The WAV URL is set once `successFlag` is `SUCCESS`; files are kept 14 days.
         */
        SunoWavRecord: {
            /** @example 988e****c8d3 */
            taskId: string;
            /** @description Id of the converted track. */
            musicId?: string | null;
            callbackUrl?: string | null;
            /** @description Track index, 0 or 1. */
            musicIndex?: number | null;
            /** @description Completion time ("YYYY-MM-DD HH:mm:ss" in the page's example). */
            completeTime?: string | number | null;
            response?: {
                /**
                 * @description WAV file URL.
                 * @example https://example.com/s/04e6****e727.wav
                 */
                audioWavUrl?: string | null;
            } | null;
            successFlag: components["schemas"]["SunoWavStatus"];
            createTime?: string | number | null;
            /** @description Failure code, null otherwise. Documented: 500 internal error. */
            errorCode?: number | null;
            errorMessage?: string | null;
        };
        /**
         * SunoWavRecordInfoResponse
         * @description HTTP-200 body of `sunoWavRecordInfo`. `code` 200 → `data` is the record; any other code → error.
         */
        SunoWavRecordInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SunoWavRecord"] | null;
        };
        /**
         * SunoWavCallback
         * @description Body POSTed to `callBackUrl` when a WAV conversion finishes. `code`: 200 success; 500 internal error.
         */
        SunoWavCallback: {
            code: components["schemas"]["ApiCode"];
            /** @example success */
            msg: string;
            data: {
                /** @example 988e****c8d3 */
                task_id: string;
                /**
                 * @description WAV file URL.
                 * @example https://example.com/s/04e6****e727.wav
                 */
                audioWavUrl?: string | null;
            };
        };
        /**
         * SunoMidiRequest
         * @description Converts the stems of a finished vocal separation task into MIDI note data.
         */
        SunoMidiRequest: {
            /**
             * @description Id of a finished vocal separation task (`sunoSeparateVocals`).
             * @example 5c79****be8e
             */
            taskId: string;
            /** @description Required. Receives the MIDI note data. Alternatively poll `sunoMidiRecordInfo`. */
            callBackUrl: components["schemas"]["CallBackUrl"];
            /**
             * @description Optional: the stem to transcribe, an `id` from `response.originData` of the separation
             *     record. Without it every separated stem is transcribed.
             * @example 8ca376e7-******-08aaf2c6dd27
             */
            audioId?: string;
        };
        /**
         * SunoMidiSuccessFlag
         * @description 0 pending; 1 success; 2 failed to create the task; 3 MIDI generation failed (1-3 are terminal).
         * @enum {integer}
         */
        SunoMidiSuccessFlag: 0 | 1 | 2 | 3;
        /** SunoMidiNote */
        SunoMidiNote: {
            /**
             * @description MIDI note number (0-127).
             * @example 73
             */
            pitch?: number;
            /** @description Start time in seconds. */
            start?: number;
            /** @description End time in seconds. */
            end?: number;
            /** @description Velocity / intensity (0-1). */
            velocity?: number;
        };
        /**
         * SunoMidiData
         * @description The detected instruments and their notes. May be empty for a `split_stem` separation.
         */
        SunoMidiData: {
            /**
             * @description Processing state.
             * @example complete
             */
            state?: string;
            instruments?: {
                /**
                 * @description Instrument name.
                 * @example Drums
                 */
                name?: string;
                notes?: components["schemas"]["SunoMidiNote"][] | null;
            }[] | null;
        };
        /**
         * SunoMidiRecord
         * @description MIDI task returned by `sunoMidiRecordInfo`; the notes are data (`midiData`), not a file. Records are kept 14 days.
         */
        SunoMidiRecord: {
            /** @example 5c79****be8e */
            taskId: string;
            /** @description Internal record task id. */
            recordTaskId?: number | null;
            /** @description Stem id from the separation task. */
            audioId?: string | null;
            callbackUrl?: string | null;
            /**
             * @description Completion time (epoch milliseconds).
             * @example 1760335255000
             */
            completeTime?: number | string | null;
            midiData?: components["schemas"]["SunoMidiData"] | null;
            successFlag: components["schemas"]["SunoMidiSuccessFlag"];
            /**
             * @description Creation time (epoch milliseconds).
             * @example 1760335251000
             */
            createTime?: number | string | null;
            /** @description Failure code, null otherwise. */
            errorCode?: string | number | null;
            errorMessage?: string | null;
        };
        /**
         * SunoMidiRecordInfoResponse
         * @description HTTP-200 body of `sunoMidiRecordInfo`. `code` 200 → `data` is the record; any other code → error.
         */
        SunoMidiRecordInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SunoMidiRecord"] | null;
        };
        /** SunoMusicVideoRequest */
        SunoMusicVideoRequest: {
            /**
             * @description Id of the music task (generate or extend).
             * @example taskId_774b9aa0422f
             */
            taskId: string;
            /**
             * @description Id of the track to visualise.
             * @example e231****-****-****-****-****8cadc7dc
             */
            audioId: string;
            /** @description Required. Receives the video callback. Alternatively poll `sunoMusicVideoRecordInfo`. */
            callBackUrl: components["schemas"]["CallBackUrl"];
            /**
             * @description Artist or creator name shown as a signature on the video cover; at most 50 characters.
             * @example DJ Electronic
             */
            author?: string;
            /**
             * @description Website or brand shown as a watermark at the bottom of the video; at most 50 characters.
             * @example music.example.com
             */
            domainName?: string;
        };
        /**
         * SunoMusicVideoStatus
         * @description `PENDING` waiting; `SUCCESS` video generated; `CREATE_TASK_FAILED` the task could not be created; `GENERATE_MP4_FAILED` video creation failed.
         * @enum {string}
         */
        SunoMusicVideoStatus: "PENDING" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_MP4_FAILED";
        /**
         * SunoMusicVideoRecord
         * @description Music video task returned by `sunoMusicVideoRecordInfo`. The video URL is set once `successFlag` is `SUCCESS`; videos are kept 14 days.
         */
        SunoMusicVideoRecord: {
            /** @example 988e****c8d3 */
            taskId: string;
            musicId?: string | null;
            callbackUrl?: string | null;
            /** @description Track index, 0 or 1. */
            musicIndex?: number | null;
            completeTime?: string | number | null;
            response?: {
                /**
                 * @description Video (MP4) URL.
                 * @example https://example.com/s/04e6****e727.mp4
                 */
                videoUrl?: string | null;
            } | null;
            successFlag: components["schemas"]["SunoMusicVideoStatus"];
            createTime?: string | number | null;
            /** @description Failure code, null otherwise. Documented: 500 internal error. */
            errorCode?: number | null;
            errorMessage?: string | null;
        };
        /**
         * SunoMusicVideoRecordInfoResponse
         * @description HTTP-200 body of `sunoMusicVideoRecordInfo`. `code` 200 → `data` is the record; any other code → error.
         */
        SunoMusicVideoRecordInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SunoMusicVideoRecord"] | null;
        };
        /**
         * SunoMusicVideoCallback
         * @description Body POSTed to `callBackUrl` when a music video finishes. `code`: 200 success, 500
         *     internal error (the page's field description also calls 0 a success). `video_url` is valid
         *     for 14 days.
         */
        SunoMusicVideoCallback: {
            code: components["schemas"]["ApiCode"];
            msg: string;
            data: {
                task_id: string;
                /** @description Video URL, valid for 14 days. */
                video_url?: string | null;
            };
        };
        /**
         * SunoCoverRequest
         * @description Generates cover images (usually 2 styles) for a finished music task. Once per music task: a
         *     repeated request answers code 400 with the existing task id.
         */
        SunoCoverRequest: {
            /**
             * @description Id of the original music task.
             * @example 73d6128b3523a0079df10da9471017c8
             */
            taskId: string;
            /**
             * @description Receives the cover callback. The page's schema leaves it optional while its description
             *     calls it required. Alternatively poll `sunoCoverRecordInfo`.
             */
            callBackUrl?: components["schemas"]["CallBackUrl"];
        };
        /**
         * SunoCoverSuccessFlag
         * @description 0 pending; 1 success; 2 generating; 3 generation failed (the field's documented values).
         *     The page's prose names the states `PENDING`, `SUCCESS`, `CREATE_TASK_FAILED` and
         *     `GENERATE_COVER_FAILED`; those strings are accepted too.
         */
        SunoCoverSuccessFlag: (0 | 1 | 2 | 3) | ("PENDING" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_COVER_FAILED");
        /**
         * SunoCoverRecord
         * @description Cover image task returned by `sunoCoverRecordInfo`. Image URLs are set on success and kept 14 days.
         */
        SunoCoverRecord: {
            /** @example 21aee3c3c2a01fa5e030b3799fa4dd56 */
            taskId: string;
            /** @description Id of the original music task. */
            parentTaskId?: string | null;
            callbackUrl?: string | null;
            /** @example 2025-01-15T10:35:27.000Z */
            completeTime?: string | number | null;
            response?: {
                /** @description Cover image URLs. */
                images?: string[] | null;
            } | null;
            successFlag: components["schemas"]["SunoCoverSuccessFlag"];
            /** @example 2025-01-15T10:33:01.000Z */
            createTime?: string | number | null;
            /** @description Documented: 200 success, 500 internal error. */
            errorCode?: number | null;
            errorMessage?: string | null;
        };
        /**
         * SunoCoverRecordInfoResponse
         * @description HTTP-200 body of `sunoCoverRecordInfo`. `code` 200 → `data` is the record; any other code → error.
         */
        SunoCoverRecordInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SunoCoverRecord"] | null;
        };
        /**
         * SunoCoverCallback
         * @description Body POSTed to `callBackUrl` when the cover images are ready. `code`: 200 success; 500 internal error. Image URLs are valid for 14 days.
         */
        SunoCoverCallback: {
            code: components["schemas"]["ApiCode"];
            /** @example success */
            msg: string;
            data: {
                /** @example 21aee3c3c2a01fa5e030b3799fa4dd56 */
                taskId: string;
                /** @description Cover image URLs, valid for 14 days. */
                images?: string[] | null;
            };
        };
        /**
         * SunoVocalRemovalRequest
         * @description Splits a generated track into stems. `separate_vocal` (default): 2 stems, vocals and
         *     instrumental (10 credits). `split_stem`: up to 12 stems, vocals, backing vocals, drums,
         *     bass, guitar, keyboard, strings, brass, woodwinds, percussion, synth, FX/other (50
         *     credits). Every call is charged, also for the same track again.
         */
        SunoVocalRemovalRequest: {
            /**
             * @description Id of the music task (generate or extend).
             * @example 5c79****be8e
             */
            taskId: string;
            /**
             * @description Id of the track to separate.
             * @example e231****-****-****-****-****8cadc7dc
             */
            audioId: string;
            /**
             * @description `separate_vocal`: vocals + instrumental. `split_stem`: up to 12 instrument stems.
             * @default separate_vocal
             * @example separate_vocal
             * @enum {string}
             */
            type?: "separate_vocal" | "split_stem";
            /** @description Required. Receives the separation callback (its fields depend on `type`). Alternatively poll `sunoVocalRemovalRecordInfo`. */
            callBackUrl: components["schemas"]["CallBackUrl"];
        };
        /**
         * SunoVocalRemovalStatus
         * @description `PENDING` waiting; `SUCCESS` separated; `CREATE_TASK_FAILED` the task could not be created; `GENERATE_AUDIO_FAILED` processing failed; `CALLBACK_EXCEPTION` error during the callback.
         * @enum {string}
         */
        SunoVocalRemovalStatus: "PENDING" | "SUCCESS" | "CREATE_TASK_FAILED" | "GENERATE_AUDIO_FAILED" | "CALLBACK_EXCEPTION";
        /**
         * SunoStem
         * @description One separated track of `originData`; its `id` is the `audioId` of `sunoGenerateMidi`.
         */
        SunoStem: {
            /**
             * @description Duration in seconds.
             * @example 339.8
             */
            duration?: number | null;
            /**
             * @description URL of the separated track.
             * @example https://example.mp3
             */
            audio_url?: string | null;
            /**
             * @description Stem group (Vocals, Instrumental, Drums, Bass, ...).
             * @example Vocals
             */
            stem_type_group_name?: string | null;
            /**
             * @description Stem id.
             * @example 8ca376e7-2693-48d2-875d-08aaf2c6dd27
             */
            id?: string | null;
        };
        /**
         * SunoVocalRemovalResult
         * @description Separation result. `separate_vocal`: `instrumentalUrl` and `vocalUrl`, the instrument fields
         *     null. `split_stem`: the instrument fields, `instrumentalUrl` null.
         */
        SunoVocalRemovalResult: {
            id?: string | null;
            /** @description Original audio URL. */
            originUrl?: string | null;
            /** @description The separated tracks. */
            originData?: components["schemas"]["SunoStem"][] | null;
            /** @description Instrumental (separate_vocal only). */
            instrumentalUrl?: string | null;
            /** @description Vocals. */
            vocalUrl?: string | null;
            backingVocalsUrl?: string | null;
            drumsUrl?: string | null;
            bassUrl?: string | null;
            guitarUrl?: string | null;
            pianoUrl?: string | null;
            keyboardUrl?: string | null;
            percussionUrl?: string | null;
            stringsUrl?: string | null;
            synthUrl?: string | null;
            fxUrl?: string | null;
            brassUrl?: string | null;
            woodwindsUrl?: string | null;
        };
        /**
         * SunoVocalRemovalRecord
         * @description Separation task returned by `sunoVocalRemovalRecordInfo`. URLs are set once `successFlag` is `SUCCESS` and kept 14 days.
         */
        SunoVocalRemovalRecord: {
            /** @example 3e63b4cc88d52611159371f6af5571e7 */
            taskId: string;
            musicId?: string | null;
            callbackUrl?: string | null;
            /** @description Track index, 0 or 1. */
            musicIndex?: number | null;
            /**
             * @description Completion time (epoch milliseconds in the page's examples).
             * @example 1753782937000
             */
            completeTime?: string | number | null;
            response?: components["schemas"]["SunoVocalRemovalResult"] | null;
            successFlag: components["schemas"]["SunoVocalRemovalStatus"];
            /** @example 1753782854000 */
            createTime?: string | number | null;
            /** @description Failure code, null otherwise. Documented: 500 internal error. */
            errorCode?: number | null;
            errorMessage?: string | null;
        };
        /**
         * SunoVocalRemovalRecordInfoResponse
         * @description HTTP-200 body of `sunoVocalRemovalRecordInfo`. `code` 200 → `data` is the record; any other code → error.
         */
        SunoVocalRemovalRecordInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SunoVocalRemovalRecord"] | null;
        };
        /**
         * SunoVocalRemovalCallback
         * @description Body POSTed to `callBackUrl` when a separation finishes; the fields of
         *     `vocal_separation_info` depend on `type`. `code`: 200 success; 500 internal error.
         */
        SunoVocalRemovalCallback: {
            code: components["schemas"]["ApiCode"];
            /** @example vocal separation generated successfully. */
            msg: string;
            data: {
                task_id: string;
                vocal_separation_info?: {
                    origin_url?: string | null;
                    vocal_url?: string | null;
                    /** @description separate_vocal only. */
                    instrumental_url?: string | null;
                    backing_vocals_url?: string | null;
                    drums_url?: string | null;
                    bass_url?: string | null;
                    guitar_url?: string | null;
                    keyboard_url?: string | null;
                    percussion_url?: string | null;
                    strings_url?: string | null;
                    synth_url?: string | null;
                    fx_url?: string | null;
                    brass_url?: string | null;
                    woodwinds_url?: string | null;
                } | null;
            };
        };
        /**
         * MidjourneyTaskType
         * @description Generation mode.
         *     Images: `mj_txt2img` text-to-image, `mj_img2img` image-to-image, `mj_style_reference` style
         *     reference, `mj_omni_reference` omni reference (see `ow`).
         *     Videos: `mj_video` image-to-standard-definition video, `mj_video_hd` image-to-high-definition
         *     video (both take `videoBatchSize` and `motion`).
         * @default mj_txt2img
         * @enum {string}
         */
        MidjourneyTaskType: "mj_txt2img" | "mj_img2img" | "mj_style_reference" | "mj_omni_reference" | "mj_video" | "mj_video_hd";
        /**
         * MidjourneySpeed
         * @description Generation speed, the Midjourney speed modes: `relaxed` (slowest, most economical), `fast`,
         *     `turbo` (fastest). Not needed when `taskType` is `mj_video`, `mj_video_hd` or
         *     `mj_omni_reference`.
         * @enum {string}
         */
        MidjourneySpeed: "relaxed" | "fast" | "turbo";
        /**
         * MidjourneyAspectRatio
         * @description Output image or video aspect ratio. `2:1` ultra-wide, `16:9` widescreen, `4:3` standard,
         *     `3:2` classic, `1:1` square, `3:4` portrait, `5:6` portrait, `9:16` mobile portrait,
         *     `2:3` portrait, `6:5` landscape, `1:2` ultra-tall.
         * @enum {string}
         */
        MidjourneyAspectRatio: "1:2" | "9:16" | "2:3" | "3:4" | "5:6" | "6:5" | "4:3" | "3:2" | "1:1" | "16:9" | "2:1";
        /**
         * MidjourneyVersion
         * @description Midjourney model version. The latest model (`7`) is the default; `niji6` is the anime /
         *     illustration model.
         * @enum {string}
         */
        MidjourneyVersion: "7" | "6.1" | "6" | "5.2" | "5.1" | "niji6";
        /**
         * MidjourneyWaterMark
         * @description Watermark identifier; when given, a watermark is added to the generated content.
         * @example my_watermark
         */
        MidjourneyWaterMark: string;
        /**
         * MidjourneyGenerateRequest
         * @description Text-to-image: `taskType` `mj_txt2img` and `prompt`. Image-to-image and image-to-video
         *     (`mj_img2img`, `mj_video`, `mj_video_hd`): add the input image in `fileUrls` (preferred) or
         *     `fileUrl`; a video takes exactly one image. Style and omni references (`mj_style_reference`,
         *     `mj_omni_reference`, with `ow`) take reference images the same way.
         */
        MidjourneyGenerateRequest: {
            taskType: components["schemas"]["MidjourneyTaskType"];
            speed?: components["schemas"]["MidjourneySpeed"];
            /**
             * @description Description of the desired image (or video) content: style, composition, lighting and
             *     other visual elements. Required in every mode; English only (see `enableTranslation`).
             *     At most 2000 characters.
             * @example Help me generate a sci-fi themed fighter jet in a beautiful sky, to be used as a computer wallpaper
             */
            prompt: string;
            /**
             * @description Input image URL (image-to-image and image-to-video). Kept for backward compatibility; use
             *     `fileUrls` instead (send one of the two). The image must be reachable by the API server.
             * @example https://example.com/image.jpg
             */
            fileUrl?: string;
            /**
             * @description Input image URLs (image-to-image and image-to-video); the recommended field (send
             *     `fileUrls` or `fileUrl`). A video (`mj_video`, `mj_video_hd`) takes exactly one image.
             *     The images must be reachable by the API server. Leave empty for text-to-image.
             * @example [
             *       "https://example.com/image.jpg"
             *     ]
             */
            fileUrls?: string[];
            aspectRatio?: components["schemas"]["MidjourneyAspectRatio"];
            version?: components["schemas"]["MidjourneyVersion"];
            /**
             * @description Diversity of the generated images, 0-100, in steps of 5 (0, 5, 10, 15, ...). Higher values
             *     give more diverse results, lower values more consistent ones.
             * @example 10
             */
            variety?: number;
            /**
             * @description Stylization level, 0-1000 (a multiple of 50 is suggested). Higher values give more
             *     stylized results, lower values more realistic ones.
             * @example 1
             */
            stylization?: number;
            /**
             * @description Weirdness level, 0-3000 (a multiple of 100 is suggested). Higher values give more unusual
             *     results, lower values more conventional ones.
             * @example 1
             */
            weirdness?: number;
            /**
             * @description Omni intensity, 1-1000: the strength of the omni reference (only used with `taskType`
             *     `mj_omni_reference`, which puts characters, objects, vehicles or creatures from the
             *     reference image into the creation). Higher values follow the reference more closely.
             * @example 500
             */
            ow?: number;
            waterMark?: components["schemas"]["MidjourneyWaterMark"];
            /**
             * @description Translate a non-English prompt to English automatically (prompts only support English).
             *     Leave false when the prompt is already English.
             * @default false
             * @example false
             */
            enableTranslation?: boolean;
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /**
             * @description Number of videos to generate (1, 2 or 4); only effective for `mj_video` and `mj_video_hd`.
             * @default 1
             * @example 1
             * @enum {integer}
             */
            videoBatchSize?: 1 | 2 | 4;
            /**
             * @description Level of motion in the generated video, `high` (default) or `low`; only effective for
             *     `mj_video` and `mj_video_hd` (the vendor page calls it required there, but gives it a
             *     default and its quickstart omits it).
             * @default high
             * @example high
             * @enum {string}
             */
            motion?: "high" | "low";
        };
        /**
         * MidjourneyImageIndex
         * @description Which of the 4 images of the generation task to use: 0, 1, 2 or 3 (range of the vendor
         *     schema; the Vary page's prose says 1-4, see the operation description).
         * @example 0
         */
        MidjourneyImageIndex: number;
        /**
         * MidjourneyUpscaleRequest
         * @description Upscales one of the 4 images of a Midjourney generation task.
         */
        MidjourneyUpscaleRequest: {
            /**
             * @description The `taskId` of the Midjourney generation task.
             * @example 2584469c38e43c173dcae9e60663f645
             */
            taskId: string;
            imageIndex: components["schemas"]["MidjourneyImageIndex"];
            waterMark?: components["schemas"]["MidjourneyWaterMark"];
            callBackUrl?: components["schemas"]["CallBackUrl"];
        };
        /**
         * MidjourneyVaryRequest
         * @description Creates variations (enhanced clarity, style simulation) of one of the 4 images of a Midjourney generation task.
         */
        MidjourneyVaryRequest: {
            /**
             * @description The `taskId` of the Midjourney generation task.
             * @example 96a5****67tr
             */
            taskId: string;
            imageIndex: components["schemas"]["MidjourneyImageIndex"];
            waterMark?: components["schemas"]["MidjourneyWaterMark"];
            callBackUrl?: components["schemas"]["CallBackUrl"];
        };
        /**
         * MidjourneyVideoExtendTaskType
         * @description `mj_video_extend_manual`: manual extension, `prompt` says how the video continues.
         *     `mj_video_extend_auto`: automatic extension with an AI-generated continuation.
         * @enum {string}
         */
        MidjourneyVideoExtendTaskType: "mj_video_extend_manual" | "mj_video_extend_auto";
        /**
         * MidjourneyExtendVideoRequest
         * @description Extends a video of a Midjourney video task (`taskId` and `index` of the original record).
         *     The extension keeps the original's aspect ratio and style.
         */
        MidjourneyExtendVideoRequest: {
            /**
             * @description What should happen next in the video; required for `mj_video_extend_manual`. At most
             *     2000 characters.
             * @example Continue the scene with the spacecraft accelerating into a colorful nebula with dynamic light trails
             */
            prompt?: string;
            taskType: components["schemas"]["MidjourneyVideoExtendTaskType"];
            /**
             * @description The `taskId` of the original Midjourney video record to extend.
             * @example ee603959-debb-48d1-98c4-a6d1c717eba6
             */
            taskId: string;
            /**
             * @description Index of the video, within the original record, to extend.
             * @example 0
             */
            index: number;
            /**
             * @description Video watermark (optional).
             * @example my_watermark
             */
            waterMark?: string;
            callBackUrl?: components["schemas"]["CallBackUrl"];
        };
        /**
         * MidjourneyCreateResponse
         * @description HTTP-200 body of the four Midjourney creates. `code` 200 → `data.taskId` (read it with `midjourneyRecordInfo`); any other code → error, `data` null or absent.
         */
        MidjourneyCreateResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["TaskCreated"] | null;
        };
        /**
         * MidjourneySuccessFlag
         * @description Task status.
         *     0 GENERATING: the task is being processed.
         *     1 SUCCESS: completed.
         *     2 FAILED: the task failed.
         *     3 GENERATE_FAILED: the task was created but generation failed.
         *     1, 2 and 3 are terminal.
         * @enum {integer}
         */
        MidjourneySuccessFlag: 0 | 1 | 2 | 3;
        /**
         * MidjourneyResultUrl
         * @description One result file.
         */
        MidjourneyResultUrl: {
            /**
             * @description URL of a generated image (or video, for video tasks). Files are kept for 15 days.
             * @example https://tempfile.aiquickdraw.com/v/42ea4a4250571eb18361bd2e309c8e8a_0_0.jpeg
             */
            resultUrl?: string;
        };
        /**
         * MidjourneyResultInfo
         * @description Result of a finished task: `resultUrls` lists one object per file (4 images for an image
         *     generation; the videos of a video task). Despite its name the field is an object, not a JSON
         *     string.
         */
        MidjourneyResultInfo: {
            resultUrls?: components["schemas"]["MidjourneyResultUrl"][] | null;
        };
        /**
         * MidjourneyRecord
         * @description Task details returned by `midjourneyRecordInfo`, for every Midjourney task: generation
         *     (images or videos), upscale, vary and video extension. Timestamps are ISO-8601 strings.
         */
        MidjourneyRecord: {
            /** @example 4edb3cXXXXX5e3f0aa5cc */
            taskId: string;
            /**
             * @description The task type (`mj_txt2img`, `mj_video`, ... for generation tasks).
             * @example mj_txt2img
             */
            taskType?: string | null;
            /**
             * @description The original request parameters, JSON-encoded.
             * @example {"prompt":"Help me generate a sci-fi themed fighter jet in a beautiful sky, to be used as a computer wallpaper","fileUrl":"","taskType":"mj_txt2img","aspectRatio":"16:9","callBackUrl":"https://api.example.com/callback","waterMark":"","stylization":1,"weirdness":1,"version":"7","speed":"relaxed"}
             */
            paramJson?: string | null;
            /**
             * @description Completion time (ISO 8601); absent or null until the task has finished.
             * @example 2024-03-20T10:30:00Z
             */
            completeTime?: string | null;
            /** @description The result; absent or null until the task has succeeded. */
            resultInfoJson?: components["schemas"]["MidjourneyResultInfo"] | null;
            successFlag: components["schemas"]["MidjourneySuccessFlag"];
            /**
             * @description Creation time (ISO 8601).
             * @example 2024-03-20T10:30:00Z
             */
            createTime?: string | null;
            /**
             * @description Failure code; null unless the task failed.
             * @example null
             */
            errorCode?: number | null;
            /**
             * @description Failure message; null unless the task failed.
             * @example null
             */
            errorMessage?: string | null;
        };
        /**
         * MidjourneyRecordInfoResponse
         * @description HTTP-200 body of `midjourneyRecordInfo`. `code` 200 → `data` is the record; any other code → error, `data` null or absent.
         */
        MidjourneyRecordInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["MidjourneyRecord"] | null;
        };
        /**
         * MidjourneyCallback
         * @description Body POSTed to `callBackUrl` when a Midjourney task (generation, upscale, vary or video
         *     extension) succeeds or fails. `code`: 200 success; 500 generation failed or another internal
         *     error. `data.resultUrls` holds the generated image (or video) URLs, empty on failure.
         */
        MidjourneyCallback: {
            /** @description Documented values: 200 success, 500 failure (open set, see ApiCode). */
            code: components["schemas"]["ApiCode"];
            /**
             * @description Status message.
             * @example success
             */
            msg: string;
            data: {
                /**
                 * @description The id returned by the create call.
                 * @example mj_task_12345
                 */
                taskId: string;
                /**
                 * @description The original request parameters, JSON-encoded.
                 * @example {"prompt":"a beautiful landscape","model":"midjourney"}
                 */
                promptJson?: string | null;
                /**
                 * @description Generated image or video URLs on success; empty on failure.
                 * @example [
                 *       "https://example.com/mj_result1.png"
                 *     ]
                 */
                resultUrls?: string[] | null;
            };
        };
        /**
         * LumaModifyRequest
         * @description Modifies an existing video (`videoUrl`) as described by `prompt`. Input video: MP4, MOV or
         *     AVI, at most 500 MB and 10 seconds, publicly reachable.
         */
        LumaModifyRequest: {
            /**
             * @description How the input video should be modified: the visual elements to add or change, as
             *     detailed and specific as possible. English only.
             * @example A futuristic cityscape at night with towering glass spires reaching into a starry sky. Neon lights in blue and purple illuminate the buildings while flying vehicles glide silently between the structures.
             */
            prompt: string;
            /**
             * Format: uri
             * @description URL of the input video, reachable by the API server. Formats MP4, MOV, AVI; at most
             *     500 MB and 10 seconds.
             * @example https://example.com/input-video.mp4
             */
            videoUrl: string;
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /**
             * @description Watermark identifier; when given, a watermark is added to the output video.
             * @example your-watermark-id
             */
            watermark?: string;
        };
        /**
         * LumaModifyResponse
         * @description HTTP-200 body of `lumaModify`. `code` 200 → `data.taskId` (read it with `lumaRecordInfo`); any other code → error, `data` null or absent.
         */
        LumaModifyResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["TaskCreated"] | null;
        };
        /**
         * LumaSuccessFlag
         * @description Task status.
         *     0 GENERATING: the task is being processed.
         *     1 SUCCESS: completed.
         *     2 CREATE_TASK_FAILED: the task could not be created.
         *     3 GENERATE_FAILED: the task was created but generation failed.
         *     4 CALLBACK_FAILED: generation succeeded but the callback delivery failed (the result is
         *     available in the record).
         *     1-4 are terminal.
         * @enum {integer}
         */
        LumaSuccessFlag: 0 | 1 | 2 | 3 | 4;
        /**
         * LumaUrlList
         * @description A list of video URLs; `null` where no result exists.
         */
        LumaUrlList: string[] | null;
        /**
         * LumaRecordResult
         * @description Result of a finished task (`response` of the record); only present once the task has completed.
         */
        LumaRecordResult: {
            /** @example 774d9a7dd608a0e49293903095e45a4c */
            taskId?: string;
            /** @description Original (input) video URLs. */
            originUrls?: components["schemas"]["LumaUrlList"];
            /** @description Generated (modified) video URLs. They are stored temporarily and may expire. */
            resultUrls?: components["schemas"]["LumaUrlList"];
        };
        /**
         * LumaTimestamp
         * Format: int64
         * @description A time as Unix epoch milliseconds; null or absent until known.
         * @example 1755078480000
         */
        LumaTimestamp: number | null;
        /**
         * LumaRecord
         * @description Task details returned by `lumaRecordInfo`. Timestamps are epoch milliseconds in this family.
         */
        LumaRecord: {
            /** @example 774d9a7dd608a0e49293903095e45a4c */
            taskId: string;
            /**
             * @description The original request parameters, JSON-encoded.
             * @example {"callBackUrl":"https://example.com/callback","prompt":"A futuristic cityscape","videoUrl":"https://example.com/video.mp4","waterMark":""}
             */
            paramJson?: string | null;
            /** @description Completion time (epoch ms). */
            completeTime?: components["schemas"]["LumaTimestamp"];
            /** @description The result; only present (non-null) once the task has completed. */
            response?: components["schemas"]["LumaRecordResult"] | null;
            successFlag: components["schemas"]["LumaSuccessFlag"];
            /** @description Creation time (epoch ms). */
            createTime?: components["schemas"]["LumaTimestamp"];
            /**
             * @description Failure code; null unless the task failed.
             * @example null
             */
            errorCode?: number | null;
            /**
             * @description Failure message (for CALLBACK_FAILED, the callback error); null otherwise.
             * @example null
             */
            errorMessage?: string | null;
        };
        /**
         * LumaRecordInfoResponse
         * @description HTTP-200 body of `lumaRecordInfo`. `code` 200 → `data` is the record; any other code → error, `data` null or absent.
         */
        LumaRecordInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["LumaRecord"] | null;
        };
        /**
         * LumaCallback
         * @description Body POSTed to `callBackUrl` when a Luma Modify task succeeds or fails. `code`: 200 success;
         *     500 the video modification failed. `data.resultUrls` is only present on success.
         */
        LumaCallback: {
            /** @description Documented values: 200 success, 500 failure (open set, see ApiCode). */
            code: components["schemas"]["ApiCode"];
            /**
             * @description Status message.
             * @example Modify record generated successfully.
             */
            msg: string;
            data: {
                /**
                 * @description The id returned by the create call.
                 * @example 774d9a7dd608a0e49293903095e45a4c
                 */
                taskId: string;
                /**
                 * @description The original request parameters (prompt, video URL, callback URL, watermark), JSON-encoded.
                 * @example {"callBackUrl":"https://example.com/callback","prompt":"A futuristic cityscape","videoUrl":"https://example.com/video.mp4","waterMark":""}
                 */
                promptJson?: string | null;
                /** @description Generated video URLs; only present on success (code 200). */
                resultUrls?: components["schemas"]["LumaUrlList"];
            };
        };
        /**
         * RunwayDuration
         * @description Video length in seconds: 5 or 10. A 10-second video cannot be 1080p.
         * @example 5
         * @enum {number}
         */
        RunwayDuration: 5 | 10;
        /**
         * RunwayQuality
         * @description Video resolution: `720p` (any duration) or `1080p` (5-second videos only).
         * @example 720p
         * @enum {string}
         */
        RunwayQuality: "720p" | "1080p";
        /**
         * RunwayAspectRatio
         * @description Video aspect ratio. Required for text-to-video; ignored when `imageUrl` is given (the image
         *     decides the ratio). 16:9 widescreen, 4:3 traditional, 1:1 square, 3:4 portrait, 9:16
         *     vertical.
         * @example 9:16
         * @enum {string}
         */
        RunwayAspectRatio: "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
        /**
         * RunwayGenerateRequest
         * @description Text-to-video: send `prompt`, `duration`, `quality` and `aspectRatio`. Image-to-video: add
         *     `imageUrl` (`aspectRatio` is then ignored). A 10-second video cannot be 1080p.
         */
        RunwayGenerateRequest: {
            /**
             * @description What the video shows: subject, action, style and setting. With `imageUrl`, how the image
             *     should be animated or modified. At most 1800 characters.
             * @example A fluffy orange cat dancing energetically in a colorful room with disco lights
             */
            prompt: string;
            /**
             * Format: uri
             * @description Optional reference image URL; the video animates or extends this image.
             * @example https://example.com/cat-image.jpg
             */
            imageUrl?: string;
            duration: components["schemas"]["RunwayDuration"];
            quality: components["schemas"]["RunwayQuality"];
            aspectRatio?: components["schemas"]["RunwayAspectRatio"];
            /**
             * @description Watermark text shown in the bottom right corner of the video; an empty string means no
             *     watermark.
             * @example kie.ai
             */
            waterMark?: string;
            callBackUrl?: components["schemas"]["CallBackUrl"];
        };
        /**
         * RunwayExtendRequest
         * @description Extends a video generated through the Runway API (`taskId` of the original task) with new
         *     content described by `prompt`. The extension keeps the original video's aspect ratio.
         */
        RunwayExtendRequest: {
            /**
             * @description The `taskId` of the original video generation task.
             * @example ee603959-debb-48d1-98c4-a6d1c717eba6
             */
            taskId: string;
            /**
             * @description What should happen next (actions, movements, developments); stay consistent with the
             *     original video.
             * @example The cat continues dancing with more energy and excitement, spinning around with colorful light effects intensifying
             */
            prompt: string;
            quality: components["schemas"]["RunwayQuality"];
            /**
             * @description Watermark text shown in the bottom right corner of the video; an empty string means no
             *     watermark.
             * @example kie.ai
             */
            waterMark?: string;
            callBackUrl?: components["schemas"]["CallBackUrl"];
        };
        /**
         * RunwayGenerateResponse
         * @description HTTP-200 body of `runwayGenerate` and `runwayExtend`. `code` 200 → `data.taskId`; any other code → error, `data` null or absent.
         */
        RunwayGenerateResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["TaskCreated"] | null;
        };
        /**
         * RunwayState
         * @description Task status.
         *     `wait`: submitted, not yet queued.
         *     `queueing`: waiting in the processing queue.
         *     `generating`: the video is being generated.
         *     `success`: the video was generated (terminal).
         *     `fail`: the generation failed (terminal).
         * @enum {string}
         */
        RunwayState: "wait" | "queueing" | "generating" | "success" | "fail";
        /**
         * RunwayGenerateParam
         * @description The parameters the video was generated or extended with.
         */
        RunwayGenerateParam: {
            /**
             * @description Text prompt of the generation.
             * @example A fluffy orange cat dancing energetically in a colorful room with disco lights
             */
            prompt?: string | null;
            /**
             * @description Reference image of the generation, or the frame an extension began from.
             * @example https://example.com/image.jpg
             */
            imageUrl?: string | null;
            /**
             * @description Whether AI prompt enhancement was used.
             * @example true
             */
            expandPrompt?: boolean | null;
        };
        /**
         * RunwayVideoInfo
         * @description The generated video, once `state` is `success`.
         */
        RunwayVideoInfo: {
            /**
             * @description Id of the generated video file.
             * @example 485da89c-7fca-4340-8c04-101025b2ae71
             */
            videoId?: string;
            /**
             * @description The task the video belongs to.
             * @example ee603959-debb-48d1-98c4-a6d1c717eba6
             */
            taskId?: string;
            /**
             * @description Video URL, valid for 14 days.
             * @example https://file.com/k/xxxxxxx.mp4
             */
            videoUrl?: string;
            /**
             * @description Cover (thumbnail) image of the video.
             * @example https://file.com/m/xxxxxxxx.png
             */
            imageUrl?: string;
        };
        /**
         * RunwayRecord
         * @description Task details returned by `runwayRecordDetail`, for generation and extension tasks alike
         *     (`parentTaskId` names the original task of an extension). Video links are valid for 14 days;
         *     `expireFlag` is 1 once they have expired.
         */
        RunwayRecord: {
            /** @example ee603959-debb-48d1-98c4-a6d1c717eba6 */
            taskId: string;
            /**
             * @description Extension tasks only; the task id of the extended video. Empty for generation tasks.
             * @example
             */
            parentTaskId?: string | null;
            generateParam?: components["schemas"]["RunwayGenerateParam"] | null;
            state: components["schemas"]["RunwayState"];
            /**
             * @description Generation time, `"YYYY-MM-DD HH:mm:ss"`. Documented as the completion time; the
             *     quickstart also reads it while the task is still waiting or generating.
             * @example 2023-08-15 14:30:45
             */
            generateTime?: string | null;
            /** @description The video; available when `state` is `success`. */
            videoInfo?: components["schemas"]["RunwayVideoInfo"] | null;
            /**
             * @description Failure code. Documented value 400, with messages such as: inappropriate content
             *     detected; incorrect image format; HD quality free trials complete; reached the limit for
             *     concurrent generations; unsupported width or height; upload failed due to network
             *     reasons; prompt caught by the AI moderator; prompt longer than 2048 characters; NSFW
             *     prompt.
             * @example 400
             */
            failCode?: number | null;
            /**
             * @description Why the task failed.
             * @example Generation failed, please try again later
             */
            failMsg?: string | null;
            /**
             * @description 0: the video is still available; 1: expired (links are valid for 14 days).
             * @example 0
             * @enum {integer|null}
             */
            expireFlag?: 0 | 1 | null;
        };
        /**
         * RunwayRecordDetailResponse
         * @description HTTP-200 body of `runwayRecordDetail`. `code` 200 → `data` is the record; any other code → error, `data` null or absent.
         */
        RunwayRecordDetailResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["RunwayRecord"] | null;
        };
        /**
         * RunwayCallback
         * @description Body POSTed to `callBackUrl` when a Runway generation or extension task finishes. `code`:
         *     200 success; 400 client error (get image info failed, inappropriate content, incorrect image
         *     format, membership or concurrency limit, unsupported width or height, upload failed, prompt
         *     caught by the AI moderator, prompt longer than 2048 characters, NSFW prompt); 500 server
         *     error. On failure the URLs are empty strings or absent.
         */
        RunwayCallback: {
            /** @description Documented values: 200 success, 400 client error, 500 server error (open set, see ApiCode). */
            code: components["schemas"]["ApiCode"];
            /** @example All generated successfully. */
            msg: string;
            data: {
                /**
                 * @description The id returned by `runwayGenerate` or `runwayExtend`.
                 * @example ee603959-debb-48d1-98c4-a6d1c717eba6
                 */
                task_id: string;
                /**
                 * @description Id of the generated video; empty or absent on failure.
                 * @example 485da89c-7fca-4340-8c04-101025b2ae71
                 */
                video_id?: string;
                /**
                 * @description Video URL, valid for 14 days; empty or absent on failure.
                 * @example https://file.com/k/xxxxxxx.mp4
                 */
                video_url?: string;
                /**
                 * @description Cover image URL of the video; empty or absent on failure.
                 * @example https://file.com/m/xxxxxxxx.png
                 */
                image_url?: string;
            };
        };
        /**
         * AlephAspectRatio
         * @description Output video aspect ratio.
         * @example 16:9
         * @enum {string}
         */
        AlephAspectRatio: "16:9" | "9:16" | "4:3" | "3:4" | "1:1" | "21:9";
        /**
         * AlephGenerateRequest
         * @description Video-to-video with the Runway Aleph model: `videoUrl` is transformed as `prompt` describes.
         *     `referenceImage` optionally steers the style or content.
         */
        AlephGenerateRequest: {
            /**
             * @description How to transform the video: subject, action, style and setting.
             * @example A majestic eagle soaring through mountain clouds at sunset with cinematic camera movement
             */
            prompt: string;
            /**
             * Format: uri
             * @description URL of the input video to transform.
             * @example https://example.com/input-video.mp4
             */
            videoUrl: string;
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /**
             * @description Watermark text shown in the video; an empty string means no watermark.
             * @example kie.ai
             */
            waterMark?: string;
            /**
             * @description Upload region for the result; true uses Alibaba Cloud OSS (China), false the overseas R2 servers.
             * @default false
             * @example false
             */
            uploadCn?: boolean;
            aspectRatio?: components["schemas"]["AlephAspectRatio"];
            /**
             * @description Random seed, for reproducible generation.
             * @example 123456
             */
            seed?: number;
            /**
             * Format: uri
             * @description Reference image URL that influences the style or content of the output.
             * @example https://example.com/reference.jpg
             */
            referenceImage?: string;
        };
        /**
         * AlephGenerateResponse
         * @description HTTP-200 body of `alephGenerate`. `code` 200 → `data.taskId`; any other code → error, `data` null or absent.
         */
        AlephGenerateResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["TaskCreated"] | null;
        };
        /**
         * AlephSuccessFlag
         * @description Task status. 1: success. 0: failed or still in progress (a failed task carries a non-zero
         *     `errorCode`).
         * @enum {integer}
         */
        AlephSuccessFlag: 0 | 1;
        /**
         * AlephTimestamp
         * @description A time; an ISO-8601 string in the docs' example.
         * @example 2023-08-15T14:30:45Z
         */
        AlephTimestamp: string | null;
        /**
         * AlephRecordResult
         * @description The generated video (`response` of the record).
         */
        AlephRecordResult: {
            /** @example ee603959-debb-48d1-98c4-a6d1c717eba6 */
            taskId?: string;
            /**
             * @description Video URL, valid for 14 days.
             * @example https://file.com/k/xxxxxxx.mp4
             */
            resultVideoUrl?: string | null;
            /**
             * @description Thumbnail image of the video.
             * @example https://file.com/m/xxxxxxxx.png
             */
            resultImageUrl?: string | null;
        };
        /**
         * AlephRecord
         * @description Task details returned by `alephRecordInfo`.
         */
        AlephRecord: {
            /** @example ee603959-debb-48d1-98c4-a6d1c717eba6 */
            taskId: string;
            /**
             * @description The original request parameters, JSON-encoded.
             * @example {"prompt":"A majestic eagle soaring through mountain clouds at sunset","videoUrl":"https://example.com/input-video.mp4"}
             */
            paramJson?: string | null;
            /** @description The result; absent or null until the task has succeeded. */
            response?: components["schemas"]["AlephRecordResult"] | null;
            /** @description Completion time. */
            completeTime?: components["schemas"]["AlephTimestamp"];
            /** @description Creation time. */
            createTime?: components["schemas"]["AlephTimestamp"];
            successFlag: components["schemas"]["AlephSuccessFlag"];
            /**
             * @description Failure code; 0 when successful.
             * @example 0
             */
            errorCode?: number | null;
            /**
             * @description Why the task failed; empty when successful.
             * @example
             */
            errorMessage?: string | null;
        };
        /**
         * AlephRecordInfoResponse
         * @description HTTP-200 body of `alephRecordInfo`. `code` 200 → `data` is the record; any other code → error, `data` null or absent.
         */
        AlephRecordInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["AlephRecord"] | null;
        };
        /**
         * AlephCallbackData
         * @description The result in an Aleph callback. The callback page sends `result_video_url` and
         *     `result_image_url`; the generate page's callback schema (copied from Runway) sends `task_id`,
         *     `video_id`, `video_url` and `image_url`. Both spellings are accepted.
         */
        AlephCallbackData: {
            /**
             * @description Video URL, valid for 14 days (callback page).
             * @example https://file.com/k/xxxxxxx.mp4
             */
            result_video_url?: string;
            /**
             * @description Thumbnail image of the video (callback page).
             * @example https://file.com/m/xxxxxxxx.png
             */
            result_image_url?: string;
            /**
             * @description Task id (generate page's callback schema).
             * @example ee603959-debb-48d1-98c4-a6d1c717eba6
             */
            task_id?: string;
            /**
             * @description Video id (generate page's callback schema).
             * @example 485da89c-7fca-4340-8c04-101025b2ae71
             */
            video_id?: string;
            /**
             * @description Video URL, valid for 14 days (generate page's callback schema).
             * @example https://file.com/k/xxxxxxx.mp4
             */
            video_url?: string;
            /**
             * @description Cover image URL (generate page's callback schema).
             * @example https://file.com/m/xxxxxxxx.png
             */
            image_url?: string;
        };
        /**
         * AlephCallback
         * @description Body POSTed to `callBackUrl` when an Aleph task finishes. `code`: 200 success; 400 failed
         *     (content policy or technical issue: inappropriate content, incorrect image format,
         *     membership or concurrency limit, unsupported width or height, upload failed, prompt caught by
         *     the AI moderator, prompt longer than 2048 characters, NSFW prompt); 500 server error (listed
         *     by the generate page only).
         *
         *     The callback page puts the task id at the top level (`taskId`) and `data` is null on
         *     failure; the generate page's callback schema has `data.task_id` instead. One of the two is
         *     required.
         */
        AlephCallback: {
            /** @description Documented values: 200 success, 400 failure, 500 server error (open set, see ApiCode). */
            code: components["schemas"]["ApiCode"];
            /** @example success */
            msg: string;
            /** @description The result on success; null on failure. */
            data?: components["schemas"]["AlephCallbackData"] | null;
            /**
             * @description The id returned by `alephGenerate` (callback page).
             * @example ee603959-debb-48d1-98c4-a6d1c717eba6
             */
            taskId?: string;
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
        VeoCallbackRequest: {
            content: {
                "application/json": components["schemas"]["VeoCallback"];
            };
        };
        MidjourneyCallbackRequest: {
            content: {
                "application/json": components["schemas"]["MidjourneyCallback"];
            };
        };
        LumaCallbackRequest: {
            content: {
                "application/json": components["schemas"]["LumaCallback"];
            };
        };
        RunwayCallbackRequest: {
            content: {
                "application/json": components["schemas"]["RunwayCallback"];
            };
        };
        AlephCallbackRequest: {
            content: {
                "application/json": components["schemas"]["AlephCallback"];
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
export type SchemaGenericMarketTask = components['schemas']['GenericMarketTask'];
export type SchemaMarketTaskCreated = components['schemas']['MarketTaskCreated'];
export type SchemaMarketCreateTaskResponse = components['schemas']['MarketCreateTaskResponse'];
export type SchemaMarketState = components['schemas']['MarketState'];
export type SchemaMarketRecord = components['schemas']['MarketRecord'];
export type SchemaMarketRecordInfoEnvelope = components['schemas']['MarketRecordInfoEnvelope'];
export type SchemaMarketRecordInfoResponse = components['schemas']['MarketRecordInfoResponse'];
export type SchemaMarketCallback = components['schemas']['MarketCallback'];
export type SchemaMarketCallbackData = components['schemas']['MarketCallbackData'];
export type SchemaBytedanceSeedance15ProInput = components['schemas']['BytedanceSeedance15ProInput'];
export type SchemaBytedanceSeedance15ProTask = components['schemas']['BytedanceSeedance15ProTask'];
export type SchemaBytedanceSeedance2Input = components['schemas']['BytedanceSeedance2Input'];
export type SchemaBytedanceSeedance2Task = components['schemas']['BytedanceSeedance2Task'];
export type SchemaBytedanceSeedance25Input = components['schemas']['BytedanceSeedance25Input'];
export type SchemaBytedanceSeedance25Task = components['schemas']['BytedanceSeedance25Task'];
export type SchemaBytedanceSeedance2FastInput = components['schemas']['BytedanceSeedance2FastInput'];
export type SchemaBytedanceSeedance2FastTask = components['schemas']['BytedanceSeedance2FastTask'];
export type SchemaBytedanceV1LiteImageToVideoInput = components['schemas']['BytedanceV1LiteImageToVideoInput'];
export type SchemaBytedanceV1LiteImageToVideoTask = components['schemas']['BytedanceV1LiteImageToVideoTask'];
export type SchemaBytedanceV1LiteTextToVideoInput = components['schemas']['BytedanceV1LiteTextToVideoInput'];
export type SchemaBytedanceV1LiteTextToVideoTask = components['schemas']['BytedanceV1LiteTextToVideoTask'];
export type SchemaBytedanceV1ProFastImageToVideoInput = components['schemas']['BytedanceV1ProFastImageToVideoInput'];
export type SchemaBytedanceV1ProFastImageToVideoTask = components['schemas']['BytedanceV1ProFastImageToVideoTask'];
export type SchemaBytedanceV1ProImageToVideoInput = components['schemas']['BytedanceV1ProImageToVideoInput'];
export type SchemaBytedanceV1ProImageToVideoTask = components['schemas']['BytedanceV1ProImageToVideoTask'];
export type SchemaBytedanceV1ProTextToVideoInput = components['schemas']['BytedanceV1ProTextToVideoInput'];
export type SchemaBytedanceV1ProTextToVideoTask = components['schemas']['BytedanceV1ProTextToVideoTask'];
export type SchemaElevenlabsAudioIsolationInput = components['schemas']['ElevenlabsAudioIsolationInput'];
export type SchemaElevenlabsAudioIsolationTask = components['schemas']['ElevenlabsAudioIsolationTask'];
export type SchemaElevenlabsSoundEffectV2Input = components['schemas']['ElevenlabsSoundEffectV2Input'];
export type SchemaElevenlabsSoundEffectV2Task = components['schemas']['ElevenlabsSoundEffectV2Task'];
export type SchemaElevenlabsSpeechToTextInput = components['schemas']['ElevenlabsSpeechToTextInput'];
export type SchemaElevenlabsSpeechToTextTask = components['schemas']['ElevenlabsSpeechToTextTask'];
export type SchemaElevenlabsTextToDialogueV3Input = components['schemas']['ElevenlabsTextToDialogueV3Input'];
export type SchemaElevenlabsTextToDialogueV3Task = components['schemas']['ElevenlabsTextToDialogueV3Task'];
export type SchemaElevenlabsTextToSpeechMultilingualV2Input = components['schemas']['ElevenlabsTextToSpeechMultilingualV2Input'];
export type SchemaElevenlabsTextToSpeechMultilingualV2Task = components['schemas']['ElevenlabsTextToSpeechMultilingualV2Task'];
export type SchemaElevenlabsTextToSpeechTurbo25Input = components['schemas']['ElevenlabsTextToSpeechTurbo25Input'];
export type SchemaElevenlabsTextToSpeechTurbo25Task = components['schemas']['ElevenlabsTextToSpeechTurbo25Task'];
export type SchemaFlux2FlexImageToImageInput = components['schemas']['Flux2FlexImageToImageInput'];
export type SchemaFlux2FlexImageToImageTask = components['schemas']['Flux2FlexImageToImageTask'];
export type SchemaFlux2FlexTextToImageInput = components['schemas']['Flux2FlexTextToImageInput'];
export type SchemaFlux2FlexTextToImageTask = components['schemas']['Flux2FlexTextToImageTask'];
export type SchemaFlux2ProImageToImageInput = components['schemas']['Flux2ProImageToImageInput'];
export type SchemaFlux2ProImageToImageTask = components['schemas']['Flux2ProImageToImageTask'];
export type SchemaFlux2ProTextToImageInput = components['schemas']['Flux2ProTextToImageInput'];
export type SchemaFlux2ProTextToImageTask = components['schemas']['Flux2ProTextToImageTask'];
export type SchemaGeminiOmniVideoInput = components['schemas']['GeminiOmniVideoInput'];
export type SchemaGeminiOmniVideoTask = components['schemas']['GeminiOmniVideoTask'];
export type SchemaGoogleGemini31FlashTtsInput = components['schemas']['GoogleGemini31FlashTtsInput'];
export type SchemaGoogleGemini31FlashTtsTask = components['schemas']['GoogleGemini31FlashTtsTask'];
export type SchemaGoogleImagen4Input = components['schemas']['GoogleImagen4Input'];
export type SchemaGoogleImagen4Task = components['schemas']['GoogleImagen4Task'];
export type SchemaGoogleImagen4FastInput = components['schemas']['GoogleImagen4FastInput'];
export type SchemaGoogleImagen4FastTask = components['schemas']['GoogleImagen4FastTask'];
export type SchemaGoogleImagen4UltraInput = components['schemas']['GoogleImagen4UltraInput'];
export type SchemaGoogleImagen4UltraTask = components['schemas']['GoogleImagen4UltraTask'];
export type SchemaGoogleNanoBananaInput = components['schemas']['GoogleNanoBananaInput'];
export type SchemaGoogleNanoBananaTask = components['schemas']['GoogleNanoBananaTask'];
export type SchemaGoogleNanoBananaEditInput = components['schemas']['GoogleNanoBananaEditInput'];
export type SchemaGoogleNanoBananaEditTask = components['schemas']['GoogleNanoBananaEditTask'];
export type SchemaNanoBanana2Input = components['schemas']['NanoBanana2Input'];
export type SchemaNanoBanana2Task = components['schemas']['NanoBanana2Task'];
export type SchemaNanoBananaProInput = components['schemas']['NanoBananaProInput'];
export type SchemaNanoBananaProTask = components['schemas']['NanoBananaProTask'];
export type SchemaGptImage2ImageToImageInput = components['schemas']['GptImage2ImageToImageInput'];
export type SchemaGptImage2ImageToImageTask = components['schemas']['GptImage2ImageToImageTask'];
export type SchemaGptImage2TextToImageInput = components['schemas']['GptImage2TextToImageInput'];
export type SchemaGptImage2TextToImageTask = components['schemas']['GptImage2TextToImageTask'];
export type SchemaGptImage15ImageToImageInput = components['schemas']['GptImage15ImageToImageInput'];
export type SchemaGptImage15ImageToImageTask = components['schemas']['GptImage15ImageToImageTask'];
export type SchemaGptImage15TextToImageInput = components['schemas']['GptImage15TextToImageInput'];
export type SchemaGptImage15TextToImageTask = components['schemas']['GptImage15TextToImageTask'];
export type SchemaGrokImagineExtendInput = components['schemas']['GrokImagineExtendInput'];
export type SchemaGrokImagineExtendTask = components['schemas']['GrokImagineExtendTask'];
export type SchemaGrokImagineImageToImageInput = components['schemas']['GrokImagineImageToImageInput'];
export type SchemaGrokImagineImageToImageTask = components['schemas']['GrokImagineImageToImageTask'];
export type SchemaGrokImagineImageToVideoInput = components['schemas']['GrokImagineImageToVideoInput'];
export type SchemaGrokImagineImageToVideoTask = components['schemas']['GrokImagineImageToVideoTask'];
export type SchemaGrokImagineTextToImageInput = components['schemas']['GrokImagineTextToImageInput'];
export type SchemaGrokImagineTextToImageTask = components['schemas']['GrokImagineTextToImageTask'];
export type SchemaGrokImagineTextToVideoInput = components['schemas']['GrokImagineTextToVideoInput'];
export type SchemaGrokImagineTextToVideoTask = components['schemas']['GrokImagineTextToVideoTask'];
export type SchemaGrokImagineUpscaleInput = components['schemas']['GrokImagineUpscaleInput'];
export type SchemaGrokImagineUpscaleTask = components['schemas']['GrokImagineUpscaleTask'];
export type SchemaHailuo02ImageToVideoProInput = components['schemas']['Hailuo02ImageToVideoProInput'];
export type SchemaHailuo02ImageToVideoProTask = components['schemas']['Hailuo02ImageToVideoProTask'];
export type SchemaHailuo02ImageToVideoStandardInput = components['schemas']['Hailuo02ImageToVideoStandardInput'];
export type SchemaHailuo02ImageToVideoStandardTask = components['schemas']['Hailuo02ImageToVideoStandardTask'];
export type SchemaHailuo02TextToVideoProInput = components['schemas']['Hailuo02TextToVideoProInput'];
export type SchemaHailuo02TextToVideoProTask = components['schemas']['Hailuo02TextToVideoProTask'];
export type SchemaHailuo02TextToVideoStandardInput = components['schemas']['Hailuo02TextToVideoStandardInput'];
export type SchemaHailuo02TextToVideoStandardTask = components['schemas']['Hailuo02TextToVideoStandardTask'];
export type SchemaHailuo23ImageToVideoProInput = components['schemas']['Hailuo23ImageToVideoProInput'];
export type SchemaHailuo23ImageToVideoProTask = components['schemas']['Hailuo23ImageToVideoProTask'];
export type SchemaHailuo23ImageToVideoStandardInput = components['schemas']['Hailuo23ImageToVideoStandardInput'];
export type SchemaHailuo23ImageToVideoStandardTask = components['schemas']['Hailuo23ImageToVideoStandardTask'];
export type SchemaHappyhorse11ImageToVideoInput = components['schemas']['Happyhorse11ImageToVideoInput'];
export type SchemaHappyhorse11ImageToVideoTask = components['schemas']['Happyhorse11ImageToVideoTask'];
export type SchemaHappyhorseImageToVideoInput = components['schemas']['HappyhorseImageToVideoInput'];
export type SchemaHappyhorseImageToVideoTask = components['schemas']['HappyhorseImageToVideoTask'];
export type SchemaHappyhorseReferenceToVideoInput = components['schemas']['HappyhorseReferenceToVideoInput'];
export type SchemaHappyhorseReferenceToVideoTask = components['schemas']['HappyhorseReferenceToVideoTask'];
export type SchemaHappyhorseTextToVideoInput = components['schemas']['HappyhorseTextToVideoInput'];
export type SchemaHappyhorseTextToVideoTask = components['schemas']['HappyhorseTextToVideoTask'];
export type SchemaHappyhorseVideoEditInput = components['schemas']['HappyhorseVideoEditInput'];
export type SchemaHappyhorseVideoEditTask = components['schemas']['HappyhorseVideoEditTask'];
export type SchemaIdeogramCharacterInput = components['schemas']['IdeogramCharacterInput'];
export type SchemaIdeogramCharacterTask = components['schemas']['IdeogramCharacterTask'];
export type SchemaIdeogramCharacterEditInput = components['schemas']['IdeogramCharacterEditInput'];
export type SchemaIdeogramCharacterEditTask = components['schemas']['IdeogramCharacterEditTask'];
export type SchemaIdeogramCharacterRemixInput = components['schemas']['IdeogramCharacterRemixInput'];
export type SchemaIdeogramCharacterRemixTask = components['schemas']['IdeogramCharacterRemixTask'];
export type SchemaIdeogramV3EditInput = components['schemas']['IdeogramV3EditInput'];
export type SchemaIdeogramV3EditTask = components['schemas']['IdeogramV3EditTask'];
export type SchemaIdeogramV3ReframeInput = components['schemas']['IdeogramV3ReframeInput'];
export type SchemaIdeogramV3ReframeTask = components['schemas']['IdeogramV3ReframeTask'];
export type SchemaIdeogramV3RemixInput = components['schemas']['IdeogramV3RemixInput'];
export type SchemaIdeogramV3RemixTask = components['schemas']['IdeogramV3RemixTask'];
export type SchemaIdeogramV3TextToImageInput = components['schemas']['IdeogramV3TextToImageInput'];
export type SchemaIdeogramV3TextToImageTask = components['schemas']['IdeogramV3TextToImageTask'];
export type SchemaInfinitalkFromAudioInput = components['schemas']['InfinitalkFromAudioInput'];
export type SchemaInfinitalkFromAudioTask = components['schemas']['InfinitalkFromAudioTask'];
export type SchemaKling26ImageToVideoInput = components['schemas']['Kling26ImageToVideoInput'];
export type SchemaKling26ImageToVideoTask = components['schemas']['Kling26ImageToVideoTask'];
export type SchemaKling26MotionControlInput = components['schemas']['Kling26MotionControlInput'];
export type SchemaKling26MotionControlTask = components['schemas']['Kling26MotionControlTask'];
export type SchemaKling26TextToVideoInput = components['schemas']['Kling26TextToVideoInput'];
export type SchemaKling26TextToVideoTask = components['schemas']['Kling26TextToVideoTask'];
export type SchemaKling30OmniImageToVideoInput = components['schemas']['Kling30OmniImageToVideoInput'];
export type SchemaKling30OmniImageToVideoTask = components['schemas']['Kling30OmniImageToVideoTask'];
export type SchemaKling30OmniTextToVideoInput = components['schemas']['Kling30OmniTextToVideoInput'];
export type SchemaKling30OmniTextToVideoTask = components['schemas']['Kling30OmniTextToVideoTask'];
export type SchemaKling30MotionControlInput = components['schemas']['Kling30MotionControlInput'];
export type SchemaKling30MotionControlTask = components['schemas']['Kling30MotionControlTask'];
export type SchemaKling30VideoInput = components['schemas']['Kling30VideoInput'];
export type SchemaKling30VideoTask = components['schemas']['Kling30VideoTask'];
export type SchemaKlingAiAvatarProInput = components['schemas']['KlingAiAvatarProInput'];
export type SchemaKlingAiAvatarProTask = components['schemas']['KlingAiAvatarProTask'];
export type SchemaKlingAiAvatarStandardInput = components['schemas']['KlingAiAvatarStandardInput'];
export type SchemaKlingAiAvatarStandardTask = components['schemas']['KlingAiAvatarStandardTask'];
export type SchemaKlingV21MasterImageToVideoInput = components['schemas']['KlingV21MasterImageToVideoInput'];
export type SchemaKlingV21MasterImageToVideoTask = components['schemas']['KlingV21MasterImageToVideoTask'];
export type SchemaKlingV21MasterTextToVideoInput = components['schemas']['KlingV21MasterTextToVideoInput'];
export type SchemaKlingV21MasterTextToVideoTask = components['schemas']['KlingV21MasterTextToVideoTask'];
export type SchemaKlingV21ProInput = components['schemas']['KlingV21ProInput'];
export type SchemaKlingV21ProTask = components['schemas']['KlingV21ProTask'];
export type SchemaKlingV21StandardInput = components['schemas']['KlingV21StandardInput'];
export type SchemaKlingV21StandardTask = components['schemas']['KlingV21StandardTask'];
export type SchemaKlingV25TurboImageToVideoProInput = components['schemas']['KlingV25TurboImageToVideoProInput'];
export type SchemaKlingV25TurboImageToVideoProTask = components['schemas']['KlingV25TurboImageToVideoProTask'];
export type SchemaKlingV25TurboTextToVideoProInput = components['schemas']['KlingV25TurboTextToVideoProInput'];
export type SchemaKlingV25TurboTextToVideoProTask = components['schemas']['KlingV25TurboTextToVideoProTask'];
export type SchemaOmnihuman15HumanIdentificationInput = components['schemas']['Omnihuman15HumanIdentificationInput'];
export type SchemaOmnihuman15HumanIdentificationTask = components['schemas']['Omnihuman15HumanIdentificationTask'];
export type SchemaPixverseV6ExtendInput = components['schemas']['PixverseV6ExtendInput'];
export type SchemaPixverseV6ExtendTask = components['schemas']['PixverseV6ExtendTask'];
export type SchemaQwenImageEditInput = components['schemas']['QwenImageEditInput'];
export type SchemaQwenImageEditTask = components['schemas']['QwenImageEditTask'];
export type SchemaQwenImageToImageInput = components['schemas']['QwenImageToImageInput'];
export type SchemaQwenImageToImageTask = components['schemas']['QwenImageToImageTask'];
export type SchemaQwenTextToImageInput = components['schemas']['QwenTextToImageInput'];
export type SchemaQwenTextToImageTask = components['schemas']['QwenTextToImageTask'];
export type SchemaQwen2ImageEditInput = components['schemas']['Qwen2ImageEditInput'];
export type SchemaQwen2ImageEditTask = components['schemas']['Qwen2ImageEditTask'];
export type SchemaQwen2TextToImageInput = components['schemas']['Qwen2TextToImageInput'];
export type SchemaQwen2TextToImageTask = components['schemas']['Qwen2TextToImageTask'];
export type SchemaRecraftCrispUpscaleInput = components['schemas']['RecraftCrispUpscaleInput'];
export type SchemaRecraftCrispUpscaleTask = components['schemas']['RecraftCrispUpscaleTask'];
export type SchemaRecraftRemoveBackgroundInput = components['schemas']['RecraftRemoveBackgroundInput'];
export type SchemaRecraftRemoveBackgroundTask = components['schemas']['RecraftRemoveBackgroundTask'];
export type SchemaBytedanceSeedreamInput = components['schemas']['BytedanceSeedreamInput'];
export type SchemaBytedanceSeedreamTask = components['schemas']['BytedanceSeedreamTask'];
export type SchemaBytedanceSeedreamV4EditInput = components['schemas']['BytedanceSeedreamV4EditInput'];
export type SchemaBytedanceSeedreamV4EditTask = components['schemas']['BytedanceSeedreamV4EditTask'];
export type SchemaBytedanceSeedreamV4TextToImageInput = components['schemas']['BytedanceSeedreamV4TextToImageInput'];
export type SchemaBytedanceSeedreamV4TextToImageTask = components['schemas']['BytedanceSeedreamV4TextToImageTask'];
export type SchemaSeedream45EditInput = components['schemas']['Seedream45EditInput'];
export type SchemaSeedream45EditTask = components['schemas']['Seedream45EditTask'];
export type SchemaSeedream45TextToImageInput = components['schemas']['Seedream45TextToImageInput'];
export type SchemaSeedream45TextToImageTask = components['schemas']['Seedream45TextToImageTask'];
export type SchemaSeedream5LiteImageToImageInput = components['schemas']['Seedream5LiteImageToImageInput'];
export type SchemaSeedream5LiteImageToImageTask = components['schemas']['Seedream5LiteImageToImageTask'];
export type SchemaSeedream5LiteTextToImageInput = components['schemas']['Seedream5LiteTextToImageInput'];
export type SchemaSeedream5LiteTextToImageTask = components['schemas']['Seedream5LiteTextToImageTask'];
export type SchemaSora2CharactersInput = components['schemas']['Sora2CharactersInput'];
export type SchemaSora2CharactersTask = components['schemas']['Sora2CharactersTask'];
export type SchemaSora2CharactersProInput = components['schemas']['Sora2CharactersProInput'];
export type SchemaSora2CharactersProTask = components['schemas']['Sora2CharactersProTask'];
export type SchemaSora2ImageToVideoInput = components['schemas']['Sora2ImageToVideoInput'];
export type SchemaSora2ImageToVideoTask = components['schemas']['Sora2ImageToVideoTask'];
export type SchemaSora2ProImageToVideoInput = components['schemas']['Sora2ProImageToVideoInput'];
export type SchemaSora2ProImageToVideoTask = components['schemas']['Sora2ProImageToVideoTask'];
export type SchemaSora2ProStoryboardInput = components['schemas']['Sora2ProStoryboardInput'];
export type SchemaSora2ProStoryboardTask = components['schemas']['Sora2ProStoryboardTask'];
export type SchemaSora2ProTextToVideoInput = components['schemas']['Sora2ProTextToVideoInput'];
export type SchemaSora2ProTextToVideoTask = components['schemas']['Sora2ProTextToVideoTask'];
export type SchemaSora2TextToVideoInput = components['schemas']['Sora2TextToVideoInput'];
export type SchemaSora2TextToVideoTask = components['schemas']['Sora2TextToVideoTask'];
export type SchemaSoraWatermarkRemoverInput = components['schemas']['SoraWatermarkRemoverInput'];
export type SchemaSoraWatermarkRemoverTask = components['schemas']['SoraWatermarkRemoverTask'];
export type SchemaTopazImageUpscaleInput = components['schemas']['TopazImageUpscaleInput'];
export type SchemaTopazImageUpscaleTask = components['schemas']['TopazImageUpscaleTask'];
export type SchemaTopazVideoUpscaleInput = components['schemas']['TopazVideoUpscaleInput'];
export type SchemaTopazVideoUpscaleTask = components['schemas']['TopazVideoUpscaleTask'];
export type SchemaWan22A14bImageToVideoTurboInput = components['schemas']['Wan22A14bImageToVideoTurboInput'];
export type SchemaWan22A14bImageToVideoTurboTask = components['schemas']['Wan22A14bImageToVideoTurboTask'];
export type SchemaWan22A14bSpeechToVideoTurboInput = components['schemas']['Wan22A14bSpeechToVideoTurboInput'];
export type SchemaWan22A14bSpeechToVideoTurboTask = components['schemas']['Wan22A14bSpeechToVideoTurboTask'];
export type SchemaWan22A14bTextToVideoTurboInput = components['schemas']['Wan22A14bTextToVideoTurboInput'];
export type SchemaWan22A14bTextToVideoTurboTask = components['schemas']['Wan22A14bTextToVideoTurboTask'];
export type SchemaWan22AnimateMoveInput = components['schemas']['Wan22AnimateMoveInput'];
export type SchemaWan22AnimateMoveTask = components['schemas']['Wan22AnimateMoveTask'];
export type SchemaWan22AnimateReplaceInput = components['schemas']['Wan22AnimateReplaceInput'];
export type SchemaWan22AnimateReplaceTask = components['schemas']['Wan22AnimateReplaceTask'];
export type SchemaWan25ImageToVideoInput = components['schemas']['Wan25ImageToVideoInput'];
export type SchemaWan25ImageToVideoTask = components['schemas']['Wan25ImageToVideoTask'];
export type SchemaWan25TextToVideoInput = components['schemas']['Wan25TextToVideoInput'];
export type SchemaWan25TextToVideoTask = components['schemas']['Wan25TextToVideoTask'];
export type SchemaWan26FlashImageToVideoInput = components['schemas']['Wan26FlashImageToVideoInput'];
export type SchemaWan26FlashImageToVideoTask = components['schemas']['Wan26FlashImageToVideoTask'];
export type SchemaWan26FlashVideoToVideoInput = components['schemas']['Wan26FlashVideoToVideoInput'];
export type SchemaWan26FlashVideoToVideoTask = components['schemas']['Wan26FlashVideoToVideoTask'];
export type SchemaWan26ImageToVideoInput = components['schemas']['Wan26ImageToVideoInput'];
export type SchemaWan26ImageToVideoTask = components['schemas']['Wan26ImageToVideoTask'];
export type SchemaWan26TextToVideoInput = components['schemas']['Wan26TextToVideoInput'];
export type SchemaWan26TextToVideoTask = components['schemas']['Wan26TextToVideoTask'];
export type SchemaWan26VideoToVideoInput = components['schemas']['Wan26VideoToVideoInput'];
export type SchemaWan26VideoToVideoTask = components['schemas']['Wan26VideoToVideoTask'];
export type SchemaWan27ImageInput = components['schemas']['Wan27ImageInput'];
export type SchemaWan27ImageTask = components['schemas']['Wan27ImageTask'];
export type SchemaWan27ImageProInput = components['schemas']['Wan27ImageProInput'];
export type SchemaWan27ImageProTask = components['schemas']['Wan27ImageProTask'];
export type SchemaWan27ImageToVideoInput = components['schemas']['Wan27ImageToVideoInput'];
export type SchemaWan27ImageToVideoTask = components['schemas']['Wan27ImageToVideoTask'];
export type SchemaWan27R2vInput = components['schemas']['Wan27R2vInput'];
export type SchemaWan27R2vTask = components['schemas']['Wan27R2vTask'];
export type SchemaWan27TextToVideoInput = components['schemas']['Wan27TextToVideoInput'];
export type SchemaWan27TextToVideoTask = components['schemas']['Wan27TextToVideoTask'];
export type SchemaWan27VideoeditInput = components['schemas']['Wan27VideoeditInput'];
export type SchemaWan27VideoeditTask = components['schemas']['Wan27VideoeditTask'];
export type SchemaWan30VideoInput = components['schemas']['Wan30VideoInput'];
export type SchemaWan30VideoTask = components['schemas']['Wan30VideoTask'];
export type SchemaWan30VideoPrimeInput = components['schemas']['Wan30VideoPrimeInput'];
export type SchemaWan30VideoPrimeTask = components['schemas']['Wan30VideoPrimeTask'];
export type SchemaZImageInput = components['schemas']['ZImageInput'];
export type SchemaZImageTask = components['schemas']['ZImageTask'];
export type SchemaVeoModel = components['schemas']['VeoModel'];
export type SchemaVeoGenerationType = components['schemas']['VeoGenerationType'];
export type SchemaVeoAspectRatio = components['schemas']['VeoAspectRatio'];
export type SchemaVeoResolution = components['schemas']['VeoResolution'];
export type SchemaVeoSeeds = components['schemas']['VeoSeeds'];
export type SchemaVeoGenerateRequest = components['schemas']['VeoGenerateRequest'];
export type SchemaVeoExtendModel = components['schemas']['VeoExtendModel'];
export type SchemaVeoExtendRequest = components['schemas']['VeoExtendRequest'];
export type SchemaVeoGet4kVideoRequest = components['schemas']['VeoGet4kVideoRequest'];
export type SchemaVeoGenerateResponse = components['schemas']['VeoGenerateResponse'];
export type SchemaVeoUrlList = components['schemas']['VeoUrlList'];
export type SchemaVeoGet4kVideoData = components['schemas']['VeoGet4kVideoData'];
export type SchemaVeoGet4kVideoResponse = components['schemas']['VeoGet4kVideoResponse'];
export type SchemaVeoGet1080pVideoData = components['schemas']['VeoGet1080pVideoData'];
export type SchemaVeoGet1080pVideoResponse = components['schemas']['VeoGet1080pVideoResponse'];
export type SchemaVeoSuccessFlag = components['schemas']['VeoSuccessFlag'];
export type SchemaVeoTimestamp = components['schemas']['VeoTimestamp'];
export type SchemaVeoRecordResult = components['schemas']['VeoRecordResult'];
export type SchemaVeoRecord = components['schemas']['VeoRecord'];
export type SchemaVeoRecordInfoResponse = components['schemas']['VeoRecordInfoResponse'];
export type SchemaVeoCallbackInfo = components['schemas']['VeoCallbackInfo'];
export type SchemaVeoCallback = components['schemas']['VeoCallback'];
export type SchemaSunoModel = components['schemas']['SunoModel'];
export type SchemaSunoAddModel = components['schemas']['SunoAddModel'];
export type SchemaSunoVocalGender = components['schemas']['SunoVocalGender'];
export type SchemaSunoStyleWeight = components['schemas']['SunoStyleWeight'];
export type SchemaSunoWeirdnessConstraint = components['schemas']['SunoWeirdnessConstraint'];
export type SchemaSunoAudioWeight = components['schemas']['SunoAudioWeight'];
export type SchemaSunoPersonaId = components['schemas']['SunoPersonaId'];
export type SchemaSunoPersonaModel = components['schemas']['SunoPersonaModel'];
export type SchemaSunoCreateResponse = components['schemas']['SunoCreateResponse'];
export type SchemaSunoGenerateRequest = components['schemas']['SunoGenerateRequest'];
export type SchemaSunoExtendRequest = components['schemas']['SunoExtendRequest'];
export type SchemaSunoUploadCoverRequest = components['schemas']['SunoUploadCoverRequest'];
export type SchemaSunoUploadExtendRequest = components['schemas']['SunoUploadExtendRequest'];
export type SchemaSunoAddInstrumentalRequest = components['schemas']['SunoAddInstrumentalRequest'];
export type SchemaSunoAddVocalsRequest = components['schemas']['SunoAddVocalsRequest'];
export type SchemaSunoMashupRequest = components['schemas']['SunoMashupRequest'];
export type SchemaSunoSoundKey = components['schemas']['SunoSoundKey'];
export type SchemaSunoSoundsRequest = components['schemas']['SunoSoundsRequest'];
export type SchemaSunoReplaceSectionRequest = components['schemas']['SunoReplaceSectionRequest'];
export type SchemaSunoRecordStatus = components['schemas']['SunoRecordStatus'];
export type SchemaSunoTrack = components['schemas']['SunoTrack'];
export type SchemaSunoRecord = components['schemas']['SunoRecord'];
export type SchemaSunoRecordInfoResponse = components['schemas']['SunoRecordInfoResponse'];
export type SchemaSunoCallbackTrack = components['schemas']['SunoCallbackTrack'];
export type SchemaSunoCallback = components['schemas']['SunoCallback'];
export type SchemaSunoTimestampedLyricsRequest = components['schemas']['SunoTimestampedLyricsRequest'];
export type SchemaSunoAlignedWord = components['schemas']['SunoAlignedWord'];
export type SchemaSunoTimestampedLyrics = components['schemas']['SunoTimestampedLyrics'];
export type SchemaSunoTimestampedLyricsResponse = components['schemas']['SunoTimestampedLyricsResponse'];
export type SchemaSunoPersonaRequest = components['schemas']['SunoPersonaRequest'];
export type SchemaSunoPersona = components['schemas']['SunoPersona'];
export type SchemaSunoPersonaResponse = components['schemas']['SunoPersonaResponse'];
export type SchemaSunoBoostStyleRequest = components['schemas']['SunoBoostStyleRequest'];
export type SchemaSunoBoostStyleResult = components['schemas']['SunoBoostStyleResult'];
export type SchemaSunoBoostStyleResponse = components['schemas']['SunoBoostStyleResponse'];
export type SchemaSunoLyricsRequest = components['schemas']['SunoLyricsRequest'];
export type SchemaSunoLyricsStatus = components['schemas']['SunoLyricsStatus'];
export type SchemaSunoLyricsItem = components['schemas']['SunoLyricsItem'];
export type SchemaSunoLyricsRecord = components['schemas']['SunoLyricsRecord'];
export type SchemaSunoLyricsRecordInfoResponse = components['schemas']['SunoLyricsRecordInfoResponse'];
export type SchemaSunoLyricsCallback = components['schemas']['SunoLyricsCallback'];
export type SchemaSunoWavRequest = components['schemas']['SunoWavRequest'];
export type SchemaSunoWavStatus = components['schemas']['SunoWavStatus'];
export type SchemaSunoWavRecord = components['schemas']['SunoWavRecord'];
export type SchemaSunoWavRecordInfoResponse = components['schemas']['SunoWavRecordInfoResponse'];
export type SchemaSunoWavCallback = components['schemas']['SunoWavCallback'];
export type SchemaSunoMidiRequest = components['schemas']['SunoMidiRequest'];
export type SchemaSunoMidiSuccessFlag = components['schemas']['SunoMidiSuccessFlag'];
export type SchemaSunoMidiNote = components['schemas']['SunoMidiNote'];
export type SchemaSunoMidiData = components['schemas']['SunoMidiData'];
export type SchemaSunoMidiRecord = components['schemas']['SunoMidiRecord'];
export type SchemaSunoMidiRecordInfoResponse = components['schemas']['SunoMidiRecordInfoResponse'];
export type SchemaSunoMusicVideoRequest = components['schemas']['SunoMusicVideoRequest'];
export type SchemaSunoMusicVideoStatus = components['schemas']['SunoMusicVideoStatus'];
export type SchemaSunoMusicVideoRecord = components['schemas']['SunoMusicVideoRecord'];
export type SchemaSunoMusicVideoRecordInfoResponse = components['schemas']['SunoMusicVideoRecordInfoResponse'];
export type SchemaSunoMusicVideoCallback = components['schemas']['SunoMusicVideoCallback'];
export type SchemaSunoCoverRequest = components['schemas']['SunoCoverRequest'];
export type SchemaSunoCoverSuccessFlag = components['schemas']['SunoCoverSuccessFlag'];
export type SchemaSunoCoverRecord = components['schemas']['SunoCoverRecord'];
export type SchemaSunoCoverRecordInfoResponse = components['schemas']['SunoCoverRecordInfoResponse'];
export type SchemaSunoCoverCallback = components['schemas']['SunoCoverCallback'];
export type SchemaSunoVocalRemovalRequest = components['schemas']['SunoVocalRemovalRequest'];
export type SchemaSunoVocalRemovalStatus = components['schemas']['SunoVocalRemovalStatus'];
export type SchemaSunoStem = components['schemas']['SunoStem'];
export type SchemaSunoVocalRemovalResult = components['schemas']['SunoVocalRemovalResult'];
export type SchemaSunoVocalRemovalRecord = components['schemas']['SunoVocalRemovalRecord'];
export type SchemaSunoVocalRemovalRecordInfoResponse = components['schemas']['SunoVocalRemovalRecordInfoResponse'];
export type SchemaSunoVocalRemovalCallback = components['schemas']['SunoVocalRemovalCallback'];
export type SchemaMidjourneyTaskType = components['schemas']['MidjourneyTaskType'];
export type SchemaMidjourneySpeed = components['schemas']['MidjourneySpeed'];
export type SchemaMidjourneyAspectRatio = components['schemas']['MidjourneyAspectRatio'];
export type SchemaMidjourneyVersion = components['schemas']['MidjourneyVersion'];
export type SchemaMidjourneyWaterMark = components['schemas']['MidjourneyWaterMark'];
export type SchemaMidjourneyGenerateRequest = components['schemas']['MidjourneyGenerateRequest'];
export type SchemaMidjourneyImageIndex = components['schemas']['MidjourneyImageIndex'];
export type SchemaMidjourneyUpscaleRequest = components['schemas']['MidjourneyUpscaleRequest'];
export type SchemaMidjourneyVaryRequest = components['schemas']['MidjourneyVaryRequest'];
export type SchemaMidjourneyVideoExtendTaskType = components['schemas']['MidjourneyVideoExtendTaskType'];
export type SchemaMidjourneyExtendVideoRequest = components['schemas']['MidjourneyExtendVideoRequest'];
export type SchemaMidjourneyCreateResponse = components['schemas']['MidjourneyCreateResponse'];
export type SchemaMidjourneySuccessFlag = components['schemas']['MidjourneySuccessFlag'];
export type SchemaMidjourneyResultUrl = components['schemas']['MidjourneyResultUrl'];
export type SchemaMidjourneyResultInfo = components['schemas']['MidjourneyResultInfo'];
export type SchemaMidjourneyRecord = components['schemas']['MidjourneyRecord'];
export type SchemaMidjourneyRecordInfoResponse = components['schemas']['MidjourneyRecordInfoResponse'];
export type SchemaMidjourneyCallback = components['schemas']['MidjourneyCallback'];
export type SchemaLumaModifyRequest = components['schemas']['LumaModifyRequest'];
export type SchemaLumaModifyResponse = components['schemas']['LumaModifyResponse'];
export type SchemaLumaSuccessFlag = components['schemas']['LumaSuccessFlag'];
export type SchemaLumaUrlList = components['schemas']['LumaUrlList'];
export type SchemaLumaRecordResult = components['schemas']['LumaRecordResult'];
export type SchemaLumaTimestamp = components['schemas']['LumaTimestamp'];
export type SchemaLumaRecord = components['schemas']['LumaRecord'];
export type SchemaLumaRecordInfoResponse = components['schemas']['LumaRecordInfoResponse'];
export type SchemaLumaCallback = components['schemas']['LumaCallback'];
export type SchemaRunwayDuration = components['schemas']['RunwayDuration'];
export type SchemaRunwayQuality = components['schemas']['RunwayQuality'];
export type SchemaRunwayAspectRatio = components['schemas']['RunwayAspectRatio'];
export type SchemaRunwayGenerateRequest = components['schemas']['RunwayGenerateRequest'];
export type SchemaRunwayExtendRequest = components['schemas']['RunwayExtendRequest'];
export type SchemaRunwayGenerateResponse = components['schemas']['RunwayGenerateResponse'];
export type SchemaRunwayState = components['schemas']['RunwayState'];
export type SchemaRunwayGenerateParam = components['schemas']['RunwayGenerateParam'];
export type SchemaRunwayVideoInfo = components['schemas']['RunwayVideoInfo'];
export type SchemaRunwayRecord = components['schemas']['RunwayRecord'];
export type SchemaRunwayRecordDetailResponse = components['schemas']['RunwayRecordDetailResponse'];
export type SchemaRunwayCallback = components['schemas']['RunwayCallback'];
export type SchemaAlephAspectRatio = components['schemas']['AlephAspectRatio'];
export type SchemaAlephGenerateRequest = components['schemas']['AlephGenerateRequest'];
export type SchemaAlephGenerateResponse = components['schemas']['AlephGenerateResponse'];
export type SchemaAlephSuccessFlag = components['schemas']['AlephSuccessFlag'];
export type SchemaAlephTimestamp = components['schemas']['AlephTimestamp'];
export type SchemaAlephRecordResult = components['schemas']['AlephRecordResult'];
export type SchemaAlephRecord = components['schemas']['AlephRecord'];
export type SchemaAlephRecordInfoResponse = components['schemas']['AlephRecordInfoResponse'];
export type SchemaAlephCallbackData = components['schemas']['AlephCallbackData'];
export type SchemaAlephCallback = components['schemas']['AlephCallback'];
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
export type RequestBodyVeoCallbackRequest = components['requestBodies']['VeoCallbackRequest'];
export type RequestBodyMidjourneyCallbackRequest = components['requestBodies']['MidjourneyCallbackRequest'];
export type RequestBodyLumaCallbackRequest = components['requestBodies']['LumaCallbackRequest'];
export type RequestBodyRunwayCallbackRequest = components['requestBodies']['RunwayCallbackRequest'];
export type RequestBodyAlephCallbackRequest = components['requestBodies']['AlephCallbackRequest'];
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
    veoGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VeoGenerateRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VeoGenerateResponse"];
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
    veoRecordInfo: {
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
                    "application/json": components["schemas"]["VeoRecordInfoResponse"];
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
    veoGet1080pVideo: {
        parameters: {
            query: {
                /**
                 * @description The task id returned by the create call.
                 * @example task12345
                 */
                taskId: components["parameters"]["TaskId"];
                /**
                 * @description Index of the video within the task.
                 * @example 0
                 */
                index?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The 1080P video URL (`code` 200), or a non-200 `code` (not ready yet, or an error). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VeoGet1080pVideoResponse"];
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
    veoGet4kVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VeoGet4kVideoRequest"];
            };
        };
        responses: {
            /** @description 4K task accepted (`code` 200), or a repeated request / error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VeoGet4kVideoResponse"];
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
    veoExtend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VeoExtendRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VeoGenerateResponse"];
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
    sunoGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoGenerateRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoExtend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoExtendRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoUploadCover: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoUploadCoverRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoUploadExtend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoUploadExtendRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoAddInstrumental: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoAddInstrumentalRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoAddVocals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoAddVocalsRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoGenerateMashup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoMashupRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoGenerateSounds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoSoundsRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    sunoReplaceSection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoReplaceSectionRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoRecordInfo: {
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
                    "application/json": components["schemas"]["SunoRecordInfoResponse"];
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
    sunoGetTimestampedLyrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoTimestampedLyricsRequest"];
            };
        };
        responses: {
            /** @description The result (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoTimestampedLyricsResponse"];
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
    sunoGeneratePersona: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoPersonaRequest"];
            };
        };
        responses: {
            /** @description The result (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoPersonaResponse"];
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
    sunoBoostStyle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoBoostStyleRequest"];
            };
        };
        responses: {
            /** @description The result (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoBoostStyleResponse"];
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
    sunoGenerateLyrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoLyricsRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoLyricsRecordInfo: {
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
                    "application/json": components["schemas"]["SunoLyricsRecordInfoResponse"];
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
    sunoConvertToWav: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoWavRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoWavRecordInfo: {
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
                    "application/json": components["schemas"]["SunoWavRecordInfoResponse"];
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
    sunoGenerateMidi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoMidiRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoMidiRecordInfo: {
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
                    "application/json": components["schemas"]["SunoMidiRecordInfoResponse"];
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
    sunoCreateMusicVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoMusicVideoRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoMusicVideoRecordInfo: {
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
                    "application/json": components["schemas"]["SunoMusicVideoRecordInfoResponse"];
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
    sunoGenerateCover: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoCoverRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoCoverRecordInfo: {
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
                    "application/json": components["schemas"]["SunoCoverRecordInfoResponse"];
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
    sunoSeparateVocals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoVocalRemovalRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoCreateResponse"];
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
    sunoVocalRemovalRecordInfo: {
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
                    "application/json": components["schemas"]["SunoVocalRemovalRecordInfoResponse"];
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
    midjourneyGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MidjourneyGenerateRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MidjourneyCreateResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Server error (the vendor page declares it without a body schema). */
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
    midjourneyUpscale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MidjourneyUpscaleRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MidjourneyCreateResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Server error (the vendor page declares it without a body schema). */
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
    midjourneyVary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MidjourneyVaryRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MidjourneyCreateResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Server error (the vendor page declares it without a body schema). */
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
    midjourneyExtendVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MidjourneyExtendVideoRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MidjourneyCreateResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Server error (the vendor page declares it without a body schema). */
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
    midjourneyRecordInfo: {
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
                    "application/json": components["schemas"]["MidjourneyRecordInfoResponse"];
                };
            };
            /** @description Server error (the vendor page declares it without a body schema). */
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
    lumaModify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LumaModifyRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LumaModifyResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Server error (the vendor page declares it without a body schema). */
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
    lumaRecordInfo: {
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
                    "application/json": components["schemas"]["LumaRecordInfoResponse"];
                };
            };
            /** @description Server error (the vendor page declares it without a body schema). */
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
    runwayGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunwayGenerateRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunwayGenerateResponse"];
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
    runwayRecordDetail: {
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
                    "application/json": components["schemas"]["RunwayRecordDetailResponse"];
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
    runwayExtend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunwayExtendRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunwayGenerateResponse"];
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
    alephGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlephGenerateRequest"];
            };
        };
        responses: {
            /** @description Task accepted (`code` 200), or an error reported in the body (`code` ≠ 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlephGenerateResponse"];
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
    alephRecordInfo: {
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
                    "application/json": components["schemas"]["AlephRecordInfoResponse"];
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
    veoCallback: {
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
        requestBody: components["requestBodies"]["VeoCallbackRequest"];
        responses: {
            200: components["responses"]["CallbackReceived"];
        };
    };
    sunoCallback: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoCallback"];
            };
        };
        responses: {
            200: components["responses"]["CallbackReceived"];
        };
    };
    sunoLyricsCallback: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoLyricsCallback"];
            };
        };
        responses: {
            200: components["responses"]["CallbackReceived"];
        };
    };
    sunoWavCallback: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoWavCallback"];
            };
        };
        responses: {
            200: components["responses"]["CallbackReceived"];
        };
    };
    sunoMusicVideoCallback: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoMusicVideoCallback"];
            };
        };
        responses: {
            200: components["responses"]["CallbackReceived"];
        };
    };
    sunoCoverCallback: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoCoverCallback"];
            };
        };
        responses: {
            200: components["responses"]["CallbackReceived"];
        };
    };
    sunoVocalRemovalCallback: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoVocalRemovalCallback"];
            };
        };
        responses: {
            200: components["responses"]["CallbackReceived"];
        };
    };
    midjourneyCallback: {
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
        requestBody: components["requestBodies"]["MidjourneyCallbackRequest"];
        responses: {
            200: components["responses"]["CallbackReceived"];
        };
    };
    lumaCallback: {
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
        requestBody: components["requestBodies"]["LumaCallbackRequest"];
        responses: {
            200: components["responses"]["CallbackReceived"];
        };
    };
    runwayCallback: {
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
        requestBody: components["requestBodies"]["RunwayCallbackRequest"];
        responses: {
            200: components["responses"]["CallbackReceived"];
        };
    };
    alephCallback: {
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
        requestBody: components["requestBodies"]["AlephCallbackRequest"];
        responses: {
            200: components["responses"]["CallbackReceived"];
        };
    };
}

/**
 * The shapes of the tables `pnpm codegen` emits from the spec's vendor extensions
 * (`src/generated/operations.ts`): every operation with its method, path, host, family and role
 * (`x-kie-operation`), and how each task family's records and callbacks are read (`x-kie-task`).
 * The spec README ("Operations" and "Task semantics") documents both extensions.
 */

/** Which server an operation is sent to: the API host, or the File Upload API host. */
export type OperationHost = "api" | "upload"

/**
 * What an operation does, which decides how it may be retried and how its answer is read:
 * - `create`: starts a paid task (never resent when its outcome is unknown);
 * - `read`: reads a task record (`x-kie-task` says how);
 * - `link`: answers with a temporary download link;
 * - `upload`: stores a file on the upload host (free, retried like a read);
 * - `account`: reads account data (credits);
 * - `query`: answers data at once, no task (Veo's 1080p link, Suno's timestamped lyrics): a GET
 *   takes query parameters, a POST a body; retried like a read.
 */
export type OperationRole = "create" | "read" | "link" | "upload" | "account" | "query"

/** The kind of output a task family (or a Market model) produces. */
export type MediaKind = "image" | "video" | "audio" | "text"

/** One row of the operation table. */
export interface OperationInfo {
  /**
   * The method that calls it in the clients: `namespace.method` (`market.createTask`,
   * `files.uploadUrl`) or a top-level `method` (`credits`).
   */
  readonly name: string
  readonly method: "GET" | "POST"
  /** The path on its host (the Market create: `POST /api/v1/jobs/createTask` in the spec). */
  readonly path: string
  readonly host: OperationHost
  /** The API family (`market`, `flux-kontext`, `common`, `file-upload`, ...). */
  readonly family: string
  readonly role: OperationRole
  /** The request body's media type, when it has one. */
  readonly body?: "json" | "multipart"
  /** The operation is documented as deprecated (its docs page was removed). */
  readonly deprecated?: boolean
}

/** The normalized status every family's states map to. */
export type TaskStatusValue = "queued" | "running" | "succeeded" | "failed"

/**
 * What one documented status value means: a status, optionally with the failure code and
 * message to use when the record itself names none (`code: "$value"` uses the value itself).
 * `pass` defers to the next status rule.
 */
export type StatusMeaning =
  | TaskStatusValue
  | "pass"
  | {
      readonly status: TaskStatusValue
      readonly code?: string
      readonly message?: string
    }

/**
 * One status rule: the field at `path`, and the meaning of each of its values. Values are matched
 * as text, ignoring case and surrounding space (so `1`, `"1"` and `"SUCCESS"`/`"success"` match
 * alike); `"*"` matches any other present value.
 */
export interface StatusRule {
  readonly path: string
  readonly values: Readonly<Record<string, StatusMeaning>>
}

/**
 * How to read a task from a record (`data` of a record-info answer) or a callback body.
 *
 * A path names a field below the value read: `a.b` walks objects, `*` walks every item of an
 * array, `$json` parses a JSON string (an empty string counts as absent). A list of paths means
 * "the first one present".
 */
export interface TaskRules {
  readonly taskId: readonly string[]
  /** Tried in order: the first rule whose field is present decides (unless it says `pass`). */
  readonly status: readonly StatusRule[]
  /** `fraction` 0..1; `percent` 0..100; `auto`: values above 1 are percent. */
  readonly progress?: { readonly path: string; readonly scale: "fraction" | "percent" | "auto" }
  /** Where the result URLs are: a string or an array of strings (the first path present). */
  readonly outputs?: readonly string[]
  /** A structured result (text models). */
  readonly result?: readonly string[]
  readonly failure?: {
    readonly code?: readonly string[]
    readonly message?: readonly string[]
    /** Used when neither the record nor the status value names one; `{code}` is replaced. */
    readonly default?: { readonly code?: string; readonly message?: string }
  }
  readonly createdAt?: readonly string[]
  readonly completedAt?: readonly string[]
  readonly model?: readonly string[]
}

/** A task family: its operations and how its tasks are read. */
export interface TaskFamilyInfo {
  /** The main create operation (every create of the family is in the operation table). */
  readonly create: string
  /** The record-info operation. */
  readonly read: string
  /**
   * The operation that turns one of its result URLs into a fresh download link: the family's own
   * (its body is `{ taskId, url }`), else the common one (`{ url }`).
   */
  readonly link?: string
  /** The kind of its outputs; `model` when it depends on the model (Market: see the catalog). */
  readonly media: MediaKind | "model"
  /** The smallest delay between two reads of one task (the documented query limit), in ms. */
  readonly pollIntervalMs: number
  /** How a record (`data` of the read operation's answer) is read. */
  readonly record: TaskRules
}

/**
 * `@kie-kit/spec/templates`: the documented examples a KIE-compatible server answers from,
 * generated from the spec's inline examples (`pnpm codegen`). For every task family: a record
 * (`data` of its read operation's answer) for each status the examples show — always a succeeded
 * one — the callback bodies by outcome, and how each status value is spelled (original case and
 * type). For every `query` operation: its documented answer `data`.
 */
import generated from "./generated/templates.json" with { type: "json" }
import type { TaskStatusValue } from "./semantics"

/** For one status rule: its path, and the documented values of each status, examples' first. */
export interface StatusSpelling {
  readonly path: string
  readonly values: Partial<Readonly<Record<TaskStatusValue, readonly (string | number)[]>>>
}

export interface FamilyTemplates {
  /** Documented records by status; `succeeded` is always there. */
  readonly record: Partial<Readonly<Record<TaskStatusValue, unknown>>> & {
    readonly succeeded: unknown
  }
  /** How the record's status rules are spelled. */
  readonly status: readonly StatusSpelling[]
  /** Documented callback bodies by outcome, when the family has a callback. */
  readonly callback?: Partial<Readonly<Record<TaskStatusValue, unknown>>> & {
    readonly succeeded: unknown
  }
  readonly callbackStatus?: readonly StatusSpelling[]
}

/** Templates of every task family, by family name. */
export const familyTemplates: Readonly<Record<string, FamilyTemplates>> =
  generated.families as unknown as Readonly<Record<string, FamilyTemplates>>

/** The documented answer `data` of every `query` operation, by operationId. */
export const queryTemplates: Readonly<Record<string, unknown>> = generated.queries

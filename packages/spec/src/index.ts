/**
 * The KIE.AI API contract: the TypeScript types generated from the bundled OpenAPI document, and
 * the tables generated from its vendor extensions — every operation (method, path, host, family,
 * role) and how each task family's records and callbacks are read. The document itself is
 * exported as `@kie-kit/spec/openapi.json` and `@kie-kit/spec/openapi.yaml`.
 */
export {
  callbackRules,
  limits,
  operationTable,
  servers,
  taskFamilies,
} from "./generated/operations"
export type * from "./generated/schema"
export type {
  MediaKind,
  OperationHost,
  OperationInfo,
  OperationRole,
  StatusMeaning,
  StatusRule,
  TaskFamilyInfo,
  TaskRules,
  TaskStatusValue,
} from "./semantics"

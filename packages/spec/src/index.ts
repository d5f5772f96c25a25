/**
 * The KIE.AI API contract as TypeScript types, generated from the bundled OpenAPI document.
 * The document itself is exported as `@kie-kit/spec/openapi.json` and `@kie-kit/spec/openapi.yaml`.
 */
export type * from "./generated/schema"

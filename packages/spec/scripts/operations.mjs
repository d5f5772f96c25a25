// Builds src/generated/operations.ts from the bundled document: the operation table
// (`x-kie-operation` on every operation) and the task families (`x-kie-task` on each
// record-info operation and each webhook). Every extension is checked here, so a mistake in the
// YAML fails `pnpm codegen` with the operation named, never a client at run time.

const METHODS = ["get", "post", "put", "patch", "delete"]
const ROLES = ["create", "read", "link", "upload", "account", "query"]
const MEDIA = ["image", "video", "audio", "text", "model"]
const STATUSES = ["queued", "running", "succeeded", "failed"]
const SCALES = ["fraction", "percent", "auto"]
const RULE_KEYS = [
  "pollIntervalMs",
  "media",
  "taskId",
  "status",
  "progress",
  "outputs",
  "result",
  "failure",
  "createdAt",
  "completedAt",
  "model",
]

const fail = (where, message) => {
  throw new Error(`codegen: ${where}: ${message}`)
}

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value)

const NAME = /^([a-z][A-Za-z0-9]*\.)?[a-z][A-Za-z0-9]*$/
const PATH = /^(\$json|\*|[A-Za-z_][A-Za-z0-9_-]*)(\.(\$json|\*|[A-Za-z_][A-Za-z0-9_-]*))*$/

const paths = (where, value) => {
  if (!Array.isArray(value) || value.length === 0) fail(where, "expected a list of paths")
  for (const path of value)
    if (typeof path !== "string" || !PATH.test(path))
      fail(where, `bad path ${JSON.stringify(path)}`)
  return value
}

const meaning = (where, value) => {
  if (value === "pass" || STATUSES.includes(value)) return value
  if (!isObject(value) || !STATUSES.includes(value.status)) {
    fail(
      where,
      `expected one of ${[...STATUSES, "pass"].join(", ")} or { status, code?, message? }`,
    )
  }
  for (const key of Object.keys(value)) {
    if (!["status", "code", "message"].includes(key)) fail(where, `unknown key ${key}`)
  }
  return value
}

/** Checks one `x-kie-task` block; returns the rules (without pollIntervalMs) in a fixed key order. */
const taskRules = (where, block) => {
  if (!isObject(block)) fail(where, "x-kie-task must be an object")
  for (const key of Object.keys(block))
    if (!RULE_KEYS.includes(key)) fail(where, `unknown x-kie-task key ${key}`)
  const rules = { taskId: paths(`${where} taskId`, block.taskId) }
  if (!Array.isArray(block.status) || block.status.length === 0)
    fail(where, "status must list rules")
  rules.status = block.status.map((rule, i) => {
    if (
      !isObject(rule) ||
      typeof rule.path !== "string" ||
      !PATH.test(rule.path) ||
      !isObject(rule.values)
    ) {
      fail(`${where} status[${i}]`, "expected { path, values }")
    }
    const values = {}
    for (const [key, value] of Object.entries(rule.values)) {
      values[key.trim().toLowerCase()] = meaning(`${where} status[${i}] ${key}`, value)
    }
    return { path: rule.path, values }
  })
  if (block.progress !== undefined) {
    const { path, scale } = block.progress
    if (typeof path !== "string" || !PATH.test(path) || !SCALES.includes(scale)) {
      fail(`${where} progress`, `expected { path, scale: ${SCALES.join(" | ")} }`)
    }
    rules.progress = { path, scale }
  }
  for (const key of ["outputs", "result"]) {
    if (block[key] !== undefined) rules[key] = paths(`${where} ${key}`, block[key])
  }
  if (block.failure !== undefined) {
    const failure = {}
    for (const key of Object.keys(block.failure)) {
      if (!["code", "message", "default"].includes(key))
        fail(`${where} failure`, `unknown key ${key}`)
    }
    if (block.failure.code !== undefined)
      failure.code = paths(`${where} failure.code`, block.failure.code)
    if (block.failure.message !== undefined) {
      failure.message = paths(`${where} failure.message`, block.failure.message)
    }
    if (block.failure.default !== undefined) failure.default = block.failure.default
    rules.failure = failure
  }
  for (const key of ["createdAt", "completedAt", "model"]) {
    if (block[key] !== undefined) rules[key] = paths(`${where} ${key}`, block[key])
  }
  return rules
}

/** The operations of a path-item map (`paths` or `webhooks`), in document order. */
const collect = (items) => {
  const out = []
  for (const [path, item] of Object.entries(items ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method]
      if (operation) out.push({ path, method, operation })
    }
  }
  return out
}

export const buildTables = (doc) => {
  const apiServer = doc.servers?.[0]?.url
  if (typeof apiServer !== "string") fail("servers", "the document needs a server URL")
  const servers = { api: apiServer }
  const operations = {}
  const names = new Map()
  const families = {}
  const familyOf = (name) => {
    families[name] ??= {
      creates: [],
      main: [],
      read: undefined,
      record: undefined,
      callback: undefined,
    }
    return families[name]
  }
  for (const { path, method, operation } of collect(doc.paths)) {
    const id = operation.operationId
    const where = `${method.toUpperCase()} ${path}`
    if (typeof id !== "string") fail(where, "has no operationId")
    const meta = operation["x-kie-operation"]
    if (!isObject(meta) || typeof meta.family !== "string" || !ROLES.includes(meta.role)) {
      fail(id, `needs x-kie-operation: { name, family, role: ${ROLES.join(" | ")} }`)
    }
    if (typeof meta.name !== "string" || !NAME.test(meta.name)) {
      fail(id, "x-kie-operation.name must be `method` or `namespace.method` (camelCase)")
    }
    if (names.has(meta.name)) fail(id, `name ${meta.name} is also ${names.get(meta.name)}'s`)
    names.set(meta.name, id)
    for (const key of Object.keys(meta)) {
      if (!["name", "family", "role", "main"].includes(key))
        fail(id, `unknown x-kie-operation key ${key}`)
    }
    let host = "api"
    const own = operation.servers?.[0]?.url
    if (own !== undefined && own !== apiServer) {
      if (servers.upload !== undefined && servers.upload !== own) fail(id, `a third server ${own}`)
      servers.upload = own
      host = "upload"
    }
    const content = Object.keys(operation.requestBody?.content ?? {})
    const body = content.includes("application/json")
      ? "json"
      : content.includes("multipart/form-data")
        ? "multipart"
        : undefined
    if (content.length > 0 && body === undefined)
      fail(id, `unsupported request body ${content.join(", ")}`)
    operations[id] = {
      name: meta.name,
      method: method.toUpperCase(),
      path,
      host,
      family: meta.family,
      role: meta.role,
      ...(body !== undefined ? { body } : {}),
      ...(operation.deprecated === true ? { deprecated: true } : {}),
    }
    const family = familyOf(meta.family)
    if (meta.role === "create") {
      family.creates.push(id)
      if (meta.main === true) family.main.push(id)
    }
    if (operation["x-kie-task"] !== undefined) {
      if (meta.role !== "read") fail(id, "x-kie-task belongs on a read (record-info) operation")
      if (family.read !== undefined)
        fail(id, `family ${meta.family} already reads with ${family.read}`)
      const block = operation["x-kie-task"]
      if (!(Number.isInteger(block.pollIntervalMs) && block.pollIntervalMs > 0)) {
        fail(id, "x-kie-task needs pollIntervalMs (a positive integer)")
      }
      if (!MEDIA.includes(block.media)) fail(id, `x-kie-task needs media: ${MEDIA.join(" | ")}`)
      family.read = id
      family.pollIntervalMs = block.pollIntervalMs
      family.media = block.media
      family.record = taskRules(`${id} x-kie-task`, block)
    } else if (meta.role === "read") {
      fail(id, "a read operation needs x-kie-task")
    }
  }
  for (const { path, method, operation } of collect(doc.webhooks)) {
    const id = operation.operationId ?? `${method} ${path}`
    const meta = operation["x-kie-operation"]
    if (!isObject(meta) || meta.role !== "callback" || typeof meta.family !== "string") {
      fail(id, "a webhook needs x-kie-operation: { family, role: callback }")
    }
    if (operation["x-kie-task"] === undefined) fail(id, "a webhook needs x-kie-task")
    const family = familyOf(meta.family)
    if (family.callback !== undefined) fail(id, `family ${meta.family} already has a callback`)
    family.callback = taskRules(`${id} x-kie-task`, operation["x-kie-task"])
  }
  const taskFamilies = {}
  const callbacks = {}
  // The link operation that refreshes a result URL: the family's own, else the one link operation
  // outside the task families (the common download-url).
  const links = Object.entries(operations).filter(([, op]) => op.role === "link")
  const commonLinks = links.filter(([, op]) => families[op.family]?.read === undefined)
  if (commonLinks.length > 1)
    fail("link", `more than one common link operation: ${commonLinks.map(([id]) => id).join(", ")}`)
  for (const [name, family] of Object.entries(families)) {
    if (family.read === undefined) {
      if (family.creates.length > 0)
        fail(name, "a family with creates needs a read operation with x-kie-task")
      if (family.callback !== undefined)
        fail(name, "a family with a callback needs a read operation")
      continue
    }
    if (family.creates.length === 0) fail(name, "a task family needs a create operation")
    if (family.main.length > 1) fail(name, `more than one main create: ${family.main.join(", ")}`)
    if (family.creates.length > 1 && family.main.length === 0) {
      fail(
        name,
        `several creates (${family.creates.join(", ")}): mark one x-kie-operation.main: true`,
      )
    }
    const create = family.main[0] ?? family.creates[0]
    const link = links.find(([, op]) => op.family === name)?.[0] ?? commonLinks[0]?.[0]
    taskFamilies[name] = {
      create,
      read: family.read,
      ...(link !== undefined ? { link } : {}),
      media: family.media,
      pollIntervalMs: family.pollIntervalMs,
      record: family.record,
    }
    if (family.callback !== undefined) callbacks[name] = family.callback
  }
  const limits = doc["x-kie-limits"]
  if (
    !isObject(limits) ||
    !Number.isInteger(limits.creates) ||
    !Number.isInteger(limits.createWindowMs)
  ) {
    fail("x-kie-limits", "the document needs x-kie-limits: { creates, createWindowMs }")
  }
  return {
    servers,
    operations,
    taskFamilies,
    callbacks,
    limits: { creates: limits.creates, createWindowMs: limits.createWindowMs },
  }
}

/** The TypeScript source of src/generated/operations.ts. */
export const operationsSource = (doc, banner) => {
  const { servers, operations, taskFamilies, callbacks, limits } = buildTables(doc)
  const json = (value) => JSON.stringify(value, null, 2)
  return `// ${banner}
/* eslint-disable */

import type { OperationHost, OperationInfo, TaskFamilyInfo, TaskRules } from "../semantics"

/** The default server of each host. */
export const servers = ${json(servers)} as const satisfies Record<OperationHost, string>

/** Every operation of the spec (\`x-kie-operation\`), by operationId. */
export const operationTable = ${json(operations)} as const satisfies Record<string, OperationInfo>

/** The account-wide create limit (\`x-kie-limits\`): \`creates\` per \`createWindowMs\`. */
export const limits = ${json(limits)} as const

/** Every task family: its operations and how its records are read (\`x-kie-task\`). */
export const taskFamilies = ${json(taskFamilies)} as const satisfies Record<string, TaskFamilyInfo>

/** How each family's callback body is read (\`x-kie-task\` of its webhook). */
export const callbackRules = ${json(callbacks)} as const satisfies Record<string, TaskRules>
`
}

// Builds src/generated/templates.json: for every task family, the documented examples a
// KIE-compatible server needs to answer like KIE — one record (`data` of the read operation's
// answer) per status the examples show, one callback body per outcome, and the original spelling
// and type of each status value — plus the documented answer (`data`) of every `query` operation.
// The examples are the spec's own inline `examples`; the task rules (`x-kie-task`) say which
// status each one shows. A task family without a succeeded record example fails the build.

const fail = (where, message) => {
  throw new Error(`codegen: ${where}: ${message}`)
}

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value)

const resolve = (doc, node) => {
  let current = node
  for (let i = 0; isObject(current) && typeof current.$ref === "string"; i++) {
    if (i > 20) fail(current.$ref, "reference loop")
    current = current.$ref
      .slice(2)
      .split("/")
      .map((part) => decodeURIComponent(part.replaceAll("~1", "/").replaceAll("~0", "~")))
      .reduce((at, key) => at?.[key], doc)
  }
  return current
}

/** Every value at `path` below `value` (`.` walks, `*` spreads arrays, `$json` parses). */
export const valuesAt = (value, path) => {
  let current = [value]
  for (const part of path.split(".")) {
    const next = []
    for (const item of current) {
      if (part === "*") {
        if (Array.isArray(item)) next.push(...item)
      } else if (part === "$json") {
        if (typeof item === "string" && item.trim() !== "") {
          try {
            next.push(JSON.parse(item))
          } catch {}
        }
      } else if (isObject(item) && item[part] !== undefined && item[part] !== null) {
        next.push(item[part])
      }
    }
    current = next
  }
  return current
}

const meaningStatus = (meaning) => (typeof meaning === "string" ? meaning : meaning.status)

/** The status an example shows under `rules`, or undefined. */
export const statusOf = (value, rules) => {
  for (const rule of rules.status) {
    const [raw] = valuesAt(value, rule.path)
    if (raw === undefined || typeof raw === "object") continue
    const key = String(raw).trim().toLowerCase()
    const meaning = rule.values[key] ?? rule.values["*"]
    if (meaning === undefined || meaning === "pass") continue
    return meaningStatus(meaning)
  }
  return undefined
}

/** The examples (values) of a media-type object, in document order. */
const examplesOf = (doc, media) => {
  const out = []
  for (const example of Object.values(media?.examples ?? {})) {
    const resolved = resolve(doc, example)
    if (resolved?.value !== undefined) out.push(resolved.value)
  }
  if (media?.example !== undefined) out.push(media.example)
  return out
}

/**
 * How each status is written, per status rule: every documented value of each status (the one
 * the examples show first), with the type the examples use (a number when they send numbers).
 */
const statusSpelling = (rawRules, examples) =>
  rawRules.map((rule) => {
    const sample = Object.values(examples).find((example) => valuesAt(example, rule.path).length)
    const numeric = typeof valuesAt(sample, rule.path)[0] === "number"
    const values = {}
    for (const [status, example] of Object.entries(examples)) {
      const [seen] = valuesAt(example, rule.path)
      if (seen !== undefined && typeof seen !== "object") values[status] = [seen]
    }
    for (const [key, meaning] of Object.entries(rule.values)) {
      if (key === "*" || meaning === "pass") continue
      const status = meaningStatus(meaning)
      const value = numeric && /^-?\d+$/.test(key.trim()) ? Number(key) : key
      values[status] ??= []
      if (!values[status].some((known) => String(known).toLowerCase() === key.toLowerCase())) {
        values[status].push(value)
      }
    }
    return { path: rule.path, values }
  })

const byStatus = (examples, rules) => {
  const out = {}
  for (const example of examples) {
    const status = statusOf(example, rules)
    if (status !== undefined && out[status] === undefined) out[status] = example
  }
  return out
}

export const buildTemplates = (doc, tables) => {
  const families = {}
  const operation = (id) => {
    const info = tables.operations[id]
    return doc.paths[info.path][info.method.toLowerCase()]
  }
  for (const [name, family] of Object.entries(tables.taskFamilies)) {
    const read = operation(family.read)
    const media = resolve(doc, read.responses?.["200"])?.content?.["application/json"]
    const records = examplesOf(doc, media)
      .filter((body) => isObject(body) && body.code === 200 && isObject(body.data))
      .map((body) => body.data)
    const record = byStatus(records, family.record)
    if (record.succeeded === undefined) {
      fail(family.read, `task family ${name} needs a 200 example of a succeeded record`)
    }
    const entry = {
      record,
      status: statusSpelling(read["x-kie-task"].status, record),
    }
    const rules = tables.callbacks[name]
    if (rules !== undefined) {
      const webhook = Object.values(doc.webhooks ?? {})
        .map((item) => item.post)
        .find((post) => post?.["x-kie-operation"]?.family === name)
      const body = resolve(doc, webhook.requestBody)?.content?.["application/json"]
      const callback = byStatus(examplesOf(doc, body), rules)
      if (callback.succeeded === undefined) {
        fail(`${name} callback`, "needs an example of a succeeded callback")
      }
      entry.callback = callback
      entry.callbackStatus = statusSpelling(webhook["x-kie-task"].status, callback)
    }
    families[name] = entry
  }
  const queries = {}
  for (const [id, info] of Object.entries(tables.operations)) {
    if (info.role !== "query") continue
    const media = resolve(doc, operation(id).responses?.["200"])?.content?.["application/json"]
    const answer = examplesOf(doc, media).find((body) => isObject(body) && body.code === 200)
    if (answer === undefined) fail(id, "a query operation needs a 200 example")
    queries[id] = answer.data ?? null
  }
  return { families, queries }
}

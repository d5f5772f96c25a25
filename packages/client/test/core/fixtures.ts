import { readFileSync } from "node:fs"

/** A copied KIE example payload (see fixtures/), parsed. */
export const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"))

/** The `data` member of an example envelope. */
export const fixtureData = (name: string): unknown => (fixture(name) as { data: unknown }).data

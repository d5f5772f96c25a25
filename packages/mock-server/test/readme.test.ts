import { join } from "node:path"
import { describeReadmeExamples } from "../../../test-support/readme-examples.ts"

describeReadmeExamples(join(import.meta.dirname, ".."), 3)

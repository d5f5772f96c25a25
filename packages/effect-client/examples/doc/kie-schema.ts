import * as KieSchema from "@kie-kit/effect-client/KieSchema"
import { Schema } from "effect"

export const modelInput = (data: unknown) => {
  const record = Schema.decodeUnknownSync(KieSchema.MarketRecord)(data)
  return record.param?.input // the model input, an object
}

/** Record payloads in the documented shapes, for the fake HttpClient. */
import * as Redacted from "effect/Redacted"

export const API_KEY = "sk-test-0123456789abcdef"
export const apiKey = Redacted.make(API_KEY)
export const BASE_URL = "http://kie.test"

export const marketRecord = (
  state: "waiting" | "queuing" | "generating" | "success" | "fail",
  overrides: Record<string, unknown> = {},
) => ({
  taskId: "task-1",
  model: "google/nano-banana",
  state,
  param: JSON.stringify({ model: "google/nano-banana", input: { prompt: "a red fox" } }),
  resultJson:
    state === "success" ? JSON.stringify({ resultUrls: ["https://files.test/fox.png"] }) : "",
  failCode: state === "fail" ? "500" : "",
  failMsg: state === "fail" ? "internal error" : "",
  createTime: 1_700_000_000_000,
  updateTime: 1_700_000_000_000,
  ...overrides,
})

export const fluxRecord = (
  successFlag: 0 | 1 | 2 | 3,
  overrides: Record<string, unknown> = {},
) => ({
  taskId: "task-1",
  paramJson: JSON.stringify({ prompt: "a red fox", aspectRatio: "16:9" }),
  successFlag,
  response: successFlag === 1 ? { resultImageUrl: "https://files.test/fox.jpg" } : undefined,
  errorCode: successFlag >= 2 ? 501 : null,
  errorMessage: successFlag >= 2 ? "generation failed" : "",
  createTime: "2024-03-20T10:25:00Z",
  ...overrides,
})

export const gpt4oRecord = (
  status: "GENERATING" | "SUCCESS" | "GENERATE_FAILED",
  progress = "0.50",
  overrides: Record<string, unknown> = {},
) => ({
  taskId: "task-1",
  paramJson: JSON.stringify({ prompt: "a red fox", size: "1:1" }),
  status,
  successFlag: status === "SUCCESS" ? 1 : status === "GENERATING" ? 0 : 3,
  progress,
  response: status === "SUCCESS" ? { resultUrls: ["https://files.test/fox.png"] } : null,
  errorCode: status === "GENERATE_FAILED" ? 400 : null,
  errorMessage: status === "GENERATE_FAILED" ? "flagged" : null,
  createTime: 1_700_000_000_000,
  ...overrides,
})

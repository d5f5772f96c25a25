/** `kie flux-kontext generate`, `kie gpt4o-image generate`, `kie market create`. */
import { readFileSync } from "node:fs"
import { Effect } from "effect"
import { CliError, Command, Flag } from "effect/cli"
import { handler } from "./lazy"
import { switchFlag, urlFlag } from "./root"

const promptFlag = Flag.String("prompt").pipe(
  Flag.withMetavar("TEXT"),
  Flag.filter(
    (text) => text.trim() !== "",
    () => "the prompt is empty",
  ),
)

export const waitFlag = switchFlag(
  "wait",
  "wait for the task to finish (live progress on stderr); exit 5 if it fails, 6 on --timeout",
)

export const outFlag = Flag.String("out").pipe(
  Flag.withMetavar("DIR"),
  Flag.filter(
    (dir) => dir.trim() !== "",
    () => "the directory is empty",
  ),
  Flag.optional,
  Flag.withDescription(
    "save the outputs here as <taskId>-<n>.<ext> (created if missing; implies --wait)",
  ),
)

const callbackFlag = urlFlag("callback-url").pipe(
  Flag.optional,
  Flag.withDescription("KIE POSTs the result to this URL when the task finishes"),
)

// ---------------------------------------------------------------------------------------------
// Flux Kontext
// ---------------------------------------------------------------------------------------------

export const fluxGenerateConfig = {
  prompt: promptFlag.pipe(
    Flag.withDescription("what to generate or, with --input-image, the edit to make (English)"),
  ),
  model: Flag.Literals("model", ["flux-kontext-pro", "flux-kontext-max"]).pipe(
    Flag.optional,
    Flag.withDescription("model (default flux-kontext-pro)"),
  ),
  aspectRatio: Flag.Literals("aspect-ratio", ["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]).pipe(
    Flag.optional,
    Flag.withDescription("output aspect ratio (default 16:9)"),
  ),
  inputImage: urlFlag("input-image").pipe(
    Flag.optional,
    Flag.withDescription("public URL of an image to edit (switches to edit mode)"),
  ),
  outputFormat: Flag.Literals("output-format", ["jpeg", "png"]).pipe(
    Flag.optional,
    Flag.withDescription("image format (default jpeg)"),
  ),
  safetyTolerance: Flag.ChoiceWithValue("safety-tolerance", [
    ["0", 0],
    ["1", 1],
    ["2", 2],
    ["3", 3],
    ["4", 4],
    ["5", 5],
    ["6", 6],
  ] as const).pipe(
    Flag.withMetavar("N"),
    Flag.optional,
    Flag.withDescription("moderation level 0-6 (0-2 with --input-image; default 2)"),
  ),
  callbackUrl: callbackFlag,
  wait: waitFlag,
  out: outFlag,
} as const

export type FluxGenerateInput = Command.Command.Config.Infer<typeof fluxGenerateConfig>

const fluxGenerate = Command.make("generate", fluxGenerateConfig, handler("fluxGenerate")).pipe(
  Command.withDescription("Create a Flux Kontext text-to-image or image-editing task."),
  Command.validate((input) =>
    input.inputImage._tag === "Some" &&
    input.safetyTolerance._tag === "Some" &&
    input.safetyTolerance.value > 2
      ? Effect.fail(
          new CliError.InvalidValue({
            option: "safety-tolerance",
            value: String(input.safetyTolerance.value),
            expected: "0 to 2 in edit mode (with --input-image)",
            kind: "flag",
          }),
        )
      : Effect.void,
  ),
  Command.withExamples([
    {
      command: 'kie flux-kontext generate --prompt "a red fox in fresh snow" --wait --out ./out',
      description: "Generate and save the image",
    },
    {
      command:
        'kie flux generate --prompt "make it night" --input-image https://example.com/fox.jpg --model flux-kontext-max',
      description: "Edit an image; prints the taskId and returns at once",
    },
    {
      command: 'kie --json flux generate --prompt "a red fox" --wait',
      description: "One JSON document with taskId, status and output URLs",
    },
  ]),
)

export const fluxKontext = Command.make("flux-kontext").pipe(
  Command.withAlias("flux"),
  Command.withDescription("Flux Kontext image generation and editing (alias: flux)."),
  Command.withSubcommands([fluxGenerate]),
)

// ---------------------------------------------------------------------------------------------
// 4o Image
// ---------------------------------------------------------------------------------------------

export const gpt4oGenerateConfig = {
  prompt: promptFlag.pipe(
    Flag.optional,
    Flag.withDescription("what to render (required unless --files-url is given)"),
  ),
  size: Flag.Literals("size", ["1:1", "3:2", "2:3"]).pipe(
    Flag.withDescription("aspect ratio of the image"),
  ),
  filesUrl: urlFlag("files-url").pipe(
    Flag.atLeast(0),
    Flag.filter(
      (urls) => urls.length <= 5,
      (urls) => `at most 5 images, got ${urls.length}`,
    ),
    Flag.withDescription("reference image URL to edit or vary (repeat up to 5 times)"),
  ),
  maskUrl: urlFlag("mask-url").pipe(
    Flag.optional,
    Flag.withDescription("mask image URL: black = area to change, white = keep"),
  ),
  variants: Flag.ChoiceWithValue("variants", [
    ["1", 1],
    ["2", 2],
    ["4", 4],
  ] as const).pipe(Flag.optional, Flag.withDescription("number of images: 1, 2 or 4 (default 1)")),
  callbackUrl: callbackFlag,
  wait: waitFlag,
  out: outFlag,
} as const

export type Gpt4oGenerateInput = Command.Command.Config.Infer<typeof gpt4oGenerateConfig>

const gpt4oGenerate = Command.make("generate", gpt4oGenerateConfig, handler("gpt4oGenerate")).pipe(
  Command.withDescription("Create a 4o Image (GPT-4o) generation or editing task."),
  Command.validate((input) =>
    input.prompt._tag === "None" && input.filesUrl.length === 0
      ? Effect.fail(new CliError.MissingOption({ option: "prompt" }))
      : input.maskUrl._tag === "Some" && input.filesUrl.length === 0
        ? Effect.fail(
            new CliError.InvalidValue({
              option: "mask-url",
              value: input.maskUrl.value,
              expected: "a --files-url image to apply the mask to",
              kind: "flag",
            }),
          )
        : Effect.void,
  ),
  Command.withExamples([
    {
      command: 'kie gpt4o-image generate --prompt "a watercolor owl" --size 1:1 --wait --out ./out',
      description: "Generate and save the image",
    },
    {
      command:
        'kie 4o generate --prompt "add a hat" --size 2:3 --files-url https://example.com/cat.png --variants 2',
      description: "Edit an image, two variants",
    },
  ]),
)

export const gpt4oImage = Command.make("gpt4o-image").pipe(
  Command.withAlias("4o"),
  Command.withDescription("4o Image (GPT-4o) generation and editing (alias: 4o)."),
  Command.withSubcommands([gpt4oGenerate]),
)

// ---------------------------------------------------------------------------------------------
// Market
// ---------------------------------------------------------------------------------------------

const readInput = (text: string): Record<string, unknown> => {
  let source = text
  let where = "the value"
  if (text.startsWith("@")) {
    const path = text.slice(1)
    where = path === "-" ? "stdin" : path
    try {
      source = readFileSync(path === "-" ? 0 : path, "utf8")
    } catch (error) {
      const code = (error as { code?: string }).code
      throw new Error(`cannot read ${where}${code ? ` (${code})` : ""}`)
    }
  }
  let value: unknown
  try {
    value = JSON.parse(source)
  } catch (error) {
    throw new Error(`${where} is not valid JSON (${(error as Error).message})`)
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`${where} must be a JSON object`)
  }
  return value as Record<string, unknown>
}

export const marketCreateConfig = {
  model: Flag.String("model").pipe(
    Flag.withMetavar("ID"),
    Flag.filter(
      (model) => /^[A-Za-z0-9][A-Za-z0-9._/:-]*$/.test(model),
      (model) => `expected a model id such as google/nano-banana, got "${model}"`,
    ),
    Flag.withDescription("Market model id, e.g. google/nano-banana"),
  ),
  input: Flag.String("input").pipe(
    Flag.withMetavar("JSON|@FILE"),
    Flag.mapTryCatch(readInput, (error) => (error as Error).message),
    Flag.withDescription("the model's input: a JSON object, @file.json, or @- for stdin"),
  ),
  callbackUrl: callbackFlag,
  wait: waitFlag,
  out: outFlag,
} as const

export type MarketCreateInput = Command.Command.Config.Infer<typeof marketCreateConfig>

const marketCreate = Command.make("create", marketCreateConfig, handler("marketCreate")).pipe(
  Command.withDescription("Create a task for any Market model (image, video, audio...)."),
  Command.withExamples([
    {
      command: `kie market create --model google/nano-banana --input '{"prompt":"a red fox"}' --wait --out ./out`,
      description: "Inline JSON input",
    },
    {
      command: "kie market create --model bytedance/seedream-v4-text-to-image --input @input.json",
      description: "Input from a file",
    },
  ]),
)

export const market = Command.make("market").pipe(
  Command.withDescription("Market models: one endpoint for every model."),
  Command.withSubcommands([marketCreate]),
)

/** `kie credits`, `kie upload`. */
import { Argument, Command, Flag } from "effect/cli"
import { handler } from "./lazy"

export const creditsConfig = {} as const
export type CreditsInput = Command.Command.Config.Infer<typeof creditsConfig>

export const credits = Command.make("credits", creditsConfig, handler("credits")).pipe(
  Command.withDescription("Print the account's remaining credits."),
  Command.withExamples([
    { command: "kie credits", description: "" },
    { command: "kie credits --json", description: '{ "credits": 1234.5 }' },
  ]),
)

export const uploadConfig = {
  file: Argument.File("file", { mustExist: true }).pipe(
    Argument.withMetavar("FILE"),
    Argument.withDescription("the local file to upload"),
  ),
  path: Flag.String("path").pipe(
    Flag.withMetavar("DIR"),
    Flag.filter(
      (path) => /^[^/](.*[^/])?$/.test(path),
      (path) => `expected a folder without leading or trailing slashes, got "${path}"`,
    ),
    Flag.withDefault("kie-cli"),
    Flag.withDescription("destination folder on KIE's file storage (default kie-cli)"),
  ),
  name: Flag.String("name").pipe(
    Flag.withMetavar("NAME"),
    Flag.filter(
      (name) => name.trim() !== "" && !name.includes("/"),
      (name) => `expected a file name without slashes, got "${name}"`,
    ),
    Flag.optional,
    Flag.withDescription("file name to store (default: the local name; same name overwrites)"),
  ),
} as const
export type UploadInput = Command.Command.Config.Infer<typeof uploadConfig>

export const upload = Command.make("upload", uploadConfig, handler("upload")).pipe(
  Command.withShortDescription("Upload a local file to KIE's file storage and print its URL."),
  Command.withDescription(
    "Upload a local file to KIE's temporary file storage (kept 3 days) and print its URL, for use as --input-image or --files-url.",
  ),
  Command.withExamples([
    {
      command: "kie upload ./fox.png --path images/inputs",
      description: "Prints the download URL",
    },
  ]),
)

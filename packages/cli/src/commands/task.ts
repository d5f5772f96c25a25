/** `kie task get`, `kie task wait`, `kie download`. */
import { KIE_APIS } from "@kie-kit/client/core"
import { Argument, Command, Flag } from "effect/cli"
import { outFlag } from "./generate"
import { handler } from "./lazy"

export const taskIdArgument = Argument.String("task-id").pipe(
  Argument.withMetavar("TASK_ID"),
  Argument.filter(
    (id) => /^[A-Za-z0-9._:-]{1,200}$/.test(id),
    (id) => `expected a taskId (letters, digits, ._:-), got "${id}"`,
  ),
  Argument.withDescription("the taskId printed when the task was created"),
)

export const apiFlag = Flag.Literals("api", KIE_APIS).pipe(
  Flag.withDescription("the API family that created the task"),
)

export const taskGetConfig = { taskId: taskIdArgument, api: apiFlag } as const
export type TaskGetInput = Command.Command.Config.Infer<typeof taskGetConfig>

const taskGet = Command.make("get", taskGetConfig, handler("taskGet")).pipe(
  Command.withDescription(
    "Show a task's status, progress and outputs once (exit 0 whatever the task's status).",
  ),
  Command.withExamples([
    { command: "kie task get TASK_ID --api flux-kontext", description: "Human summary" },
    {
      command: "kie task get TASK_ID --api market --json",
      description: "JSON: taskId, api, status, outputs, files, error",
    },
  ]),
)

export const taskWaitConfig = { taskId: taskIdArgument, api: apiFlag, out: outFlag } as const
export type TaskWaitInput = Command.Command.Config.Infer<typeof taskWaitConfig>

const taskWait = Command.make("wait", taskWaitConfig, handler("taskWait")).pipe(
  Command.withShortDescription("Wait for a task to finish; resumes any task (e.g. after exit 6)."),
  Command.withDescription(
    "Wait for a task to finish (the global --timeout bounds it, default 15m) and optionally save its outputs; resumes any task, e.g. after exit code 6.",
  ),
  Command.withExamples([
    {
      command: "kie task wait TASK_ID --api gpt4o-image --timeout 30m --out ./out",
      description: "Wait up to 30 minutes, then save the images",
    },
  ]),
)

export const task = Command.make("task").pipe(
  Command.withDescription("Inspect and wait for existing tasks."),
  Command.withSubcommands([taskGet, taskWait]),
)

export const downloadConfig = {
  taskId: taskIdArgument,
  api: apiFlag,
  out: Flag.String("out").pipe(
    Flag.withMetavar("DIR"),
    Flag.filter(
      (dir) => dir.trim() !== "",
      () => "the directory is empty",
    ),
    Flag.withDescription("directory to save into (created if missing)"),
  ),
} as const
export type DownloadInput = Command.Command.Config.Infer<typeof downloadConfig>

export const download = Command.make("download", downloadConfig, handler("download")).pipe(
  Command.withShortDescription("Save a finished task's outputs to a directory."),
  Command.withDescription(
    "Save the outputs of a finished task as <taskId>-<n>.<ext> (atomic writes; expired links are refreshed). Exit 6 if the task is not finished yet, 5 if it failed.",
  ),
  Command.withExamples([
    { command: "kie download TASK_ID --api flux-kontext --out ./out", description: "" },
  ]),
)

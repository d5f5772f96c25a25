import { createKieClient, TaskFailedError } from "@kie-kit/client"
import { downloadTask } from "@kie-kit/client/node"

const kie = createKieClient({ apiKey: process.env.KIE_API_KEY })

try {
  const task = await kie.run(
    { api: "flux-kontext", prompt: "a red fox in fresh snow", aspectRatio: "16:9" },
    {
      onTaskCreated: ({ taskId }) => console.log(`created ${taskId}`),
      onUpdate: (t) => console.log(t.status, t.progress ?? ""),
    },
  )
  const files = await downloadTask(kie, task, "./out")
  console.log(files.map((file) => file.path))
} catch (error) {
  if (error instanceof TaskFailedError) console.error(error.failCode, error.failMessage)
  else throw error
}

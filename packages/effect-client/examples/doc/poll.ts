import { KieClient } from "@kie-kit/effect-client"
import { Schedule } from "effect"

// poll every 5 s, at most 100 times
export const waitSteadily = (taskId: string) =>
  KieClient.use((kie) =>
    kie.waitForTask(
      { api: "market", taskId },
      { schedule: Schedule.spaced("5 seconds").pipe(Schedule.upTo({ times: 100 })) },
    ),
  )

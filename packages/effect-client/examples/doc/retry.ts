import { KieClient, Retry } from "@kie-kit/effect-client"
import { Redacted, Schedule } from "effect"

// per client
export const PatientKie = (apiKey: string) =>
  KieClient.layer({
    apiKey: Redacted.make(apiKey),
    retrySchedule: Retry.make({ maxRetries: 5, maxDelay: "30 seconds" }),
  })

// per call
export const getTask = (taskId: string) =>
  KieClient.use((kie) =>
    kie.market.get(taskId, {
      retrySchedule: Schedule.spaced("1 second").pipe(Schedule.upTo({ times: 2 })),
    }),
  )

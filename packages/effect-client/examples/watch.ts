/**
 * watchTask: the task's updates as a Stream, ending with the final task.
 */
import { KieClient } from "@kie-kit/effect-client"
import { Console, Effect, Stream } from "effect"

export const watchProgress = (prompt: string) =>
  Effect.gen(function* () {
    const kie = yield* KieClient
    const { taskId } = yield* kie.gpt4oImage.generate({ prompt, size: "1:1" })
    const updates: string[] = []
    const last = yield* kie.watchTask({ api: "gpt4o-image", taskId }).pipe(
      Stream.tap((task) => {
        const line = `${task.status} ${Math.round((task.progress ?? 0) * 100)}%`
        updates.push(line)
        return Console.log(line)
      }),
      Stream.runLast,
    )
    return { updates, last }
  })

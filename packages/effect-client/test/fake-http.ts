/**
 * A scripted in-memory HttpClient for timing tests (TestClock and real sockets mix badly): each
 * request takes the next reply of the script (the last one repeats), and every request is
 * recorded with its abort signal.
 *
 * A reply's `delay` is the time before the response (its status and headers) exists; its
 * `bodyDelay` is the time after that until the body has been sent — the response is handed to the
 * client at once and its body stream stays open on the TestClock (`"infinity"`: forever, until
 * the request is aborted) — so a client that read the body outside its timeout would hang.
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Layer from "effect/Layer"

export type Reply =
  | {
      readonly _tag: "Respond"
      readonly status: number
      readonly body: string
      readonly headers: Record<string, string>
      readonly delay?: Duration.Input
      readonly bodyDelay?: Duration.Input
    }
  | { readonly _tag: "Hang" }
  | { readonly _tag: "Transport"; readonly code: string }

/** A JSON reply (HTTP 200 by default). */
export const json = (
  body: unknown,
  options: {
    status?: number
    headers?: Record<string, string>
    delay?: Duration.Input
    bodyDelay?: Duration.Input
  } = {},
): Reply => ({
  _tag: "Respond",
  status: options.status ?? 200,
  body: JSON.stringify(body),
  headers: { "content-type": "application/json", ...options.headers },
  ...(options.delay !== undefined ? { delay: options.delay } : {}),
  ...(options.bodyDelay !== undefined ? { bodyDelay: options.bodyDelay } : {}),
})

/** The success envelope `{ code: 200, msg: "success", data }`. */
export const ok = (data: unknown, options?: Parameters<typeof json>[1]): Reply =>
  json({ code: 200, msg: "success", data }, options)

/** An error envelope `{ code, msg, data: null }` (HTTP 200 unless `status` says otherwise). */
export const apiError = (code: number, options?: Parameters<typeof json>[1]): Reply =>
  json({ code, msg: `error ${code}`, data: null }, options)

/** A raw text reply. */
export const text = (body: string, status = 200): Reply => ({
  _tag: "Respond",
  status,
  body,
  headers: { "content-type": "text/plain" },
})

/** Never answers (until interrupted). */
export const hang: Reply = { _tag: "Hang" }

/** Fails like fetch does when the socket fails with `code` (e.g. ECONNREFUSED, ECONNRESET). */
export const transport = (code: string): Reply => ({ _tag: "Transport", code })

export interface SeenRequest {
  readonly method: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: string | undefined
  readonly contentType: string | undefined
  readonly signal: AbortSignal
}

export interface FakeHttp {
  readonly requests: SeenRequest[]
  readonly layer: Layer.Layer<HttpClient.HttpClient>
  readonly client: HttpClient.HttpClient
}

const bodyText = (request: HttpClientRequest.HttpClientRequest): string | undefined => {
  const body = request.body
  if (body._tag === "Uint8Array") {
    const b = body as unknown as { body?: Uint8Array; text?: string }
    return b.text ?? new TextDecoder().decode(b.body)
  }
  if (body._tag === "FormData") return "[FormData]"
  return undefined
}

/**
 * A body stream that sends its first byte at once and the rest after `delay` on the Effect clock
 * (a detached fiber, so the TestClock drives it); aborting the request errors the stream.
 */
const slowBody = (text: string, delay: Duration.Input, signal: AbortSignal) =>
  Effect.gen(function* () {
    const bytes = new TextEncoder().encode(text)
    let stream!: ReadableStreamDefaultController<Uint8Array>
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        stream = controller
        controller.enqueue(bytes.slice(0, 1))
      },
    })
    const rest = yield* Effect.forkDetach(
      Effect.sleep(Duration.fromInputUnsafe(delay)).pipe(
        Effect.andThen(
          Effect.sync(() => {
            stream.enqueue(bytes.slice(1))
            stream.close()
          }),
        ),
      ),
    )
    signal.addEventListener(
      "abort",
      () => {
        rest.interruptUnsafe()
        stream.error(new DOMException("The request was aborted", "AbortError"))
      },
      { once: true },
    )
    return body
  })

/** A fake HttpClient answering with `script` (or with `route(request)` when given a function). */
export const fakeHttp = (
  script: ReadonlyArray<Reply> | ((request: SeenRequest, index: number) => Reply),
): FakeHttp => {
  const requests: SeenRequest[] = []
  const client = HttpClient.make((request, url, signal) => {
    const seen: SeenRequest = {
      method: request.method,
      url: url.toString(),
      headers: { ...request.headers },
      body: bodyText(request),
      contentType: (request.body as { contentType?: string }).contentType,
      signal,
    }
    const index = requests.length
    requests.push(seen)
    const reply =
      typeof script === "function"
        ? script(seen, index)
        : (script[Math.min(index, script.length - 1)] as Reply)
    switch (reply._tag) {
      case "Hang":
        return Effect.never
      case "Transport": {
        const socket = Object.assign(new Error(`connect ${reply.code}`), { code: reply.code })
        const cause = new TypeError("fetch failed", { cause: socket })
        return Effect.fail(
          new HttpClientError.HttpClientError({
            reason: new HttpClientError.TransportError({ request, cause }),
          }),
        )
      }
      case "Respond": {
        const init = { status: reply.status, headers: reply.headers }
        const respond =
          reply.bodyDelay === undefined
            ? Effect.sync(() => HttpClientResponse.fromWeb(request, new Response(reply.body, init)))
            : Effect.map(slowBody(reply.body, reply.bodyDelay, signal), (body) =>
                HttpClientResponse.fromWeb(request, new Response(body, init)),
              )
        return reply.delay === undefined
          ? respond
          : Effect.andThen(Effect.sleep(Duration.fromInputUnsafe(reply.delay)), respond)
      }
    }
  })
  return { requests, client, layer: Layer.succeed(HttpClient.HttpClient, client) }
}

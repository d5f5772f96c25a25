// `startMockServer`: two listeners (the api.kie.ai and the kieai.redpandaai.co stand-ins) in
// front of one engine, and the `MockServer` object tests drive it with.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import { resolveConfig } from "./config"
import { MockEngine } from "./engine/engine"
import { closeServer, listen, urlHost } from "./internal/http"
import type { MockServer, MockServerOptions } from "./options"
import { bundledSpec, type Host } from "./spec"

/**
 * Starts a KIE-compatible mock server: an api.kie.ai stand-in on `url` and a File Upload API
 * stand-in (kieai.redpandaai.co) on `uploadUrl`, both on 127.0.0.1 by default.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const config = resolveConfig(options)
  const engine = new MockEngine(config, bundledSpec())
  const onRequest = (host: Host) => (req: IncomingMessage, res: ServerResponse) => {
    engine.handle(host, req, res).catch((error: unknown) => {
      config.log?.(`internal error: ${error instanceof Error ? error.stack : String(error)}`)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  }
  const apiServer = createServer(onRequest("api"))
  const uploadServer = createServer(onRequest("upload"))
  let port: number
  let uploadPort: number
  try {
    port = await listen(apiServer, options.port ?? 0, config.host)
    uploadPort = await listen(uploadServer, options.uploadPort ?? 0, config.host)
  } catch (error) {
    await Promise.all(
      [closeServer(apiServer), closeServer(uploadServer)].map((p) => p.catch(() => {})),
    )
    throw error
  }
  const hostPart = urlHost(config.host)
  engine.ctx.apiUrl = `http://${hostPart}:${port}`
  engine.ctx.uploadUrl = `http://${hostPart}:${uploadPort}`
  let closed: Promise<void> | undefined

  return {
    url: engine.ctx.apiUrl,
    uploadUrl: engine.ctx.uploadUrl,
    port,
    uploadPort,
    get requests() {
      return engine.requests
    },
    get callbacks() {
      return engine.callbacks.deliveries
    },
    tasks: (apiKey) => engine.tasks.inspect(apiKey),
    credits: (apiKey) => engine.tasks.credits(apiKey),
    setCredits: (apiKey, credits) => engine.tasks.setCredits(apiKey, credits),
    injectFault: (kind, injectOptions) => engine.faults.injectFault(kind, injectOptions),
    injectError: (code, injectOptions) => engine.faults.injectError(code, injectOptions),
    injectResponse: (response, injectOptions) => engine.scripts.inject(response, injectOptions),
    flushCallbacks: () => engine.callbacks.flush(),
    reset: () => engine.reset(),
    close: () => {
      closed ??= (async () => {
        engine.stop()
        await Promise.all([closeServer(apiServer), closeServer(uploadServer)])
      })()
      return closed
    },
  }
}

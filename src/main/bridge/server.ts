import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import path from 'node:path'
import { EVENT_NAMES } from '../../shared/ipc/contract'
import type { Handlers } from '../../shared/ipc/contract'
import {
  BRIDGE_ROUTES,
  BRIDGE_TOKEN_HEADER,
  WIRE_FRAME_TYPE,
  decodeWire,
  decodeWireFrame,
  encodeWire,
  encodeWireBody,
} from '../../shared/ipc/wire'
import { dispatch } from '../ipc/dispatch'
import type { RectoEvents } from '../services/events'

export interface BridgeOptions {
  handlers: Handlers
  events: RectoEvents
  /** The built renderer (index.html and assets). */
  staticDir: string
  port?: number
  /** Defaults to a fresh random token per run. */
  token?: string
  maxBodyBytes?: number
}

export interface Bridge {
  server: Server
  url: string
  token: string
  close(): Promise<void>
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.icc': 'application/vnd.iccprofile',
}

/**
 * Serves the renderer and the IPC contract over HTTP on loopback only, for tests in a plain
 * browser where Electron cannot run. Every API call needs the per-run token.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('hex')
  const maxBody = options.maxBodyBytes ?? 512 * 1_048_576
  const server = createServer((req, res) => {
    void route(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500)
      res.end(String(error))
    })
  })

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname.startsWith('/api/')) {
      if (!authorised(req, url)) return send(res, 401, 'text/plain', 'A valid bridge token is required.')
      if (url.pathname === BRIDGE_ROUTES.events) return streamEvents(req, res)
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only')
      const method = url.pathname.slice('/api/'.length)
      const body = await readBody(req, maxBody)
      if (body === null) return send(res, 413, 'text/plain', 'The request is too large.')
      let payload: unknown
      try {
        payload = decodeBody(body, String(req.headers['content-type'] ?? ''))
      } catch {
        return send(res, 200, 'application/json', encodeWire({ ok: false, error: { code: 'invalid_request', message: 'The request is not valid JSON.' } }))
      }
      const envelope = await dispatch(options.handlers, method, payload, (e) => console.error(e))
      // Bytes (a page file, a page image) go out raw in a frame rather than as base64 text.
      const { contentType, body: answer } = encodeWireBody(envelope)
      return send(res, 200, contentType, answer)
    }
    serveStatic(url.pathname, res)
  }

  function authorised(req: IncomingMessage, url: URL): boolean {
    const given = String(req.headers[BRIDGE_TOKEN_HEADER] ?? url.searchParams.get('token') ?? '')
    const a = Buffer.from(given)
    const b = Buffer.from(token)
    return a.length === b.length && timingSafeEqual(a, b)
  }

  function streamEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
    res.write(': connected\n\n')
    const offs = EVENT_NAMES.map((name) =>
      options.events.on(name, (payload) => res.write(`event: ${name}\ndata: ${encodeWire(payload)}\n\n`)),
    )
    req.on('close', () => offs.forEach((off) => off()))
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname)
    const file = path.resolve(options.staticDir, '.' + relative)
    if (!file.startsWith(path.resolve(options.staticDir) + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      return send(res, 404, 'text/plain', 'Not found')
    }
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // Loopback only: nothing on the network can reach the bridge.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    server,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function decodeBody(body: Buffer, contentType: string): unknown {
  if (body.length === 0) return {}
  if (contentType.startsWith(WIRE_FRAME_TYPE)) return decodeWireFrame(new Uint8Array(body.buffer, body.byteOffset, body.byteLength))
  return decodeWire(body.toString('utf8'))
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' })
  res.end(body)
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > max) {
        resolve(null)
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

import { RectoError } from '../../../shared/errors'
import { METHOD_NAMES } from '../../../shared/ipc/contract'
import type {
  Envelope,
  EventMap,
  EventName,
  MethodName,
  RectoApi,
  RequestOf,
  ResponseOf,
} from '../../../shared/ipc/contract'
import {
  BRIDGE_ROUTES,
  BRIDGE_TOKEN_HEADER,
  WIRE_FRAME_TYPE,
  decodeWire,
  decodeWireFrame,
  encodeWireBody,
} from '../../../shared/ipc/wire'

/** The part of EventSource the client uses, so tests can hand in a fake. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void
  removeEventListener(type: string, listener: (event: MessageEvent<string>) => void): void
}

export interface BridgeClientOptions {
  token: string
  fetch: (url: string, init: RequestInit) => Promise<Response>
  openEvents: (url: string) => EventSourceLike
}

type Methods = { [M in MethodName]: (request: RequestOf<M>) => Promise<ResponseOf<M>> }

/**
 * The RectoApi over the localhost test bridge: one POST per method, Server-Sent Events for pushes.
 * The same envelope and error codes as Electron's IPC reach the renderer, so nothing above this
 * file knows which transport it runs on.
 */
export function createBridgeClient(options: BridgeClientOptions): RectoApi {
  const call = async <M extends MethodName>(
    name: M,
    request: RequestOf<M>,
  ): Promise<ResponseOf<M>> => {
    const { contentType, body } = encodeWireBody(request)
    const response = await options.fetch(BRIDGE_ROUTES.method(name), {
      method: 'POST',
      headers: { [BRIDGE_TOKEN_HEADER]: options.token, 'content-type': contentType },
      body,
    })
    const envelope = parseEnvelope(await readAnswer(response), response.status)
    if (!envelope.ok) throw new RectoError(envelope.error.code, envelope.error.message)
    return envelope.value as ResponseOf<M>
  }

  let events: EventSourceLike | null = null
  const on = <E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) => {
    // One stream for all subscriptions, opened only once somebody listens.
    const token = encodeURIComponent(options.token)
    events ??= options.openEvents(`${BRIDGE_ROUTES.events}?token=${token}`)
    const source = events
    const handler = (message: MessageEvent<string>) =>
      listener(decodeWire(message.data) as EventMap[E])
    source.addEventListener(event, handler)
    return () => source.removeEventListener(event, handler)
  }

  return { ...buildMethods(call), on } satisfies RectoApi
}

function buildMethods(
  call: <M extends MethodName>(name: M, request: RequestOf<M>) => Promise<ResponseOf<M>>,
): Methods {
  const methods: Partial<Record<MethodName, unknown>> = {}
  for (const name of METHOD_NAMES) {
    methods[name] = (request: RequestOf<typeof name>) => call(name, request)
  }
  // Every name of the contract was filled in just above, each with its own typed call.
  return methods as Methods
}

type Answer = { frame: Uint8Array } | { text: string }

/** Answers that carry bytes come as a frame (see wire.ts); the rest as JSON text. */
async function readAnswer(response: Response): Promise<Answer> {
  if (response.headers.get('content-type')?.startsWith(WIRE_FRAME_TYPE)) {
    return { frame: new Uint8Array(await response.arrayBuffer()) }
  }
  return { text: await response.text() }
}

function parseEnvelope(answer: Answer, status: number): Envelope<unknown> {
  let decoded: unknown
  try {
    decoded = 'frame' in answer ? decodeWireFrame(answer.frame) : decodeWire(answer.text)
  } catch {
    throw new RectoError('bridge', `The bridge answered HTTP ${status} without a valid reply.`)
  }
  if (isEnvelope(decoded)) return decoded
  throw new RectoError('bridge', `The bridge answered HTTP ${status} with an unexpected reply.`)
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (!value || typeof value !== 'object' || !('ok' in value)) return false
  if (value.ok === true) return 'value' in value
  if (value.ok !== false || !('error' in value)) return false
  const error = value.error as { code?: unknown; message?: unknown } | null
  return typeof error?.code === 'string' && typeof error.message === 'string'
}

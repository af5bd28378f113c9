import { ZodError } from 'zod'
import { RectoError } from '../../shared/errors'
import { contract } from '../../shared/ipc/contract'
import type { Envelope, Handlers, MethodName } from '../../shared/ipc/contract'

/**
 * The one place a request crosses into main: the method must exist, its payload must pass the
 * contract's schema, and whatever happens the caller gets an envelope, never a crash. Electron's
 * IPC and the test bridge both call this.
 */
export async function dispatch(
  handlers: Handlers,
  method: string,
  payload: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<Envelope<unknown>> {
  if (!Object.hasOwn(contract, method)) {
    return { ok: false, error: { code: 'unknown_method', message: `There is no method "${method}".` } }
  }
  const name = method as MethodName
  const parsed = contract[name].request.safeParse(payload ?? {})
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_request', message: describe(parsed.error) } }
  }
  try {
    const handler = handlers[name] as (request: unknown) => unknown
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof RectoError) return { ok: false, error: { code: error.code, message: error.message } }
    onInternalError(error)
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { code: 'internal', message: `Something went wrong: ${message}` } }
  }
}

function describe(error: ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'The request is invalid.'
  const where = issue.path.length ? ` at ${issue.path.join('.')}` : ''
  return `The request is invalid${where}: ${issue.message}`
}

import type { RectoErrorShape } from './ipc/contract'

/**
 * An error a person can act on: a stable `code` for tests and logic, a `message` for the clerk.
 * Anything else thrown in main reaches the renderer as `internal`.
 */
export class RectoError extends Error implements RectoErrorShape {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'RectoError'
  }
}

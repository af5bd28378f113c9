import { EventEmitter } from 'node:events'
import type { EventMap, EventName } from '../../shared/ipc/contract'

/** Typed push events from the services to whoever shows them (Electron window, bridge, CLI). */
export class RectoEvents {
  private readonly emitter = new EventEmitter()

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    this.emitter.emit(event, payload)
  }

  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
    this.emitter.on(event, listener)
    return () => this.emitter.off(event, listener)
  }
}

// Events between host-free services, shaped like VS Code's so that an adapter can pass one through.

import type { IDisposable } from './disposable';

/** Subscribes a listener; dispose the result to unsubscribe. */
export type Event<T> = (listener: (e: T) => void) => IDisposable;

export class Emitter<T> implements IDisposable {
  private listeners = new Set<(e: T) => void>();

  readonly event: Event<T> = (listener) => {
    // A wrapper, so that the same function subscribed twice is two subscriptions.
    const once = (e: T): void => listener(e);
    this.listeners.add(once);
    return { dispose: () => void this.listeners.delete(once) };
  };

  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }

  dispose(): void {
    this.listeners.clear();
  }
}

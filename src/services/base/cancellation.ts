// Cancellation in the shape VS Code's tokens have, so that a token passes straight through to the host
// (vscode.workspace.findFiles) and a provider's token straight into a service.

import type { IDisposable } from './disposable';
import { Emitter, type Event } from './event';

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
  readonly onCancellationRequested: Event<unknown>;
}

/** A token a service cancels itself (a superseded count, a reload). */
export class CancellationSource implements IDisposable {
  private cancelled = false;
  private readonly requested = new Emitter<unknown>();
  readonly token: CancellationToken;

  constructor() {
    const flag = (): boolean => this.cancelled;
    this.token = {
      get isCancellationRequested(): boolean {
        return flag();
      },
      onCancellationRequested: this.requested.event,
    };
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.requested.fire(undefined);
  }

  /** Cancels (a disposed source's work is not wanted) and lets go of the listeners. */
  dispose(): void {
    this.cancel();
    this.requested.dispose();
  }
}

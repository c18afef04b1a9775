// Ownership of what a service creates: a listener, a timer, a watcher. Everything registered is
// disposed with its owner, in reverse order, once.

export interface IDisposable {
  dispose(): void;
}

/** A disposable made of a function. */
export function toDisposable(dispose: () => void): IDisposable {
  let done = false;
  return {
    dispose: () => {
      if (done) return;
      done = true;
      dispose();
    },
  };
}

/** A base for services: `register()` what you own, and it is disposed with you. */
export abstract class Disposable implements IDisposable {
  private readonly owned: IDisposable[] = [];
  private disposed = false;

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  /** Owns `d` (disposed at once if this is already disposed) and returns it. */
  protected register<T extends IDisposable>(d: T): T {
    if (this.disposed) d.dispose();
    else this.owned.push(d);
    return d;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    // Later registrations may depend on earlier ones: undo them first.
    for (const d of this.owned.splice(0).reverse()) d.dispose();
  }
}

/** A set of disposables that can be emptied and reused (the watchers of the current settings). */
export class DisposableStore implements IDisposable {
  private items: IDisposable[] = [];

  add<T extends IDisposable>(d: T): T {
    this.items.push(d);
    return d;
  }

  get size(): number {
    return this.items.length;
  }

  clear(): void {
    for (const d of this.items.splice(0).reverse()) d.dispose();
  }

  dispose(): void {
    this.clear();
  }
}

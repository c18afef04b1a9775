// Runs tasks one after another, each starting when the one before has ended, however it ended: one
// that fails (a worker that broke mid-batch) must not fail every task queued after it.

const ignore = (): void => undefined;

export class TaskSequence {
  private last: Promise<void> = Promise.resolve();

  /** Runs `task` after every task queued before it; its own outcome is returned. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const p = this.last.then(task);
    this.last = p.then(ignore, ignore);
    return p;
  }
}

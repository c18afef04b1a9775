// Saves the complete index to the cache: after a pause once it changes, or at once when asked.

import type { IIndexCache } from '../host/indexHost';
import { errorText, type ILog } from '../host/log';
import { encodeCache } from './fileIndex';
import type { IndexState } from './indexState';

/** How long after the last change the index is saved. */
export const SAVE_DEBOUNCE_MS = 1000;

export class IndexSaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(
    private readonly cache: IIndexCache | undefined,
    /** The state to save: the complete index, if there is one. */
    private readonly complete: () => IndexState | undefined,
    private readonly log: ILog,
  ) {}

  /** Saves after a pause (a later change starts the pause again). */
  soon(): void {
    const cache = this.cache;
    if (!cache) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const state = this.complete();
      if (!state || this.disposed) return;
      const text = encodeCache(state.hash, state.pack.concepts.length, state.files.values());
      this.saving = this.saving.then(() => cache.write(text)).catch((e: unknown) => this.log.warn(`cannot save the index cache: ${errorText(e)}`));
    }, SAVE_DEBOUNCE_MS);
  }

  /** Saves now what is pending (or, with `always`, in any case). */
  async flush(always = false): Promise<void> {
    const s = this.complete();
    const cache = this.cache;
    if ((!always && this.timer === undefined) || !cache || !s) return this.saving;
    clearTimeout(this.timer);
    this.timer = undefined;
    const write = this.saving.then(() => cache.write(encodeCache(s.hash, s.pack.concepts.length, s.files.values())));
    this.saving = write.catch((e: unknown) => this.log.warn(`cannot save the index cache: ${errorText(e)}`));
    await write;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }
}

// Reads the saved index back into a new generation: every entry is checked before it is used (by the
// worker, which reads the file itself when it can), and a corrupt or foreign file is removed with a log
// line; one of another pack or version is left alone.

import type { IIndexCache, IIndexWorker } from '../host/indexHost';
import { errorText, type ILog } from '../host/log';
import { decodeCache } from './fileIndex';
import type { IndexState } from './indexState';

/**
 * Returns the entries whose files changed on disk when the worker checked them (it reads the cache
 * itself when it can, off the extension host's thread); undefined when every entry is still to be checked.
 */
export async function readCacheInto(state: IndexState, cache: IIndexCache, worker: Pick<IIndexWorker, 'readCache'>, limitBytes: number, log: ILog): Promise<string[] | undefined> {
  const concepts = state.pack.concepts.length;
  const fromWorker = cache.uri === undefined ? undefined : await worker.readCache?.(cache.uri, state.hash, concepts, limitBytes);
  if (fromWorker === 'none') return;
  let read = fromWorker?.read;
  if (!read) {
    let text: string | undefined;
    try {
      text = await cache.read();
    } catch (e) {
      log.warn(`cannot read the index cache: ${errorText(e)}`);
      return;
    }
    if (text === undefined) return;
    read = decodeCache(text, state.hash, concepts);
  }
  if (read.kind === 'ok') {
    for (const f of read.files) state.set(f);
    log.info(`index cache: ${read.files.length} files read back${fromWorker?.changed ? `, ${fromWorker.changed.length} changed since` : ''}`);
    return fromWorker?.changed;
  }
  if (read.kind === 'stale') log.info(`index cache not used: ${read.why}`);
  else {
    log.warn(`index cache discarded: ${read.why}`);
    await cache.delete().catch((e: unknown) => log.warn(`cannot remove the index cache: ${errorText(e)}`));
  }
}

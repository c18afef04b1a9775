// Reads the saved index back into a new generation: every entry is checked before it is used (by the
// worker, which reads the file itself when it can), and a corrupt or foreign file is removed with a log
// line; one of another pack or version is left alone.

import type { IIndexCache, IIndexWorker } from '../host/indexHost';
import { errorText, type ILog } from '../host/log';
import { decodeCache } from './fileIndex';
import type { IndexState } from './indexState';

export async function readCacheInto(state: IndexState, cache: IIndexCache, worker: Pick<IIndexWorker, 'readCache'>, log: ILog): Promise<void> {
  const concepts = state.pack.concepts.length;
  // The worker reads and checks it when it can (off the extension host's thread); else the host does.
  let read = cache.uri === undefined ? undefined : await worker.readCache?.(cache.uri, state.hash, concepts);
  if (read === 'none') return;
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
    log.info(`index cache: ${read.files.length} files read back`);
    return;
  }
  if (read.kind === 'stale') log.info(`index cache not used: ${read.why}`);
  else {
    log.warn(`index cache discarded: ${read.why}`);
    await cache.delete().catch((e: unknown) => log.warn(`cannot remove the index cache: ${errorText(e)}`));
  }
}

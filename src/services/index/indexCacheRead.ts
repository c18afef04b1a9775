// Reads the saved index back into a new generation: every entry is checked before it is used, and a
// corrupt or foreign file is removed with a log line; one of another pack or version is left alone.

import type { IIndexCache } from '../host/indexHost';
import { errorText, type ILog } from '../host/log';
import { decodeCache } from './fileIndex';
import type { IndexState } from './indexState';

export async function readCacheInto(state: IndexState, cache: IIndexCache, log: ILog): Promise<void> {
  let text: string | undefined;
  try {
    text = await cache.read();
  } catch (e) {
    log.warn(`cannot read the index cache: ${errorText(e)}`);
    return;
  }
  if (text === undefined) return;
  const read = decodeCache(text, state.hash, state.pack.concepts.length);
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

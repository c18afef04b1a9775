// One file of a batch, from its stat and bytes to its result: too large (by its size, before it is read),
// unchanged (same size and mtime as the entry the index holds), or scanned. Shared by the worker thread
// and the in-process worker.

import type { CompiledPack } from '../../core/scan/compiledPack';
import type { IndexFileResult } from '../host/indexHost';
import { indexText } from './fileIndex';

const decoder = new TextDecoder();

export interface FileSource {
  stat(): { size: number; mtime: number } | undefined | Promise<{ size: number; mtime: number } | undefined>;
  read(): Uint8Array | Promise<Uint8Array>;
}

/** `cp`: the pack, or how to get it (asked only when the file is read). */
export async function scanFile(uri: string, source: FileSource, known: { size: number; mtime: number } | undefined, limitBytes: number, cp: CompiledPack | (() => CompiledPack)): Promise<IndexFileResult> {
  let stat: { size: number; mtime: number } | undefined;
  try {
    stat = await source.stat();
  } catch (e) {
    return { kind: 'missing', uri, why: e instanceof Error ? e.message : String(e) };
  }
  if (!stat) return { kind: 'missing', uri, why: 'not found' };
  // The limit first: an entry kept from a larger limit goes even when the file is unchanged.
  if (stat.size > limitBytes) return { kind: 'tooLarge', uri, size: stat.size };
  if (known && known.size === stat.size && known.mtime === stat.mtime) return { kind: 'unchanged', uri };
  let bytes: Uint8Array;
  try {
    bytes = await source.read();
  } catch (e) {
    return { kind: 'missing', uri, why: e instanceof Error ? e.message : String(e) };
  }
  // The file may have grown since its stat.
  if (bytes.byteLength > limitBytes) return { kind: 'tooLarge', uri, size: bytes.byteLength };
  return { kind: 'indexed', file: indexText(uri, bytes.byteLength, stat.mtime, decoder.decode(bytes), typeof cp === 'function' ? cp() : cp) };
}

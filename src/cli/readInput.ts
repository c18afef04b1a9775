// Reading an input file's bytes without trusting its name: a FIFO would block, a device would never end.

import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { checkText, decodeText, type Decoded } from './decodeText';
import { escapeName } from './names';

/**
 * The largest file read. Scanning costs tens of bytes of memory per byte of a dense file (50 MB of
 * "熵\n" takes about 2 GB), so this keeps a run inside Node's default heap; real Markdown is far smaller.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadResult = { bytes: Buffer } | { skipped: string };

/** What a path that is not a regular file is, in words. */
export function notRegular(st: Stats): string {
  const kind = st.isFIFO() ? 'a named pipe (FIFO)' : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : st.isSocket() ? 'a socket' : undefined;
  return kind ? `${kind}, not a regular file` : 'not a regular file';
}

const MB = 1024 * 1024;

function tooLarge(max: number): string {
  return `larger than ${max >= MB ? `${Math.floor(max / MB)} MB` : `${max} bytes`}, the most the scanner reads`;
}

/**
 * The bytes of a regular file, at most `max`. The caller has already checked the path with stat; the
 * file is opened non-blocking and checked again, so that one swapped for a FIFO or a device meanwhile is
 * still never read. System errors (ENOENT, EACCES…) are thrown.
 */
export function readRegularFile(path: string, max = MAX_FILE_BYTES, scratch?: ReadScratch): ReadResult {
  // O_NONBLOCK: opening a FIFO must not wait for a writer. Windows has no such flag and no FIFOs.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { skipped: notRegular(st) };
    if (st.size > max) return { skipped: tooLarge(max) };
    const bytes = readAtMost(fd, st.size, max + 1, scratch);
    return bytes.length > max ? { skipped: tooLarge(max) } : { bytes };
  } finally {
    closeSync(fd);
  }
}

/** A regular file's text, or why it was skipped. System errors are thrown. */
export function readTextFile(path: string): Decoded {
  const read = readRegularFile(path);
  return 'bytes' in read ? decodeText(read.bytes) : read;
}

/**
 * A Markdown file's text, or undefined when it was skipped or could not be read: then `say` is told
 * why, in one line that names the file (escaped).
 */
export function readTextOrSay(path: string, say: (message: string) => void): string | undefined {
  try {
    const decoded = readTextFile(path);
    if ('text' in decoded) return decoded.text;
    say(`skipped ${escapeName(path)}: ${decoded.skipped}`);
  } catch (e) {
    say(`cannot read ${escapeName(path)}: ${(e as NodeJS.ErrnoException | undefined)?.code ?? String(e)}`);
  }
  return undefined;
}

/**
 * A Markdown file as readTextOrSay() reads it, but UTF-8 left as checked bytes (decodeUtf8 makes the
 * text), or undefined when it was skipped or could not be read (`say` is told why). With `scratch`,
 * the bytes are good until its next read.
 */
export function readInputOrSay(path: string, say: (message: string) => void, scratch?: ReadScratch): { text: string } | { utf8: Uint8Array } | undefined {
  try {
    const read = readRegularFile(path, MAX_FILE_BYTES, scratch);
    const checked = 'bytes' in read ? checkText(read.bytes) : read;
    if (!('skipped' in checked)) return checked;
    say(`skipped ${escapeName(path)}: ${checked.skipped}`);
  } catch (e) {
    say(`cannot read ${escapeName(path)}: ${(e as NodeJS.ErrnoException | undefined)?.code ?? String(e)}`);
  }
  return undefined;
}

/**
 * A buffer that one file after another is read into, instead of a new one per file (thousands of
 * them, most freed at once, kept the collector busy). What is read into it is good until the next read.
 */
export class ReadScratch {
  private buf = Buffer.allocUnsafe(0);

  /** A buffer of at least `size` bytes. */
  take(size: number): Buffer {
    if (this.buf.length < size) this.buf = Buffer.allocUnsafe(Math.max(size, 64 * 1024));
    return this.buf;
  }
}

/** Reads to the end or to `limit` bytes, whichever comes first: the size is a hint, a file may grow (or be in /proc, size 0). */
function readAtMost(fd: number, sizeHint: number, limit: number, scratch?: ReadScratch): Buffer {
  // One byte more than the size, to notice a file that grew without a second pass.
  const first = Math.min(sizeHint + 1, limit);
  let buf = scratch ? scratch.take(first).subarray(0, first) : Buffer.allocUnsafe(first);
  let length = 0;
  for (;;) {
    if (length === buf.length) {
      if (length >= limit) break;
      const bigger = Buffer.allocUnsafe(Math.min(Math.max(buf.length * 2, 64 * 1024), limit));
      buf.copy(bigger, 0, 0, length);
      buf = bigger;
    }
    const wanted = buf.length - length;
    const n = readSync(fd, buf, length, wanted, null);
    length += n;
    // A regular file of known size reads short only at its end: no second read just to see 0. (A file
    // in /proc says its size is 0 and may come in pieces: it is read to the 0.)
    if (n === 0 || (sizeHint > 0 && n < wanted)) break;
  }
  return buf.subarray(0, length);
}

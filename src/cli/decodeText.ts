// A file's bytes to text: UTF-8 (as VS Code saves Markdown), or UTF-16 announced by its byte order mark.
// Anything else is skipped with a reason rather than scanned as mojibake.

import { isUtf8 } from 'node:buffer';

export type Decoded = { text: string } | { skipped: string };

/** Git's test for a binary file looks for a NUL in the first 8000 bytes; this is the same idea. */
const BINARY_WINDOW = 8 * 1024;

const BINARY = 'a binary file (it has a NUL byte in its first 8 KB)';
const NOT_UTF8 = 'not valid UTF-8 (is it Latin-1? convert it to UTF-8)';

// For UTF-16 the BOM is only the encoding's signature: dropped, as VS Code drops it.
const UTF16LE = new TextDecoder('utf-16le', { fatal: true });

export function decodeText(bytes: Uint8Array): Decoded {
  const checked = checkText(bytes);
  return 'utf8' in checked ? { text: decodeUtf8(checked.utf8) } : checked;
}

/**
 * What decodeText() makes of the bytes, but UTF-8 is only checked, not decoded yet: the scanner can
 * read the bytes first and leave a file with no candidate undecoded (see candidateEndsUtf8).
 */
export function checkText(bytes: Uint8Array): Decoded | { utf8: Uint8Array } {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return decodeUtf16(bytes, utf16);
  if (bytes.subarray(0, BINARY_WINDOW).includes(0)) return { skipped: BINARY };
  // Checked (simdutf), then decoded by V8: both much faster than a fatal TextDecoder.
  return isUtf8(bytes) ? { utf8: bytes } : { skipped: NOT_UTF8 };
}

/** Valid UTF-8 to text. A BOM stays as U+FEFF, as readFileSync(file, 'utf8') keeps it: offsets stay as they were. */
export function decodeUtf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function utf16ByteOrder(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE';
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, order: 'LE' | 'BE'): Decoded {
  const invalid = { skipped: `not valid UTF-16${order} (it starts with a UTF-16${order} byte order mark)` };
  if (bytes.length % 2 !== 0) return invalid;
  let le = bytes;
  if (order === 'BE') {
    // Swapped into little-endian: the little-endian decoder is there even in a Node built without ICU.
    le = Buffer.from(bytes);
    (le as Buffer).swap16();
  }
  let text: string;
  try {
    text = UTF16LE.decode(le);
  } catch {
    return invalid;
  }
  // A NUL in text is binary whatever the encoding (UTF-32 read as UTF-16 ends here, too).
  return text.slice(0, BINARY_WINDOW).includes('\0') ? { skipped: BINARY } : { text };
}

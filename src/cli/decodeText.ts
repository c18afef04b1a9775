// A file's bytes to text: UTF-8 (as VS Code saves Markdown), or UTF-16 announced by its byte order mark.
// Anything else is skipped with a reason rather than scanned as mojibake.

export type Decoded = { text: string } | { skipped: string };

/** Git's test for a binary file looks for a NUL in the first 8000 bytes; this is the same idea. */
const BINARY_WINDOW = 8 * 1024;

const BINARY = 'a binary file (it has a NUL byte in its first 8 KB)';
const NOT_UTF8 = 'not valid UTF-8 (is it Latin-1? convert it to UTF-8)';

// ignoreBOM keeps a UTF-8 BOM as U+FEFF, as readFileSync(file, 'utf8') did: offsets stay as they were.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// For UTF-16 the BOM is only the encoding's signature: dropped, as VS Code drops it.
const UTF16LE = new TextDecoder('utf-16le', { fatal: true });

export function decodeText(bytes: Uint8Array): Decoded {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return decodeUtf16(bytes, utf16);
  if (bytes.subarray(0, BINARY_WINDOW).includes(0)) return { skipped: BINARY };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { skipped: NOT_UTF8 };
  }
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

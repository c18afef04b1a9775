// One size limit for every Markdown file the extension reads (conceptLens.maxFileSizeKB), in bytes of
// UTF-8: a file's size on disk, or an open document's text as it would be saved. Strings are measured
// without being encoded (no copy of a megabyte per keystroke).

/** Bytes in a KB of the setting. */
const KB = 1024;

/**
 * The UTF-8 length of `text[from, to)`, as TextEncoder would write it: 1 to 3 bytes a UTF-16 unit, 4 for
 * a surrogate pair (2 a half), 3 for a lone surrogate (written as U+FFFD). Whether a surrogate at either
 * end of the range has its other half is read from the whole text, so lengths of adjacent ranges add up.
 */
export function utf8Length(text: string, from = 0, to = text.length): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) bytes += isLow(text.charCodeAt(i + 1)) ? 2 : 3;
    else if (c >= 0xdc00 && c <= 0xdfff) bytes += isHigh(text.charCodeAt(i - 1)) ? 2 : 3;
    else bytes += 3;
  }
  return bytes;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The UTF-8 length of a text after an edit, from its length before (`bytes`): only the edited range
 * and one unit on either side (a surrogate there may gain or lose its other half) are measured.
 * `before` and `after` are the whole text before and after replacing `deleteCount` units at `start`
 * with `insertCount` units.
 */
export function utf8LengthAfterEdit(bytes: number, before: string, after: string, start: number, deleteCount: number, insertCount: number): number {
  const from = Math.max(0, start - 1);
  return bytes - utf8Length(before, from, Math.min(before.length, start + deleteCount + 1)) + utf8Length(after, from, Math.min(after.length, start + insertCount + 1));
}

/**
 * Whether a Markdown file is over the size limit of `maxFileSizeKB` KB (1 KB = 1024 bytes of UTF-8):
 * `content` is its size in bytes (a file's stat, or a count kept up to date), or its text. A text is
 * measured only when its UTF-16 length cannot tell (each unit is 1 to 3 bytes).
 */
export function exceedsSizeLimit(content: string | number, maxFileSizeKB: number): boolean {
  const limit = maxFileSizeKB * KB;
  if (typeof content === 'number') return content > limit;
  if (content.length > limit) return true;
  if (content.length * 3 <= limit) return false;
  return utf8Length(content) > limit;
}

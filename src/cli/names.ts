// File names as the CLI prints them: a name is bytes the user does not control (a download, an archive),
// so a newline or a control character in it must not start a forged line of output or of a message.

import { sep } from 'node:path';

/**
 * Characters that could break or disguise a line: C0 and C1 controls, DEL, the Unicode line and
 * paragraph separators, bidirectional controls, lone surrogates, and the backslash that starts an escape.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const ODD = /[\\\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT: Record<string, string> = { '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** On Windows the backslash separates folders and cannot be part of a name: it stays as it is. */
const BACKSLASH_SEPARATES = sep === '\\';

/** A path with JSON-style escapes for the odd characters only: ordinary names, Chinese included, are unchanged. */
export function escapeName(path: string): string {
  return path.replace(ODD, (c) => {
    if (c === '\\' && BACKSLASH_SEPARATES) return c;
    return SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

// Where things are in a pack's JSON text, found by linear scans: how deep the nesting goes (checked
// before any parser recurses), and the offsets of the values that problems are about.

import { visit } from 'jsonc-parser';
import type { Path } from './packProblem';

/**
 * Where nesting first goes deeper than `max` arrays and objects, or -1. A linear scan that skips
 * strings and comments as jsonc-parser's scanner does, and closes a level only on its own bracket (as
 * the parser does), so the parser never recurses deeper than this finds.
 */
export function nestingBeyond(text: string, max: number): number {
  const open: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string ends at its quote, or (unterminated) before a line break.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
        else if (d === 10 || d === 13) {
          i--;
          break;
        }
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (open.length >= max) return i;
      open.push(c + 2); // } is { + 2, ] is [ + 2
    } else if (c === 0x7d || c === 0x5d) {
      if (open.length > 0 && open[open.length - 1] === c) open.pop();
    } else if (c === 0x2f) {
      const d = text.charCodeAt(i + 1);
      if (d === 0x2f) {
        while (i + 1 < n && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i++;
      } else if (d === 0x2a) {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? n : end + 1;
      }
    }
  }
  return -1;
}

/**
 * The offsets of the values at `paths` (for a value that is an object's field, of its key), or of
 * the deepest value on the way that exists, in one pass over valid JSON. Only the branches that lead
 * to a wanted path are followed; nothing is built for the rest.
 */
export function locateAll(text: string, paths: readonly Path[]): (path: Path) => number | undefined {
  const segment = (p: string | number): string => (typeof p === 'number' ? `[${p}]` : JSON.stringify(p));
  const wanted = new Set<string>();
  for (const path of paths) {
    let key = '';
    wanted.add(key);
    for (const p of path) wanted.add((key += segment(p)));
  }
  const valueAt = new Map<string, number>();
  const keyAt = new Map<string, number>();
  // One frame per open array or object (its key is unused on a branch that leads nowhere wanted).
  const frames: { key: string; array: boolean; index: number; property: string; propertyAt: number }[] = [];
  /** A value begins: its key if it is wanted, else undefined. */
  const begin = (offset: number): string | undefined => {
    let key = '';
    const top = frames[frames.length - 1];
    if (top) {
      key = top.key + (top.array ? segment(top.index++) : segment(top.property));
      if (!wanted.has(key)) return undefined;
      if (!top.array && !keyAt.has(key)) keyAt.set(key, top.propertyAt);
    }
    if (!valueAt.has(key)) valueAt.set(key, offset);
    return key;
  };
  const open = (array: boolean) => (offset: number): boolean => {
    const key = begin(offset);
    // An unwanted branch: jsonc-parser skips its insides, and calls only its end (which pops this frame).
    frames.push({ key: key ?? '', array, index: 0, property: '', propertyAt: 0 });
    return key !== undefined;
  };
  visit(
    text,
    {
      onObjectBegin: open(false),
      onArrayBegin: open(true),
      onObjectEnd: () => void frames.pop(),
      onArrayEnd: () => void frames.pop(),
      onObjectProperty: (property, offset) => {
        const top = frames[frames.length - 1]!;
        top.property = property;
        top.propertyAt = offset;
      },
      onLiteralValue: (_value, offset) => void begin(offset),
    },
    { allowTrailingComma: false, disallowComments: true },
  );
  return (path) => {
    const keys = [''];
    for (const p of path) keys.push(keys[keys.length - 1]! + segment(p));
    const full = keys[keys.length - 1]!;
    if (path.length > 0 && keyAt.has(full)) return keyAt.get(full);
    for (let n = keys.length - 1; n >= 0; n--) {
      const at = valueAt.get(keys[n]!);
      if (at !== undefined) return at;
    }
    return undefined;
  };
}

// Inflected English forms of an alias. Packs are compiled with a table that compromise derives
// (see compromiseInflections.ts); loading compromise is slow, so it never runs on activation or on a
// keystroke. Until its table is ready, or for an alias missing from it, basicInflections() stands in.
//
// A table is keyed by the aliases of a pack, and an alias may be "constructor" or "__proto__": read it
// only with inflectionsOf() / hasInflection() (own entries), never with `table[alias]` or `alias in
// table`, and make one with inflectionTable() / mergeInflections() (no prototype).

import { isAsciiLetter } from '../text/chars';

/** Alias as written in the pack → its other forms (plurals, verb forms). */
export type InflectionTable = Readonly<Record<string, readonly string[]>>;

/** A table without a prototype, so that no alias is ever found on Object.prototype. */
export function inflectionTable(entries: Iterable<readonly [string, readonly string[]]> = []): Record<string, readonly string[]> {
  const table = Object.create(null) as Record<string, readonly string[]>;
  for (const [alias, forms] of entries) table[alias] = forms;
  return table;
}

/** Whether the table has the alias's own entry (unlike `alias in table`, false for "constructor"). */
export function hasInflection(table: InflectionTable, alias: string): boolean {
  return Object.hasOwn(table, alias);
}

/**
 * The forms the table lists for the alias, or undefined when it lists none. The table may come from a
 * file (a cache): an entry that is not a list of strings counts as none, and other strings are dropped.
 */
export function inflectionsOf(table: InflectionTable, alias: string): readonly string[] | undefined {
  if (!Object.hasOwn(table, alias)) return undefined;
  const forms: unknown = table[alias];
  if (!Array.isArray(forms)) return undefined;
  return forms.every((f) => typeof f === 'string') ? (forms as string[]) : forms.filter((f): f is string => typeof f === 'string');
}

/** The tables' own entries, a later table's entry for an alias replacing an earlier one's: `{ ...a, ...b }` without a prototype. */
export function mergeInflections(...tables: readonly InflectionTable[]): InflectionTable {
  const out = inflectionTable();
  for (const t of tables) for (const alias of Object.keys(t)) out[alias] = t[alias]!;
  return out;
}

/**
 * Where the run of ASCII letters that ends `text` starts (text.length if none): "cross-entropy" → 6.
 * A loop, not /[A-Za-z]+$/, which retries from every letter of a long run.
 */
export function lastWordStart(text: string): number {
  let start = text.length;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return start;
}

/** The plural of the last word, by the regular English rules. */
export function basicInflections(alias: string): string[] {
  // The last run of ASCII letters ends the alias.
  const start = lastWordStart(alias);
  if (start === alias.length) return [];
  const head = alias.slice(0, start);
  if (/[\n\r\u2028\u2029]/.test(head)) return []; // `.` in that regex stops at a line break
  const word = alias.slice(start);
  if (/^[A-Z0-9]+$/.test(word)) return [`${head}${word}s`]; // acronyms: LLMs
  if (/[^aeiou]y$/i.test(word)) return [`${head}${word.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/i.test(word)) return [`${head}${word}es`];
  return [`${head}${word}s`];
}


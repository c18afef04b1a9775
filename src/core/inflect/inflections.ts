// Inflected English forms of an alias. Packs are compiled with a table that compromise derives
// (see compromiseInflections.ts); loading compromise is slow, so it never runs on activation or on a
// keystroke. Until its table is ready, or for an alias missing from it, basicInflections() stands in.

/** Alias as written in the pack → its other forms (plurals, verb forms). */
export type InflectionTable = Readonly<Record<string, readonly string[]>>;

/** The plural of the last word, by the regular English rules. */
export function basicInflections(alias: string): string[] {
  const m = /^(.*?)([A-Za-z]+)$/.exec(alias);
  if (!m) return [];
  const [, head, word] = m as unknown as [string, string, string];
  if (/^[A-Z0-9]+$/.test(word)) return [`${head}${word}s`]; // acronyms: LLMs
  if (/[^aeiou]y$/i.test(word)) return [`${head}${word.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/i.test(word)) return [`${head}${word}es`];
  return [`${head}${word}s`];
}

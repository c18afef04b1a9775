// Renaming a concept's name in one language, decided without a host: which occurrences are that name
// (or an inflection of it, not another alias), and what each becomes. "Emergences" renamed from
// emergence to appearance becomes "Appearances": the inflection and the capital are kept.

import { aliasKey } from '../../core/pack/aliasKey';
import { nameLanguage } from '../../core/text/script';

/** Characters an inflection may change at the end of an English name (entropy → entropies). */
const INFLECTED_TAIL = 2;

function lower(s: string): string {
  return s.toLowerCase();
}

/** How many leading characters two texts share, ignoring case. */
function sharedStart(a: string, b: string): number {
  let p = 0;
  while (p < a.length && p < b.length && lower(a[p]!) === lower(b[p]!)) p++;
  return p;
}

/** Whether an occurrence's text is the name itself or an inflection of it (not another alias). */
export function isNameOrInflection(text: string, name: string): boolean {
  if (aliasKey(text) === aliasKey(name)) return true;
  if (nameLanguage(name) === 'zh') return false;
  const p = sharedStart(text, name);
  // An inflection changes a short tail of one word: "emergent behaviour" is another alias, not a form.
  const tail = text.slice(p);
  return p >= Math.max(1, name.length - INFLECTED_TAIL) && tail.length <= INFLECTED_TAIL + 2 && !/[^A-Za-z]/.test(tail);
}

/** Keeps the occurrence's capital: a capitalised or all-capital occurrence renames the same way. */
function withCaseOf(text: string, renamed: string): string {
  if (text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase()) return renamed.toUpperCase();
  const first = text[0]!;
  if (first !== lower(first) && renamed[0] === lower(renamed[0]!)) return renamed[0]!.toUpperCase() + renamed.slice(1);
  return renamed;
}

/** The occurrence renamed, its inflection and capital kept (undefined: it is not this name). */
export function renamedOccurrence(text: string, oldName: string, newName: string): string | undefined {
  if (!isNameOrInflection(text, oldName)) return undefined;
  if (aliasKey(text) === aliasKey(oldName)) return withCaseOf(text, newName);
  const p = sharedStart(text, oldName);
  const dropped = oldName.slice(p);
  const added = text.slice(p);
  // emergence → emergences adds "s"; entropy → entropies drops "y" and adds "ies".
  const stem = dropped && lower(newName).endsWith(lower(dropped)) ? newName.slice(0, newName.length - dropped.length) : dropped ? undefined : newName;
  return stem === undefined ? withCaseOf(text, newName) : withCaseOf(text, stem + added);
}

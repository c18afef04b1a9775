// A name, alias, exclusion or cue as the automaton reads text: width folded, emphasis markers dropped,
// whitespace one space; and the spellings writers use for the same English term.

import { foldWidth } from '../text/chars';

const TRANSPARENT = /[*_~]/g;

export function foldSurface(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldWidth(text.charCodeAt(i)));
  return out.replace(TRANSPARENT, '').replace(/\s+/g, ' ').trim();
}

/** Spelling variants writers use for the same English term: hyphen, space or nothing. */
export function spellingVariants(form: string): string[] {
  const out = new Set([form]);
  if (/\w-\w/.test(form)) {
    out.add(form.replace(/(\w)-(?=\w)/g, '$1 '));
    out.add(form.replace(/(\w)-(?=\w)/g, '$1'));
  }
  if (/\w \w/.test(form)) out.add(form.replace(/(\w) (?=\w)/g, '$1-'));
  return [...out];
}

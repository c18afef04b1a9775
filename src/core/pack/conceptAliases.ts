// A concept's names, aliases and exclusions: the texts the automaton matches or refuses. An alias
// belongs to one concept only (compared as the automaton compares it, by aliasKey).

import type { AliasSpec, Lang } from './conceptPack';
import { LANGS } from './conceptPack';
import { aliasKey } from './aliasKey';
import { pathText, show, type Path } from './packProblem';
import type { Alias, Concept } from './packTypes';
import { ALIAS, EXCLUSION, isObject, own, type Validator } from './packValidator';

/** Which concept each alias belongs to, across the whole pack. */
export class AliasOwners {
  private readonly owner = new Map<string, { concept: Concept; alias: Alias; path: Path }>();
  constructor(private readonly v: Validator) {}

  /** Adds the alias to the concept, unless another concept has claimed it first. */
  claim(concept: Concept, alias: Alias, aliasPath: Path): void {
    const key = aliasKey(alias.text);
    const prior = this.owner.get(key);
    if (prior && prior.concept !== concept) {
      this.v.report(aliasPath, { id: 'aliasClaimed', value: show(alias.text), concept: prior.concept.id, at: pathText(prior.path) });
      return;
    }
    if (prior) {
      // The same concept names it twice (a name repeated among the aliases): the alias's options win.
      prior.alias.caseSensitive = alias.caseSensitive;
      prior.alias.contextual = alias.contextual;
      return;
    }
    this.owner.set(key, { concept, alias, path: aliasPath });
    concept.aliases.push(alias);
  }
}

/** Claims the concept's names, then its aliases (`c` is the concept as written, at `path`). */
export function readAliases(v: Validator, owners: AliasOwners, c: Record<string, unknown>, concept: Concept, path: Path, caseSensitive: boolean): void {
  for (const lang of LANGS) {
    const n = concept.name[lang];
    if (n !== undefined) owners.claim(concept, { text: n, lang, caseSensitive, contextual: false }, [...path, 'name', lang]);
  }
  v.listsByLang(c, path, 'aliases', (a, lang, ap) => {
    const alias = aliasOf(v, a as AliasSpec, ap, lang, caseSensitive);
    if (alias) owners.claim(concept, alias, ap);
  });
}

function aliasOf(v: Validator, a: AliasSpec, path: Path, lang: Lang, caseSensitive: boolean): Alias | undefined {
  if (typeof a === 'string') {
    const text = v.surface(a, path, { noun: 'alias' }, ALIAS);
    return text === undefined ? undefined : { text, lang, caseSensitive, contextual: false };
  }
  if (!isObject(a)) {
    v.report(path, { id: 'aliasNotStringOrObject' });
    return undefined;
  }
  v.fields(a, path, ['text', 'caseSensitive', 'contextual']);
  const text = v.surface(own(a, 'text'), [...path, 'text'], { noun: 'alias' }, ALIAS);
  if (text === undefined) return undefined;
  const flags = { caseSensitive: own(a, 'caseSensitive'), contextual: own(a, 'contextual') };
  for (const flag of ['caseSensitive', 'contextual'] as const)
    if (flags[flag] !== undefined && typeof flags[flag] !== 'boolean') v.report([...path, flag], { id: 'notBoolean', field: flag });
  return {
    text,
    lang,
    caseSensitive: typeof flags.caseSensitive === 'boolean' ? flags.caseSensitive : caseSensitive,
    contextual: flags.contextual === true,
  };
}

/** Adds the concept's exclusions (`c` is the concept as written, at `path`). */
export function readExclusions(v: Validator, c: Record<string, unknown>, concept: Concept, path: Path): void {
  v.listsByLang(c, path, 'exclusions', (e, lang, ep) => {
    const text = v.surface(e, ep, { noun: 'exclusion' }, EXCLUSION);
    if (text !== undefined) concept.exclusions.push({ text, lang });
  });
}

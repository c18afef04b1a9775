// Validates a pack already parsed from JSON: its header, its article, then its concepts in two passes
// (shape and ids first, then the relations and senses that name other concepts).

import type { Locate } from './packProblem';
import type { ConceptPack, LoadedPack } from './packTypes';
import { isObject, Validator } from './packValidator';
import { readArticle, readPackHeader } from './validateArticle';
import { readConcepts } from './validateConcepts';
import { readRelations, readSenses } from './validateLinks';

/**
 * Validates a pack already parsed from JSON (or any plain data: a key is read only as an own field,
 * nothing is walked recursively). Never throws on such a value. `locate` places a problem's path.
 */
export function validatePack(value: unknown, locate: Locate = () => undefined): LoadedPack {
  const v = new Validator(locate);
  const pack = validate(v, value);
  return { pack, problems: v.finish() };
}

/** The usable part of the pack, its problems reported to `v`; undefined when `value` is not an object. */
export function validate(v: Validator, value: unknown): ConceptPack | undefined {
  if (!isObject(value)) {
    v.report([], { id: 'packNotObject' });
    return undefined;
  }
  v.fields(value, [], ['$schema', 'id', 'version', 'name', 'article', 'concepts']);
  const { id, version, name } = readPackHeader(v, value);
  const { title, sections, sectionIds } = readArticle(v, value);
  const read = readConcepts(v, value, sectionIds);
  readRelations(v, read);
  readSenses(v, read);
  return { id, version, name, title, sections, concepts: read.concepts };
}

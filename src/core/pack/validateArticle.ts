// The pack's own fields (id, version, name) and its article: the title and the sections that
// concepts are placed in.

import type { Localized } from './conceptPack';
import { PACK_LIMITS } from './packLimits';
import type { Path } from './packProblem';
import type { Section } from './packTypes';
import { ID, isObject, own, type Validator } from './packValidator';

export interface PackHeader {
  id: string;
  version: number;
  name: Localized;
}

/** The pack's id, version and name; a bad id or version is reported and a default stands in. */
export function readPackHeader(v: Validator, value: Record<string, unknown>): PackHeader {
  let id = 'pack';
  const packId = own(value, 'id');
  if (typeof packId === 'string' && ID.test(packId)) id = packId;
  else v.report(['id'], packId === undefined ? 'the pack id is missing' : 'the pack id must be kebab-case (a-z, 0-9, -)');
  let version = 1;
  const packVersion = own(value, 'version');
  if (packVersion !== undefined) {
    if (typeof packVersion === 'number' && Number.isInteger(packVersion) && packVersion >= 1) version = packVersion;
    else v.report(['version'], 'version must be a positive integer');
  }
  const name = v.localized(own(value, 'name'), ['name'], 'the pack name', false);
  return { id, version, name };
}

export interface Article {
  title: Localized;
  sections: Section[];
  /** The ids of `sections`, for concepts to name. */
  sectionIds: Set<string>;
}

/** The article's title and its sections, up to the limit; a section with a bad or repeated id is left out. */
export function readArticle(v: Validator, value: Record<string, unknown>): Article {
  const out: Article = { title: {}, sections: [], sectionIds: new Set<string>() };
  const article = own(value, 'article');
  if (!isObject(article)) {
    v.report(['article'], article === undefined ? 'the article is missing' : 'the article must be an object');
    return out;
  }
  v.fields(article, ['article'], ['title', 'sections']);
  out.title = v.localized(own(article, 'title'), ['article', 'title'], 'the article title', true);
  const list = v.array(own(article, 'sections'), ['article', 'sections'], 'sections');
  if (list.length > PACK_LIMITS.maxSections)
    v.report(['article', 'sections', PACK_LIMITS.maxSections], `the article has ${list.length} sections; only the first ${PACK_LIMITS.maxSections} are read`);
  for (let i = 0; i < Math.min(list.length, PACK_LIMITS.maxSections); i++) {
    const section = readSection(v, list[i], ['article', 'sections', i], out.sectionIds);
    if (section) out.sections.push(section);
  }
  return out;
}

/** One section, its id added to `ids`; undefined (and reported) when it cannot be used. */
function readSection(v: Validator, s: unknown, path: Path, ids: Set<string>): Section | undefined {
  if (!isObject(s)) {
    v.report(path, 'a section must be an object');
    return undefined;
  }
  v.fields(s, path, ['id', 'heading', 'title']);
  const raw = own(s, 'id');
  const sid = typeof raw === 'string' && ID.test(raw) ? raw : undefined;
  if (sid === undefined) {
    v.report([...path, 'id'], raw === undefined ? 'the section id is missing' : 'a section id must be kebab-case');
    return undefined;
  }
  if (ids.has(sid)) {
    v.report([...path, 'id'], `duplicate section id "${sid}"`);
    return undefined;
  }
  const heading = v.string(own(s, 'heading'), [...path, 'heading'], 'the section heading');
  if (heading === undefined) return undefined;
  ids.add(sid);
  return { id: sid, heading, title: v.localized(own(s, 'title'), [...path, 'title'], 'the section title', false) };
}

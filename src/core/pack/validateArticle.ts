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
  else v.report(['id'], { id: packId === undefined ? 'packIdMissing' : 'packIdBad' });
  let version = 1;
  const packVersion = own(value, 'version');
  if (packVersion !== undefined) {
    if (typeof packVersion === 'number' && Number.isInteger(packVersion) && packVersion >= 1) version = packVersion;
    else v.report(['version'], { id: 'versionBad' });
  }
  const name = v.localized(own(value, 'name'), ['name'], 'packName', false);
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
    v.report(['article'], { id: article === undefined ? 'articleMissing' : 'articleNotObject' });
    return out;
  }
  v.fields(article, ['article'], ['title', 'sections']);
  out.title = v.localized(own(article, 'title'), ['article', 'title'], 'articleTitle', true);
  const list = v.array(own(article, 'sections'), ['article', 'sections'], 'sections');
  if (list.length > PACK_LIMITS.maxSections)
    v.report(['article', 'sections', PACK_LIMITS.maxSections], { id: 'tooManySections', count: list.length, max: PACK_LIMITS.maxSections });
  for (let i = 0; i < Math.min(list.length, PACK_LIMITS.maxSections); i++) {
    const section = readSection(v, list[i], ['article', 'sections', i], out.sectionIds);
    if (section) out.sections.push(section);
  }
  return out;
}

/** One section, its id added to `ids`; undefined (and reported) when it cannot be used. */
function readSection(v: Validator, s: unknown, path: Path, ids: Set<string>): Section | undefined {
  if (!isObject(s)) {
    v.report(path, { id: 'sectionNotObject' });
    return undefined;
  }
  v.fields(s, path, ['id', 'heading', 'title']);
  const raw = own(s, 'id');
  const sid = typeof raw === 'string' && ID.test(raw) ? raw : undefined;
  if (sid === undefined) {
    v.report([...path, 'id'], { id: raw === undefined ? 'sectionIdMissing' : 'sectionIdBad' });
    return undefined;
  }
  if (ids.has(sid)) {
    v.report([...path, 'id'], { id: 'duplicateSectionId', section: sid });
    return undefined;
  }
  const heading = v.string(own(s, 'heading'), [...path, 'heading'], { noun: 'sectionHeading' });
  if (heading === undefined) return undefined;
  ids.add(sid);
  return { id: sid, heading, title: v.localized(own(s, 'title'), [...path, 'title'], 'sectionTitle', false) };
}

// A glossary CSV as a concept pack: two or three columns, the Chinese name, the English name and an
// optional explanation (in Chinese when it holds Chinese, else in English; a placeholder when empty). A first row that names
// the columns (zh/en, Chinese/English, 中文/英文…) is a header. Ids come from the English name, or
// from the pinyin of the Chinese one. Blank rows are skipped; anything else that is not a glossary
// row is an error with its line.

import { proposeConceptId } from '../authoring/conceptId';
import type { ConceptPackSpec, ConceptSpec, Localized } from '../pack/conceptPack';
import { CsvError, readCsv, type CsvRecord } from './csvReader';
import { checked, explanationOr, IdAllocator, tooMany, type ImportProblem, type ImportResult } from './importedPack';

const NO_IDS: ReadonlySet<string> = new Set();
const HEADER_WORDS = new Set(['zh', 'en', 'chinese', 'english', '中文', '英文', '汉语', '英语', '中文名', '英文名', '术语', 'term', 'name_zh', 'name_en', 'zh-cn', 'explanation', '解释', '释义', 'definition']);

function isHeader(r: CsvRecord): boolean {
  return r.fields.slice(0, 2).every((f) => HEADER_WORDS.has(f.trim().toLowerCase()));
}

function explanationOf(text: string): Localized {
  const t = text.trim();
  if (t === '') return {};
  return /\p{Script=Han}/u.test(t) ? { zh: t } : { en: t };
}

function conceptOf(r: CsvRecord, ids: IdAllocator, names: Map<string, number>, problems: ImportProblem[]): ConceptSpec | undefined {
  if (r.fields.length < 2 || r.fields.length > 3) {
    problems.push({ line: r.line, message: `expected 2 or 3 columns (zh, en, explanation), found ${r.fields.length}` });
    return undefined;
  }
  const [zh, en, explanation] = r.fields.map((f) => f.trim());
  if (!zh && !en) {
    problems.push({ line: r.line, message: 'a row needs a Chinese or an English name' });
    return undefined;
  }
  const name: Localized = { ...(zh ? { zh } : {}), ...(en ? { en } : {}) };
  for (const n of [zh, en]) {
    const first = n ? names.get(n.toLowerCase()) : undefined;
    if (first !== undefined) {
      problems.push({ line: r.line, message: `the name "${n!.slice(0, 60)}" is already on line ${first}` });
      return undefined;
    }
    if (n) names.set(n.toLowerCase(), r.line);
  }
  const id = ids.take(proposeConceptId(name, NO_IDS));
  return { id, name, explanation: explanationOr(explanationOf(explanation ?? ''), name) };
}

/** The pack of a glossary CSV; `packId` names it (a valid id, from the file's name). */
export function importCsv(text: string, packId = 'glossary', title = packId): ImportResult {
  let records: CsvRecord[];
  try {
    records = readCsv(text);
  } catch (e) {
    if (e instanceof CsvError) return { pack: undefined, problems: [{ line: e.line, message: e.message.replace(/^line \d+: /, '') }] };
    throw e;
  }
  const rows = records.filter((r) => !r.fields.every((f) => f.trim() === ''));
  if (rows[0] && isHeader(rows[0])) rows.shift();
  const problems: ImportProblem[] = [];
  const ids = new IdAllocator();
  const names = new Map<string, number>();
  const concepts: ConceptSpec[] = [];
  const lines: number[] = [];
  for (const r of rows) {
    if (tooMany(problems)) break;
    const c = conceptOf(r, ids, names, problems);
    if (c) {
      concepts.push(c);
      lines.push(r.line);
    }
  }
  if (problems.length > 0) return { pack: undefined, problems };
  if (concepts.length === 0) return { pack: undefined, problems: [{ line: undefined, message: 'no glossary rows' }] };
  const spec: ConceptPackSpec = { id: packId, version: 1, article: { title: { en: title }, sections: [] }, concepts };
  return checked(spec, lines);
}

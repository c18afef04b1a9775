// One Markdown file as the workspace index keeps it: its matches as a flat Int32Array (six numbers a
// match), the distinct texts they stand as, its headings and its front-matter title. This is what the
// index worker sends back, what the cache stores and what queries read; the file's text is not kept.
// No vscode, no Node: the worker thread, the in-process fallback and the tests share it.

import { scanDocument } from '../../core/scan/documentScan';
import { LineIndex } from '../../core/text/lineIndex';
import { frontMatterTitle, isArticleOutline } from '../../core/features/articleMatch';
import { compiledPackData, type CompiledPack } from '../../core/scan/compiledPack';

/** Numbers per match in `IndexedFile.matches`. */
export const MATCH_STRIDE = 6;
/** Offsets of each match's numbers: concept index, start line and character, end line and character, text index. */
export const M_CONCEPT = 0;
export const M_START_LINE = 1;
export const M_START_CHAR = 2;
export const M_END_LINE = 3;
export const M_END_CHAR = 4;
export const M_TEXT = 5;

/** Numbers per heading in `IndexedFile.headingLines`: its level and its 0-based line. */
export const HEADING_STRIDE = 2;

/** Shared by every file without matches or headings (most files of a docs folder have no match). */
export const NO_NUMBERS = new Int32Array(0);
const NO_TEXTS: string[] = [];

export interface IndexedFile {
  uri: string;
  /** In bytes, and milliseconds since the epoch: a cached entry counts only while both still hold. */
  size: number;
  mtime: number;
  /** MATCH_STRIDE numbers per match, in document order. */
  matches: Int32Array;
  /** The distinct texts the matches stand as (a concept's few spellings repeat across a file). */
  texts: string[];
  /**
   * The headings' texts (inline markup stripped), in order: every heading of the article; of another
   * file, only the headings that some match stands under (the sections exports name). Most of a docs
   * folder's headings (a changelog's hundreds) are not kept.
   */
  headingTexts: string[];
  /** …and HEADING_STRIDE numbers each: level and line. (Offsets are not kept: only lines are asked.) */
  headingLines: Int32Array;
  /** Whether isArticle() recognises the file as the pack's article (by its front-matter title or headings). */
  isArticle: boolean;
}

/** Scans one file's text with a pack into its index entry. */
export function indexText(uri: string, size: number, mtime: number, text: string, cp: CompiledPack): IndexedFile {
  const scan = scanDocument(text, cp);
  // Lines are needed for matches and kept headings only (most files of a docs folder have neither).
  let lineIndex: LineIndex | undefined;
  const lines = (): LineIndex => (lineIndex ??= new LineIndex(text));
  const matches = new Int32Array(scan.matches.length * MATCH_STRIDE);
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  let k = 0;
  for (const m of scan.matches) {
    const s = lines().positionAt(m.start);
    const e = lines().positionAt(m.end);
    const t = text.slice(m.start, m.end);
    let ti = textIndex.get(t);
    if (ti === undefined) {
      ti = texts.length;
      texts.push(t);
      textIndex.set(t, ti);
    }
    matches[k + M_CONCEPT] = m.concept;
    matches[k + M_START_LINE] = s.line;
    matches[k + M_START_CHAR] = s.character;
    matches[k + M_END_LINE] = e.line;
    matches[k + M_END_CHAR] = e.character;
    matches[k + M_TEXT] = ti;
    k += MATCH_STRIDE;
  }
  const all = scan.structure.headings;
  const isArticle = isArticleOutline(frontMatterTitle(text), all.map((h) => h.text), cp.pack);
  const hs = isArticle ? all : sectionsOf(all, scan.matches);
  const headingLines = hs.length === 0 ? NO_NUMBERS : new Int32Array(hs.length * HEADING_STRIDE);
  hs.forEach((h, i) => {
    headingLines[i * HEADING_STRIDE] = h.level;
    headingLines[i * HEADING_STRIDE + 1] = lines().lineAt(h.start);
  });
  return {
    uri,
    size,
    mtime,
    matches: matches.length === 0 ? NO_NUMBERS : matches,
    texts: texts.length === 0 ? NO_TEXTS : texts,
    headingTexts: hs.length === 0 ? NO_TEXTS : hs.map((h) => h.text),
    headingLines,
    isArticle,
  };
}

/** The headings that some match stands under (matches and headings in document order). */
function sectionsOf<H extends { start: number }>(headings: readonly H[], matches: readonly { start: number }[]): H[] {
  const out: H[] = [];
  let h = -1;
  for (const m of matches) {
    while (h + 1 < headings.length && headings[h + 1]!.start <= m.start) h++;
    if (h >= 0 && out.at(-1) !== headings[h]) out.push(headings[h]!);
  }
  return out;
}

/** How many matches a file has. */
export function matchCount(f: IndexedFile): number {
  return f.matches.length / MATCH_STRIDE;
}

// ---- The cache file: JSON lines. A header, one line per file, and a trailer that counts them. ----

export const CACHE_FORMAT = 'concept-lens-index';
/**
 * Bumped whenever the scanner reads Markdown differently (2: embeds, `![[file]]`, are not prose): the
 * pack's hash, the other half of the cache's key, does not change then.
 */
export const CACHE_VERSION = 2;

interface Header {
  format: typeof CACHE_FORMAT;
  version: number;
  pack: string;
  concepts: number;
}

/** Writes the cache: the header names the format, its version and the pack (by hash) the matches are of. */
export function encodeCache(packHash: string, concepts: number, files: Iterable<IndexedFile>): string {
  const header: Header = { format: CACHE_FORMAT, version: CACHE_VERSION, pack: packHash, concepts };
  const out: string[] = [JSON.stringify(header)];
  for (const f of files) {
    out.push(JSON.stringify([f.uri, f.size, f.mtime, Array.from(f.matches), f.texts, f.headingTexts, Array.from(f.headingLines), f.isArticle]));
  }
  out.push(JSON.stringify({ end: out.length - 1 }));
  return out.join('\n') + '\n';
}

export type CacheRead = { kind: 'ok'; files: IndexedFile[] } | { kind: 'stale'; why: string } | { kind: 'corrupt'; why: string };

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isCount = (v: unknown): v is number => isInt(v) && v >= 0;

/**
 * Reads a cache file back. Every line is checked before anything is used: a file of another format,
 * version or pack is stale; a line that does not parse or does not hold what it should, or a missing
 * trailer (a truncated write), makes the whole file corrupt.
 */
export function decodeCache(text: string, packHash: string, concepts: number): CacheRead {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let header: unknown;
  try {
    header = JSON.parse(lines[0] ?? '');
  } catch {
    return { kind: 'corrupt', why: 'its first line is not a header' };
  }
  if (typeof header !== 'object' || header === null || (header as Header).format !== CACHE_FORMAT) return { kind: 'corrupt', why: 'it is not a Concept Lens index' };
  const h = header as Header;
  if (h.version !== CACHE_VERSION) return { kind: 'stale', why: `it is of version ${String(h.version)}, not ${CACHE_VERSION}` };
  if (h.pack !== packHash || h.concepts !== concepts) return { kind: 'stale', why: 'it was made with another concept pack' };
  const files: IndexedFile[] = [];
  for (let i = 1; i < lines.length - 1; i++) {
    const f = decodeFile(lines[i]!, concepts);
    if (!f) return { kind: 'corrupt', why: `line ${i + 1} is damaged` };
    files.push(f);
  }
  let trailer: unknown;
  try {
    trailer = lines.length > 1 ? JSON.parse(lines.at(-1)!) : undefined;
  } catch {
    trailer = undefined;
  }
  if (typeof trailer !== 'object' || trailer === null || (trailer as { end?: unknown }).end !== files.length) return { kind: 'corrupt', why: 'it is truncated' };
  return { kind: 'ok', files };
}

function decodeFile(line: string, concepts: number): IndexedFile | undefined {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!Array.isArray(v) || v.length !== 8) return undefined;
  const [uri, size, mtime, matches, texts, headingTexts, headingLines, isArticle] = v as unknown[];
  if (typeof uri !== 'string' || !isCount(size) || typeof mtime !== 'number' || !Number.isFinite(mtime)) return undefined;
  if (!isStrings(texts) || !isStrings(headingTexts)) return undefined;
  const m = counts(matches, MATCH_STRIDE);
  const h = counts(headingLines, HEADING_STRIDE);
  if (!m || !h || h.length !== headingTexts.length * HEADING_STRIDE) return undefined;
  for (let k = 0; k < m.length; k += MATCH_STRIDE) if (m[k + M_CONCEPT]! >= concepts || m[k + M_TEXT]! >= texts.length) return undefined;
  if (typeof isArticle !== 'boolean') return undefined;
  return { uri, size, mtime, matches: m, texts, headingTexts, headingLines: h, isArticle };
}

function isStrings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((t) => typeof t === 'string');
}

/** An array of counts (31 bits) whose length is a multiple of `stride`, as an Int32Array. */
function counts(v: unknown, stride: number): Int32Array | undefined {
  if (!Array.isArray(v) || v.length % stride !== 0) return undefined;
  if (v.length === 0) return NO_NUMBERS;
  const out = new Int32Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as unknown;
    if (!isCount(x) || x > 0x7fffffff) return undefined;
    out[i] = x;
  }
  return out;
}

/** A 64-bit FNV-1a hash of a string, as 16 hex digits (the cache's key for a pack). */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

const packHashes = new WeakMap<CompiledPack, string>();

/** A pack's hash: the cache's key, and how a pack reload that changed nothing is told apart. */
export function packHash(pack: CompiledPack): string {
  let h = packHashes.get(pack);
  if (h === undefined) packHashes.set(pack, (h = hashText(JSON.stringify(compiledPackData(pack)))));
  return h;
}

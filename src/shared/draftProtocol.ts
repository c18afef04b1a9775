// The message protocol of the draft worker (dist/draftWorker.js): the extension host asks for one draft
// of a document's text and the worker answers with the draft or the error it met. Everything that
// crosses postMessage is one of these types, and each side checks what it receives before it uses it.
// No vscode, no Node: the client (src/services/authoring/draftInWorker.ts) is tested without a host.

import type { DraftPack } from '../core/authoring/draftPack';

export type DraftLang = 'auto' | 'zh' | 'en';

/** Host → worker: draft this text. */
export interface DraftRequest {
  type: 'draft';
  /** Echoed in the answer, so that an answer is matched to its request. */
  id: number;
  text: string;
  options: { max?: number; lang?: DraftLang };
}

/** Worker → host: the draft, or why there is none. */
export type DraftResponse = { type: 'drafted'; id: number; draft: DraftPack } | { type: 'failed'; id: number; message: string };

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isLocalized = (v: unknown): boolean => isObject(v) && Object.entries(v).every(([k, t]) => (k === 'zh' || k === 'en') && isString(t));

export function isDraftRequest(v: unknown): v is DraftRequest {
  if (!isObject(v) || v.type !== 'draft' || !isCount(v.id) || !isString(v.text) || !isObject(v.options)) return false;
  const { max, lang } = v.options;
  return (max === undefined || (typeof max === 'number' && Number.isFinite(max))) && (lang === undefined || lang === 'auto' || lang === 'zh' || lang === 'en');
}

function isCandidate(v: unknown): boolean {
  if (!isObject(v) || !isString(v.id) || !isLocalized(v.name) || !isCount(v.count) || typeof v.score !== 'number' || !isString(v.example) || !Array.isArray(v.sources)) return false;
  const first = v.first;
  return isObject(first) && isCount(first.offset) && isCount(first.line) && isCount(first.character) && (first.section === undefined || isString(first.section));
}

/** The shape the draft command reads: the pack's article sections and concepts, and the candidates. */
export function isDraftPack(v: unknown): v is DraftPack {
  if (!isObject(v) || !isObject(v.pack) || !Array.isArray(v.candidates) || !v.candidates.every(isCandidate)) return false;
  const { article, concepts } = v.pack;
  if (!isObject(article) || !Array.isArray(article.sections) || !Array.isArray(concepts)) return false;
  return article.sections.every((s) => isObject(s) && isString(s.id) && isString(s.heading)) && concepts.every((c) => isObject(c) && isString(c.id) && isLocalized(c.name));
}

export function isDraftResponse(v: unknown): v is DraftResponse {
  if (!isObject(v) || !isCount(v.id)) return false;
  if (v.type === 'drafted') return isDraftPack(v.draft);
  return v.type === 'failed' && isString(v.message);
}

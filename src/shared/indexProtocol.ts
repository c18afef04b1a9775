// The message protocol of the index worker (dist/indexWorker.js): the extension host asks it to list the
// folders' Markdown files (file: folders) and to read the saved index back, sends the pack, then batches of files; the worker reads each
// file (or is given its bytes), scans it and answers with the file's index entry, or says it is
// unchanged, too large or missing. Every message is checked by
// the side that receives it before it is used. No vscode, no Node.

import type { CompiledPackData } from '../core/scan/compiledPack';
import type { IndexFileResult, IndexListRequest, IndexListResult } from '../services/host/indexHost';
import { MATCH_STRIDE, type CacheRead } from '../services/index/fileIndex';

/** Host → worker: scan with this pack from now on. */
export interface IndexPackMessage {
  type: 'pack';
  hash: string;
  data: CompiledPackData;
}

export interface IndexScanFile {
  uri: string;
  /** The file's bytes when the host read it (a URI the worker cannot read itself); else the worker reads it. */
  bytes?: Uint8Array;
  /** For `bytes`: the file's size and mtime as the host saw them. */
  stat?: { size: number; mtime: number };
  known?: { size: number; mtime: number };
}

/** Host → worker: read and scan these files. */
export interface IndexScanMessage {
  type: 'scan';
  id: number;
  limitBytes: number;
  files: IndexScanFile[];
}

/** Host → worker: list the Markdown files of these folders (file: URIs) that the exclusions let in. */
export interface IndexListMessage extends IndexListRequest {
  type: 'list';
  id: number;
}

/** Host → worker: read the cache file at `uri` (a file: URI) and check it against this pack. */
export interface IndexReadCacheMessage {
  type: 'readCache';
  id: number;
  uri: string;
  hash: string;
  concepts: number;
  /** conceptLens.maxFileSizeKB in bytes: an entry over it is to be read again (and found too large). */
  limitBytes: number;
}

export type IndexRequest = IndexPackMessage | IndexScanMessage | IndexListMessage | IndexReadCacheMessage;

/** Worker → host. */
export type IndexResponse =
  | { type: 'scanned'; id: number; hash: string; results: IndexFileResult[] }
  | ({ type: 'listed'; id: number } & IndexListResult)
  /** `read` is undefined when there is no cache file; `changed`: the entries whose files changed on disk. */
  | { type: 'cacheRead'; id: number; read?: CacheRead; changed?: string[] }
  | { type: 'failed'; id: number; message: string };

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isStat = (v: unknown): boolean => isObject(v) && isCount(v.size) && typeof v.mtime === 'number';

export function isIndexRequest(v: unknown): v is IndexRequest {
  if (!isObject(v)) return false;
  if (v.type === 'pack') return isString(v.hash) && isObject(v.data);
  if (v.type === 'readCache') return isCount(v.id) && isString(v.uri) && isString(v.hash) && isCount(v.concepts) && isCount(v.limitBytes);
  if (v.type === 'list') return isCount(v.id) && isStrings(v.folders) && isStrings(v.globs) && isCount(v.max) && Array.isArray(v.gitignores) && v.gitignores.every((g: unknown) => Array.isArray(g) && g.length === 2 && isStrings(g));
  if (v.type !== 'scan' || !isCount(v.id) || !isCount(v.limitBytes) || !Array.isArray(v.files)) return false;
  return v.files.every((f: unknown) => isObject(f) && isString(f.uri) && (f.bytes === undefined || f.bytes instanceof Uint8Array) && (f.stat === undefined || isStat(f.stat)) && (f.known === undefined || isStat(f.known)));
}

function isCacheRead(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isObject(v)) return false;
  if (v.kind === 'stale' || v.kind === 'corrupt') return isString(v.why);
  return v.kind === 'ok' && Array.isArray(v.files) && v.files.every((file: unknown) => isResult({ kind: 'indexed', file }));
}

function isResult(v: unknown): boolean {
  if (!isObject(v)) return false;
  switch (v.kind) {
    case 'unchanged':
      return isString(v.uri);
    case 'tooLarge':
      return isString(v.uri) && isCount(v.size);
    case 'missing':
      return isString(v.uri) && isString(v.why);
    case 'indexed': {
      const f = v.file;
      return (
        isObject(f) &&
        isString(f.uri) &&
        isCount(f.size) &&
        typeof f.mtime === 'number' &&
        f.matches instanceof Int32Array &&
        f.matches.length % MATCH_STRIDE === 0 &&
        Array.isArray(f.texts) &&
        Array.isArray(f.headingTexts) &&
        f.headingLines instanceof Int32Array &&
        typeof f.isArticle === 'boolean'
      );
    }
    default:
      return false;
  }
}

export function isIndexResponse(v: unknown): v is IndexResponse {
  if (!isObject(v) || !isCount(v.id)) return false;
  if (v.type === 'failed') return isString(v.message);
  if (v.type === 'cacheRead') return isCacheRead(v.read) && (v.changed === undefined || isStrings(v.changed));
  if (v.type === 'listed') return isStrings(v.files) && typeof v.more === 'boolean';
  return v.type === 'scanned' && isString(v.hash) && Array.isArray(v.results) && v.results.every(isResult);
}

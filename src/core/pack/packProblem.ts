// A problem found in a pack, and how its path, the values it quotes and the whole problem are shown.

import type { Lang } from './conceptPack';
import { packMessage, type PackMessage } from './packMessages';

export interface PackProblem {
  /** JSON path of the offending value, e.g. `$.concepts[3].aliases.en[1]`. */
  path: string;
  /** In English: what `detail` says, when it is there. */
  message: string;
  /** The message as data, to render in the reader's language (problemMessage). Every problem of the loader has one. */
  detail?: PackMessage;
  /** 1-based, when the pack's text is known. */
  line?: number;
  column?: number;
  /**
   * 'warning': the pack is usable as written, but probably not as meant (an alias of one letter, an
   * invisible character in an alias, an empty alias that is skipped). Absent: an error.
   */
  severity?: 'error' | 'warning';
}

/** True unless the problem is only a warning. */
export function isPackError(p: PackProblem): boolean {
  return p.severity !== 'warning';
}

/** A JSON path as keys and indexes, `$` being the empty path. */
export type Path = (string | number)[];
/** Where a path's value stands in the pack's text, if known. */
export type Locate = (path: Path) => { line: number; column: number } | undefined;

/** Keys and strings in messages are cut to this many code units. */
const SHOWN_LENGTH = 60;

export function pathText(path: Path): string {
  let out = '$';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) && p.length <= SHOWN_LENGTH ? `.${p}` : `[${JSON.stringify(cut(p))}]`;
  return out;
}

/** Zero-width characters: invisible in an editor, so an alias made of them, or with one inside, is a trap. */
export const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;
export const ZERO_WIDTH_ALL = /[\u200b-\u200d\u2060\ufeff]/g;

function cut(text: string): string {
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
}

/** A value as a message shows it, without quotes: a string cut short with its invisible characters spelled out, else its kind. */
export function show(value: unknown): string {
  if (typeof value === 'string') return cut(value).replace(ZERO_WIDTH_ALL, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object' && value !== null) return '{…}';
  if (typeof value === 'function') return 'a function';
  return String(value);
}

/** A problem with its message in English, and the message as data to render in either language. */
export function problemOf(path: string, detail: PackMessage): PackProblem {
  return { path, message: packMessage(detail, 'en'), detail };
}

/** The problem's message in `lang` (a problem without `detail` has only its English `message`). */
export function problemMessage(p: PackProblem, lang: Lang): string {
  return p.detail ? packMessage(p.detail, lang) : p.message;
}

/** Formats a problem for a terminal or a diagnostic list: `file:line:col: [warning: ]path: message`, in `lang` (English by default). */
export function formatProblem(p: PackProblem, file?: string, lang: Lang = 'en'): string {
  const where = [file, p.line, p.column].filter((x) => x !== undefined).join(':');
  const warning = p.severity !== 'warning' ? '' : lang === 'zh' ? '警告：' : 'warning: ';
  return `${where ? where + ': ' : ''}${warning}${p.path}: ${problemMessage(p, lang)}`;
}

// Edits of a pack's JSON text for authoring commands. Each returns jsonc-parser Edits (offset, length,
// content) that touch only the place of the change: the user's layout, comments and the other concepts
// stay byte for byte as they were, so that the extension applies them as a WorkspaceEdit (and undo is one step).
//
// jsonc-parser's modify() finds where a value goes, but with formatting options it reformats every line
// it touches (an inline `"zh": ["熵", "熵增"]` becomes one alias per line); without them it writes compact
// JSON. So modify() is used to replace a value, and a new member is written here in the layout of its
// neighbours: on the same line in a one-line container, else on a line of its own at their indentation.

import { createScanner, findNodeAtLocation, modify, parseTree, type Edit, type Node, type ParseError } from 'jsonc-parser';
import type { AliasSpec, ConceptPackSpec, ConceptSpec, Lang, SectionSpec } from '../pack/conceptPack';
import { aliasKey } from '../pack/aliasKey';
import { refusal, type PackEditMessage, type PackEditRefusal } from './packEditMessages';
import { detectFormat, flatJson, indentUnit, renderJson, type PackFormat } from './packEditsFormat';

export { detectFormat, type PackFormat } from './packEditsFormat';
export { packEditMessage, type PackEditMessage, type PackEditRefusal } from './packEditMessages';
export type { Edit } from 'jsonc-parser';

export type PackEditFailure = 'unparseable' | 'not-a-pack' | 'not-found' | 'duplicate';
export type PackEditResult = { ok: true; edits: Edit[] } | ({ ok: false; reason: PackEditFailure } & PackEditRefusal);

/** What new packs point to; the extension also maps `*.conceptpack.json` to the schema it ships. */
export const PACK_SCHEMA_URI = 'https://concept-lens.invalid/schemas/concept-pack.schema.json';

interface Parsed {
  root: Node;
  /** The text without a byte-order mark; offsets into it are `shift` less than offsets into the file. */
  body: string;
  shift: number;
  format: PackFormat;
}

const fail = (reason: PackEditFailure, detail: PackEditMessage): PackEditResult => ({ ok: false, reason, ...refusal(detail) });

function parse(text: string): Parsed | PackEditResult {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = text.slice(shift);
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { allowTrailingComma: false, disallowComments: false });
  // An edit of text that does not parse could land anywhere: the user fixes the JSON first.
  if (errors.length > 0 || !root) return fail('unparseable', { id: 'notJson' });
  if (root.type !== 'object') return fail('not-a-pack', { id: 'notObject' });
  return { root, body, shift, format: detectFormat(body) };
}

const isParsed = (p: Parsed | PackEditResult): p is Parsed => 'root' in p;

function shifted(p: Parsed, edits: Edit[]): PackEditResult {
  return { ok: true, edits: p.shift === 0 ? edits : edits.map((e) => ({ ...e, offset: e.offset + p.shift })) };
}

/** The object of the concept with this id, wherever it stands in `concepts`. */
function findConcept(root: Node, id: string): Node | undefined {
  const concepts = findNodeAtLocation(root, ['concepts']);
  if (concepts?.type !== 'array') return undefined;
  for (const c of concepts.children ?? []) {
    if (c.type === 'object' && findNodeAtLocation(c, ['id'])?.value === id) return c;
  }
  return undefined;
}

/** The whitespace that starts the line holding `offset`. */
function lineIndent(body: string, offset: number): string {
  let start = offset;
  while (start > 0 && body.charCodeAt(start - 1) !== 10 && body.charCodeAt(start - 1) !== 13) start--;
  let end = start;
  while (body.charCodeAt(end) === 32 || body.charCodeAt(end) === 9) end++;
  return body.slice(start, end);
}

/** Whether only whitespace stands between the start of its line and `offset`. */
function startsLine(body: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = body.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Where the line of `offset` ends, if only whitespace and comments follow it there: a new member goes
 * after them, so that a trailing `// comment` stays with the member it was written after.
 */
function endOfLineAfter(body: string, offset: number): number | undefined {
  const scanner = createScanner(body, false);
  scanner.setPosition(offset);
  for (;;) {
    const token = scanner.scan();
    if (token === 14 /* LineBreakTrivia */) return scanner.getTokenOffset();
    if (token === 12 /* LineComment */ || token === 15 /* Trivia */) continue;
    // A block comment is skipped only if it ends on this line.
    const at = scanner.getTokenOffset();
    if (token === 13 /* BlockComment */ && !/[\r\n]/.test(body.slice(at, at + scanner.getTokenLength()))) continue;
    return undefined;
  }
}

/** The separator after each comma in a one-line container: what its first comma has, else a space. */
function separatorOf(body: string, children: Node[]): string {
  if (children.length < 2) return ' ';
  const a = children[0]!;
  const between = body.slice(a.offset + a.length, children[1]!.offset);
  return between.endsWith(' ') || between.endsWith('\t') ? ' ' : '';
}

/**
 * Edits that add a member (`key` for an object, none for an array) at the end of a container node. A
 * `broken` member (a concept, a section) has one field a line, as the packs write their records.
 */
function appendMember(p: Parsed, container: Node, key: string | undefined, value: unknown, broken = false): Edit[] {
  const { body, format } = p;
  const children = container.children ?? [];
  const open = container.offset;
  const close = container.offset + container.length - 1;
  const multiLine = /[\r\n]/.test(body.slice(open, close));
  const prefix = key === undefined ? '' : `${JSON.stringify(key)}: `;
  if (children.length > 0 && !multiLine) {
    const last = children[children.length - 1]!;
    const sep = separatorOf(body, children);
    return [{ offset: last.offset + last.length, length: 0, content: `,${sep}${prefix.trimEnd()}${prefix ? sep : ''}${flatJson(value, sep)}` }];
  }
  const outer = lineIndent(body, open);
  if (children.length === 0) {
    const indent = outer + indentUnit(format);
    const item = prefix + renderJson(value, indent, prefix.length, format, broken);
    // A short member in an empty one-line container stays on that line: `[]` becomes `["熵"]`.
    if (!multiLine && !item.includes('\n')) return [{ offset: open + 1, length: 0, content: item }];
    return [{ offset: open + 1, length: 0, content: format.eol + indent + item + (multiLine ? '' : format.eol + outer) }];
  }
  const last = children[children.length - 1]!;
  const end = last.offset + last.length;
  const indent = startsLine(body, last.offset) ? lineIndent(body, last.offset) : outer + indentUnit(format);
  const item = format.eol + indent + prefix + renderJson(value, indent, prefix.length, format, broken);
  const lineEnd = endOfLineAfter(body, end);
  if (lineEnd === undefined || lineEnd === end) return [{ offset: end, length: 0, content: ',' + item }];
  return [
    { offset: end, length: 0, content: ',' },
    { offset: lineEnd, length: 0, content: item },
  ];
}

/** The value at `path` under `node` set: the innermost existing object gets the missing members. */
function setAt(p: Parsed, node: Node, path: string[], value: unknown): Edit[] {
  const existing = findNodeAtLocation(node, path);
  if (existing) {
    const at = existing.offset;
    // modify() on the value alone: it replaces the value's own range and nothing else.
    const edits = modify(p.body.slice(at, at + existing.length), [], value, {});
    return edits.map((e) => ({ ...e, offset: e.offset + at }));
  }
  let k = path.length - 1;
  let wrapped: unknown = value;
  while (k > 0 && findNodeAtLocation(node, path.slice(0, k))?.type !== 'object') wrapped = { [path[k--]!]: wrapped };
  const parent = k === 0 ? node : findNodeAtLocation(node, path.slice(0, k))!;
  return appendMember(p, parent, path[k]!, wrapped);
}

/** Appends a concept to `concepts` (made if missing). Refuses an id the pack already has. */
export function addConcept(text: string, concept: ConceptSpec): PackEditResult {
  const p = parse(text);
  if (!isParsed(p)) return p;
  if (findConcept(p.root, concept.id)) return fail('duplicate', { id: 'hasConcept', concept: concept.id });
  const concepts = findNodeAtLocation(p.root, ['concepts']);
  if (concepts && concepts.type !== 'array') return fail('not-a-pack', { id: 'wrongType', key: 'concepts', want: 'array' });
  return shifted(p, concepts ? appendMember(p, concepts, undefined, concept, true) : appendMember(p, p.root, 'concepts', [concept]));
}

/** Appends a section to `article.sections` (made if missing). Refuses an id the pack already has. */
export function addSection(text: string, section: SectionSpec): PackEditResult {
  const p = parse(text);
  if (!isParsed(p)) return p;
  const sections = findNodeAtLocation(p.root, ['article', 'sections']);
  if (sections && sections.type !== 'array') return fail('not-a-pack', { id: 'wrongType', key: 'article.sections', want: 'array' });
  if (sections?.children?.some((s) => s.type === 'object' && findNodeAtLocation(s, ['id'])?.value === section.id))
    return fail('duplicate', { id: 'hasSection', section: section.id });
  const article = findNodeAtLocation(p.root, ['article']);
  if (article && article.type !== 'object') return fail('not-a-pack', { id: 'wrongType', key: 'article', want: 'object' });
  return shifted(p, sections ? appendMember(p, sections, undefined, section, true) : setAt(p, p.root, ['article', 'sections'], [section]));
}

function aliasText(a: AliasSpec): string {
  return typeof a === 'string' ? a : a.text;
}

/** Adds an alias in one language to a concept. Refuses one that is already a name or alias of it. */
export function addAlias(text: string, conceptId: string, lang: Lang, alias: AliasSpec): PackEditResult {
  const p = parse(text);
  if (!isParsed(p)) return p;
  const concept = findConcept(p.root, conceptId);
  if (!concept) return fail('not-found', { id: 'noConcept', concept: conceptId });
  const key = aliasKey(aliasText(alias));
  const list = findNodeAtLocation(concept, ['aliases', lang]);
  const known = [findNodeAtLocation(concept, ['name', lang]), ...(list?.type === 'array' ? (list.children ?? []) : [])];
  for (const n of known) {
    const t = n?.type === 'string' ? n.value : n?.type === 'object' ? findNodeAtLocation(n, ['text'])?.value : undefined;
    if (typeof t === 'string' && aliasKey(t) === key) return fail('duplicate', { id: 'aliasTaken', alias: aliasText(alias), concept: conceptId });
  }
  const aliases = findNodeAtLocation(concept, ['aliases']);
  if (aliases && aliases.type !== 'object') return fail('not-a-pack', { id: 'wrongType', key: 'aliases', of: conceptId, want: 'object' });
  if (list && list.type !== 'array') return fail('not-a-pack', { id: 'wrongType', key: `aliases.${lang}`, of: conceptId, want: 'array' });
  return shifted(p, list ? appendMember(p, list, undefined, alias) : setAt(p, concept, ['aliases', lang], [alias]));
}

/** Sets a concept's name in one language (replacing it, or adding it). */
export function setName(text: string, conceptId: string, lang: Lang, name: string): PackEditResult {
  const p = parse(text);
  if (!isParsed(p)) return p;
  const concept = findConcept(p.root, conceptId);
  if (!concept) return fail('not-found', { id: 'noConcept', concept: conceptId });
  const names = findNodeAtLocation(concept, ['name']);
  if (names && names.type !== 'object') return fail('not-a-pack', { id: 'wrongType', key: 'name', of: conceptId, want: 'object' });
  return shifted(p, setAt(p, concept, ['name', lang], name));
}

/** The text of a new pack file: `$schema` first, laid out as the built-in pack is, ending with a line end. */
export function newPackText(pack: ConceptPackSpec, options: { schema?: string | null; format?: Partial<PackFormat> } = {}): string {
  const format = { insertSpaces: true, tabSize: 2, eol: '\n' as const, ...options.format };
  const { $schema, ...rest } = pack;
  // null: no $schema at all (VS Code maps `*.conceptpack.json` to the schema the extension ships).
  const schema = options.schema === null ? undefined : (options.schema ?? $schema ?? PACK_SCHEMA_URI);
  return renderJson(schema === undefined ? rest : { $schema: schema, ...rest }, '', 0, format) + format.eol;
}

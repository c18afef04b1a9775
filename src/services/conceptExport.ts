// Export Concepts…, without the UI: the workspace's occurrences and the concepts of its packs in one
// of the export formats, with file names relative to the file being written. The command
// (src/extension/commands/exportConceptsCommand.ts) only asks where and shows progress.

import { exportConcepts, type ExportOptions } from '../core/export/exportConcepts';
import { cutSection, EXPORT_EXTENSIONS, type ExportFormat, type ExportOccurrence } from '../core/export/exportModel';
import { isHttpBaseIri } from '../core/export/exportSkos';
import type { Concept, ConceptPack } from '../core/pack/packTypes';
import type { CompiledPack } from '../core/scan/compiledPack';
import type { CancellationToken } from './base/cancellation';
import type { DocumentOccurrences } from './index/conceptIndex';

/** `scheme:` with its `//authority`, and the path. */
const URI_PARTS = /^([A-Za-z][A-Za-z0-9+.-]*:(?:\/\/[^/]*)?)(.*)$/;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * `file` as a path relative to the folder of `target` (both URIs), `/` between folders and
 * percent-escapes decoded; the whole URI when they are on different file systems.
 */
export function relativeUri(target: string, file: string): string {
  const t = URI_PARTS.exec(target);
  const f = URI_PARTS.exec(file);
  if (!t || !f || t[1]!.toLowerCase() !== f[1]!.toLowerCase()) return file;
  const from = t[2]!.split('/').slice(0, -1);
  const to = f[2]!.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].map((s) => (s === '..' ? s : decode(s))).join('/');
}

/** The file name a save dialog proposes. */
export function defaultExportName(format: ExportFormat): string {
  return `concepts.${EXPORT_EXTENSIONS[format]}`;
}

/**
 * The base IRI that the setting `conceptLens.export.baseIri` asks for: undefined (the exporter's default)
 * when it is empty, or when it is not an absolute http(s) IRI ending in `/` or `#`; then `invalid` is
 * true, for a warning.
 */
export function settingBaseIri(value: unknown): { base: string | undefined; invalid: boolean } {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return { base: undefined, invalid: typeof value !== 'string' && value !== undefined && value !== null };
  return isHttpBaseIri(text) ? { base: text, invalid: false } : { base: undefined, invalid: true };
}

/** The workspace pack, with the concepts that only documents' own packs define (a nearer pack's) added. */
function exportPack(pack: CompiledPack, docs: readonly DocumentOccurrences[]): ConceptPack {
  const byId = new Map<string, Concept>(pack.pack.concepts.map((c) => [c.id, c]));
  for (const d of docs)
    if (d.pack !== pack)
      for (const o of d.occurrences) {
        const i = d.pack.indexOf.get(o.concept);
        if (!byId.has(o.concept) && i !== undefined) byId.set(o.concept, d.pack.concepts[i]!);
      }
  return { ...pack.pack, concepts: [...byId.values()] };
}

export interface ExportSource {
  all(token?: CancellationToken): Promise<DocumentOccurrences[]>;
}

/** The export's text, or undefined when it was cancelled. */
export async function exportWorkspaceConcepts(source: ExportSource, pack: CompiledPack, format: ExportFormat, target: string, token?: CancellationToken, options: ExportOptions = {}): Promise<string | undefined> {
  const docs = await source.all(token);
  if (token?.isCancellationRequested) return undefined;
  const named = docs.map((d) => ({ d, name: relativeUri(target, d.uri) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const occurrences: ExportOccurrence[] = [];
  for (const { d, name } of named)
    for (const o of d.occurrences) occurrences.push({ file: name, line: o.range.start.line + 1, column: o.range.start.character + 1, concept: o.concept, text: o.text, section: o.section && cutSection(o.section) });
  return exportConcepts({ pack: exportPack(pack, docs), occurrences }, format, options);
}

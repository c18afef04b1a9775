// Occurrences of a concept across the workspace: open documents from their live scans, other
// Markdown files read and scanned, cached by modification time. Files over the size limit (by their
// stat, in bytes) are not read.

import { scanDocument } from '../core/scan/documentScan';
import { LineIndex } from '../core/text/lineIndex';
import type { CompiledPack } from '../core/scan/compiledPack';
import type { Match } from '../core/scan/scanner';
import { exceedsSizeLimit } from '../core/features/sizeLimit';
import type { CancellationToken } from './base/cancellation';
import type { IWorkspace } from './host/workspace';
import type { ISettings } from './host/settings';
import type { ITextDocument, Range } from './host/textDocument';
import { errorText, type ILog } from './host/log';
import type { ScannedDocument } from './scannedDocument';
import { isSourceDocument } from './schemes';
import { sectionAt } from '../core/markdown/markdownStructure';
import type { Heading } from '../core/markdown/headings';

/** How many workspace files are read at most. */
export const WORKSPACE_FILES_MAX = 2000;

export interface Occurrence {
  uri: string;
  range: Range;
  /** The words as they stand in the document. */
  text: string;
}

/** Every occurrence in one document, for exports: the concept's id, where, the words and the section's heading. */
export interface DocumentOccurrences {
  uri: string;
  pack: CompiledPack;
  occurrences: { concept: string; range: Range; text: string; section: string | undefined }[];
}

interface Cached {
  mtime: number;
  pack: CompiledPack;
  matches: Match[];
  lines: LineIndex;
  headings: readonly Heading[];
  /** The text of each match (the file's text is not kept). */
  texts: string[];
}

type Visit = (uri: string, pack: CompiledPack, matches: readonly Match[], range: (m: Match) => Range, text: (m: Match, i: number) => string, headings: () => readonly Heading[]) => void;

export class WorkspaceOccurrences {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly workspace: IWorkspace,
    private readonly settings: ISettings,
    private readonly scans: { readonly pack: CompiledPack; get(doc: ITextDocument): ScannedDocument | undefined },
    private readonly log: ILog,
    /** Wraps the reading of files (the vscode adapter shows progress in the status bar). */
    private readonly withProgress: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
  ) {}

  async find(conceptId: string, token?: CancellationToken): Promise<Occurrence[]> {
    const out: Occurrence[] = [];
    await this.eachDocument(token, (uri, pack, matches, range, text) => {
      const ci = pack.indexOf.get(conceptId);
      if (ci === undefined) return;
      matches.forEach((m, i) => m.concept === ci && out.push({ uri, range: range(m), text: text(m, i) }));
    });
    return out;
  }

  /** How often each concept occurs in the workspace's Markdown (open documents as they are now). */
  async counts(token?: CancellationToken): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    await this.eachDocument(token, (_uri, pack, matches) => {
      for (const m of matches) {
        const id = pack.concepts[m.concept]!.id;
        out.set(id, (out.get(id) ?? 0) + 1);
      }
    });
    return out;
  }

  /** Every occurrence of every concept, document by document (open documents as they are now). */
  async all(token?: CancellationToken): Promise<DocumentOccurrences[]> {
    const out: DocumentOccurrences[] = [];
    await this.eachDocument(token, (uri, pack, matches, range, text, headings) => {
      const hs = headings();
      out.push({ uri, pack, occurrences: matches.map((m, i) => ({ concept: pack.concepts[m.concept]!.id, range: range(m), text: text(m, i), section: sectionAt(hs, m.start)?.text })) });
    });
    return out;
  }

  /** Visits every Markdown document: open ones from their live scans, the others read from disk. */
  private async eachDocument(token: CancellationToken | undefined, visit: Visit): Promise<void> {
    const seen = this.visitOpen(visit);
    if (this.workspace.folders.length === 0) return;
    const files = await this.workspace.findMarkdownFiles(WORKSPACE_FILES_MAX, token);
    const limitKB = this.settings.window().maxFileSizeKB;
    await this.withProgress(async () => {
      for (const uri of files) {
        if (token?.isCancellationRequested) return;
        if (seen.has(uri)) continue;
        const entry = await this.scanFile(uri, limitKB);
        if (entry) visit(uri, entry.pack, entry.matches, (m) => ({ start: entry.lines.positionAt(m.start), end: entry.lines.positionAt(m.end) }), (_m, i) => entry.texts[i]!, () => entry.headings);
      }
    });
  }

  /** The open documents the user edits, of any scheme (not views of them: the guide, a diff's git: side). */
  private visitOpen(visit: Visit): Set<string> {
    const seen = new Set<string>();
    for (const doc of this.workspace.documents) {
      if (!isSourceDocument(doc.uri)) continue;
      const scanned = this.scans.get(doc);
      if (!scanned) continue;
      seen.add(doc.uri);
      visit(doc.uri, scanned.pack, scanned.matches, (m) => scanned.range(m), (m) => scanned.text.slice(m.start, m.end), () => scanned.headings);
    }
    return seen;
  }

  private async scanFile(uri: string, limitKB: number): Promise<Cached | undefined> {
    const stat = await this.workspace.stat(uri);
    if (!stat || exceedsSizeLimit(stat.size, limitKB)) return undefined;
    const pack = this.scans.pack;
    const hit = this.cache.get(uri);
    if (hit && hit.mtime === stat.mtime && hit.pack === pack) return hit;
    let text: string;
    try {
      const bytes = await this.workspace.readFile(uri);
      // The file may have grown since its stat (or a file system may not know sizes).
      if (exceedsSizeLimit(bytes.byteLength, limitKB)) return undefined;
      text = new TextDecoder().decode(bytes);
    } catch (e) {
      this.log.warn(`cannot read ${uri}: ${errorText(e)}`);
      return undefined;
    }
    const scan = scanDocument(text, pack);
    const matches = [...scan.matches];
    const entry = { mtime: stat.mtime, pack, matches, lines: new LineIndex(text), headings: scan.structure.headings, texts: matches.map((m) => text.slice(m.start, m.end)) };
    this.cache.set(uri, entry);
    return entry;
  }
}

// Keeps an incremental scan of every open Markdown document. Edits are queued as they come and
// applied on demand (a provider asks) or after a short pause (decorations, views), so typing never
// waits for a scan and every feature sees an up-to-date result.

import * as vscode from 'vscode';
import { IncrementalScan, type TextEdit } from '../../core/scan/incrementalScan';
import { LineIndex } from '../../core/text/lineIndex';
import { parseMarkdown, sectionAt } from '../../core/markdown/markdownStructure';
import type { Match } from '../../core/scan/scanner';
import type { Heading } from '../../core/markdown/headings';
import type { CompiledPack } from '../../core/scan/compiledPack';
import type { PackRegistry } from './packRegistry';
import { readSettings } from './settings';

export const DEBOUNCE_MS = 150;

/** A scanned document: its matches and headings, with offset ↔ position helpers. */
export class ScannedDocument {
  private lines: LineIndex | undefined;
  private headingList: readonly Heading[] | undefined;
  constructor(
    readonly uri: vscode.Uri,
    readonly version: number,
    readonly text: string,
    matches: readonly Match[],
    /** Computes the headings of `text` when first asked: typing (highlights, decorations) never needs them. */
    private readonly computeHeadings: () => readonly Heading[],
    readonly pack: CompiledPack,
  ) {
    // The incremental scan shifts its matches in place on later edits: keep a snapshot.
    this.matches = matches.map((m) => ({ ...m }));
  }

  readonly matches: readonly Match[];

  get headings(): readonly Heading[] {
    return (this.headingList ??= this.computeHeadings());
  }

  private index(): LineIndex {
    return (this.lines ??= new LineIndex(this.text));
  }

  position(offset: number): vscode.Position {
    const p = this.index().positionAt(offset);
    return new vscode.Position(p.line, p.character);
  }

  offset(pos: vscode.Position): number {
    return this.index().offsetAt(pos);
  }

  range(m: { start: number; end: number }): vscode.Range {
    return new vscode.Range(this.position(m.start), this.position(m.end));
  }

  /**
   * The match under a position: the one the position is in, else one that ends right there (a cursor
   * right after a match counts, as VS Code does for words). Where two matches touch (大模型涌现), the
   * position between them is in the second one.
   */
  matchAt(pos: vscode.Position): Match | undefined {
    const off = this.offset(pos);
    const i = this.firstEndingAfter(off);
    const m = this.matches[i];
    if (m && m.start <= off) return m;
    const before = this.matches[i - 1];
    return before && before.end === off ? before : undefined;
  }

  /** The matches that start in lines [fromLine, toLine). */
  matchesInLines(fromLine: number, toLine: number): Match[] {
    const index = this.index();
    const end = toLine >= index.lineCount ? this.text.length : index.lineStarts[Math.max(0, toLine)]!;
    const out: Match[] = [];
    for (let i = this.firstEndingAfter(index.lineStarts[Math.min(Math.max(0, fromLine), index.lineCount - 1)]!); i < this.matches.length && this.matches[i]!.start < end; i++) out.push(this.matches[i]!);
    return out;
  }

  /** The match a selection is on: the one a non-empty selection starts in, else the one at the cursor. */
  matchAtSelection(selection: vscode.Selection): Match | undefined {
    return this.matchAt(selection.isEmpty ? selection.active : selection.start);
  }

  /** Index of the first match whose end is after `offset` (matches are sorted and do not overlap). */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.matches.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.matches[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private namingHeadings: Map<number, Heading> | undefined;

  /** The first heading that holds an occurrence of the concept (computed once, in O(headings · log matches)). */
  headingNaming(concept: number): Heading | undefined {
    if (!this.namingHeadings) {
      this.namingHeadings = new Map();
      for (const h of this.headings) {
        for (let i = this.firstEndingAfter(h.start); i < this.matches.length && this.matches[i]!.end <= h.end; i++) {
          const m = this.matches[i]!;
          if (m.start >= h.start && !this.namingHeadings.has(m.concept)) this.namingHeadings.set(m.concept, h);
        }
      }
    }
    return this.namingHeadings.get(concept);
  }

  conceptId(m: Match): string {
    return this.pack.concepts[m.concept]!.id;
  }

  occurrencesOf(concept: number): Match[] {
    return this.matches.filter((m) => m.concept === concept);
  }

  sectionOf(offset: number): Heading | undefined {
    return sectionAt(this.headings, offset);
  }
}

interface Entry {
  scan: IncrementalScan;
  pack: CompiledPack;
  version: number;
  pending: TextEdit[];
  result: ScannedDocument | undefined;
}

export class DocumentScans implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly tooLarge = new Set<string>();
  private readonly changed = new vscode.EventEmitter<ScannedDocument | undefined>();
  /** Fires (debounced) when a document's scan changes; undefined when every document changed. */
  readonly onDidChange = this.changed.event;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly packs: PackRegistry) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      packs.onDidChange(() => this.invalidateAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('conceptLens.enabled') || e.affectsConfiguration('conceptLens.maxFileSizeKB')) {
          this.tooLarge.clear();
          this.invalidateAll();
        }
      }),
    );
  }

  /** The compiled pack in use. */
  get pack(): CompiledPack {
    return this.packs.current;
  }

  static isMarkdown(doc: vscode.TextDocument): boolean {
    return doc.languageId === 'markdown';
  }

  /** The up-to-date scan of a document, or undefined when it is not scanned (not Markdown, disabled, too large). */
  get(doc: vscode.TextDocument): ScannedDocument | undefined {
    if (!DocumentScans.isMarkdown(doc)) return undefined;
    const settings = readSettings(doc.uri);
    if (!settings.enabled) return undefined;
    const key = doc.uri.toString();
    // The length without getText(), which copies the whole document on every call.
    const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    if (length > settings.maxFileSizeKB * 1024) {
      this.warnTooLarge(doc, settings.maxFileSizeKB);
      this.entries.delete(key);
      return undefined;
    }
    const pack = this.packs.current;
    let e = this.entries.get(key);
    if (!e || e.pack !== pack) {
      e = { scan: new IncrementalScan(doc.getText(), pack), pack, version: doc.version, pending: [], result: undefined };
      this.entries.set(key, e);
    } else if (e.pending.length > 0 || e.version !== doc.version) {
      for (const edit of e.pending) e.scan.applyEdit(edit);
      e.pending = [];
      // A lost event would leave the scan out of step: start over rather than show stale results.
      if (e.scan.text.length !== length) e.scan = new IncrementalScan(doc.getText(), pack);
      e.version = doc.version;
      e.result = undefined;
    }
    if (!e.result) {
      const scan = e.scan;
      const snapshot = scan.text;
      // The scan's headings while it still holds this text; after later edits, from the snapshot itself.
      const headings = (): readonly Heading[] => (scan.text === snapshot ? scan.headings : parseMarkdown(snapshot).headings);
      e.result = new ScannedDocument(doc.uri, doc.version, snapshot, scan.matches, headings, pack);
    }
    return e.result;
  }

  /** Rescans every open document from scratch. */
  rescanAll(): void {
    this.entries.clear();
    this.tooLarge.clear();
    this.changed.fire(undefined);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (!DocumentScans.isMarkdown(e.document) || e.contentChanges.length === 0) return;
    const key = e.document.uri.toString();
    const entry = this.entries.get(key);
    if (entry) for (const c of e.contentChanges) entry.pending.push({ start: c.rangeOffset, deleteCount: c.rangeLength, text: c.text });
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (e.document.isClosed) return;
        this.changed.fire(this.get(e.document));
      }, DEBOUNCE_MS),
    );
  }

  private invalidateAll(): void {
    this.entries.clear();
    this.changed.fire(undefined);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.entries.delete(key);
    this.tooLarge.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  private warnTooLarge(doc: vscode.TextDocument, limitKB: number): void {
    const key = doc.uri.toString();
    if (this.tooLarge.has(key)) return;
    this.tooLarge.add(key);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Concept Lens skips {0}: it is larger than {1} KB (setting conceptLens.maxFileSizeKB).', vscode.workspace.asRelativePath(doc.uri), limitKB),
    );
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

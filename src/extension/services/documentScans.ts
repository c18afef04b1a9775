// Keeps an incremental scan of every open Markdown document. Edits are queued as they come and
// applied on demand (a provider asks) or after a short pause (decorations, views), so typing never
// waits for a scan and every feature sees an up-to-date result.

import * as vscode from 'vscode';
import { IncrementalScan, type TextEdit } from '../../core/scan/incrementalScan';
import { LineIndex } from '../../core/text/lineIndex';
import { parseMarkdown, sectionAt } from '../../core/markdown/markdownStructure';
import type { Match } from '../../core/scan/scanner';
import type { MatchSnapshot } from '../../core/scan/matchSnapshot';
import type { Heading } from '../../core/markdown/headings';
import { scanBlocks, type Block } from '../../core/markdown/blocks';
import { paragraphSpans, type Span } from '../../core/graph/conceptGraph';
import type { CompiledPack } from '../../core/scan/compiledPack';
import type { PackRegistry } from './packRegistry';
import { readSettings, type Settings } from './settings';
import { exceedsSizeLimit, utf8Length, utf8LengthAfterEdit } from '../../core/features/sizeLimit';
import { isAnnotated } from '../schemes';

export const DEBOUNCE_MS = 150;

/**
 * A scanned version of a document: its matches and headings, with offset ↔ position helpers. Made on
 * every flush of edits, so making one costs nothing in the size of the document: the matches stay in
 * the scan's per-block snapshot, the flat list and the headings are made only when asked for.
 */
export class ScannedDocument {
  private lines: LineIndex | undefined;
  private headingList: readonly Heading[] | undefined;
  private paragraphList: readonly Span[] | undefined;
  private namingHeadings: Map<number, Heading> | undefined;
  private counts: Int32Array | undefined;

  constructor(
    /** The live document: while it is still at `version`, its own line model converts offsets. */
    private readonly doc: vscode.TextDocument,
    readonly version: number,
    readonly text: string,
    private readonly snapshot: MatchSnapshot,
    /** Computes the headings of `text` when first asked: typing (highlights, decorations) never needs them. */
    private readonly computeHeadings: () => readonly Heading[],
    /** The blocks of `text`, read at once by whoever asks (the scan's own, while it still has this text). */
    private readonly computeBlocks: () => readonly Block[],
    readonly pack: CompiledPack,
  ) {}

  get uri(): vscode.Uri {
    return this.doc.uri;
  }

  /** Every match, in document order. Prefer the queries below on the typing path: this makes the list. */
  get matches(): readonly Match[] {
    return this.snapshot.all;
  }

  get headings(): readonly Heading[] {
    return (this.headingList ??= this.computeHeadings());
  }

  /** The paragraphs' spans, for co-occurrence in the graph (computed once). */
  paragraphs(): readonly Span[] {
    return (this.paragraphList ??= paragraphSpans(this.computeBlocks()));
  }

  /** Offsets ↔ positions: the document's own line model while it has this text, else our index of it. */
  private current(): boolean {
    return !this.doc.isClosed && this.doc.version === this.version;
  }

  private index(): LineIndex {
    return (this.lines ??= new LineIndex(this.text));
  }

  position(offset: number): vscode.Position {
    if (this.current()) return this.doc.positionAt(offset);
    const p = this.index().positionAt(offset);
    return new vscode.Position(p.line, p.character);
  }

  offset(pos: vscode.Position): number {
    return this.current() ? this.doc.offsetAt(pos) : this.index().offsetAt(pos);
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
    return this.snapshot.at(this.offset(pos));
  }

  /** The matches that overlap lines [fromLine, toLine). */
  matchesInLines(fromLine: number, toLine: number): Match[] {
    const lineCount = this.current() ? this.doc.lineCount : this.index().lineCount;
    const lineStart = (line: number): number => (line >= lineCount ? this.text.length : this.offset(new vscode.Position(Math.max(0, line), 0)));
    return this.snapshot.overlapping(lineStart(fromLine), lineStart(toLine));
  }

  /** The match a selection is on: the one a non-empty selection starts in, else the one at the cursor. */
  matchAtSelection(selection: vscode.Selection): Match | undefined {
    return this.matchAt(selection.isEmpty ? selection.active : selection.start);
  }

  /** The first heading that holds an occurrence of the concept (computed once for all concepts). */
  headingNaming(concept: number): Heading | undefined {
    if (!this.namingHeadings) {
      this.namingHeadings = new Map();
      for (const h of this.headings)
        for (const m of this.snapshot.overlapping(h.start, h.end))
          if (m.start >= h.start && m.end <= h.end && !this.namingHeadings.has(m.concept)) this.namingHeadings.set(m.concept, h);
    }
    return this.namingHeadings.get(concept);
  }

  /** How many times the concept occurs in the document. */
  countOf(concept: number): number {
    return this.countByConcept()[concept] ?? 0;
  }

  /** Occurrences of every concept, indexed by concept. */
  countByConcept(): Int32Array {
    return (this.counts ??= this.snapshot.countByConcept(this.pack.concepts.length));
  }

  conceptId(m: Match): string {
    return this.pack.concepts[m.concept]!.id;
  }

  occurrencesOf(concept: number): Match[] {
    return this.snapshot.occurrencesOf(concept);
  }

  sectionOf(offset: number): Heading | undefined {
    return sectionAt(this.headings, offset);
  }
}

interface Entry {
  scan: IncrementalScan;
  pack: CompiledPack;
  version: number;
  /** The UTF-8 length of the scan's text, kept up to date edit by edit (the size limit counts it). */
  bytes: number;
  pending: TextEdit[];
  result: ScannedDocument | undefined;
}

export class DocumentScans implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** Documents reported as too large (once each). */
  private readonly tooLarge = new Set<string>();
  /**
   * Documents found over the size limit, with a lower bound of their UTF-8 length at a version, kept
   * up to date by their edits: typing in one is not measured again while it stays over.
   */
  private readonly oversized = new Map<string, { version: number; bytes: number }>();
  private readonly changed = new vscode.EventEmitter<ScannedDocument | undefined>();
  /** Fires (debounced) when a document's scan changes; undefined when every document changed. */
  readonly onDidChange = this.changed.event;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Settings per document, read once and dropped on any configuration change (get() runs per keystroke). */
  private readonly settings = new Map<string, Settings>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly packs: PackRegistry) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      packs.onDidChange(() => this.invalidateAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        this.settings.clear();
        if (e.affectsConfiguration('conceptLens.enabled') || e.affectsConfiguration('conceptLens.maxFileSizeKB')) {
          this.tooLarge.clear();
          this.oversized.clear();
          this.invalidateAll();
        }
      }),
    );
  }

  /** The compiled pack in use. */
  get pack(): CompiledPack {
    return this.packs.current;
  }

  /** A Markdown document of a scheme where concepts are annotated (schemes.ts). */
  static isMarkdown(doc: vscode.TextDocument): boolean {
    return doc.languageId === 'markdown' && isAnnotated(doc.uri);
  }

  /** The up-to-date scan of a document, or undefined when it is not scanned (not Markdown, disabled, too large). */
  get(doc: vscode.TextDocument): ScannedDocument | undefined {
    if (!DocumentScans.isMarkdown(doc)) return undefined;
    const key = doc.uri.toString();
    const settings = this.settingsFor(doc.uri, key);
    if (!settings.enabled) return undefined;
    // The size limit counts UTF-8 bytes (sizeLimit.ts). The UTF-16 length, without getText() (which
    // copies the whole document on every call), is a lower bound; a scanned document keeps its count
    // edit by edit; a new one is measured once before it is scanned.
    const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    const limitKB = settings.maxFileSizeKB;
    const known = this.oversized.get(key);
    const atLeast = Math.max(length, known?.version === doc.version ? known.bytes : 0);
    if (exceedsSizeLimit(atLeast, limitKB)) return this.skipTooLarge(doc, key, limitKB, atLeast);
    const pack = this.packs.current;
    let e = this.entries.get(key);
    if (!e || e.pack !== pack) {
      const text = doc.getText();
      const bytes = utf8Length(text);
      if (exceedsSizeLimit(bytes, limitKB)) return this.skipTooLarge(doc, key, limitKB, bytes);
      this.oversized.delete(key);
      e = { scan: new IncrementalScan(text, pack), pack, version: doc.version, bytes, pending: [], result: undefined };
      this.entries.set(key, e);
    } else if (e.pending.length > 0 || e.version !== doc.version) {
      for (const edit of e.pending) {
        const before = e.scan.text;
        const start = Math.max(0, Math.min(edit.start, before.length));
        const deleteCount = Math.max(0, Math.min(edit.deleteCount, before.length - start));
        e.scan.applyEdit(edit);
        e.bytes = utf8LengthAfterEdit(e.bytes, before, e.scan.text, start, deleteCount, edit.text.length);
      }
      e.pending = [];
      // A lost event would leave the scan out of step: start over rather than show stale results.
      if (e.scan.text.length !== length) {
        const text = doc.getText();
        e.scan = new IncrementalScan(text, pack);
        e.bytes = utf8Length(text);
      }
      e.version = doc.version;
      e.result = undefined;
      if (exceedsSizeLimit(e.bytes, limitKB)) return this.skipTooLarge(doc, key, limitKB, e.bytes);
    }
    if (!e.result) {
      const scan = e.scan;
      const snapshot = scan.text;
      // The scan's headings while it still holds this text; after later edits, from the snapshot itself.
      const headings = (): readonly Heading[] => (scan.text === snapshot ? scan.headings : parseMarkdown(snapshot).headings);
      const blocks = (): readonly Block[] => (scan.text === snapshot ? scan.blockList : scanBlocks(snapshot).blocks);
      e.result = new ScannedDocument(doc, doc.version, snapshot, scan.snapshot(), headings, blocks, pack);
    }
    return e.result;
  }

  private settingsFor(uri: vscode.Uri, key: string): Settings {
    let s = this.settings.get(key);
    if (!s) this.settings.set(key, (s = readSettings(uri)));
    return s;
  }

  /** The scan of a document that is already scanned (brought up to date), without starting one. */
  getIfScanned(doc: vscode.TextDocument): ScannedDocument | undefined {
    return this.entries.has(doc.uri.toString()) ? this.get(doc) : undefined;
  }

  /** Rescans every open document from scratch. */
  rescanAll(): void {
    this.entries.clear();
    this.tooLarge.clear();
    this.oversized.clear();
    this.changed.fire(undefined);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (!DocumentScans.isMarkdown(e.document) || e.contentChanges.length === 0) return;
    const key = e.document.uri.toString();
    const entry = this.entries.get(key);
    if (entry) for (const c of e.contentChanges) entry.pending.push({ start: c.rangeOffset, deleteCount: c.rangeLength, text: c.text });
    const over = this.oversized.get(key);
    if (over) {
      // A unit is 1 to 3 bytes; a surrogate beside the edit may pair up and lose one.
      let bytes = over.bytes;
      for (const c of e.contentChanges) bytes += c.text.length - 3 * c.rangeLength - 2;
      this.oversized.set(key, { version: e.document.version, bytes });
    }
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
    this.settings.delete(key);
    this.tooLarge.delete(key);
    this.oversized.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  /** Drops the scan of a document over the size limit (of at least `bytes`), says so once, and remembers it. */
  private skipTooLarge(doc: vscode.TextDocument, key: string, limitKB: number, bytes: number): undefined {
    this.entries.delete(key);
    this.oversized.set(key, { version: doc.version, bytes });
    this.warnTooLarge(doc, key, limitKB);
    return undefined;
  }

  private warnTooLarge(doc: vscode.TextDocument, key: string, limitKB: number): void {
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

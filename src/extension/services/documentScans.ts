// Keeps an incremental scan of every open Markdown document. Edits are queued as they come and
// applied on demand (a provider asks) or after a short pause (decorations, views), so typing never
// waits for a scan and every feature sees an up-to-date result.

import * as vscode from 'vscode';
import { IncrementalScan, type TextEdit } from '../../core/scan/incrementalScan';
import { LineIndex } from '../../core/text/lineIndex';
import { sectionAt } from '../../core/markdown/markdownStructure';
import type { Match } from '../../core/scan/scanner';
import type { Heading } from '../../core/markdown/headings';
import type { CompiledPack } from '../../core/scan/compiledPack';
import type { PackRegistry } from './packRegistry';
import { readSettings } from './settings';

export const DEBOUNCE_MS = 150;

/** A scanned document: its matches and headings, with offset ↔ position helpers. */
export class ScannedDocument {
  private lines: LineIndex | undefined;
  constructor(
    readonly uri: vscode.Uri,
    readonly version: number,
    readonly text: string,
    matches: readonly Match[],
    readonly headings: readonly Heading[],
    readonly pack: CompiledPack,
  ) {
    // The incremental scan shifts its matches in place on later edits: keep a snapshot.
    this.matches = matches.map((m) => ({ ...m }));
  }

  readonly matches: readonly Match[];

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

  /** The match under a position (a cursor right after a match counts, as VS Code does for words). */
  matchAt(pos: vscode.Position): Match | undefined {
    const off = this.offset(pos);
    let lo = 0;
    let hi = this.matches.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.matches[mid]!;
      if (m.end < off) lo = mid + 1;
      else if (m.start > off) hi = mid - 1;
      else return m;
    }
    return undefined;
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
    const text = doc.getText();
    if (text.length > settings.maxFileSizeKB * 1024) {
      this.warnTooLarge(doc, settings.maxFileSizeKB);
      this.entries.delete(key);
      return undefined;
    }
    const pack = this.packs.current;
    let e = this.entries.get(key);
    if (!e || e.pack !== pack) {
      e = { scan: new IncrementalScan(text, pack), pack, version: doc.version, pending: [], result: undefined };
      this.entries.set(key, e);
    } else if (e.pending.length > 0 || e.version !== doc.version) {
      for (const edit of e.pending) e.scan.applyEdit(edit);
      e.pending = [];
      // A lost event would leave the scan out of step: start over rather than show stale results.
      if (e.scan.text.length !== text.length) e.scan = new IncrementalScan(text, pack);
      e.version = doc.version;
      e.result = undefined;
    }
    return (e.result ??= new ScannedDocument(doc.uri, doc.version, e.scan.text, e.scan.matches, e.scan.headings, pack));
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

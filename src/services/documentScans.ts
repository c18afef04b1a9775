// Keeps an incremental scan of every open Markdown document. Edits are queued as they come and
// applied on demand (a provider asks) or after a short pause (decorations, views), so typing never
// waits for a scan and every feature sees an up-to-date result.

import { IncrementalScan, type TextEdit } from '../core/scan/incrementalScan';
import { parseMarkdown } from '../core/markdown/markdownStructure';
import type { Heading } from '../core/markdown/headings';
import { scanBlocks, type Block } from '../core/markdown/blocks';
import type { CompiledPack } from '../core/scan/compiledPack';
import { exceedsSizeLimit, utf8Length, utf8LengthAfterEdit } from '../core/features/sizeLimit';
import { Disposable } from './base/disposable';
import { Emitter } from './base/event';
import type { DocumentChangeEvent, IWorkspace } from './host/workspace';
import type { ISettings } from './host/settings';
import type { INotifications } from './host/notifications';
import type { ITextDocument } from './host/textDocument';
import { isAnnotatedMarkdown } from './schemes';
import { ScannedDocument } from './scannedDocument';

export const DEBOUNCE_MS = 150;

/** What the scans need of the pack registry. */
export interface PackSource {
  readonly current: CompiledPack;
  readonly onDidChange: (listener: () => void) => { dispose(): void };
}

/** A pack source that may give a document a pack of its own (a nearer pack's concepts win there). */
export interface DocumentPackSource extends PackSource {
  forDocument(uri: string): CompiledPack;
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

export class DocumentScans extends Disposable {
  private readonly entries = new Map<string, Entry>();
  /** Documents reported as too large (once each). */
  private readonly tooLarge = new Set<string>();
  /**
   * Documents found over the size limit, with a lower bound of their UTF-8 length at a version, kept
   * up to date by their edits: typing in one is not measured again while it stays over.
   */
  private readonly oversized = new Map<string, { version: number; bytes: number }>();
  private readonly changed = this.register(new Emitter<ScannedDocument | undefined>());
  /** Fires (debounced) when a document's scan changes; undefined when every document changed. */
  readonly onDidChange = this.changed.event;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly packs: DocumentPackSource,
    workspace: IWorkspace,
    private readonly settings: ISettings,
    private readonly notifications: INotifications,
  ) {
    super();
    this.register(workspace.onDidChangeDocument((e) => this.onEdit(e)));
    this.register(workspace.onDidCloseDocument((d) => this.forget(d.uri)));
    this.register(packs.onDidChange(() => this.invalidateAll()));
    this.register(
      settings.onDidChange((e) => {
        if (e.affects('conceptLens.enabled') || e.affects('conceptLens.maxFileSizeKB')) {
          this.tooLarge.clear();
          this.oversized.clear();
          this.invalidateAll();
        }
      }),
    );
    this.register({ dispose: () => this.timers.forEach((t) => clearTimeout(t)) });
  }

  /** The compiled pack in use. */
  get pack(): CompiledPack {
    return this.packs.current;
  }

  /**
   * Why a document has no scan, for a command to say so: not Markdown (or of a scheme not annotated),
   * Concept Lens turned off, or over the size limit as last measured. Undefined: it is scanned.
   */
  whyNotScanned(doc: ITextDocument): 'not-markdown' | 'disabled' | 'too-large' | undefined {
    if (!isAnnotatedMarkdown(doc)) return 'not-markdown';
    if (!this.settings.window().enabled) return 'disabled';
    return this.get(doc) === undefined ? 'too-large' : undefined;
  }

  /** The up-to-date scan of a document, or undefined when it is not scanned (not Markdown, disabled, too large). */
  get(doc: ITextDocument): ScannedDocument | undefined {
    if (!isAnnotatedMarkdown(doc)) return undefined;
    const { enabled, maxFileSizeKB: limitKB } = this.settings.window();
    if (!enabled) return undefined;
    const key = doc.uri;
    // The size limit counts UTF-8 bytes (sizeLimit.ts). The UTF-16 length is a lower bound; a scanned
    // document keeps its count edit by edit; a new one is measured once before it is scanned.
    const length = doc.length;
    const known = this.oversized.get(key);
    const atLeast = Math.max(length, known?.version === doc.version ? known.bytes : 0);
    if (exceedsSizeLimit(atLeast, limitKB)) return this.skipTooLarge(doc, limitKB, atLeast);
    const pack = this.packs.forDocument(key);
    let e = this.entries.get(key);
    if (!e || e.pack !== pack) {
      const text = doc.getText();
      const bytes = utf8Length(text);
      if (exceedsSizeLimit(bytes, limitKB)) return this.skipTooLarge(doc, limitKB, bytes);
      this.oversized.delete(key);
      e = { scan: new IncrementalScan(text, pack), pack, version: doc.version, bytes, pending: [], result: undefined };
      this.entries.set(key, e);
    } else if (e.pending.length > 0 || e.version !== doc.version) {
      this.catchUp(e, doc, length);
      if (exceedsSizeLimit(e.bytes, limitKB)) return this.skipTooLarge(doc, limitKB, e.bytes);
    }
    return (e.result ??= this.snapshotOf(e, doc));
  }

  /** Applies the queued edits; a lost event (the lengths disagree) starts the scan over. */
  private catchUp(e: Entry, doc: ITextDocument, length: number): void {
    for (const edit of e.pending) {
      const before = e.scan.text;
      const start = Math.max(0, Math.min(edit.start, before.length));
      const deleteCount = Math.max(0, Math.min(edit.deleteCount, before.length - start));
      e.scan.applyEdit(edit);
      e.bytes = utf8LengthAfterEdit(e.bytes, before, e.scan.text, start, deleteCount, edit.text.length);
    }
    e.pending = [];
    if (e.scan.text.length !== length) {
      const text = doc.getText();
      e.scan = new IncrementalScan(text, e.pack);
      e.bytes = utf8Length(text);
    }
    e.version = doc.version;
    e.result = undefined;
  }

  private snapshotOf(e: Entry, doc: ITextDocument): ScannedDocument {
    const scan = e.scan;
    const snapshot = scan.text;
    // The scan's headings while it still holds this text; after later edits, from the snapshot itself.
    const headings = (): readonly Heading[] => (scan.text === snapshot ? scan.headings : parseMarkdown(snapshot).headings);
    const blocks = (): readonly Block[] => (scan.text === snapshot ? scan.blockList : scanBlocks(snapshot).blocks);
    return new ScannedDocument(doc, doc.version, snapshot, scan.snapshot(), headings, blocks, e.pack);
  }

  /** The scan of a document that is already scanned (brought up to date), without starting one. */
  getIfScanned(doc: ITextDocument): ScannedDocument | undefined {
    return this.entries.has(doc.uri) ? this.get(doc) : undefined;
  }

  /** Rescans every open document from scratch. */
  rescanAll(): void {
    this.entries.clear();
    this.tooLarge.clear();
    this.oversized.clear();
    this.changed.fire(undefined);
  }

  private onEdit(e: DocumentChangeEvent): void {
    if (!isAnnotatedMarkdown(e.document) || e.changes.length === 0) return;
    const key = e.document.uri;
    const entry = this.entries.get(key);
    if (entry) for (const c of e.changes) entry.pending.push({ start: c.rangeOffset, deleteCount: c.rangeLength, text: c.text });
    const over = this.oversized.get(key);
    if (over) {
      // A unit is 1 to 3 bytes; a surrogate beside the edit may pair up and lose one.
      let bytes = over.bytes;
      for (const c of e.changes) bytes += c.text.length - 3 * c.rangeLength - 2;
      this.oversized.set(key, { version: e.document.version, bytes });
    }
    this.debounce(e.document);
  }

  /** Tells the listeners once the edits of a document pause. */
  private debounce(doc: ITextDocument): void {
    const key = doc.uri;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed && !this.isDisposed) this.changed.fire(this.get(doc));
      }, DEBOUNCE_MS),
    );
  }

  private invalidateAll(): void {
    this.entries.clear();
    this.changed.fire(undefined);
  }

  private forget(key: string): void {
    this.entries.delete(key);
    this.tooLarge.delete(key);
    this.oversized.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  /** Drops the scan of a document over the size limit (of at least `bytes`), says so once, and remembers it. */
  private skipTooLarge(doc: ITextDocument, limitKB: number, bytes: number): undefined {
    const key = doc.uri;
    this.entries.delete(key);
    this.oversized.set(key, { version: doc.version, bytes });
    if (!this.tooLarge.has(key)) {
      this.tooLarge.add(key);
      this.notifications.documentTooLarge(key, limitKB);
    }
    return undefined;
  }
}

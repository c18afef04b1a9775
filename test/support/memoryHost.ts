// An in-memory host for the services (src/services/host): files, open documents, settings, watchers,
// notifications and a log, all in plain objects that a test drives and reads. The counterpart of the
// vscode adapters in src/extension/host.

import { DEFAULT_SEVERITY } from '../../src/core/lint/lintTypes';
import type { CancellationToken } from '../../src/services/base/cancellation';
import type { IDisposable } from '../../src/services/base/disposable';
import { Emitter } from '../../src/services/base/event';
import type { DocumentChangeEvent, FileStat, IFileWatcher, IWorkspace } from '../../src/services/host/workspace';
import type { ISettings, ResourceSettings, SettingsChange, WindowSettings } from '../../src/services/host/settings';
import type { INotifications, IPackDiagnostics, PackReport } from '../../src/services/host/notifications';
import type { ILog } from '../../src/services/host/log';
import type { IEditors } from '../../src/services/host/editors';
import type { ITextDocument, Position } from '../../src/services/host/textDocument';
import { LineIndex } from '../../src/core/text/lineIndex';

/** An open document whose text a test edits. */
export class MemoryDocument implements ITextDocument {
  version = 1;
  isClosed = false;
  private lines: LineIndex;

  constructor(
    readonly uri: string,
    private text: string,
    public languageId = 'markdown',
  ) {
    this.lines = new LineIndex(text);
  }

  get lineCount(): number {
    return this.lines.lineCount;
  }

  get length(): number {
    return this.text.length;
  }

  getText(): string {
    return this.text;
  }

  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }

  offsetAt(p: Position): number {
    return this.lines.offsetAt(p);
  }

  /** Replaces [start, start + deleteCount) with `insert`, as an editor would; returns the change. */
  replace(start: number, deleteCount: number, insert: string): { rangeOffset: number; rangeLength: number; text: string } {
    this.text = this.text.slice(0, start) + insert + this.text.slice(start + deleteCount);
    this.lines = new LineIndex(this.text);
    this.version++;
    return { rangeOffset: start, rangeLength: deleteCount, text: insert };
  }
}

class MemoryWatcher implements IFileWatcher {
  readonly change = new Emitter<string>();
  readonly create = new Emitter<string>();
  readonly delete = new Emitter<string>();
  readonly onDidChange = this.change.event;
  readonly onDidCreate = this.create.event;
  readonly onDidDelete = this.delete.event;
  disposed = false;

  constructor(
    readonly pattern: string,
    private readonly live: Set<MemoryWatcher>,
  ) {
    live.add(this);
  }

  matches(uri: string): boolean {
    if (this.pattern === '*.md') return /\.(md|markdown)$/.test(uri);
    if (this.pattern === '*.conceptpack.json') return uri.endsWith('.conceptpack.json');
    return this.pattern === uri;
  }

  dispose(): void {
    this.disposed = true;
    this.live.delete(this);
  }
}

const encoder = new TextEncoder();

export class MemoryWorkspace implements IWorkspace {
  readonly files = new Map<string, { bytes: Uint8Array; mtime: number }>();
  readonly openDocuments: MemoryDocument[] = [];
  folders: string[] = ['file:///ws'];
  /** The watchers alive now (made and not disposed). */
  readonly watchers = new Set<MemoryWatcher>();
  /** How many watchers were ever made. */
  watchersMade = 0;
  /** How many files were read, by URI (a test checks what a cache saves). */
  readonly reads = new Map<string, number>();
  private readonly changed = new Emitter<DocumentChangeEvent>();
  private readonly opened = new Emitter<ITextDocument>();
  private readonly closed = new Emitter<ITextDocument>();
  private readonly saved = new Emitter<ITextDocument>();
  readonly onDidChangeDocument = this.changed.event;
  readonly onDidOpenDocument = this.opened.event;
  readonly onDidCloseDocument = this.closed.event;
  readonly onDidSaveDocument = this.saved.event;
  private clock = 1;

  get documents(): readonly ITextDocument[] {
    return this.openDocuments;
  }

  /** Writes a file (text or bytes) and tells the watchers that match it. */
  write(uri: string, content: string | Uint8Array): void {
    const existed = this.files.has(uri);
    this.files.set(uri, { bytes: typeof content === 'string' ? encoder.encode(content) : content, mtime: this.clock++ });
    for (const w of [...this.watchers]) if (w.matches(uri)) (existed ? w.change : w.create).fire(uri);
    // watchMarkdown() reports every other created path too (it may be a folder).
    for (const w of [...this.watchers]) if (!existed && w.pattern === '*.md' && !w.matches(uri)) w.create.fire(uri);
  }

  remove(uri: string): void {
    this.files.delete(uri);
    for (const w of [...this.watchers]) if (w.matches(uri)) w.delete.fire(uri);
  }

  /**
   * Makes a folder with files in it. The Markdown watchers hear of the folder alone, as VS Code's may when
   * the files are written before it watches the new folder.
   */
  makeFolder(folder: string, files: Record<string, string>): void {
    for (const [name, text] of Object.entries(files)) this.files.set(`${folder}/${name}`, { bytes: encoder.encode(text), mtime: this.clock++ });
    for (const w of [...this.watchers]) if (w.pattern === '*.md') w.create.fire(folder);
  }

  /** Deletes a folder with its files; as VS Code does, the Markdown watchers hear of the folder alone. */
  removeFolder(folder: string): void {
    for (const uri of [...this.files.keys()]) if (uri.startsWith(folder + '/')) this.files.delete(uri);
    for (const w of [...this.watchers]) if (w.pattern === '*.md') w.delete.fire(folder);
  }

  open(uri: string, text: string, languageId = 'markdown'): MemoryDocument {
    const doc = new MemoryDocument(uri, text, languageId);
    this.openDocuments.push(doc);
    this.opened.fire(doc);
    return doc;
  }

  edit(doc: MemoryDocument, start: number, deleteCount: number, insert: string): void {
    this.changed.fire({ document: doc, changes: [doc.replace(start, deleteCount, insert)] });
  }

  close(doc: MemoryDocument): void {
    doc.isClosed = true;
    this.openDocuments.splice(this.openDocuments.indexOf(doc), 1);
    this.closed.fire(doc);
  }

  save(doc: MemoryDocument): void {
    this.write(doc.uri, doc.getText());
    this.saved.fire(doc);
  }

  async findMarkdownFiles(max: number, _token?: CancellationToken, _exclude?: readonly string[], under?: string): Promise<string[]> {
    this.listings++;
    return [...this.files.keys()].filter((u) => /\.(md|markdown)$/.test(u) && !/\/(node_modules|\.git)\//.test(u) && (under === undefined || u.startsWith(under + '/'))).slice(0, max);
  }

  /** How many times the Markdown files were listed. */
  listings = 0;
  /** files.exclude and search.exclude, as a test sets them. */
  excludes: string[] = [];
  private readonly excludesChanged = new Emitter<void>();
  readonly onDidChangeFileExcludes = this.excludesChanged.event;

  fileExcludes(): string[] {
    return this.excludes;
  }

  setExcludes(globs: string[]): void {
    this.excludes = globs;
    this.excludesChanged.fire();
  }

  isTrusted = true;
  private readonly trustGranted = new Emitter<void>();
  readonly onDidGrantTrust = this.trustGranted.event;

  grantTrust(): void {
    this.isTrusted = true;
    this.trustGranted.fire();
  }

  async findPackFiles(max: number): Promise<string[]> {
    return [...this.files.keys()].filter((u) => u.endsWith('.conceptpack.json') && !/\/(node_modules|\.git)\//.test(u)).sort().slice(0, max);
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const f = this.files.get(uri);
    if (!f && [...this.files.keys()].some((u) => u.startsWith(uri + '/'))) return { size: 0, mtime: 0, isFolder: true };
    return f && { size: f.bytes.byteLength, mtime: f.mtime };
  }

  async readFile(uri: string): Promise<Uint8Array> {
    this.reads.set(uri, (this.reads.get(uri) ?? 0) + 1);
    const f = this.files.get(uri);
    if (!f) throw new Error(`ENOENT: ${uri}`);
    return f.bytes;
  }

  watchFile(uri: string): IFileWatcher {
    this.watchersMade++;
    return new MemoryWatcher(uri, this.watchers);
  }

  watchMarkdown(): IFileWatcher {
    this.watchersMade++;
    return new MemoryWatcher('*.md', this.watchers);
  }

  watchPackFiles(): IFileWatcher {
    this.watchersMade++;
    return new MemoryWatcher('*.conceptpack.json', this.watchers);
  }

  resolvePath(p: string, scope?: string): string {
    if (/^[a-z][\w+.-]+:/i.test(p)) return p;
    if (p.startsWith('/')) return `file://${p}`;
    const folder = (scope && this.folders.find((f) => scope === f || scope.startsWith(f + '/'))) ?? this.folders[0] ?? 'file://';
    return `${folder}/${p}`;
  }

  displayPath(uri: string): string {
    const folder = this.folders.find((f) => uri.startsWith(f + '/'));
    return folder ? uri.slice(folder.length + 1) : uri;
  }
}

export const DEFAULT_WINDOW: WindowSettings = {
  enabled: true,
  explanationLanguage: 'auto',
  decorationStyle: 'underline',
  decorationsEnabled: true,
  maxFileSizeKB: 2048,
  followCursor: true,
  completionEnabled: true,
  lint: { enabled: true, severities: { ...DEFAULT_SEVERITY } },
  previewEnabled: true,
  previewStyle: 'underline',
  exportBaseIri: '',
  index: { exclude: [], maxFiles: 20000 },
};

/** Settings a test sets: window values, and resource values per folder (by folder URI; '' for the default). */
export class MemorySettings implements ISettings {
  windowValues: WindowSettings = { ...DEFAULT_WINDOW };
  /** Resource values per folder URI ('' for the workspace's own); what is not given is the default. */
  readonly resources = new Map<string, Partial<ResourceSettings>>();
  /** How many times window() was read. */
  windowReads = 0;
  private readonly changed = new Emitter<SettingsChange>();
  readonly onDidChange = this.changed.event;

  window(): WindowSettings {
    this.windowReads++;
    return this.windowValues;
  }

  resource(scope?: string): ResourceSettings {
    const folder = [...this.resources.keys()].find((f) => f && scope !== undefined && (scope === f || scope.startsWith(f + '/')));
    return { article: '', packs: [], packFolder: '', ...this.resources.get(folder ?? '') };
  }

  /** Changes window settings and fires the change event for their keys. */
  setWindow(values: Partial<WindowSettings>): void {
    this.windowValues = { ...this.windowValues, ...values };
    const keys = Object.keys(values).map((k) => `conceptLens.${k === 'followCursor' ? 'sidebar.followCursor' : k === 'completionEnabled' ? 'completion.enabled' : k}`);
    this.changed.fire({ affects: (key) => keys.some((k) => k === key || k.startsWith(key + '.')) || key === 'conceptLens' });
  }

  /** Changes a folder's (or, with '', the workspace's) resource settings and fires the change event. */
  setResource(folder: string, values: Partial<ResourceSettings>): void {
    this.resources.set(folder, { ...this.resources.get(folder), ...values });
    const keys = Object.keys(values).map((k) => `conceptLens.${k}`);
    this.changed.fire({ affects: (key) => keys.includes(key) || key === 'conceptLens' });
  }
}

export class MemoryNotifications implements INotifications {
  readonly packErrors: { uri: string; errors: number }[] = [];
  readonly tooLarge: { uri: string; limitKB: number }[] = [];
  readonly capped: number[] = [];

  indexCapped(max: number): void {
    this.capped.push(max);
  }

  packHasErrors(uri: string, errors: number): void {
    this.packErrors.push({ uri, errors });
  }

  documentTooLarge(uri: string, limitKB: number): void {
    this.tooLarge.push({ uri, limitKB });
  }
}

export class MemoryDiagnostics implements IPackDiagnostics {
  readonly current = new Map<string, PackReport>();
  sets = 0;
  clears = 0;

  set(uri: string, report: PackReport): void {
    this.sets++;
    this.current.set(uri, report);
  }

  clear(): void {
    this.clears++;
    this.current.clear();
  }
}

export class MemoryLog implements ILog {
  readonly lines: { level: 'info' | 'warn' | 'error'; text: string }[] = [];

  info(text: string): void {
    this.lines.push({ level: 'info', text });
  }

  warn(text: string): void {
    this.lines.push({ level: 'warn', text });
  }

  error(e: string | Error): void {
    this.lines.push({ level: 'error', text: typeof e === 'string' ? e : e.message });
  }

  at(level: 'info' | 'warn' | 'error'): string[] {
    return this.lines.filter((l) => l.level === level).map((l) => l.text);
  }
}

export class MemoryEditors implements IEditors {
  activeDocument: ITextDocument | undefined;
  private readonly changed = new Emitter<ITextDocument | undefined>();
  readonly onDidChangeActiveDocument = this.changed.event;

  show(doc: ITextDocument | undefined): void {
    this.activeDocument = doc;
    this.changed.fire(doc);
  }
}

/** Resolves with the next value an event fires that passes `test`. */
export function nextEvent<T>(event: (listener: (e: T) => void) => IDisposable, test: (e: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const sub = event((e) => {
      if (!test(e)) return;
      sub.dispose();
      resolve(e);
    });
  });
}

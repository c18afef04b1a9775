// IWorkspace (src/services/host/workspace.ts) over vscode.workspace.

import * as vscode from 'vscode';
import type { CancellationToken } from '../../services/base/cancellation';
import { Disposable } from '../../services/base/disposable';
import type { Event } from '../../services/base/event';
import type { DocumentChangeEvent, FileStat, IFileWatcher, IWorkspace } from '../../services/host/workspace';
import type { ITextDocument } from '../../services/host/textDocument';
import { isMarkdownUri, MARKDOWN_EXCLUDE_GLOB, MARKDOWN_GLOB, PACK_FILE_GLOB } from '../../services/schemes';
import { hostDocument, toUri } from './textDocuments';
import { workspaceScopes } from './vscodeSettings';

/** A vscode event as a services event, with each value mapped. */
function mapped<A, B>(event: vscode.Event<A>, map: (a: A) => B): Event<B> {
  return (listener) => event((a) => listener(map(a)));
}

class FileWatcher extends Disposable implements IFileWatcher {
  readonly onDidChange: Event<string>;
  readonly onDidCreate: Event<string>;
  readonly onDidDelete: Event<string>;

  /** `others`: a watcher of every path, whose other-than-Markdown creations and deletions are reported too (folders). */
  constructor(watcher: vscode.FileSystemWatcher, others?: vscode.FileSystemWatcher) {
    super();
    this.register(watcher);
    const uri = (u: vscode.Uri): string => u.toString();
    this.onDidChange = mapped(watcher.onDidChange, uri);
    const created = mapped(watcher.onDidCreate, uri);
    const deleted = mapped(watcher.onDidDelete, uri);
    if (!others) {
      this.onDidCreate = created;
      this.onDidDelete = deleted;
      return;
    }
    this.register(others);
    this.onDidCreate = withOthers(created, others.onDidCreate);
    this.onDidDelete = withOthers(deleted, others.onDidDelete);
  }
}

/** The Markdown watcher's events, and those of the other watcher for paths that are not Markdown files. */
function withOthers(markdown: Event<string>, others: vscode.Event<vscode.Uri>): Event<string> {
  return (listener) => {
    const files = markdown(listener);
    const rest = others((u) => !isMarkdownUri(u.toString()) && listener(u.toString()));
    return { dispose: () => (files.dispose(), rest.dispose()) };
  };
}

export class VscodeWorkspace implements IWorkspace {
  readonly onDidChangeDocument: Event<DocumentChangeEvent> = mapped(vscode.workspace.onDidChangeTextDocument, (e) => ({ document: hostDocument(e.document), changes: e.contentChanges }));
  readonly onDidOpenDocument: Event<ITextDocument> = mapped(vscode.workspace.onDidOpenTextDocument, hostDocument);
  readonly onDidCloseDocument: Event<ITextDocument> = mapped(vscode.workspace.onDidCloseTextDocument, hostDocument);
  readonly onDidSaveDocument: Event<ITextDocument> = mapped(vscode.workspace.onDidSaveTextDocument, hostDocument);

  get documents(): readonly ITextDocument[] {
    return vscode.workspace.textDocuments.map(hostDocument);
  }

  get folders(): readonly string[] {
    return (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
  }

  async findMarkdownFiles(max: number, token?: CancellationToken, exclude?: readonly string[], under?: string): Promise<string[]> {
    // One exclude glob: ours, and the caller's (a glob with braces of its own cannot be nested in braces,
    // so those are left to the caller, which filters again).
    const extra = (exclude ?? []).filter((g) => g && !/[{},]/.test(g));
    // Our own folders spelled out: ripgrep refuses nested braces.
    const glob = extra.length > 0 ? `{${['**/node_modules/**', '**/.git/**', '**/.vscode-test/**', ...extra].join(',')}}` : MARKDOWN_EXCLUDE_GLOB;
    const files = await vscode.workspace.findFiles(under === undefined ? MARKDOWN_GLOB : new vscode.RelativePattern(toUri(under), MARKDOWN_GLOB), glob, max, token);
    return files.map((u) => u.toString());
  }

  fileExcludes(): string[] {
    const out = new Set<string>();
    for (const scope of workspaceScopes()) {
      for (const section of ['files.exclude', 'search.exclude']) {
        const value = vscode.workspace.getConfiguration(undefined, scope).get<Record<string, unknown>>(section) ?? {};
        // `true` only: a `{ when: … }` clause (exclude a file when a sibling exists) is not supported.
        for (const [glob, on] of Object.entries(value)) if (on === true) out.add(glob);
      }
    }
    return [...out];
  }

  readonly onDidChangeFileExcludes: Event<void> = (listener) =>
    vscode.workspace.onDidChangeConfiguration((e) => (e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude')) && listener());

  async findPackFiles(max: number): Promise<string[]> {
    const files = await vscode.workspace.findFiles(PACK_FILE_GLOB, MARKDOWN_EXCLUDE_GLOB, max);
    return files.map((u) => u.toString());
  }

  get isTrusted(): boolean {
    return vscode.workspace.isTrusted;
  }

  readonly onDidGrantTrust: Event<void> = (listener) => vscode.workspace.onDidGrantWorkspaceTrust(listener);

  async stat(uri: string): Promise<FileStat | undefined> {
    try {
      const s = await vscode.workspace.fs.stat(toUri(uri));
      return { size: s.size, mtime: s.mtime, isFolder: (s.type & vscode.FileType.Directory) !== 0 };
    } catch {
      // Gone since it was listed, or not readable: the callers skip it.
      return undefined;
    }
  }

  async readFile(uri: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(toUri(uri));
  }

  watchFile(uri: string): IFileWatcher {
    const u = toUri(uri);
    return new FileWatcher(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(u, '..'), u.path.split('/').pop()!)));
  }

  watchMarkdown(): IFileWatcher {
    // VS Code reports a deleted folder alone, not the Markdown files in it, and may miss a file written
    // into a folder just made: a second watcher hears the folders.
    return new FileWatcher(vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB), vscode.workspace.createFileSystemWatcher('**/*', false, true, false));
  }

  watchPackFiles(): IFileWatcher {
    return new FileWatcher(vscode.workspace.createFileSystemWatcher(PACK_FILE_GLOB));
  }

  resolvePath(p: string, scope?: string): string {
    const folder = (scope && vscode.workspace.getWorkspaceFolder(toUri(scope))?.uri) || vscode.workspace.workspaceFolders?.[0]?.uri;
    return settingUri(p, folder).toString();
  }

  displayPath(uri: string): string {
    return vscode.workspace.asRelativePath(toUri(uri));
  }
}

/**
 * The file a path setting names: a URI, an absolute path (POSIX, Windows or UNC), or a path relative to
 * `folder`.
 */
function settingUri(p: string, folder: vscode.Uri | undefined): vscode.Uri {
  const windowsAbsolute = /^[a-z]:[\\/]/i.test(p) || p.startsWith('\\\\');
  if (/^[a-z][\w+.-]+:/i.test(p) && !windowsAbsolute) return vscode.Uri.parse(p);
  if (windowsAbsolute || !folder) return vscode.Uri.file(p);
  if (p.startsWith('/')) return folder.scheme === 'file' ? vscode.Uri.file(p) : folder.with({ path: p });
  return vscode.Uri.joinPath(folder, ...p.split(/[\\/]/).filter(Boolean));
}

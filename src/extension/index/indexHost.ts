// The workspace index's host parts in VS Code: the cache file in the workspace's storage, and the status
// bar item that shows progress and cancels. The worker is started by the platform (src/extension/platform/).

import * as vscode from 'vscode';
import { Disposable } from '../../services/base/disposable';
import type { IIndexCache } from '../../services/host/indexHost';
import type { ConceptIndex, IndexProgress } from '../../services/index/conceptIndex';

/** The cache file: `index-v1.jsonl` in the workspace's storage folder (none without a folder). */
export function indexCacheFile(storage: vscode.Uri | undefined): vscode.Uri | undefined {
  return storage && vscode.Uri.joinPath(storage, 'index-v1.jsonl');
}

export function indexCache(storage: vscode.Uri | undefined): IIndexCache | undefined {
  const file = indexCacheFile(storage);
  if (!storage || !file) return undefined;
  return {
    // The worker reads a file: cache itself (the extension host's file system calls wait for its busy thread).
    uri: file.scheme === 'file' ? file.toString() : undefined,
    async read() {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      } catch {
        return undefined;
      }
    },
    async write(text) {
      await vscode.workspace.fs.createDirectory(storage);
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    },
    async delete() {
      await vscode.workspace.fs.delete(file, { useTrash: false });
    },
  };
}

export const CANCEL_INDEXING_COMMAND = 'conceptLens.cancelIndexing';

/** "Indexing 1,234 / 10,000" in the status bar while files are read; a click cancels. */
export class IndexStatus extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('conceptLens.indexing', vscode.StatusBarAlignment.Left, 0));

  constructor(index: ConceptIndex) {
    super();
    this.item.name = vscode.l10n.t('Concept Lens Indexing');
    this.item.command = CANCEL_INDEXING_COMMAND;
    this.item.tooltip = vscode.l10n.t('Concept Lens is indexing the workspace’s Markdown files. Click to stop; answers then leave out the files not yet read.');
    this.register(index.onDidProgress((p) => this.show(p)));
    this.show(index.progress);
  }

  /** Mirrored in the context key `conceptLens.indexing`: Stop Indexing is in the palette only then. */
  private indexing = false;

  private show(p: IndexProgress | undefined): void {
    if (this.indexing !== (p !== undefined)) {
      this.indexing = p !== undefined;
      void vscode.commands.executeCommand('setContext', 'conceptLens.indexing', this.indexing);
    }
    if (!p) return this.item.hide();
    this.item.text = `$(sync~spin) ${vscode.l10n.t('Indexing {0} / {1}', p.done.toLocaleString(), p.total.toLocaleString())}`;
    this.item.show();
  }
}

// Virtual workspaces: a Markdown document on a file system an extension provides (here a tiny in-memory
// one, scheme memfs, registered by the test) gets hovers, links, command links and references, as a
// file does.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  conceptHover,
  conceptLinks,
  expectedSectionTarget,
  followHoverGoToSection,
  hoverCommandArgs,
  positionOf,
  sameResource,
  targetLine,
  waitFor,
} from './helpers';

const SCHEME = 'memfs';

const NOTE = ['# 虚拟工作区里的笔记', '', '熵是无序的度量。Entropy never decreases in an isolated system.', '', '## 涌现', '', '大模型涌现出来的能力，一个都不少。', ''].join('\n');

/** Files in memory under one folder, enough for VS Code to open, save and watch them. */
class MemFs implements vscode.FileSystemProvider {
  private readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    if (uri.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const f = this.file(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: f.mtime, size: f.data.byteLength };
  }

  readDirectory(): [string, vscode.FileType][] {
    return [...this.files.keys()].map((p) => [p.slice(1), vscode.FileType.File]);
  }

  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('memfs has one folder');
  }

  readFile(uri: vscode.Uri): Uint8Array {
    return this.file(uri).data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    const existed = this.files.has(uri.path);
    this.files.set(uri.path, { data: content, mtime: Date.now() });
    this.changed.fire([{ type: existed ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    this.file(uri);
    this.files.delete(uri.path);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions('memfs does not rename');
  }

  private file(uri: vscode.Uri): { data: Uint8Array; mtime: number } {
    const f = this.files.get(uri.path);
    if (!f) throw vscode.FileSystemError.FileNotFound(uri);
    return f;
  }
}

describe('virtual workspaces (a memfs: file system)', () => {
  const uri = vscode.Uri.from({ scheme: SCHEME, path: '/notes.md' });
  let registration: vscode.Disposable;
  let doc: vscode.TextDocument;

  before(async () => {
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, new MemFs(), { isCaseSensitive: true });
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(NOTE));
    doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.languageId, 'markdown', 'a .md file on memfs is Markdown');
    await vscode.window.showTextDocument(doc, { preview: false });
    await activateExtension();
  });
  after(async () => {
    // A closed document stays in workspace.textDocuments until VS Code lets it go, and later suites
    // would count its occurrences among the workspace's: make it plain text first, so it counts as none.
    if (!doc.isClosed) await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
    await closeAllEditors();
    registration.dispose();
  });

  it('hovers a concept, with command links for this document', async () => {
    const md = await waitFor(() => conceptHover(doc, positionOf(doc, '熵是')), 'a Concept Lens hover over 熵');
    assert.ok(md.startsWith('**熵** · entropy'), `the Chinese name first in a Chinese document:\n${md}`);
    assert.deepEqual(hoverCommandArgs(md, 'conceptLens.findAllOccurrences'), [uri.toString(), 'entropy']);
    assert.deepEqual(hoverCommandArgs(md, 'conceptLens.goToSection'), [uri.toString(), 'entropy']);
  });

  it('links the occurrences: to a heading of the document, else the article or the guide', async () => {
    const links = await conceptLinks(doc);
    const byText = new Map(links.map((l) => [doc.getText(l.range), l.target!]));
    assert.ok(byText.has('熵') && byText.has('Entropy') && byText.has('涌现'), `links on 熵, Entropy and 涌现: ${[...byText.keys()].join(', ')}`);
    const entropy = await expectedSectionTarget('熵与热力学第二定律');
    for (const text of ['熵', 'Entropy']) {
      assert.ok(sameResource(byText.get(text)!, entropy.uri), `${text} links to ${entropy.uri.toString()}, not ${byText.get(text)!.toString()}`);
      assert.equal(targetLine(byText.get(text)!), entropy.line);
    }
    // 涌现 in the paragraph links to "## 涌现" of this very document, which does not link to itself.
    const emergence = byText.get('涌现')!;
    assert.ok(sameResource(emergence, uri), `涌现 links within the memfs document: ${emergence.toString()}`);
    assert.equal(targetLine(emergence), positionOf(doc, '## 涌现').line);
    assert.equal(links.filter((l) => doc.getText(l.range) === '涌现').length, 1, 'the heading itself does not link');
  });

  it('runs the hover’s Go to section link, to the article (or the guide) and within the document', async () => {
    const went = await followHoverGoToSection(await conceptHover(doc, positionOf(doc, 'Entropy never')));
    const expected = await expectedSectionTarget('熵与热力学第二定律');
    assert.ok(sameResource(went.uri, expected.uri), `went to ${went.uri.toString()}, not ${expected.uri.toString()}`);
    assert.equal(went.line, expected.line);
    await vscode.window.showTextDocument(doc, { preview: false });
    const within = await followHoverGoToSection(await conceptHover(doc, positionOf(doc, '涌现出来')));
    assert.ok(sameResource(within.uri, uri), `went to ${within.uri.toString()}`);
    assert.equal(within.line, positionOf(doc, '## 涌现').line);
  });

  it('counts its occurrences among the workspace’s (Find All References)', async () => {
    const refs = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, positionOf(doc, '熵是'))) ?? [];
    const here = refs.filter((r) => sameResource(r.uri, uri)).map((r) => doc.getText(r.range));
    assert.deepEqual(here, ['熵', 'Entropy']);
  });
});

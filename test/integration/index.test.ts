// The workspace index in a real host: once complete, its counts, the Concepts tree's workspace counts
// and Shift+F12 agree with the CLI run on the same folder (`concept-lens scan DIR --format json`); a file
// created, changed and deleted on disk is followed; a corrupt cache file is discarded and the index is
// made again from the files. Waits on the index's events. Files it makes are deleted again.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isSourceDocument } from '../../src/services/schemes';
import { CACHE_FORMAT, CACHE_VERSION } from '../../src/services/index/fileIndex';
import { EXTENSION_ID, activateExtension, closeAllEditors, inWorkspace, nextEvent, openMarkdown, positionOf, resetSettings, whenTrue, workspaceFolder, type ConceptLensApi } from './helpers';

interface CliOccurrence {
  file: string;
  concept: string;
  line: number;
  column: number;
}

/** The CLI's occurrences in the workspace folder, with the built-in pack (as the extension uses it here). */
function cliScan(): CliOccurrence[] {
  const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
  const out = execFileSync(process.execPath, [path.join(root, 'bin', 'concept-lens.js'), 'scan', workspaceFolder().fsPath, '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as CliOccurrence[];
}

function countsOf(occurrences: readonly CliOccurrence[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const o of occurrences) out.set(o.concept, (out.get(o.concept) ?? 0) + 1);
  return out;
}

const sorted = (m: ReadonlyMap<string, number>): [string, number][] => [...m].sort(([a], [b]) => a.localeCompare(b));

/**
 * Documents the extension scans that the CLI cannot see: open Markdown documents with no file on disk
 * (untitled ones, or files another suite deleted while their documents stay open). The index answers
 * for open source documents from their live text, so their occurrences are added to the CLI's. Views of
 * a document (the concept guide a suite before this one opened, a diff's other side) are not the
 * workspace's: the index leaves them out, and so does this.
 */
function notOnDisk(api: ConceptLensApi): vscode.TextDocument[] {
  return vscode.workspace.textDocuments.filter(
    (d) => d.languageId === 'markdown' && isSourceDocument(d.uri.toString()) && !(d.uri.scheme === 'file' && existsSync(d.uri.fsPath)) && api.scans.get(d) !== undefined,
  );
}

/** The CLI's counts for the folder, plus those of the open documents it cannot see. */
function expectedCounts(api: ConceptLensApi): Map<string, number> {
  const out = countsOf(cliScan());
  for (const d of notOnDisk(api)) {
    const scanned = api.scans.get(d)!;
    for (const m of scanned.matches) {
      const id = scanned.pack.concepts[m.concept]!.id;
      out.set(id, (out.get(id) ?? 0) + 1);
    }
  }
  return out;
}

describe('the workspace index', () => {
  let api: ConceptLensApi;
  const made = inWorkspace('index-made-by-test.md');
  const oddName = inWorkspace("index odd name @+(熵)'s.md");

  before(async () => {
    api = await activateExtension();
    await resetSettings();
    await closeAllEditors();
    await api.index.whenComplete();
  });
  after(async () => {
    for (const f of [made, oddName]) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
    await closeAllEditors();
  });

  it('is complete, and its counts equal the CLI’s for the same folder', async () => {
    assert.equal(api.index.partial, false);
    const cli = expectedCounts(api);
    assert.ok((cli.get('entropy') ?? 0) > 0, 'the fixtures name entropy');
    // A suite before this one may have left another pack: the reset settings reload the built-in one,
    // and the index is made again in the background (the old one answers meanwhile).
    await whenTrue(async () => sorted(await api.index.counts()).join() === sorted(cli).join(), [api.index.onDidChange], 'the index to hold the built-in pack’s counts').catch(() => undefined);
    assert.deepEqual(sorted(await api.index.counts()), sorted(cli));
  });

  it('the Concepts tree’s workspace counts equal the CLI’s', async () => {
    await vscode.commands.executeCommand('conceptLens.concepts.focus');
    const provider = api.concepts.provider;
    const cli = expectedCounts(api);
    // The tree recounts after the index changes (an open document closed counts as one): each refresh is checked.
    await whenTrue(() => !!provider.workspaceCounts && sorted(provider.workspaceCounts).join() === sorted(cli).join(), [provider.onDidChangeTreeData], 'the tree’s workspace counts to equal the CLI’s').catch(() => undefined);
    assert.deepEqual(sorted(provider.workspaceCounts!), sorted(cli));
  });

  it('Shift+F12 lists the same occurrences as the CLI', async () => {
    const editor = await openMarkdown('notes.md');
    const cli = cliScan().filter((o) => o.concept === 'entropy');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionOf(editor.document, 'Entropy', 0, 1));
    const key = (file: string, line: number, column: number): string => `${path.relative(workspaceFolder().fsPath, file)}:${line}:${column}`;
    // (Occurrences in open documents the CLI cannot see are left out of the comparison.)
    const unseen = new Set(notOnDisk(api).map((d) => d.uri.toString()));
    assert.deepEqual(
      locations.filter((l) => !unseen.has(l.uri.toString())).map((l) => key(l.uri.fsPath, l.range.start.line, l.range.start.character)).sort(),
      cli.map((o) => key(o.file, o.line, o.column)).sort(),
    );
    await closeAllEditors();
  });

  it('follows a file created, changed and deleted on disk', async () => {
    const entropy = (): number => api.index.conceptCounts().get('entropy') ?? 0;
    const base = entropy();
    // Each step: the next change of the index that brings the count to what the file says.
    const step = async (write: () => Thenable<void>, want: number, what: string): Promise<void> => {
      const reached = nextEvent(api.index.onDidChange, what, () => entropy() === want);
      const start = Date.now();
      await write();
      await reached;
      // How long the watcher took (a figure for the notes, never asserted: tests do not time).
      console.log(`      ${what}: in the index after ${Date.now() - start} ms`);
    };
    await step(() => vscode.workspace.fs.writeFile(made, new TextEncoder().encode('# 熵\n\n熵 and entropy\n')), base + 3, 'a created file');
    await step(() => vscode.workspace.fs.writeFile(made, new TextEncoder().encode('熵\n')), base + 1, 'a changed file');
    await step(() => vscode.workspace.fs.delete(made), base, 'a deleted file');
  });

  it('leaves out the files that conceptLens.index.exclude of the workspace folder names, and takes them in again', async function () {
    this.timeout(120_000);
    const entropy = (): number => api.index.conceptCounts().get('entropy') ?? 0;
    const base = entropy();
    const folder = workspaceFolder();
    const leftOut = vscode.Uri.joinPath(folder, 'left-out', 'notes.md');
    // A folder's own value: a window-scoped setting cannot be written there at all.
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('conceptLens', folder);
    const reach = (want: number, what: string): Promise<void> => whenTrue(() => entropy() === want, [api.index.onDidChange], `${what} (${want}; now ${entropy()})`, 25_000);
    try {
      await vscode.workspace.fs.writeFile(leftOut, new TextEncoder().encode('熵\n'));
      await reach(base + 1, 'the new file in the index');
      await config().update('index.exclude', ['left-out/**'], vscode.ConfigurationTarget.WorkspaceFolder);
      await reach(base, 'the excluded file out of the index');
      await config().update('index.exclude', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await reach(base + 1, 'the file back once the setting goes');
    } finally {
      await config().update('index.exclude', undefined, vscode.ConfigurationTarget.WorkspaceFolder).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'left-out'), { recursive: true }).then(undefined, () => undefined);
    }
    // VS Code reports the deleted folder alone, not the file in it.
    await reach(base, 'the file gone with its deleted folder');
  });

  it('discards a corrupt cache file and makes the index again from the files', async function () {
    const file = api.indexCacheFile;
    if (!file) this.skip();
    await api.index.flush();
    await vscode.workspace.fs.writeFile(oddName, new TextEncoder().encode('涌现\n'));
    const cli = expectedCounts(api);
    await vscode.workspace.fs.writeFile(file!, new TextEncoder().encode(`{"format":"${CACHE_FORMAT}","version":${CACHE_VERSION},"pack":"x"\n\u0000garbage`));
    api.index.reopen();
    await api.index.whenComplete();
    assert.deepEqual(sorted(await api.index.counts()), sorted(cli));
    // The worker listed the files itself: a name VS Code percent-encodes is the URI VS Code gives it (else
    // the watcher's and open documents' URIs would name a second file).
    const odd = await api.index.find('emergence');
    assert.deepEqual(odd.filter((o) => o.uri.includes('odd%20name')).map((o) => o.uri), [oddName.toString()]);
    await api.index.flush();
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file!));
    assert.ok(text.startsWith(`{"format":"${CACHE_FORMAT}","version":${CACHE_VERSION},`), text.slice(0, 80));
  });
});

// Export Concepts… in a real VS Code: the command with a format and a target (as scripts and the tests
// call it) writes a CSV with a byte order mark and one row per occurrence that the scan reports, and a
// SKOS scheme whose IRIs follow conceptLens.export.baseIri, read at export time; a value that is no
// http(s) base IRI falls back to the default. From the palette, closing the format pick writes nothing.

import { strict as assert } from 'node:assert';
import * as os from 'node:os';
import * as path from 'node:path';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, inWorkspace, openMarkdown, resetSettings, runWithQuickPick, setSetting, waitFor, workspaceKind, type ConceptLensApi } from './helpers';

const EXPORT = 'conceptLens.exportConcepts';

describe('Export Concepts', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'concept-export-'));
  const out = (name: string): vscode.Uri => vscode.Uri.file(path.join(dir, name));
  let api: ConceptLensApi;
  let doc: vscode.TextDocument;

  before(async () => {
    doc = (await openMarkdown(workspaceKind() === 'article' ? 'entropy-and-emergence.md' : 'notes.md')).document;
    api = await activateExtension();
    await resetSettings();
  });
  afterEach(resetSettings);
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await closeAllEditors();
  });

  it('writes CSV with a byte order mark, one row per occurrence the scan reports', async () => {
    const target = out('concepts.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(EXPORT, 'csv', target);
    assert.equal(written?.toString(), target.toString());
    const bytes = readFileSync(target.fsPath);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    assert.equal(lines[0], 'file,line,column,concept,name_zh,name_en,section,text');
    // File names are relative to the exported file; this document's rows name it.
    const rows = lines.slice(1).filter((l) => l !== '' && path.resolve(dir, l.slice(0, l.indexOf(','))) === doc.uri.fsPath);
    const scanned = await scannedCount(api, doc);
    assert.equal(rows.length, scanned);
    // The hand-counted figure of the fixture (as the preview test's).
    if (workspaceKind() === 'article') assert.equal(rows.length, 110);
    assert.ok(rows.some((r) => r.includes(',emergence,涌现,emergence,')), 'a row of 涌现 with both names');
  });

  it('writes SKOS with 涌现 as a Chinese prefLabel, under the default base IRI', async () => {
    const ttl = await exportSkos('default.ttl');
    assert.ok(ttl.includes('skos:prefLabel "涌现"@zh'));
    assert.ok(ttl.includes(`<https://concept-lens.invalid/packs/${encodeURIComponent(api.scans.pack.pack.id)}/emergence>`));
  });

  it('follows conceptLens.export.baseIri without a reload, and ignores a value that is no http(s) base IRI', async () => {
    await setSetting('export.baseIri', 'https://example.org/concepts/');
    const ttl = await exportSkos('based.ttl');
    assert.ok(ttl.includes('<https://example.org/concepts/emergence>'), 'concepts under the base IRI');
    assert.ok(ttl.includes('skos:prefLabel "涌现"@zh'));
    assert.doesNotMatch(ttl, /concept-lens\.invalid\/packs/);

    await setSetting('export.baseIri', 'https://example.org/concepts');
    const fallback = await exportSkos('fallback.ttl');
    assert.ok(fallback.includes('/emergence>'));
    assert.doesNotMatch(fallback, /example\.org/);
    assert.match(fallback, /<https:\/\/concept-lens\.invalid\/packs\/[^/>]+\/emergence>/);
  });

  it('from the palette: closing the format pick writes nothing', async () => {
    const before = readdirSync(dir).length;
    assert.equal(await runWithQuickPick<vscode.Uri | undefined>(EXPORT, 'cancel'), undefined);
    assert.equal(readdirSync(dir).length, before);
    assert.ok(!existsSync(path.join(dir, 'concepts.md')));
  });

  it('from the palette: the format pick and the save dialog, answered with their first choice', async () => {
    const proposed = inWorkspace('concepts.md');
    try {
      const written = await runWithQuickPick<vscode.Uri | undefined>(EXPORT, 'accept');
      assert.equal(written?.toString(), proposed.toString());
      const md = new TextDecoder().decode(await vscode.workspace.fs.readFile(proposed));
      assert.match(md, /涌现/);
    } finally {
      await vscode.workspace.fs.delete(proposed).then(undefined, () => undefined);
    }
  });

  async function exportSkos(name: string): Promise<string> {
    const target = out(name);
    assert.equal((await vscode.commands.executeCommand<vscode.Uri | undefined>(EXPORT, 'skos', target))?.toString(), target.toString());
    return readFileSync(target.fsPath, 'utf8');
  }
});

/** The number of occurrences the extension's scan of `doc` reports, once it has scanned it. */
async function scannedCount(api: ConceptLensApi, doc: vscode.TextDocument): Promise<number> {
  return (await waitFor(() => api.scans.get(doc), `the scan of ${doc.uri.toString()}`)).matches.length;
}

// Export Concepts… without the UI, on an in-memory workspace: every Markdown file's occurrences, named
// relative to the exported file, with their sections; open documents as they stand; cancellation.

import { strict as assert } from 'node:assert';
import { makeServices, type Services } from '../../support/services';
import { CancellationSource } from '../../../src/services/base/cancellation';
import { defaultExportName, exportWorkspaceConcepts, relativeUri, settingBaseIri } from '../../../src/services/conceptExport';

describe('services: concept export', () => {
  let s: Services;
  beforeEach(() => {
    s = makeServices({
      setup: ({ workspace }) => {
        workspace.write('file:///ws/notes/b%20c.md', '# 神奇的涌现\n\nemergence\n');
        workspace.write('file:///ws/a.md', '熵\n');
      },
    });
  });
  afterEach(() => s.dispose());

  it('writes every occurrence of the workspace, files relative to the export, sorted, with sections', async () => {
    const csv = await exportWorkspaceConcepts(s.occurrences, s.scans.pack, 'csv', 'file:///ws/out/concepts.csv');
    assert.equal(
      csv,
      '\uFEFFfile,line,column,concept,name_zh,name_en,section,text\r\n' +
        '../a.md,1,1,entropy,熵,entropy,,熵\r\n' +
        '../notes/b c.md,1,6,emergence,涌现,emergence,神奇的涌现,涌现\r\n' +
        '../notes/b c.md,3,1,emergence,涌现,emergence,神奇的涌现,emergence\r\n',
    );
  });

  it('uses an open document as it stands', async () => {
    const doc = s.workspace.open('file:///ws/a.md', '熵\n');
    s.workspace.edit(doc, 0, 0, '涌现 ');
    const json = JSON.parse((await exportWorkspaceConcepts(s.occurrences, s.scans.pack, 'json', 'file:///ws/concepts.json'))!) as { occurrences: { file: string; concept: string }[] };
    assert.deepEqual(
      json.occurrences.filter((o) => o.file === 'a.md').map((o) => o.concept),
      ['emergence', 'entropy'],
    );
  });

  it('reads the base IRI setting: empty is the default, a bad value is the default with a warning', () => {
    assert.deepEqual(settingBaseIri(''), { base: undefined, invalid: false });
    assert.deepEqual(settingBaseIri('   '), { base: undefined, invalid: false });
    assert.deepEqual(settingBaseIri(undefined), { base: undefined, invalid: false });
    assert.deepEqual(settingBaseIri(' https://example.org/c/ '), { base: 'https://example.org/c/', invalid: false });
    assert.deepEqual(settingBaseIri('https://example.org/c#'), { base: 'https://example.org/c#', invalid: false });
    assert.deepEqual(settingBaseIri('https://example.org/c'), { base: undefined, invalid: true });
    assert.deepEqual(settingBaseIri('urn:concepts:'), { base: undefined, invalid: true });
    assert.deepEqual(settingBaseIri(42), { base: undefined, invalid: true });
  });

  it('writes SKOS under the base IRI it is given', async () => {
    const ttl = (await exportWorkspaceConcepts(s.occurrences, s.scans.pack, 'skos', 'file:///ws/c.ttl', undefined, { base: 'https://example.org/c/' }))!;
    assert.match(ttl, /<https:\/\/example\.org\/c\/emergence>/);
    assert.doesNotMatch(ttl, /concept-lens\.invalid\/packs/);
  });

  it('gives nothing when cancelled', async () => {
    const source = new CancellationSource();
    source.cancel();
    assert.equal(await exportWorkspaceConcepts(s.occurrences, s.scans.pack, 'md', 'file:///ws/c.md', source.token), undefined);
  });

  it('names files relative to the export, or by URI on another file system', () => {
    assert.equal(relativeUri('file:///ws/out/x.csv', 'file:///ws/a.md'), '../a.md');
    assert.equal(relativeUri('file:///ws/x.csv', 'file:///ws/d/e%5B1%5D.md'), 'd/e[1].md');
    assert.equal(relativeUri('file:///ws/x.csv', 'file:///ws/bad%E0.md'), 'bad%E0.md');
    assert.equal(relativeUri('file:///a/b/c/x.csv', 'file:///a/d.md'), '../../d.md');
    assert.equal(relativeUri('file:///ws/x.csv', 'vscode-vfs://github/o/r/a.md'), 'vscode-vfs://github/o/r/a.md');
    assert.equal(relativeUri('vscode-remote://ssh+h/ws/x.csv', 'vscode-remote://ssh+h/ws/a.md'), 'a.md');
    assert.equal(relativeUri('vscode-remote://ssh+h/ws/x.csv', 'vscode-remote://ssh+other/ws/a.md'), 'vscode-remote://ssh+other/ws/a.md');
  });

  it('proposes a file name per format', () => {
    assert.deepEqual((['md', 'csv', 'json', 'skos'] as const).map(defaultExportName), ['concepts.md', 'concepts.csv', 'concepts.json', 'concepts.ttl']);
  });
});

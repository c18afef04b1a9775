// Occurrences across the workspace on an in-memory workspace: open documents from their live scans,
// files read once per modification, the size limit, views left out, cancellation.

import { strict as assert } from 'node:assert';
import { makeServices, type Services } from '../../support/services';
import { CancellationSource } from '../../../src/services/base/cancellation';

describe('services: WorkspaceOccurrences', () => {
  let s: Services;
  beforeEach(() => {
    s = makeServices({
      setup: ({ workspace }) => {
        workspace.write('file:///ws/a.md', '熵\n\n熵 again\n');
        workspace.write('file:///ws/b.md', 'emergence, then 涌现\n');
        workspace.write('file:///ws/node_modules/x/readme.md', '熵\n');
      },
    });
  });
  afterEach(() => s.dispose());

  it('finds a concept in every Markdown file, with ranges, not in node_modules', async () => {
    const found = await s.occurrences.find('emergence');
    assert.deepEqual(found, [
      { uri: 'file:///ws/b.md', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } }, text: 'emergence' },
      { uri: 'file:///ws/b.md', range: { start: { line: 0, character: 16 }, end: { line: 0, character: 18 } }, text: '涌现' },
    ]);
  });

  it('reads an open document’s live text instead of its file', async () => {
    const doc = s.workspace.open('file:///ws/b.md', 'nothing here\n');
    assert.deepEqual(await s.occurrences.find('emergence'), []);
    s.workspace.edit(doc, 0, 0, '涌现 ');
    assert.deepEqual((await s.occurrences.find('emergence')).map((o) => o.range.start.character), [0]);
  });

  it('counts each concept across the workspace', async () => {
    const counts = await s.occurrences.counts();
    assert.equal(counts.get('emergence'), 2);
    assert.equal(counts.get('entropy'), 2);
    assert.ok(!counts.has('transformer'));
  });

  it('reads a file again only when it was modified', async () => {
    await s.occurrences.counts();
    await s.occurrences.counts();
    assert.equal(s.workspace.reads.get('file:///ws/b.md'), 1);
    s.workspace.write('file:///ws/b.md', 'no concept\n');
    assert.equal((await s.occurrences.counts()).get('emergence'), undefined);
    assert.equal(s.workspace.reads.get('file:///ws/b.md'), 2);
  });

  it('skips files over the size limit by their size, without reading them', async () => {
    s.workspace.write('file:///ws/big.md', '涌现'.repeat(400)); // 2,400 bytes
    s.settings.setWindow({ maxFileSizeKB: 2 });
    assert.equal((await s.occurrences.counts()).get('emergence'), 2);
    assert.equal(s.workspace.reads.get('file:///ws/big.md'), undefined);
  });

  it('leaves out views of documents (the concept guide) and documents that are not Markdown', async () => {
    s.workspace.open('concept-lens-guide:/en/entropy-and-emergence.md', '涌现\n');
    s.workspace.open('file:///ws/c.txt', '涌现\n', 'plaintext');
    assert.equal((await s.occurrences.counts()).get('emergence'), 2);
  });

  it('stops reading files when cancelled', async () => {
    const source = new CancellationSource();
    source.cancel();
    assert.deepEqual(await s.occurrences.counts(source.token), new Map());
    assert.equal(s.workspace.reads.size, 0);
  });

  it('logs a file that cannot be read and goes on', async () => {
    s.workspace.readFile = async (uri: string) => {
      if (uri.endsWith('a.md')) throw new Error('EACCES');
      return new TextEncoder().encode('涌现\n');
    };
    assert.equal((await s.occurrences.counts()).get('emergence'), 1);
    assert.deepEqual(s.log.at('warn'), ['cannot read file:///ws/a.md: EACCES']);
  });
});

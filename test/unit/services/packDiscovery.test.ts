// Packs beside the articles (`*.conceptpack.json`): found and watched in a trusted workspace, and where
// two define the same concept, the one nearer to the document wins there.

import { strict as assert } from 'node:assert';
import { makeServices, USER_PACK, type Services } from '../../support/services';
import { nextEvent } from '../../support/memoryHost';
import { problemMessage } from '../../../src/core/pack/loadPack';

/** USER_PACK's concept with another explanation, to tell the two definitions apart. */
function variant(explanation: string, id = 'tiny'): string {
  const p = JSON.parse(USER_PACK);
  p.id = id;
  p.concepts[0].explanation = { en: explanation };
  return JSON.stringify(p, null, 2);
}

/** Packs in a/ and b/ that both define gradient-descent, each with its own explanation. */
async function twoPacksOfOneConcept(): Promise<Services> {
  const s = makeServices({
    setup: ({ workspace }) => {
      workspace.write('file:///ws/a/a.conceptpack.json', variant('from a', 'a'));
      workspace.write('file:///ws/b/b.conceptpack.json', variant('from b', 'b'));
    },
  });
  await s.packs.reload();
  return s;
}

describe('services: packs beside the articles', () => {
  let s: Services;
  afterEach(() => s.dispose());

  it('loads every *.conceptpack.json of a trusted workspace', async () => {
    s = makeServices({ setup: ({ workspace }) => workspace.write('file:///ws/posts/gd.conceptpack.json', USER_PACK) });
    await s.packs.reload();
    assert.ok(s.packs.current.indexOf.has('gradient-descent'));
    assert.deepEqual(s.packs.userPacks.map((p) => p.uri), ['file:///ws/posts/gd.conceptpack.json']);
  });

  it('loads none in an untrusted workspace, and loads them once trust is granted', async () => {
    s = makeServices({ setup: ({ workspace }) => (workspace.write('file:///ws/gd.conceptpack.json', USER_PACK), (workspace.isTrusted = false)) });
    await s.packs.reload();
    assert.ok(!s.packs.current.indexOf.has('gradient-descent'));
    const loaded = nextEvent(s.packs.onDidChange, (cp) => cp.indexOf.has('gradient-descent'));
    s.workspace.grantTrust();
    await loaded;
  });

  it('takes a new pack file at once, and drops a deleted one', async () => {
    s = makeServices();
    await s.packs.reload();
    let changed = nextEvent(s.packs.onDidChange, (cp) => cp.indexOf.has('gradient-descent'));
    s.workspace.write('file:///ws/new.conceptpack.json', USER_PACK);
    await changed;
    changed = nextEvent(s.packs.onDidChange, (cp) => !cp.indexOf.has('gradient-descent'));
    s.workspace.remove('file:///ws/new.conceptpack.json');
    await changed;
  });

  it('reports a concept two packs define, in both, naming the other', async () => {
    s = await twoPacksOfOneConcept();
    const warning = (uri: string): unknown => {
      const r = s.diagnostics.current.get(uri);
      return r && 'problems' in r ? r.problems.map((p) => [p.severity, p.line, p.message]) : r;
    };
    // In variant()'s pretty JSON the concept's "id" is on line 16 (listed and counted by hand).
    assert.deepEqual(warning('file:///ws/a/a.conceptpack.json'), [['warning', 16, 'the concept "gradient-descent" is also defined in b/b.conceptpack.json; in each document the pack nearer to it wins']]);
    assert.deepEqual(warning('file:///ws/b/b.conceptpack.json'), [['warning', 16, 'the concept "gradient-descent" is also defined in a/a.conceptpack.json; in each document the pack nearer to it wins']]);
    assert.deepEqual(s.notifications.packErrors, [], 'a warning is no error');
    const r = s.diagnostics.current.get('file:///ws/a/a.conceptpack.json');
    assert.deepEqual(r && 'problems' in r ? r.problems.map((p) => problemMessage(p, 'zh')) : r, ['概念“gradient-descent”也在 b/b.conceptpack.json 中定义；每篇文档以离它更近的概念包为准']);
  });

  it('gives each document the definition of the pack nearer to it', async () => {
    s = await twoPacksOfOneConcept();
    const explanation = (uri: string): string | undefined => {
      const cp = s.scans.get(s.workspace.open(uri, 'gradient descent\n'))!.pack;
      return cp.concepts[cp.indexOf.get('gradient-descent')!]!.explanation.en;
    };
    assert.equal(explanation('file:///ws/a/post.md'), 'from a');
    assert.equal(explanation('file:///ws/b/deeper/post.md'), 'from b');
    assert.equal(explanation('file:///ws/elsewhere.md'), 'from b', 'elsewhere the later pack (by path) wins');
    assert.equal(s.packs.userPackDefining('gradient-descent', 'file:///ws/a/post.md')?.uri, 'file:///ws/a/a.conceptpack.json');
    assert.equal(s.packs.userPackDefining('gradient-descent')?.uri, 'file:///ws/b/b.conceptpack.json');
    assert.equal(s.packs.userPackDefining('entropy'), undefined, 'a built-in concept has no pack file');
  });
});

describe('services: a pack open in an editor', () => {
  it('counts as typed: an unsaved edit and its undo take effect', async () => {
    const s = makeServices({ setup: ({ workspace }) => workspace.write('file:///ws/gd.conceptpack.json', USER_PACK) });
    await s.packs.reload();
    const doc = s.workspace.open('file:///ws/gd.conceptpack.json', USER_PACK, 'json');
    const at = USER_PACK.indexOf('gradient-descent');
    let changed = nextEvent(s.packs.onDidChange, (cp) => cp.indexOf.has('learning-rate'));
    s.workspace.edit(doc, at, 'gradient-descent'.length, 'learning-rate');
    await changed;
    changed = nextEvent(s.packs.onDidChange, (cp) => cp.indexOf.has('gradient-descent'));
    s.workspace.edit(doc, at, 'learning-rate'.length, 'gradient-descent');
    await changed;
    s.dispose();
  });
});

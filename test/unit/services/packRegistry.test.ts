// The pack registry on an in-memory workspace: user packs, their problems, watchers, and serialised
// reloads.

import { strict as assert } from 'node:assert';
import { makeServices, USER_PACK, type Services } from '../../support/services';
import { nextEvent } from '../../support/memoryHost';

const PACK = 'file:///ws/tiny.pack.json';

function withPack(text: string | undefined, packs: string[] = ['tiny.pack.json']): Services {
  return makeServices({
    setup: ({ workspace, settings }) => {
      if (text !== undefined) workspace.write(PACK, text);
      settings.resources.set('', { article: '', packs });
    },
  });
}

describe('services: PackRegistry', () => {
  let s: Services | undefined;
  afterEach(() => s?.dispose());

  it('uses the built-in pack alone when no pack is set, and watches nothing', () => {
    s = makeServices();
    assert.equal(s.packs.current.pack.id, 'entropy-and-emergence');
    assert.equal(s.packs.current.concepts.length, 28);
    assert.deepEqual([...s.workspace.watchers].map((w) => w.pattern).sort(), ['*.conceptpack.json', '*.md', 'file:///ws/.gitignore'], 'Markdown files and the root .gitignore (the workspace index), and packs beside the articles');
  });

  it('layers a user pack over the built-in one', async () => {
    s = withPack(USER_PACK);
    await s.packs.reload();
    assert.equal(s.packs.current.pack.id, 'entropy-and-emergence+tiny');
    assert.ok(s.packs.current.indexOf.has('gradient-descent'));
    assert.ok(s.packs.current.indexOf.has('entropy'));
    assert.deepEqual([...s.diagnostics.current.keys()], [PACK]);
    assert.deepEqual(s.diagnostics.current.get(PACK), { problems: [] });
    assert.deepEqual(s.notifications.packErrors, []);
  });

  it('reports a pack with errors once, with line and column, and keeps its valid concepts', async () => {
    const broken = JSON.stringify({ ...JSON.parse(USER_PACK), concepts: [...JSON.parse(USER_PACK).concepts, { id: 'x' }] }, null, 1);
    s = withPack(broken);
    await s.packs.reload();
    const report = s.diagnostics.current.get(PACK);
    assert.ok(report && 'problems' in report);
    const errors = report.problems.filter((p) => p.severity !== 'warning');
    assert.ok(errors.length > 0);
    assert.ok(errors.every((p) => p.path.startsWith('$.concepts[1]') && typeof p.line === 'number' && p.line > 1), JSON.stringify(errors));
    assert.deepEqual(s.notifications.packErrors, [{ uri: PACK, errors: errors.length }]);
    assert.ok(s.packs.current.indexOf.has('gradient-descent'), 'the valid concept is used');
  });

  it('says a pack that cannot be read, and goes on with the built-in pack', async () => {
    s = withPack(undefined);
    await s.packs.reload();
    const report = s.diagnostics.current.get(PACK);
    assert.ok(report && 'unreadable' in report && /ENOENT/.test(report.unreadable), JSON.stringify(report));
    assert.deepEqual(s.notifications.packErrors, [{ uri: PACK, errors: 1 }]);
    assert.equal(s.packs.current.pack.id, 'entropy-and-emergence');
  });

  it('says a pack’s errors once, not at every reload; again after they were fixed and came back; not while it is open', async () => {
    s = withPack('{ "id": ');
    await s.packs.reload();
    await s.packs.reload();
    assert.equal(s.notifications.packErrors.length, 1, 'a second reload of the same broken pack says nothing');
    s.workspace.write(PACK, USER_PACK);
    await s.packs.reload();
    s.workspace.write(PACK, '{ "id": ');
    await s.packs.reload();
    assert.equal(s.notifications.packErrors.length, 2, 'broken again after a fix: said again');
    s.workspace.write(PACK, USER_PACK);
    await s.packs.reload();
    // Typed in an editor: the Problems panel has it; no popup at each pause of the typing.
    s.workspace.open(PACK, '{ "id": ');
    await s.packs.reload();
    assert.equal(s.notifications.packErrors.length, 2);
    const report = s.diagnostics.current.get(PACK);
    assert.ok(report && ('unreadable' in report || report.problems.length > 0), JSON.stringify(report));
  });

  it('ten quick changes of conceptLens.packs leave one set of watchers and one set of diagnostics', async () => {
    s = withPack(USER_PACK, []);
    s.workspace.write('file:///ws/other.pack.json', 'not json');
    await s.packs.reload();
    const setsBefore = s.diagnostics.sets;
    const watchersBefore = s.workspace.watchersMade;
    const readsBefore = s.workspace.reads.get('file:///ws/other.pack.json') ?? 0;
    for (let i = 0; i < 10; i++) s.settings.setResource('', { packs: i % 2 ? ['other.pack.json'] : ['tiny.pack.json', 'other.pack.json'] });
    await s.packs.reload();
    // (The workspace index watches each folder's .gitignore.)
    const packWatchers = [...s.workspace.watchers].filter((w) => w.pattern.startsWith('file:') && !w.pattern.endsWith('/.gitignore'));
    // The last change set ['other.pack.json'] (i = 9).
    assert.deepEqual(packWatchers.map((w) => w.pattern), ['file:///ws/other.pack.json']);
    assert.equal(s.workspace.watchersMade - watchersBefore, 1, 'superseded reloads made no watchers');
    assert.equal(s.workspace.reads.get('file:///ws/other.pack.json')! - readsBefore, 1, 'superseded reloads read nothing');
    assert.deepEqual([...s.diagnostics.current.keys()], ['file:///ws/other.pack.json']);
    // Superseded reloads report nothing: only the last one read the pack and set its diagnostics.
    assert.equal(s.diagnostics.sets - setsBefore, 1);
    assert.equal(s.notifications.packErrors.length, 1, JSON.stringify(s.notifications.packErrors));
    const last = s.diagnostics.current.get('file:///ws/other.pack.json');
    assert.ok(last && 'problems' in last && last.problems.length > 0);
    assert.deepEqual(s.notifications.packErrors.at(-1), { uri: 'file:///ws/other.pack.json', errors: last.problems.length });
  });

  it('makes watchers once per change of the setting, not once per reload', async () => {
    s = withPack(USER_PACK);
    await s.packs.reload();
    const first = [...s.workspace.watchers].find((w) => w.pattern === PACK);
    assert.ok(first);
    for (let i = 0; i < 5; i++) await s.packs.reload();
    const now = [...s.workspace.watchers].filter((w) => w.pattern === PACK);
    assert.deepEqual(now, [first], 'the same single watcher');
  });

  it('reloads when a watched pack file changes or is deleted', async () => {
    s = withPack(USER_PACK);
    await s.packs.reload();
    const renamed = USER_PACK.replace('gradient-descent', 'learning-rate');
    let changed = nextEvent(s.packs.onDidChange, (cp) => cp.indexOf.has('learning-rate'));
    s.workspace.write(PACK, renamed);
    await changed;
    assert.ok(!s.packs.current.indexOf.has('gradient-descent'));
    changed = nextEvent(s.packs.onDidChange, (cp) => !cp.indexOf.has('learning-rate'));
    s.workspace.remove(PACK);
    await changed;
    assert.equal(s.packs.current.pack.id, 'entropy-and-emergence');
  });

  it('reads each folder’s packs relative to that folder', async () => {
    s = makeServices({
      setup: ({ workspace, settings }) => {
        workspace.folders = ['file:///a', 'file:///b'];
        workspace.write('file:///a/p.json', USER_PACK);
        workspace.write('file:///b/p.json', USER_PACK.replace(/gradient-descent/g, 'momentum').replace('"tiny"', '"tiny2"'));
        settings.resources.set('file:///a', { article: '', packs: ['p.json'] });
        settings.resources.set('file:///b', { article: '', packs: ['p.json'] });
      },
    });
    await s.packs.reload();
    assert.deepEqual(s.packs.settingPackUris(), ['file:///a/p.json', 'file:///b/p.json']);
    assert.ok(s.packs.current.indexOf.has('gradient-descent') && s.packs.current.indexOf.has('momentum'));
  });

  it('derives the user aliases’ inflections after the first compile, and compiles again', async () => {
    s = withPack(USER_PACK);
    const compiles: string[] = [];
    s.packs.onDidChange((cp) => compiles.push(cp.pack.id));
    await s.packs.reload();
    assert.deepEqual(s.inflectionRequests, [['gradient descent']]);
    assert.deepEqual(compiles, ['entropy-and-emergence+tiny', 'entropy-and-emergence+tiny']);
  });

  it('logs a failure to derive inflections and keeps the first compile', async () => {
    s = makeServices({
      setup: ({ workspace, settings }) => {
        workspace.write(PACK, USER_PACK);
        settings.resources.set('', { article: '', packs: ['tiny.pack.json'] });
      },
      loadInflections: async () => {
        throw new Error('compromise is missing');
      },
    });
    await s.packs.reload();
    assert.ok(s.packs.current.indexOf.has('gradient-descent'));
    assert.deepEqual(s.log.at('warn'), ['inflections for user packs failed: compromise is missing']);
  });

  it('disposes its watchers and reports nothing after dispose', async () => {
    s = withPack(USER_PACK);
    await s.packs.reload();
    s.packs.dispose();
    assert.equal([...s.workspace.watchers].filter((w) => w.pattern === PACK).length, 0);
    const sets = s.diagnostics.sets;
    await s.packs.reload();
    assert.equal(s.diagnostics.sets, sets);
  });
});

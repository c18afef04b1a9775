// Where an occurrence leads (the document, else the article, else the guide) and how the cursor steps
// between occurrences, on an in-memory workspace. Lines are 0-based, counted by hand on TINY_ARTICLE:
// line 4 is "# 熵与热力学第二定律", line 8 "# 神奇的涌现".

import { strict as assert } from 'node:assert';
import { makeServices, TINY_ARTICLE, USER_PACK, type Services } from '../../support/services';
import { nextEvent } from '../../support/memoryHost';
import { stepOccurrence, uriAt } from '../../../src/services/navigation';
import type { Match } from '../../../src/core/scan/scanner';

const ARTICLE = 'file:///ws/posts/entropy.md';
/**
 * Three of the pack's five section headings and no front matter: recognised by its headings (at least
 * 60% of them). "# 神奇的涌现" is line 6.
 */
const BY_HEADINGS = '# 熵与热力学第二定律\n\n熵\n\n# 对称性与对称破缺\n\n# 神奇的涌现\n\n涌现\n';

function conceptIndex(s: Services, id: string): number {
  return s.packs.current.indexOf.get(id)!;
}

describe('services: article search and section targets', () => {
  let s: Services;
  afterEach(() => s.dispose());

  it('finds the article by its front-matter title among the workspace’s files', async () => {
    s = makeServices({ setup: ({ workspace }) => (workspace.write('file:///ws/a.md', '# Other\n'), workspace.write(ARTICLE, TINY_ARTICLE)) });
    await s.occurrences.whenComplete();
    const t = await s.targets.resolve(conceptIndex(s, 'entropy'));
    assert.deepEqual(t, { kind: 'article', uri: ARTICLE, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, title: '熵与热力学第二定律' });
  });

  it('finds the article by its section headings', async () => {
    s = makeServices({ setup: ({ workspace }) => workspace.write(ARTICLE, BY_HEADINGS) });
    await s.occurrences.whenComplete();
    const t = await s.targets.resolve(conceptIndex(s, 'emergence'));
    assert.equal(t.kind, 'article');
    assert.equal(t.range.start.line, 6);
  });

  it('takes the file the setting conceptLens.article names, even unrecognised, before any other', async () => {
    s = makeServices({
      setup: ({ workspace, settings }) => {
        workspace.write(ARTICLE, TINY_ARTICLE);
        workspace.write('file:///ws/mine.md', 'intro\n\n## 神奇的涌现\n');
        settings.resources.set('', { article: 'mine.md', packs: [] });
      },
    });
    const t = await s.targets.resolve(conceptIndex(s, 'emergence'));
    assert.equal(t.uri, 'file:///ws/mine.md');
    assert.equal(t.range.start.line, 2);
  });

  it('prefers an open document, with its unsaved text, to the file', async () => {
    s = makeServices({ setup: ({ workspace }) => (workspace.write(ARTICLE, '# nothing yet\n'), workspace.open(ARTICLE, TINY_ARTICLE)) });
    const t = await s.targets.resolve(conceptIndex(s, 'entropy'));
    assert.equal(t.kind, 'article');
  });

  it('skips a candidate over the size limit without reading it', async () => {
    s = makeServices({ setup: ({ workspace, settings }) => (workspace.write(ARTICLE, TINY_ARTICLE + 'x'.repeat(2048)), (settings.windowValues = { ...settings.windowValues, maxFileSizeKB: 1 })) });
    const t = await s.targets.resolve(conceptIndex(s, 'entropy'));
    assert.equal(t.kind, 'guide');
    assert.equal(s.workspace.reads.get(ARTICLE), undefined);
  });

  it('a heading of the same document that names the concept comes first', async () => {
    s = makeServices({ setup: ({ workspace }) => workspace.write(ARTICLE, TINY_ARTICLE) });
    const notes = s.workspace.open('file:///ws/notes.md', 'x\n\n## Why emergence\n\nemergence again\n');
    const doc = s.scans.get(notes)!;
    const t = await s.targets.resolve(conceptIndex(s, 'emergence'), doc);
    assert.deepEqual(t, { kind: 'document', uri: 'file:///ws/notes.md', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 16 } }, title: 'Why emergence' });
  });

  it('without an article, leads to the concept guide', async () => {
    s = makeServices();
    const t = await s.targets.resolve(conceptIndex(s, 'entropy'));
    assert.equal(t.kind, 'guide');
    assert.equal(t.uri, 'concept-lens-guide:/en/entropy-and-emergence.md');
    assert.equal(t.title, '熵与热力学第二定律');
    assert.match(s.guides.text(t.uri).split('\n')[t.range.start.line]!, /熵与热力学第二定律/);
  });

  it('looks for the article again when a Markdown file changes', async () => {
    s = makeServices();
    await s.occurrences.whenComplete();
    assert.equal((await s.targets.resolve(conceptIndex(s, 'entropy'))).kind, 'guide');
    const indexed = nextEvent(s.occurrences.onDidChange);
    s.workspace.write(ARTICLE, TINY_ARTICLE);
    await indexed;
    assert.equal((await s.targets.resolve(conceptIndex(s, 'entropy'))).kind, 'article');
  });

  it('looks for the article again when the pack changes', async () => {
    s = makeServices({ setup: ({ workspace }) => workspace.write(ARTICLE, TINY_ARTICLE) });
    await s.occurrences.whenComplete();
    assert.equal((await s.article.find())?.uri, ARTICLE);
    const reads = s.workspace.reads.get(ARTICLE);
    await s.article.find();
    assert.equal(s.workspace.reads.get(ARTICLE), reads, 'kept while nothing changes');
    const changed = nextEvent(s.packs.onDidChange);
    s.workspace.write('file:///ws/p.json', USER_PACK);
    s.settings.setResource('', { packs: ['p.json'] });
    await changed;
    // The index reads the files again with the new pack; the search reads its outlines, not the file.
    await s.occurrences.whenComplete();
    await s.article.find();
    assert.equal(s.workspace.reads.get(ARTICLE), reads! + 1);
  });

  it('makes a URI that opens at a line and column', () => {
    assert.equal(uriAt('file:///ws/a.md', { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }), 'file:///ws/a.md#L5,1');
    assert.equal(uriAt('file:///ws/a.md#L1,1', { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }), 'file:///ws/a.md#L1,3');
  });
});

describe('services: stepOccurrence', () => {
  // Occurrences of concepts 0 and 1 at these offsets.
  const m = (concept: number, start: number): Match => ({ concept, start, end: start + 2 }) as Match;
  const all = [m(0, 10), m(1, 20), m(0, 30), m(1, 40)];
  const doc = { matches: all, occurrencesOf: (c: number) => all.filter((x) => x.concept === c) };

  it('steps to the next occurrence of the concept under the cursor, wrapping around', () => {
    assert.equal(stepOccurrence(doc, 11, all[0], 1)?.start, 30);
    assert.equal(stepOccurrence(doc, 31, all[2], 1)?.start, 10);
    assert.equal(stepOccurrence(doc, 31, all[2], -1)?.start, 10);
    assert.equal(stepOccurrence(doc, 11, all[0], -1)?.start, 30);
  });

  it('off any concept, steps to the nearest occurrence of any concept', () => {
    assert.equal(stepOccurrence(doc, 25, undefined, 1)?.start, 30);
    assert.equal(stepOccurrence(doc, 25, undefined, -1)?.start, 20);
    assert.equal(stepOccurrence(doc, 45, undefined, 1)?.start, 10);
  });

  it('steps through a given concept from an occurrence of another', () => {
    assert.equal(stepOccurrence(doc, 21, all[1], 1, 0)?.start, 30);
    assert.equal(stepOccurrence({ matches: [], occurrencesOf: () => [] }, 0, undefined, 1), undefined);
  });
});

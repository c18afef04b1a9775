// The document scans on an in-memory workspace: which documents are scanned, edits, settings, the size
// limit and pack changes. Offsets below are counted by hand on the short texts.

import { strict as assert } from 'node:assert';
import { makeServices, USER_PACK, type Services } from '../../support/services';
import { nextEvent } from '../../support/memoryHost';

/** "# Notes\n\n" is 9 units: 熵 is at 9, "Emergence" at 18 (after "熵 grows. "). */
const NOTES = '# Notes\n\n熵 grows. Emergence too.\n';

function found(s: Services, uri: string): [string, number, number][] {
  const doc = s.workspace.openDocuments.find((d) => d.uri === uri)!;
  const scanned = s.scans.get(doc);
  return scanned ? scanned.matches.map((m) => [scanned.conceptId(m), m.start, m.end]) : [];
}

describe('services: DocumentScans', () => {
  let s: Services;
  beforeEach(() => (s = makeServices()));
  afterEach(() => s.dispose());

  it('scans an open Markdown document', () => {
    s.workspace.open('file:///ws/notes.md', NOTES);
    assert.deepEqual(found(s, 'file:///ws/notes.md'), [
      ['entropy', 9, 10],
      ['emergence', 18, 27],
    ]);
  });

  it('skips documents that are not Markdown, and schemes that are not documents', () => {
    const plain = s.workspace.open('file:///ws/notes.txt', NOTES, 'plaintext');
    const output = s.workspace.open('output:extension-output-1', NOTES);
    assert.equal(s.scans.get(plain), undefined);
    assert.equal(s.scans.get(output), undefined);
    assert.ok(s.scans.get(s.workspace.open('untitled:Untitled-1', NOTES)), 'an unsaved document is scanned');
  });

  it('answers with offsets ↔ positions of the live document', () => {
    const doc = s.workspace.open('file:///ws/notes.md', NOTES);
    const scanned = s.scans.get(doc)!;
    assert.deepEqual(scanned.range(scanned.matches[1]!), { start: { line: 2, character: 9 }, end: { line: 2, character: 18 } });
    assert.equal(scanned.matchAt({ line: 2, character: 0 })?.start, 9);
    assert.equal(scanned.matchAt({ line: 2, character: 1 })?.start, 9, 'right after a match counts');
    assert.equal(scanned.matchAt({ line: 2, character: 4 }), undefined);
  });

  it('applies edits incrementally and says so once the typing pauses', async () => {
    const doc = s.workspace.open('file:///ws/notes.md', NOTES);
    s.scans.get(doc);
    const changed = nextEvent(s.scans.onDidChange, (d) => d?.uri === doc.uri);
    // After "熵 grows." (offset 17) comes " with 涌现": 涌现 lands at 17 + " with ".length = 23.
    s.workspace.edit(doc, 17, 0, ' with 涌现');
    const after = await changed;
    assert.equal(after?.version, 2);
    assert.deepEqual(found(s, doc.uri), [
      ['entropy', 9, 10],
      ['emergence', 23, 25],
      ['emergence', 26, 35],
    ]);
  });

  it('applies an edit that keeps the length (so that only the edit, not a fresh start, can bring it)', () => {
    const doc = s.workspace.open('file:///ws/notes.md', NOTES);
    s.scans.get(doc);
    // "熵 " (2 units at 9) becomes "涌现": the same length, another concept.
    s.workspace.edit(doc, 9, 2, '涌现');
    assert.deepEqual(found(s, doc.uri), [
      ['emergence', 9, 11],
      ['emergence', 18, 27],
    ]);
  });

  it('starts over when an edit event was lost (the lengths disagree)', () => {
    const doc = s.workspace.open('file:///ws/notes.md', NOTES);
    s.scans.get(doc);
    doc.replace(0, 0, '熵\n'); // changed without an event
    assert.deepEqual(found(s, doc.uri), [
      ['entropy', 0, 1],
      ['entropy', 11, 12],
      ['emergence', 20, 29],
    ]);
  });

  it('stops scanning when disabled, and scans again when enabled', async () => {
    const doc = s.workspace.open('file:///ws/notes.md', NOTES);
    assert.ok(s.scans.get(doc));
    const everything = nextEvent(s.scans.onDidChange, (d) => d === undefined);
    s.settings.setWindow({ enabled: false });
    await everything;
    assert.equal(s.scans.get(doc), undefined);
    s.settings.setWindow({ enabled: true });
    assert.equal(s.scans.get(doc)?.matches.length, 2);
  });

  it('skips a document over the size limit, says so once, and scans it when the limit grows', () => {
    const big = s.workspace.open('file:///ws/big.md', '熵'.repeat(400)); // 1,200 bytes of UTF-8, 400 units
    s.settings.setWindow({ maxFileSizeKB: 1 });
    assert.equal(s.scans.get(big), undefined);
    assert.equal(s.scans.get(big), undefined);
    assert.deepEqual(s.notifications.tooLarge, [{ uri: 'file:///ws/big.md', limitKB: 1 }]);
    s.settings.setWindow({ maxFileSizeKB: 2 });
    assert.equal(s.scans.get(big)?.matches.length, 400);
  });

  it('says why a document has no scan: not Markdown, turned off, or too large (a command says so)', () => {
    const plain = s.workspace.open('file:///ws/notes.txt', NOTES, 'plaintext');
    const doc = s.workspace.open('file:///ws/notes.md', NOTES);
    const big = s.workspace.open('file:///ws/big.md', '熵'.repeat(400));
    assert.equal(s.scans.whyNotScanned(plain), 'not-markdown');
    assert.equal(s.scans.whyNotScanned(doc), undefined);
    s.settings.setWindow({ maxFileSizeKB: 1 });
    assert.equal(s.scans.whyNotScanned(big), 'too-large');
    assert.equal(s.scans.whyNotScanned(doc), undefined);
    s.settings.setWindow({ enabled: false });
    assert.equal(s.scans.whyNotScanned(doc), 'disabled');
    assert.equal(s.scans.whyNotScanned(big), 'disabled');
  });

  it('scans a document again once edits bring it under the limit', () => {
    s.settings.setWindow({ maxFileSizeKB: 1 });
    const doc = s.workspace.open('file:///ws/big.md', '熵'.repeat(400));
    assert.equal(s.scans.get(doc), undefined);
    s.workspace.edit(doc, 0, 300, '');
    assert.equal(s.scans.get(doc)?.matches.length, 100);
  });

  it('forgets a closed document', () => {
    const doc = s.workspace.open('file:///ws/notes.md', NOTES);
    s.scans.get(doc);
    assert.ok(s.scans.getIfScanned(doc));
    s.workspace.close(doc);
    assert.equal(s.scans.getIfScanned(doc), undefined);
  });

  it('rescans with a new pack when the packs change', async () => {
    // 梯度下降 is 4 units and " and " 5: 熵 is at 9.
    const doc = s.workspace.open('file:///ws/notes.md', '梯度下降 and 熵\n');
    assert.deepEqual(found(s, doc.uri), [['entropy', 9, 10]]);
    s.workspace.write('file:///ws/tiny.json', USER_PACK);
    const rescanned = nextEvent(s.scans.onDidChange, (d) => d === undefined);
    s.settings.setResource('', { packs: ['tiny.json'] });
    await rescanned;
    assert.deepEqual(found(s, doc.uri), [
      ['gradient-descent', 0, 4],
      ['entropy', 9, 10],
    ]);
  });

  it('reads the window settings, not a copy kept per document', () => {
    const a = s.workspace.open('file:///ws/a.md', NOTES);
    const b = s.workspace.open('file:///ws/b.md', NOTES);
    assert.ok(s.scans.get(a) && s.scans.get(b));
    // A change made without an event (as when a cache would be stale) is still seen on the next call.
    s.settings.windowValues = { ...s.settings.windowValues, enabled: false };
    assert.equal(s.scans.get(a), undefined);
    assert.equal(s.scans.get(b), undefined);
  });

  it('tells the ranges that are not prose around an offset, reading only that block', () => {
    // "a `熵` b" is line 0, its code span 2..5; the fence is lines 2–4, offsets 9 to 18 (counted by hand).
    const text = 'a `熵` b\n\n```\n熵\n```\n';
    const scanned = s.scans.get(s.workspace.open('file:///ws/x.md', text))!;
    assert.deepEqual(scanned.exclusionsAt(1), [2, 5]);
    assert.deepEqual(scanned.exclusionsAt(15), [9, 18]);
  });
});

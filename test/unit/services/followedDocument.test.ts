// The document the Concepts view and the graph follow, and the reader's language: one rule each.

import { strict as assert } from 'node:assert';
import { makeServices, type Services } from '../../support/services';
import { ReaderLanguage } from '../../../src/services/readerLanguage';
import { MemorySettings } from '../../support/memoryHost';

describe('services: FollowedDocument', () => {
  let s: Services;
  afterEach(() => s.dispose());

  it('follows the active Markdown editor and keeps it while another kind of editor is active', () => {
    s = makeServices();
    const md = s.workspace.open('file:///ws/a.md', '熵\n');
    const seen: (string | undefined)[] = [];
    s.followed.onDidChange((d) => seen.push(d?.uri));
    s.editors.show(md);
    s.editors.show(s.workspace.open('file:///ws/a.json', '{}', 'json'));
    s.editors.show(undefined); // the graph's webview has the focus
    assert.equal(s.followed.document?.uri, 'file:///ws/a.md');
    assert.deepEqual(seen, ['file:///ws/a.md']);
  });

  it('does not follow Markdown of a scheme that is not a document (an output channel)', () => {
    s = makeServices();
    s.editors.show(s.workspace.open('output:log', '熵\n'));
    assert.equal(s.followed.document, undefined);
  });

  it('starts with the active Markdown editor, and falls back to it when the followed one closes', () => {
    s = makeServices({ setup: ({ workspace, editors }) => (editors.activeDocument = workspace.open('file:///ws/a.md', '熵\n')) });
    assert.equal(s.followed.document?.uri, 'file:///ws/a.md');
    const b = s.workspace.open('file:///ws/b.md', '涌现\n');
    s.editors.show(b);
    s.editors.activeDocument = s.workspace.openDocuments[0];
    s.workspace.close(b);
    assert.equal(s.followed.document?.uri, 'file:///ws/a.md');
    s.workspace.close(s.workspace.openDocuments[0]!);
    s.editors.activeDocument = undefined;
    assert.equal(s.followed.document, undefined);
  });
});

describe('services: ReaderLanguage', () => {
  it('follows the setting, else the document’s script, else the interface', () => {
    const settings = new MemorySettings();
    const en = new ReaderLanguage(settings, 'en');
    assert.equal(en.of({ text: '熵是一个关于无序的量，热力学第二定律说它增加。' }), 'zh');
    assert.equal(en.of({ text: 'Entropy is a measure of disorder.' }), 'en');
    assert.equal(en.of(), 'en');
    assert.equal(new ReaderLanguage(settings, 'zh-cn').of(), 'zh');
    settings.setWindow({ explanationLanguage: 'en' });
    assert.equal(en.of({ text: '熵是一个关于无序的量。' }), 'en');
  });

  it('gives the concept guide the same language as a reader without a document', async () => {
    const s = makeServices({ uiLanguage: 'zh-cn' });
    assert.equal(s.guides.uri(), 'concept-lens-guide:/zh/entropy-and-emergence.md');
    s.settings.setWindow({ explanationLanguage: 'en' });
    assert.equal(s.guides.uri(), 'concept-lens-guide:/en/entropy-and-emergence.md');
    s.dispose();
  });
});

describe('services: ConceptGuides', () => {
  it('finds a concept’s own entry only in this pack’s guide', () => {
    const s = makeServices();
    const entropy = s.packs.current.concepts[s.packs.current.indexOf.get('entropy')!]!;
    const uri = s.guides.uri('zh');
    const line = s.guides.entryLine(uri, entropy);
    assert.ok(line !== undefined && s.guides.text(uri).split('\n')[line]!.includes('熵'));
    assert.equal(s.guides.entryLine('concept-lens-guide:/zh/other-pack.md', entropy), undefined);
    s.dispose();
  });

  it('says its text changed when the pack changes', async () => {
    const s = makeServices({ setup: ({ workspace, settings }) => (workspace.write('file:///ws/p.json', '{"id":"p","concepts":[]}'), settings.resources.set('', { article: '', packs: ['p.json'] })) });
    const changed: string[] = [];
    s.guides.onDidChange((u) => changed.push(u));
    await s.packs.reload();
    assert.deepEqual(changed.slice(0, 2), ['concept-lens-guide:/zh/entropy-and-emergence%2Bp.md', 'concept-lens-guide:/en/entropy-and-emergence%2Bp.md']);
    s.dispose();
  });
});

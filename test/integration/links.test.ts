// Document links, through vscode.executeLinkProvider, with their targets. An occurrence links to, in order:
// (1) a heading of the same document that names the concept (the occurrence inside that heading does
// not link to itself); (2) the article in the workspace; (3) the read-only concept guide.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  conceptLinks,
  expectedSectionTarget,
  GUIDE_SCHEME,
  headingLine,
  inWorkspace,
  lineText,
  nextEvent,
  openMarkdown,
  positionOf,
  sameResource,
  targetLine,
  waitFor,
  workspaceKind,
} from './helpers';

/** notes.md's occurrences outside the heading "## Emergence 涌现", and the heading each links to. */
const NOTES_LINKS: [text: string, heading: string][] = [
  ['large language models', 'Transformer+Embedding产生的化学效应'],
  ['Entropy', '熵与热力学第二定律'],
  ['second law of thermodynamics', '熵与热力学第二定律'],
  ['熵', '熵与热力学第二定律'],
  ['熵增', '熵与热力学第二定律'],
  ['熵', '熵与热力学第二定律'],
  ['emergence', 'Emergence 涌现'],
  ['大模型', 'Transformer+Embedding产生的化学效应'],
  ['涌现', 'Emergence 涌现'],
  ['phase transition', '对称性与对称破缺'],
  ['Transformer', 'Transformer+Embedding产生的化学效应'],
  ['pre-training', 'Transformer+Embedding产生的化学效应'],
  ['语言', '语言是失乐园的禁果么？'],
  ['意识', '语言是失乐园的禁果么？'],
];

describe('links', () => {
  before(async () => {
    await openMarkdown('notes.md');
    await activateExtension();
  });
  after(closeAllEditors);

  it('links every occurrence in prose, and none inside the heading that names the concept', async () => {
    const doc = (await openMarkdown('notes.md')).document;
    const links = await conceptLinks(doc);
    assert.deepEqual(
      links.map((l) => doc.getText(l.range)),
      NOTES_LINKS.map(([text]) => text),
    );
    const heading = doc.lineAt(positionOf(doc, '## Emergence 涌现').line).range;
    assert.ok(!links.some((l) => heading.intersection(l.range)), 'nothing in "## Emergence 涌现" links');
  });

  it('targets the same document, then the article, then the concept guide', async () => {
    const doc = (await openMarkdown('notes.md')).document;
    const links = await conceptLinks(doc);
    assert.equal(links.length, NOTES_LINKS.length);
    for (let i = 0; i < links.length; i++) {
      const [text, heading] = NOTES_LINKS[i]!;
      const target = links[i]!.target!;
      const expected = heading === 'Emergence 涌现' ? { uri: doc.uri, line: positionOf(doc, '## Emergence 涌现').line } : await expectedSectionTarget(heading);
      assert.ok(sameResource(target, expected.uri), `"${text}" links to ${expected.uri.toString()}, not ${target.toString()}`);
      assert.equal(targetLine(target), expected.line, `"${text}" links to the line of "${heading}"`);
    }
    const schemes = new Set(links.map((l) => l.target!.scheme));
    if (workspaceKind() === 'article') assert.ok(!schemes.has(GUIDE_SCHEME), 'with the article in the workspace, nothing links to the guide');
    else assert.ok(schemes.has(GUIDE_SCHEME), 'without the article, links fall back to the guide');
  });

  it('lands every target on a heading that exists', async () => {
    const doc = (await openMarkdown('notes.md')).document;
    const targets = new Map<string, vscode.Uri>();
    for (const l of await conceptLinks(doc)) targets.set(l.target!.toString(), l.target!);
    assert.ok(targets.size >= 4, `several distinct targets (${targets.size})`);
    for (const t of targets.values()) {
      const text = await lineText(t, targetLine(t));
      assert.match(text, /^#{1,6}\s/, `${t.toString()} is a heading line: "${text}"`);
    }
  });

  it('in the article itself, links to its own sections and not from the headings', async function () {
    if (workspaceKind() !== 'article') this.skip();
    const doc = (await openMarkdown('entropy-and-emergence.md')).document;
    const links = await conceptLinks(doc);
    assert.ok(links.length > 50, `the article has many links (${links.length})`);
    const entropyHeading = await headingLine(doc.uri, '熵与热力学第二定律');
    const modelHeading = await headingLine(doc.uri, 'Transformer+Embedding产生的化学效应');
    for (const l of links) assert.ok(sameResource(l.target!, doc.uri), `every link stays in the article: ${l.target!.toString()}`);
    assert.ok(!links.some((l) => l.range.start.line === entropyHeading), 'the heading 熵与热力学第二定律 names 熵 and 热力学第二定律: no links in it');
    const entropy = links.find((l) => l.range.start.line === entropyHeading + 1 && doc.getText(l.range) === '熵');
    assert.ok(entropy, 'the 熵 that opens the first section links');
    assert.equal(targetLine(entropy.target!), entropyHeading);
    // 大模型 is named by no heading of the article: it links to the section of its concept in the article.
    const model = links.find((l) => doc.getText(l.range) === '大模型');
    assert.ok(model, '大模型 links');
    assert.equal(targetLine(model.target!), modelHeading);
  });
});

describe('links after a pack change', () => {
  const note = inWorkspace('quuxen.md');
  const pack = inWorkspace('quuxen.conceptpack.json');
  const write = (uri: vscode.Uri, text: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const packText = (concepts: string): string => `{ "id": "quuxen-notes", "article": { "title": { "en": "Quuxen" }, "sections": [] }, "concepts": [${concepts}] }\n`;
  const QUUXEN = '{ "id": "quuxen", "name": { "en": "quuxen" }, "explanation": { "en": "A word made up for this test." } }';

  after(async () => {
    await closeAllEditors();
    for (const uri of [pack, note]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    // The suites after this one expect the built-in pack alone.
    const api = await activateExtension();
    await waitFor(() => !api.scans.pack.pack.id.includes('quuxen-notes'), 'the pack beside the note to be gone');
  });

  it('an open editor asks for its links again when its pack gains a concept: the new name is Ctrl+clickable without an edit', async () => {
    const api = await activateExtension();
    await write(note, '# Notes\n\nA quuxen is a word no pack knows yet.\n');
    await write(pack, packText(''));
    await waitFor(() => api.scans.pack.pack.id.includes('quuxen-notes'), 'the pack beside the note to load');
    const doc = await vscode.workspace.openTextDocument(note);
    const first = nextEvent(api.links.onDidProvide, 'the editor’s first request for links', (u) => u.toString() === note.toString());
    await vscode.window.showTextDocument(doc);
    await first;
    // Nothing edits the note from here: only a new registration of the provider makes the editor ask again.
    const again = nextEvent(api.links.onDidProvide, 'the editor to ask for its links again after the pack changed', (u) => u.toString() === note.toString());
    await write(pack, packText(QUUXEN));
    await again;
    // One request may be cancelled while the provider is registered afresh: the links settle on the next.
    await waitFor(async () => (await conceptLinks(doc)).some((l) => doc.getText(l.range) === 'quuxen'), 'the new concept’s name to link');
  });

  it('an open editor asks for its links again when the article is saved (its sections may have moved)', async function () {
    if (workspaceKind() !== 'article') this.skip();
    const api = await activateExtension();
    await closeAllEditors();
    const notes = await vscode.workspace.openTextDocument(inWorkspace('notes.md'));
    const isNotes = (u: vscode.Uri): boolean => u.toString() === notes.uri.toString();
    const first = nextEvent(api.links.onDidProvide, 'the notes editor’s first request for links', isNotes);
    await vscode.window.showTextDocument(notes);
    await first;
    const article = await vscode.workspace.openTextDocument(inWorkspace('entropy-and-emergence.md'));
    const end = article.lineAt(article.lineCount - 1).range.end;
    const append = new vscode.WorkspaceEdit();
    append.insert(article.uri, end, '\n');
    await vscode.workspace.applyEdit(append);
    // The edit alone is in another document: only the save makes the notes editor ask again.
    const again = nextEvent(api.links.onDidProvide, 'the notes editor to ask for its links again after the article was saved', isNotes);
    try {
      await article.save();
      await again;
    } finally {
      const back = new vscode.WorkspaceEdit();
      back.delete(article.uri, new vscode.Range(end, article.lineAt(article.lineCount - 1).range.end));
      await vscode.workspace.applyEdit(back);
      await article.save();
    }
  });
});

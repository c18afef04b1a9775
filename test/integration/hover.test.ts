// Hovers, through vscode.executeHoverProvider, on test/fixtures/workspace/notes.md (English prose with
// Chinese paragraphs, so the hover is in English with explanationLanguage "auto").

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  conceptHover,
  expectedSectionTarget,
  hoverCommandArgs,
  followHoverGoToSection,
  hoverSectionTitle,
  openMarkdown,
  positionOf,
  sameResource,
  unescapeMarkdown,
  type ConceptLensApi,
} from './helpers';

describe('hover', () => {
  let api: ConceptLensApi;
  let doc: vscode.TextDocument;

  before(async () => {
    doc = (await openMarkdown('notes.md')).document;
    api = await activateExtension();
  });
  after(closeAllEditors);

  function explanation(id: string, lang: 'zh' | 'en'): string {
    const c = api.scans.pack.concepts.find((x) => x.id === id);
    assert.ok(c, `concept ${id} is in the pack`);
    return c.explanation[lang]!;
  }

  it('explains a concept: both names, the explanation, its section, the count and the commands', async () => {
    const md = await conceptHover(doc, positionOf(doc, 'Entropy is', 0, 3));
    assert.ok(md, 'a concept hover over "Entropy"');
    assert.ok(md.startsWith('**entropy** · 熵'), `the English name first, then the Chinese one:\n${md}`);
    assert.ok(unescapeMarkdown(md).includes(explanation('entropy', 'en')), `the English explanation:\n${md}`);
    // Entropy, 熵, 熵增 and 熵 again: 交叉熵 / Cross-entropy and the code do not count.
    assert.ok(md.includes('4 occurrences in this document'), `the count in this document:\n${md}`);
    assert.equal(hoverSectionTitle(md), '熵与热力学第二定律', 'the section is named');
    assert.deepEqual(hoverCommandArgs(md, 'conceptLens.findAllOccurrences'), [doc.uri.toString(), 'entropy']);
    assert.deepEqual(hoverCommandArgs(md, 'conceptLens.goToSection'), [doc.uri.toString(), 'entropy']);
  });

  it('"Go to section" in the hover goes to the article (or the guide without it)', async () => {
    const md = await conceptHover(doc, positionOf(doc, 'Entropy is', 0, 3));
    const went = await followHoverGoToSection(md);
    const expected = await expectedSectionTarget('熵与热力学第二定律');
    assert.ok(sameResource(went.uri, expected.uri), `went to ${went.uri.toString()}, not ${expected.uri.toString()}`);
    assert.equal(went.line, expected.line, 'to the heading line');
    await vscode.window.showTextDocument(doc);
  });

  it('shows the hover anywhere in the occurrence, on Chinese aliases too', async () => {
    for (const [text, delta] of [
      ['Entropy is', 0],
      ['Entropy is', 6],
      ['熵增', 1],
      ['熵只增', 0],
    ] as const) {
      const md = await conceptHover(doc, positionOf(doc, text, 0, delta));
      assert.ok(md.startsWith('**entropy** · 熵'), `entropy at "${text}"+${delta}: ${md || '(no hover)'}`);
    }
    const law = await conceptHover(doc, positionOf(doc, 'second law of thermodynamics', 0, 10));
    assert.ok(law.startsWith('**second law of thermodynamics** · 热力学第二定律'), law || '(no hover)');
  });

  it('names the concept under the cursor when two occurrences touch (大模型涌现)', async () => {
    const at = positionOf(doc, '大模型涌现', 0, 3); // the boundary: end of 大模型, start of 涌现
    const md = await conceptHover(doc, at);
    assert.ok(md.startsWith('**emergence** · 涌现'), `the occurrence that starts here, 涌现:\n${md}`);
    assert.ok(!md.includes('**large language model**'), 'a single hover, not 大模型 as well');
    const before = await conceptHover(doc, positionOf(doc, '大模型涌现', 0, 1));
    assert.ok(before.startsWith('**large language model** · 大语言模型'), before || '(no hover)');
  });

  it('shows nothing outside concepts: plain words, exclusions, code and inline code', async () => {
    for (const [text, delta] of [
      ['measure of disorder', 3],
      ['Cross-entropy', 8], // an exclusion: cross-entropy is not entropy
      ['交叉熵', 2],
      ['entropy = -sum', 2], // fenced code
      ['`entropy`', 3], // inline code
    ] as const) {
      assert.equal(await conceptHover(doc, positionOf(doc, text, 0, delta)), '', `no concept hover at "${text}"+${delta}`);
    }
  });

  it('names (and goes to) the section in the same document when one of its headings names the concept', async () => {
    const md = await conceptHover(doc, positionOf(doc, 'that is\nemergence', 0, 10));
    assert.ok(md.startsWith('**emergence** · 涌现'), md || '(no hover)');
    assert.equal(hoverSectionTitle(md), 'Emergence 涌现');
    const went = await followHoverGoToSection(md);
    assert.ok(sameResource(went.uri, doc.uri), `"Go to section" stays in notes.md: ${went.uri.toString()}`);
    assert.equal(went.line, positionOf(doc, '## Emergence 涌现').line);
  });

  it('says why an ambiguous name was read as it was: here, a cue in its section’s heading', async () => {
    const d = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Information theory\n\nIts entropy is easy to work out.\n\n# Elsewhere\n\nEntropy never falls here.\n' });
    await vscode.window.showTextDocument(d);
    const info = await conceptHover(d, positionOf(d, 'entropy is', 0, 2));
    assert.ok(info.startsWith('**information entropy**'), info || '(no hover)');
    assert.ok(unescapeMarkdown(info).includes('Read as information entropy: this section mentions “information theory”.'), info);
    const heat = await conceptHover(d, positionOf(d, 'Entropy never', 0, 2));
    assert.ok(heat.startsWith('**entropy**'), heat || '(no hover)');
    assert.ok(unescapeMarkdown(heat).includes('Read as entropy: nothing nearby points to another sense.'), heat);
    await vscode.window.showTextDocument(doc);
  });
});

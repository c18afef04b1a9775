// A writer's reading of a name for one document (<!-- concept-lens-read NAME as READING -->): it beats
// every scope of context, counts only as an HTML block of its own, and is written, rewritten and taken
// out by edits that keep the rest of the file. Expectations are written by hand from the built-in pack.

import { strict as assert } from 'node:assert';
import { scanBlocks } from '../../src/core/markdown/blocks';
import { readChoiceEdits, type TextReplacement } from '../../src/core/authoring/readChoiceEdit';
import { IncrementalScan } from '../../src/core/scan/incrementalScan';
import { scanDocument } from '../../src/core/scan/documentScan';
import { ambiguousNameAt } from '../../src/core/scan/senses/ambiguousNameAt';
import { senseReasonOf } from '../../src/core/scan/senses/senseReason';
import { ambiguityOfName, readDirectives, writerChoices } from '../../src/core/scan/senses/writerChoices';
import { builtinCompiled, found } from '../support/testPack';

const cp = builtinCompiled();
const PHYSICS = '气体的熵随温度升高而增加。';
const EVERYDAY = 'Thank you for your attention.';

function applied(text: string, edits: readonly TextReplacement[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('the writer’s reading of a name', () => {
  it('beats the context, for every name read the same ways', () => {
    assert.deepEqual(found(PHYSICS), ['entropy:熵']);
    const chosen = `<!-- concept-lens-read 熵 as information-entropy -->\n\n${PHYSICS}\n\nThe entropy of a gas.`;
    assert.deepEqual(found(chosen), ['information-entropy:熵', 'information-entropy:entropy']);
  });

  it('can make an everyday name a concept, and a concept an everyday name', () => {
    assert.deepEqual(found(EVERYDAY), []);
    assert.deepEqual(found(`<!-- concept-lens-read attention as attention-mechanism -->\n\n${EVERYDAY}`), ['attention-mechanism:attention']);
    const mechanism = 'The attention of each query over the keys is a softmax.';
    assert.deepEqual(found(mechanism), ['attention-mechanism:attention']);
    assert.deepEqual(found(`${mechanism}\n\n<!-- concept-lens-read attention as everyday -->\n`), []);
  });

  it('counts only as an HTML block of its own', () => {
    const inCode = `\`\`\`\n<!-- concept-lens-read 熵 as information-entropy -->\n\`\`\`\n\n${PHYSICS}`;
    const inParagraph = `${PHYSICS} <!-- concept-lens-read 熵 as information-entropy -->`;
    const indented = `    <!-- concept-lens-read 熵 as information-entropy -->\n\n${PHYSICS}`;
    for (const text of [inCode, inParagraph, indented]) assert.deepEqual(found(text), ['entropy:熵'], text);
  });

  it('ignores a directive whose name or reading the pack does not know, and lets a later one win', () => {
    assert.deepEqual(found(`<!-- concept-lens-read 熵 as nonsense -->\n\n${PHYSICS}`), ['entropy:熵']);
    assert.deepEqual(found(`<!-- concept-lens-read 墒 as information-entropy -->\n\n${PHYSICS}`), ['entropy:熵']);
    assert.deepEqual(found(`<!-- concept-lens-read 熵 as information-entropy -->\n<!-- concept-lens-read entropy as entropy -->\n\n${PHYSICS}`), ['entropy:熵']);
  });

  it('counts only at the top level: not in a quote, a list item or another HTML element', () => {
    const directive = '<!-- concept-lens-read 熵 as information-entropy -->';
    for (const text of [`> ${directive}\n\n${PHYSICS}`, `- ${directive}\n\n${PHYSICS}`, `<textarea>\n${directive}\n</textarea>\n\n${PHYSICS}`, `<script>\nvar s = "${directive}";\n</script>\n\n${PHYSICS}`])
      assert.deepEqual(found(text), ['entropy:熵'], text);
  });

  it('takes a name in any script and case, and "as" in any case and spacing', () => {
    const noether = '诺特定理把对称性和守恒律联系起来。';
    assert.deepEqual(found(noether), ['symmetry:对称性']);
    assert.deepEqual(found(`<!-- concept-lens-read 對稱性 as relation -->\n\n${noether}`), []);
    assert.deepEqual(found(`<!-- concept-lens-read ENTROPY\tAS\ninformation-entropy -->\n\n${PHYSICS}`), ['information-entropy:熵']);
  });

  it('reads a directive as written: extra spaces, a name with spaces', () => {
    const text = '<!--   concept-lens-read   large language model   as   large-language-model   -->';
    assert.deepEqual(readDirectives(text, scanBlocks(text).blocks).map((d) => [d.name, d.reading]), [['large language model', 'large-language-model']]);
    assert.deepEqual(readDirectives('<!-- concept-lens-reader 熵 as entropy -->', scanBlocks('<!-- concept-lens-reader 熵 as entropy -->').blocks), []);
  });

  it('is the reason the hover gives', () => {
    const text = `<!-- concept-lens-read 熵 as information-entropy -->\n\n${PHYSICS}`;
    const m = scanDocument(text, cp).matches[0]!;
    const reason = senseReasonOf(text, scanBlocks(text).blocks, cp, m)!;
    assert.equal(reason.chosen, true);
    assert.equal(cp.concepts[reason.concept]!.id, 'information-entropy');
    assert.equal(reason.scope, undefined);
  });

  it('follows edits of the directive in the incremental scan', () => {
    const inc = new IncrementalScan(`<!-- concept-lens-read 熵 as entropy -->\n\n${PHYSICS}`, cp);
    const ids = (): string[] => inc.matches.map((m) => cp.concepts[m.concept]!.id);
    assert.deepEqual(ids(), ['entropy']);
    const at = inc.text.indexOf('as entropy') + 3;
    inc.applyEdit({ start: at, deleteCount: 0, text: 'information-' });
    assert.deepEqual(ids(), ['information-entropy']);
    inc.applyEdit({ start: 0, deleteCount: inc.text.indexOf('\n\n') + 2, text: '' });
    assert.deepEqual(ids(), ['entropy']);
    assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
  });
});

describe('writing the reading', () => {
  const entropy = ambiguityOfName(cp, '熵');
  const edits = (text: string, reading: string | undefined, name = '熵', ambiguity = entropy): TextReplacement[] => {
    const r = readChoiceEdits(text, scanBlocks(text).blocks, cp, name, ambiguity, reading);
    assert.ok(r.ok, r.ok ? '' : r.message);
    return r.edits;
  };

  it('writes a new directive after the front matter, and the text reads that way', () => {
    const text = `---\ntitle: 熵\n---\n\n# 热\n\n${PHYSICS}\n`;
    const after = applied(text, edits(text, 'information-entropy'));
    assert.equal(after, `---\ntitle: 熵\n---\n<!-- concept-lens-read 熵 as information-entropy -->\n\n# 热\n\n${PHYSICS}\n`);
    assert.deepEqual(writerChoices(after, scanBlocks(after).blocks, cp).size, 1);
    assert.deepEqual(found(after), ['information-entropy:熵']);
  });

  it('writes at the top of a document without front matter, with its line breaks', () => {
    const text = `# 热\r\n\r\n${PHYSICS}`;
    assert.equal(applied(text, edits(text, 'information-entropy')), `<!-- concept-lens-read 熵 as information-entropy -->\r\n\r\n# 热\r\n\r\n${PHYSICS}`);
    assert.equal(applied('', edits('', 'entropy')), '<!-- concept-lens-read 熵 as entropy -->\n');
  });

  it('rewrites the directive of the same names where it stands, and keeps the others', () => {
    const text = `<!-- concept-lens-read attention as everyday -->\n<!-- concept-lens-read entropy as entropy -->\n\n${PHYSICS}`;
    assert.equal(applied(text, edits(text, 'information-entropy')), `<!-- concept-lens-read attention as everyday -->\n<!-- concept-lens-read 熵 as information-entropy -->\n\n${PHYSICS}`);
  });

  it('goes next to the writer’s other choices', () => {
    const text = `# T\n\n<!-- concept-lens-read attention as everyday -->\n\n${PHYSICS}`;
    assert.equal(applied(text, edits(text, 'entropy')), `# T\n\n<!-- concept-lens-read attention as everyday -->\n<!-- concept-lens-read 熵 as entropy -->\n\n${PHYSICS}`);
  });

  it('writes a new directive on a line of its own after one that ends the file', () => {
    const text = `${PHYSICS}\n\n<!-- concept-lens-read attention as everyday -->`;
    const after = applied(text, edits(text, 'information-entropy'));
    assert.equal(after, `${PHYSICS}\n\n<!-- concept-lens-read attention as everyday -->\n<!-- concept-lens-read 熵 as information-entropy -->\n`);
    assert.deepEqual(found(after), ['information-entropy:熵']);
  });

  it('does not write into a quote that holds a directive', () => {
    const text = `> <!-- concept-lens-read attention as everyday -->\n> quoted\n\n${PHYSICS}`;
    assert.ok(applied(text, edits(text, 'entropy')).startsWith(`<!-- concept-lens-read 熵 as entropy -->\n\n> <!--`));
  });

  it('takes a directive out between two paragraphs without joining them', () => {
    const d = '<!-- concept-lens-read 熵 as information-entropy -->';
    assert.equal(applied(`Para\n${d}\n\nNext`, edits(`Para\n${d}\n\nNext`, undefined)), 'Para\n\nNext');
    assert.equal(applied(`Para\n${d}\nNext`, edits(`Para\n${d}\nNext`, undefined)), 'Para\n\nNext');
    assert.equal(applied(`Para\n\n${d}\n\nNext`, edits(`Para\n\n${d}\n\nNext`, undefined)), 'Para\n\nNext');
    assert.equal(applied(`Para\r\n\r\n${d}\r\n`, edits(`Para\r\n\r\n${d}\r\n`, undefined)), 'Para\r\n\r\n');
  });

  it('takes the directive out with its line and one blank line, back to reading by context', () => {
    const text = `---\nt: 1\n---\n<!-- concept-lens-read 熵 as information-entropy -->\n\n# 热\n\n${PHYSICS}`;
    const after = applied(text, edits(text, undefined));
    assert.equal(after, `---\nt: 1\n---\n# 热\n\n${PHYSICS}`);
    assert.deepEqual(found(after), ['entropy:熵']);
  });

  it('refuses a name that would end the comment', () => {
    const r = readChoiceEdits('x', scanBlocks('x').blocks, cp, 'a --> b', entropy, 'entropy');
    assert.equal(r.ok, false);
  });
});

describe('the ambiguous name at the cursor', () => {
  it('is found whether or not it is read as a concept there', () => {
    const text = EVERYDAY;
    const m = ambiguousNameAt(text, scanBlocks(text).blocks, cp, text.indexOf('attention') + 2)!;
    assert.equal(text.slice(m.start, m.end), 'attention');
    assert.equal(ambiguousNameAt(text, scanBlocks(text).blocks, cp, 2), undefined);
    assert.equal(ambiguousNameAt('涌现与对称破缺', scanBlocks('涌现与对称破缺').blocks, cp, 5), undefined);
  });
});

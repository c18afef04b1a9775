// `concept-lens readings`: every ambiguous name with its reading and why, annotated or not. Expected rows
// are written by hand from the built-in pack (熵 reads as information entropy beside 不确定性; "attention"
// in a thank-you is the everyday word; a writer's choice reads Transformer as the device).

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { out: (s) => (out += s), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

const TEXT = '# 信息论\n\n熵衡量不确定性。\n\nThank you for your attention.\n\n<!-- concept-lens-read transformer as electrical -->\n\nThe Transformer hums.\n\n涌现与对称破缺。\n';

describe('concept-lens readings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'concept-lens-readings-'));
  const file = join(dir, 'a.md');
  writeFileSync(file, TEXT);
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists each ambiguous name with its reading, the scope and cue that decided, and whether it is annotated', () => {
    const { code, out } = run('readings', dir, '--format', 'json');
    assert.equal(code, 0);
    const rows = (JSON.parse(out) as { text: string; line: number; column: number; reading: string; scope: string | null; cue: string | null; annotated: boolean }[]).map((r) => [r.text, r.line, r.column, r.reading, r.scope, r.cue, r.annotated]);
    assert.deepEqual(rows, [
      ['熵', 2, 0, 'information-entropy', 'sentence', '不确定性', true],
      ['attention', 4, 19, 'everyday', 'sentence', 'thank you', false],
      ['Transformer', 8, 4, 'electrical', 'chosen', null, false],
      ['涌现', 10, 0, 'emergence', null, null, true],
    ]);
  });

  it('writes one line per name in text, the file name escaped', () => {
    const odd = join(dir, 'x\ny.md');
    writeFileSync(odd, '熵衡量不确定性。\n');
    const { out } = run('readings', odd);
    assert.equal(out, `${JSON.stringify(odd).slice(1, -1)}:1:1 "熵" → information-entropy (sentence "不确定性")\n`);
  });

  it('says when a reading stood on a tie that no wider scope broke', () => {
    const tie = join(dir, 'tie', 'b.md');
    mkdirSync(join(dir, 'tie'));
    writeFileSync(tie, '熵与热力学和信息论都有关。\n');
    const rows = JSON.parse(run('readings', tie, '--format', 'json').out) as { text: string; tied: boolean }[];
    assert.deepEqual(rows.map((r) => [r.text, r.tied]), [['熵', true]]);
    assert.match(run('readings', tie).out, /, a tie\)\n$/);
  });

  it('names the cue that broke a tie, as the hover does, not a tied one in the name’s sentence', () => {
    const broken = join(dir, 'broken', 'c.md');
    mkdirSync(join(dir, 'broken'));
    writeFileSync(broken, '熵与热力学和信息论都有关。它以比特计量。\n');
    const rows = JSON.parse(run('readings', broken, '--format', 'json').out) as { text: string; reading: string; scope: string; cue: string; tied: boolean }[];
    assert.deepEqual(rows.map((r) => [r.text, r.reading, r.scope, r.cue, r.tied]), [['熵', 'information-entropy', 'paragraph', '比特', false]]);
  });

  it('takes the scan’s options but not --jobs', () => {
    assert.equal(run('readings', dir, '--jobs', '2').code, 2);
    assert.equal(run('readings').code, 2);
    assert.equal(run('readings', dir, '--no-builtin').code, 2);
  });
});

// The scorer of the ambiguous-word sets (scripts/eval-senses.mjs) with a second annotator's file: read as
// predictions (--pred *.jsonl) or as the gold (--gold), which is how eval/senses/agreement/ is measured.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/paths';

interface Overall { tp: number; fp: number; fn: number }

function score(...args: string[]): Overall {
  const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'eval-senses.mjs'), '--set', 'a', '--json', ...args], {
    cwd: ROOT, encoding: 'utf8',
  });
  return (JSON.parse(out) as { lenient: { overall: Overall } }).lenient.overall;
}

describe('eval-senses scorer with a second annotator', () => {
  const gold = join(ROOT, 'eval', 'senses', 'set-a', 'gold.jsonl');
  const lines = readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim() !== '');
  // set-a passage 3 opens with the heading "# 信息熵"; its first mention is that heading's 信息熵.
  const third = JSON.parse(lines[2]!) as { mentions: { id: string; surface: string }[] };
  const total = lines.reduce((n, l) => n + (JSON.parse(l) as { mentions: unknown[] }).mentions.length, 0);

  it('a gold file read as predictions agrees with itself', () => {
    const r = score('--pred', gold);
    assert.deepEqual([r.tp, r.fp, r.fn], [total, 0, 0]);
  });

  it('a mention the other annotator lacks is a false positive of the predictions, and --gold is read', () => {
    assert.equal(third.mentions[0]!.surface, '信息熵');
    const tmp = mkdtempSync(join(tmpdir(), 'eval-agreement-'));
    try {
      const fewer = [...lines];
      fewer[2] = JSON.stringify({ ...third, mentions: third.mentions.slice(1) });
      const other = join(tmp, 'set-a.jsonl');
      writeFileSync(other, fewer.join('\n') + '\n');
      const r = score('--gold', other, '--pred', gold);
      assert.deepEqual([r.tp, r.fp, r.fn], [total - 1, 1, 0]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

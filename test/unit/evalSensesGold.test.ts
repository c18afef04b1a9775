// The ambiguous-word gold sets (eval/senses/set-*): every gold span reads back from its passage and every
// passage still has the bytes its sources.json pinned, so a stray edit to a passage or an offset is caught.

import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/paths';

const SETS = join(ROOT, 'eval', 'senses');

interface Source { n: number; file?: string; sha256: string; lang: string }
interface Span { start: number; end: number; surface: string }
interface GoldLine { n: number; lang: string; mentions: (Span & { id: string })[]; hard?: Span[] }

/**
 * Every problem found in one set folder; empty when the set is sound. `goldPath` may name a second
 * annotator's file of the same format (eval/senses/agreement/) instead of the set's own gold.
 */
function checkSet(dir: string, goldPath = join(dir, 'gold.jsonl')): string[] {
  const problems: string[] = [];
  const own = goldPath === join(dir, 'gold.jsonl');
  const passages = join(dir, 'passages');
  const files = readdirSync(passages).filter((f) => /\.(md|markdown)$/.test(f));
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as Source[];
  // A set may name its passages in sources.json or only by number (a01.md, 07.md).
  const fileOf = (n: number, named?: string): string | undefined =>
    named ?? files.find((f) => Number(/(\d+)/.exec(f)?.[1]) === n);
  const gold = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldLine);

  if (sources.length !== files.length) problems.push(`${sources.length} sources for ${files.length} passage files`);
  const numbers = gold.map((g) => g.n).join(',');
  if (numbers !== sources.map((s) => s.n).join(',')) problems.push(`gold lines n=${numbers} do not follow the sources`);
  for (const s of sources) {
    const file = fileOf(s.n, s.file);
    if (!file || !existsSync(join(passages, file))) { problems.push(`source ${s.n}: no passage file`); continue; }
    const sha = createHash('sha256').update(readFileSync(join(passages, file))).digest('hex');
    if (sha !== s.sha256) problems.push(`${file}: sha256 ${sha} is not the pinned ${s.sha256}`);
  }
  for (const g of gold) {
    const source = sources.find((s) => s.n === g.n);
    const file = fileOf(g.n, source?.file);
    if (!file) { problems.push(`gold ${g.n}: no passage file`); continue; }
    // A second annotator judges the language for itself; only the set's own gold must agree with its sources.
    if (own && source && source.lang !== g.lang) problems.push(`${file}: gold lang ${g.lang}, sources lang ${source.lang}`);
    const text = readFileSync(join(passages, file), 'utf8');
    for (const [kind, spans] of [['mention', g.mentions], ['hard', g.hard ?? []]] as const) {
      for (const m of spans) {
        const read = text.slice(m.start, m.end);
        if (!(m.start < m.end) || read !== m.surface) {
          problems.push(`${file}: ${kind} ${m.start}-${m.end} reads ${JSON.stringify(read)}, not ${JSON.stringify(m.surface)}`);
        }
      }
    }
  }
  return problems;
}

const present = existsSync(SETS)
  ? readdirSync(SETS).filter((d) => /^set-[a-z0-9]+$/.test(d) && existsSync(join(SETS, d, 'gold.jsonl'))).sort()
  : [];
const AGREEMENT = join(SETS, 'agreement');
const secondAnnotations = existsSync(AGREEMENT)
  ? readdirSync(AGREEMENT).filter((f) => /^set-[a-z0-9]+\.jsonl$/.test(f)).sort()
  : [];

describe('eval/senses gold sets', () => {
  it('set-a is present', () => {
    assert.ok(present.includes('set-a'), `sets found: ${present.join(', ')}`);
  });

  for (const name of present) {
    it(`${name}: every gold span reads back and every passage matches its sha256`, () => {
      assert.deepEqual(checkSet(join(SETS, name)), []);
    });
  }

  for (const file of secondAnnotations) {
    const name = file.replace(/\.jsonl$/, '');
    it(`agreement/${file}: every span of the second annotator reads back from ${name}`, () => {
      assert.deepEqual(checkSet(join(SETS, name), join(AGREEMENT, file)), []);
    });
  }

  it('a changed byte in a passage and a shifted gold span are both reported', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'eval-senses-'));
    try {
      cpSync(join(SETS, 'set-a'), tmp, { recursive: true });
      // a03.md is pure UTF-8 Chinese and ASCII; appending one byte changes its hash and nothing else.
      const passage = join(tmp, 'passages', 'a03.md');
      writeFileSync(passage, Buffer.concat([readFileSync(passage), Buffer.from(' ')]));
      // Passage 3's first mention is 信息熵 at 297–300 (the heading "# 信息熵"): move it one unit right.
      const lines = readFileSync(join(tmp, 'gold.jsonl'), 'utf8').split('\n');
      const g = JSON.parse(lines[2]) as GoldLine;
      assert.equal(g.mentions[0].surface, '信息熵');
      g.mentions[0].start += 1;
      g.mentions[0].end += 1;
      lines[2] = JSON.stringify(g);
      writeFileSync(join(tmp, 'gold.jsonl'), lines.join('\n'));
      const problems = checkSet(tmp);
      assert.equal(problems.length, 2, problems.join('\n'));
      assert.match(problems[0], /^a03\.md: sha256 /);
      assert.match(problems[1], /^a03\.md: mention 298-301 reads "息熵\\n", not "信息熵"$/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

// `concept-lens scan --jobs N`: worker threads scan the files, and the output is byte for byte what one
// thread writes, messages included, in the same order, whatever N.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, run, type Io } from '../../src/cli/main';

const WORKER = join(__dirname, '..', 'support', 'scanWorkerFromSource.js');

interface Run {
  code: number;
  out: string;
  err: string;
}

function io(): { io: Io; result: () => Omit<Run, 'code'> } {
  let out = '';
  let err = '';
  return { io: { out: (s) => (out += s), err: (line) => (err += line + '\n') }, result: () => ({ out, err }) };
}

function once(argv: string[]): Run {
  const { io: sink, result } = io();
  const code = main(argv, sink);
  return { code, ...result() };
}

async function parallel(argv: string[]): Promise<Run> {
  const { io: sink, result } = io();
  const code = await run(argv, sink, WORKER);
  return { code, ...result() };
}

describe('concept-lens scan --jobs', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'concept-lens-jobs-'));
    // A large file first, so that the small ones after it are done before it.
    writeFileSync(join(dir, 'a-large.md'), '# 熵\n\n' + '熵与涌现，entropy and emergence, `熵` in code.\n\n'.repeat(5_000));
    for (let i = 0; i < 30; i++) {
      const sub = join(dir, `part-${String(i).padStart(2, '0')}`);
      mkdirSync(sub);
      writeFileSync(join(sub, 'notes.md'), `# 第${i}节\n\nAttention and 注意力 in a Transformer; heat death ${i}.\n`);
      writeFileSync(join(sub, 'plain.md'), 'nothing here\n');
      if (i % 7 === 0) writeFileSync(join(sub, 'latin1.md'), Buffer.from([0x65, 0x6e, 0x74, 0x72, 0x6f, 0x70, 0x79, 0xe9, 0x0a]));
      if (i % 11 === 0) writeFileSync(join(sub, 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01]));
    }
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ['json', 'text']) {
    it(`writes what one thread writes, messages included (${format})`, async () => {
      const one = once(['scan', dir, join(dir, 'missing.md'), '--format', format, '--jobs', '1']);
      // What the files hold, checked by hand: 5,000 paragraphs of 熵, entropy and emergence (and a heading),
      // 30 files of attention, 注意力, Transformer and heat death; skipped files and a missing one said.
      assert.equal(one.code, 2);
      assert.match(one.err, /skipped .*latin1\.md: not valid UTF-8/);
      assert.match(one.err, /skipped .*binary\.md: a binary file/);
      assert.match(one.err, /cannot read .*missing\.md: ENOENT/);
      if (format === 'json') assert.equal((JSON.parse(one.out) as unknown[]).length, 1 + 5_000 * 4 + 30 * 4);
      for (const jobs of ['2', '3']) {
        const many = await parallel(['scan', dir, join(dir, 'missing.md'), '--format', format, '--jobs', jobs]);
        assert.equal(many.code, one.code);
        assert.ok(many.out === one.out, `--jobs ${jobs}: the output differs from --jobs 1`);
        assert.equal(many.err, one.err);
      }
    });
  }

  it('with no file to scan, writes an empty array', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'concept-lens-jobs-empty-'));
    try {
      assert.deepEqual(await parallel(['scan', empty, '--format', 'json', '--jobs', '2']), { code: 0, out: '[]\n', err: '' });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('rejects a --jobs that is not a whole number from 1 to 256', () => {
    for (const bad of ['0', '-1', '1.5', 'x', '257']) assert.match(once(['scan', dir, '--jobs', bad]).err, /--jobs must be a whole number from 1 to 256/);
  });
});

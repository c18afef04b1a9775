// What `concept-lens scan` writes when things go wrong: a failing scan, odd file names, huge files, a
// slow reader.

import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type ScanFn } from '../../src/cli/main';
import { escapeName } from '../../src/cli/names';
import { occurrences } from '../../src/cli/occurrences';
import { scanDocument, toOccurrences } from '../../src/core/scan/documentScan';
import { loadBuiltinCompiledPack } from '../../src/core/pack/builtinCompiledPack';
import { FIXTURES, ROOT } from '../support/paths';
import type { Row } from '../support/cliRow';

function run(argv: string[], scan?: ScanFn): { code: number; out: string; err: string; chunks: string[] } {
  const chunks: string[] = [];
  let err = '';
  const code = main(argv, { out: (s) => chunks.push(s), err: (s) => (err += s + '\n') }, scan);
  return { code, out: chunks.join(''), err, chunks };
}

/** A real stack overflow, as a core bug on a deeply nested document would throw. */
function overflow(n: number): number {
  return n === 0 ? 0 : 1 + overflow(n + 1);
}

describe('concept-lens CLI output', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'concept-lens-output-'));
    writeFileSync(join(dir, 'a.md'), '# 涌现\n\nentropy and 熵\n');
    writeFileSync(join(dir, 'boom.md'), '熵 boom\n');
    writeFileSync(join(dir, 'c.md'), 'heat death\n');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('a scan that throws', () => {
    it('costs only its file: the message names it, the JSON stays valid, the exit status is 2', () => {
      const scan: ScanFn = (text, cp) => (text.includes('boom') ? (overflow(1), scanDocument(text, cp)) : scanDocument(text, cp));
      const { code, out, err } = run(['scan', dir, '--format', 'json'], scan);
      assert.equal(code, 2);
      assert.match(err, /^concept-lens: cannot scan .*boom\.md: RangeError: Maximum call stack size exceeded$/m);
      assert.deepEqual(
        (JSON.parse(out) as Row[]).map((r) => [r.file.slice(dir.length + 1), r.text]),
        [
          ['a.md', '涌现'],
          ['a.md', 'entropy'],
          ['a.md', '熵'],
          ['c.md', 'heat death'],
        ],
      );
    });

    it('keeps the JSON valid when it fails after some rows of its file were written', () => {
      // A match of a concept the pack does not have makes the row for it throw, after the rows before it.
      const scan: ScanFn = (text, cp) => {
        const s = scanDocument(text, cp);
        return text.includes('boom') ? { ...s, matches: [...s.matches, { concept: 1e9, surface: 0, start: 0, end: 1 }] } : s;
      };
      const { code, out, err } = run(['scan', dir, '--format', 'json'], scan);
      assert.equal(code, 2);
      assert.match(err, /cannot scan .*boom\.md: TypeError/);
      assert.deepEqual(
        (JSON.parse(out) as Row[]).map((r) => r.file.slice(dir.length + 1)),
        ['a.md', 'a.md', 'a.md', 'boom.md', 'c.md'],
      );
    });
  });

  describe('file names', () => {
    it('escapes a newline in a text line, one line per occurrence', function () {
      if (process.platform === 'win32') this.skip(); // no newline in Windows names
      writeFileSync(join(dir, 'evil\nfake.md:1:1 entropy "熵".md'), '熵 and 涌现\n');
      const { out } = run(['scan', join(dir, 'evil\nfake.md:1:1 entropy "熵".md')]);
      const lines = out.split('\n').filter(Boolean);
      assert.equal(lines.length, 2);
      assert.deepEqual(lines, [`${dir}/evil\\nfake.md:1:1 entropy "熵".md:1:1 entropy "熵"`, `${dir}/evil\\nfake.md:1:1 entropy "熵".md:1:7 emergence "涌现"`]);
    });

    it('escapes odd names in messages too', function () {
      if (process.platform === 'win32') this.skip();
      writeFileSync(join(dir, 'x\nconcept-lens: all good.md'), Buffer.from([0xe9]));
      const { err } = run(['scan', dir]);
      assert.deepEqual(err.split('\n').filter(Boolean), [`concept-lens: skipped ${dir}/x\\nconcept-lens: all good.md: not valid UTF-8 (is it Latin-1? convert it to UTF-8)`]);
    });

    it('escapes only what could forge or disguise a line', () => {
      assert.equal(escapeName('文章/熵与涌现 (draft) – v2.md'), '文章/熵与涌现 (draft) – v2.md');
      assert.equal(escapeName('😀.md'), '😀.md');
      assert.equal(escapeName('a\nb\rc\td\x1b[31me\x7f\u0085\u2028\u202e.md'), 'a\\nb\\rc\\td\\u001b[31me\\u007f\\u0085\\u2028\\u202e.md');
      assert.equal(escapeName('lone\ud800.md'), 'lone\\ud800.md');
      if (process.platform !== 'win32') assert.equal(escapeName('back\\n.md'), 'back\\\\n.md');
    });

    it('keeps names as JSON strings in JSON', function () {
      if (process.platform === 'win32') this.skip();
      writeFileSync(join(dir, 'new\nline.md'), '熵\n');
      const rows = JSON.parse(run(['scan', join(dir, 'new\nline.md'), '--format', 'json']).out) as Row[];
      assert.equal(rows[0]!.file, join(dir, 'new\nline.md'));
    });
  });

  describe('streaming', () => {
    it('writes a file with many occurrences in bounded chunks', () => {
      writeFileSync(join(dir, 'many.md'), '熵\n'.repeat(20_000));
      const { code, out, chunks } = run(['scan', join(dir, 'many.md'), '--format', 'json']);
      assert.equal(code, 0);
      assert.equal((JSON.parse(out) as Row[]).length, 20_000);
      assert.ok(chunks.length > 10, `${chunks.length} chunks`);
      assert.ok(Math.max(...chunks.map((c) => c.length)) < 70_000);
    });

    it('gives the same occurrences as toOccurrences, one at a time', () => {
      const cp = loadBuiltinCompiledPack();
      const text = readFileSync(join(FIXTURES, 'entropy-and-emergence.md'), 'utf8');
      const scan = scanDocument(text, cp);
      const all = toOccurrences(text, scan.matches, scan.structure.headings, cp);
      assert.ok(all.length > 100);
      assert.deepEqual([...occurrences(text, scan, cp)], all);
    });

    it('waits for a slow reader of a non-blocking pipe instead of queueing the output', async function () {
      if (process.platform === 'win32') this.skip();
      this.timeout(60_000);
      writeFileSync(join(dir, 'many.md'), '熵\n'.repeat(100_000));
      // Touching process.stdout makes Node set the pipe non-blocking, as any library printing would:
      // writes then fail with EAGAIN while the reader sleeps. Whatever was queued in the stream is reported.
      const child = spawn(
        process.execPath,
        [
          '--require',
          require.resolve('tsx/cjs'),
          '-e',
          `void process.stdout; const { main } = require(${JSON.stringify(join(ROOT, 'src', 'cli', 'main.ts'))}); const code = main(process.argv.slice(1)); process.stderr.write('queued ' + process.stdout.writableLength + '\\n'); process.exitCode = code;`,
          'scan',
          join(dir, 'many.md'),
          '--format',
          'json',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const out: Buffer[] = [];
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.stdout.pause();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stdout.resume();
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(code, 0, err);
      assert.match(err, /^queued 0$/m);
      assert.equal((JSON.parse(Buffer.concat(out).toString('utf8')) as Row[]).length, 100_000);
    });
  });
});

// Hostile input for `concept-lens scan`: special files, symbolic link loops, encodings, binary files.
// What could hang or exhaust memory runs in a child process with a timeout, so that a regression fails
// the test instead of stopping the test run.

import { strict as assert } from 'node:assert';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, rmSync, truncateSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { MAX_FILE_BYTES, readRegularFile } from '../../src/cli/readInput';
import { ROOT } from '../support/paths';
import type { Row } from '../support/cliRow';

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { out: (s) => (out += s), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

/** The CLI in a child process: a FIFO opened or /dev/zero read would block or grow until the timeout. */
function runChild(...argv: string[]): { code: number | null; out: string; err: string; timedOut: boolean } {
  const r = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), join(ROOT, 'src', 'cli', 'index.ts'), ...argv], {
    encoding: 'utf8',
    timeout: 30_000,
    // A regression reading /dev/zero would stop at this heap size rather than take the machine's memory.
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=512' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, timedOut: (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' };
}

const NORMAL = '# 涌现\n\nentropy and 熵\n';
const posix = process.platform !== 'win32';

describe('concept-lens CLI on hostile input', function () {
  this.timeout(60_000);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'concept-lens-hostile-'));
    writeFileSync(join(dir, 'a.md'), NORMAL);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('files that are not regular', () => {
    it('skips a FIFO named x.md without opening it, and scans the file beside it once', function () {
      if (!posix) this.skip();
      execFileSync('mkfifo', [join(dir, 'x.md')]);
      const { code, out, err, timedOut } = runChild('scan', dir, '--format', 'json');
      assert.equal(timedOut, false, 'the scan hung on the FIFO');
      assert.equal(code, 2);
      assert.match(err, /skipped .*x\.md: a named pipe \(FIFO\), not a regular file/);
      const rows = JSON.parse(out) as Row[];
      assert.deepEqual(
        rows.map((r) => [r.file, r.text]),
        [join(dir, 'a.md'), join(dir, 'a.md'), join(dir, 'a.md')].map((f, i) => [f, ['涌现', 'entropy', '熵'][i]]),
      );
    });

    it('skips a FIFO named on the command line', function () {
      if (!posix) this.skip();
      execFileSync('mkfifo', [join(dir, 'fifo')]);
      const { code, err, timedOut } = runChild('scan', join(dir, 'fifo'), join(dir, 'a.md'));
      assert.equal(timedOut, false);
      assert.equal(code, 2);
      assert.match(err, /skipped .*fifo: a named pipe/);
    });

    it('skips z.md -> /dev/zero as a device', function () {
      if (!posix) this.skip();
      symlinkSync('/dev/zero', join(dir, 'z.md'));
      const { code, out, err, timedOut } = runChild('scan', dir, '--format', 'json');
      assert.equal(timedOut, false, 'the scan kept reading /dev/zero');
      assert.equal(code, 2);
      assert.match(err, /skipped .*z\.md: a character device, not a regular file/);
      assert.equal((JSON.parse(out) as Row[]).length, 3);
    });

    it('skips a socket named s.md', async function () {
      if (!posix) this.skip();
      const server: Server = createServer();
      await new Promise<void>((resolve) => server.listen(join(dir, 's.md'), resolve));
      try {
        const { code, out, err } = run('scan', dir, '--format', 'json');
        assert.equal(code, 2);
        assert.match(err, /skipped .*s\.md: a socket, not a regular file/);
        assert.equal((JSON.parse(out) as Row[]).length, 3);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });

  describe('size', () => {
    it('skips a file larger than the limit without reading it', () => {
      writeFileSync(join(dir, 'huge.md'), '');
      truncateSync(join(dir, 'huge.md'), MAX_FILE_BYTES + 1); // sparse: no disk, no time
      const { code, out, err } = run('scan', dir, '--format', 'json');
      assert.equal(code, 2);
      assert.match(err, /skipped .*huge\.md: larger than 64 MB/);
      assert.equal((JSON.parse(out) as Row[]).length, 3);
    });

    it('reads to the end of a file whatever its size says, up to the limit', function () {
      if (process.platform !== 'linux') this.skip();
      // /proc files say they are empty and are not.
      const proc = readRegularFile('/proc/self/status');
      assert.ok('bytes' in proc && proc.bytes.toString().includes('Name:'));
      writeFileSync(join(dir, 'ten.md'), '0123456789');
      assert.deepEqual(readRegularFile(join(dir, 'ten.md'), 9), { skipped: 'larger than 9 bytes, the most the scanner reads' });
      assert.equal((readRegularFile(join(dir, 'ten.md'), 10) as { bytes: Buffer }).bytes.toString(), '0123456789');
    });
  });

  it('reports a pack that is a device or a FIFO, and still scans', function () {
    if (!posix) this.skip();
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    const { code, out, err, timedOut } = runChild('scan', join(dir, 'a.md'), '--pack', '/dev/zero', '--pack', join(dir, 'fifo.json'), '--format', 'json');
    assert.equal(timedOut, false);
    assert.equal(code, 1);
    assert.match(err, /cannot read pack \/dev\/zero: a character device, not a regular file/);
    assert.match(err, /cannot read pack .*fifo\.json: a named pipe/);
    assert.equal((JSON.parse(out) as Row[]).length, 3);
  });

  describe('symbolic links to folders', () => {
    it('walks a folder looped by dir/loop -> .. once', function () {
      if (!posix) this.skip();
      mkdirSync(join(dir, 'dir'));
      writeFileSync(join(dir, 'dir', 'b.md'), '熵\n');
      symlinkSync('..', join(dir, 'dir', 'loop'));
      const { code, out, err } = run('scan', dir, '--format', 'json');
      assert.equal(err, '');
      assert.equal(code, 0, 'a loop is not an error');
      assert.deepEqual(
        (JSON.parse(out) as Row[]).map((r) => r.file.slice(dir.length + 1)),
        ['a.md', 'a.md', 'a.md', join('dir', 'b.md')],
      );
    });

    it('still follows a link to a folder outside the tree', function () {
      if (!posix) this.skip();
      const outside = mkdtempSync(join(tmpdir(), 'concept-lens-outside-'));
      try {
        writeFileSync(join(outside, 'c.md'), '熵\n');
        symlinkSync(outside, join(dir, 'linked'));
        const rows = JSON.parse(run('scan', dir, '--format', 'json').out) as Row[];
        assert.deepEqual([...new Set(rows.map((r) => r.file.slice(dir.length + 1)))], ['a.md', join('linked', 'c.md')]);
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });
  });

  describe('encodings', () => {
    /** The same text in every encoding: a heading, CRLF, a surrogate pair before a match. */
    const TEXT = '# 涌现\r\n\r\n😀熵 and entropy\n\n## 熵\n\nheat death\n';
    const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();
    const fields = (rows: Row[]): unknown[] => rows.map(({ file: _file, ...rest }) => rest);

    it('reads UTF-16LE and UTF-16BE with a BOM as the same text as UTF-8', () => {
      writeFileSync(join(dir, 'utf8.md'), TEXT);
      writeFileSync(join(dir, 'le.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]));
      writeFileSync(join(dir, 'be.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]));
      const scan = (name: string): Row[] => {
        const { code, out, err } = run('scan', join(dir, name), '--format', 'json');
        assert.equal(code, 0, err);
        return JSON.parse(out) as Row[];
      };
      const utf8 = scan('utf8.md');
      assert.deepEqual(
        utf8.map((r) => [r.text, r.line, r.column, r.section]),
        [
          ['涌现', 0, 2, '涌现'],
          ['熵', 2, 2, '涌现'],
          ['entropy', 2, 8, '涌现'],
          ['熵', 4, 3, '熵'],
          ['heat death', 6, 0, '熵'],
        ],
      );
      assert.deepEqual(fields(scan('le.md')), fields(utf8));
      assert.deepEqual(fields(scan('be.md')), fields(utf8));
    });

    it('keeps a UTF-8 BOM as a character, as before: offsets count it', () => {
      writeFileSync(join(dir, 'bom.md'), '\ufeff熵\n');
      writeFileSync(join(dir, 'plain.md'), '熵\n');
      const rows = JSON.parse(run('scan', join(dir, 'bom.md'), join(dir, 'plain.md'), '--format', 'json').out) as Row[];
      assert.deepEqual(
        rows.map((r) => [r.start, r.column]),
        [
          [1, 1],
          [0, 0],
        ],
      );
    });

    it('skips a Latin-1 file, says so, and scans the others', () => {
      writeFileSync(join(dir, 'latin1.md'), Buffer.from('café entropy\n', 'latin1'));
      const { code, out, err } = run('scan', dir, '--format', 'json');
      assert.equal(code, 2);
      assert.match(err, /skipped .*latin1\.md: not valid UTF-8 \(is it Latin-1\? convert it to UTF-8\)/);
      assert.deepEqual([...new Set((JSON.parse(out) as Row[]).map((r) => r.file))], [join(dir, 'a.md')]);
    });

    it('skips a binary file with a NUL byte, and scans the others', () => {
      writeFileSync(join(dir, 'binary.md'), Buffer.from('PNG\0\0熵 entropy\n'));
      const { code, out, err } = run('scan', dir, '--format', 'json');
      assert.equal(code, 2);
      assert.match(err, /skipped .*binary\.md: a binary file/);
      assert.equal((JSON.parse(out) as Row[]).length, 3);
    });

    it('skips a file that announces UTF-16 but is not', () => {
      writeFileSync(join(dir, 'odd.md'), Buffer.from([0xff, 0xfe, 0x35, 0x71, 0x0a]));
      writeFileSync(join(dir, 'lone.md'), Buffer.from([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41]));
      const { code, err } = run('scan', dir, '--format', 'json');
      assert.equal(code, 2);
      assert.match(err, /skipped .*lone\.md: not valid UTF-16BE/);
      assert.match(err, /skipped .*odd\.md: not valid UTF-16LE/);
    });
  });

  it('reports a file name that is not UTF-8 instead of failing on a garbled name', function () {
    if (process.platform !== 'linux') this.skip(); // macOS and Windows refuse such names
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.md')]), '熵\n');
    const { code, out, err } = run('scan', dir, '--format', 'json');
    assert.equal(code, 2);
    assert.match(err, /skipped .*caf\ufffd\.md: its name is not valid UTF-8/);
    assert.equal((JSON.parse(out) as Row[]).length, 3);
  });
});

import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { FIXTURES } from '../support/paths';
import type { Row } from '../support/cliRow';

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { out: (s) => (out += s), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

describe('concept-lens CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'concept-lens-cli-'));
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'a.md'), '# 涌现\n\nentropy and 熵\n');
  writeFileSync(join(dir, 'nested', 'deeper', 'b.markdown'), 'No concepts here.\n\n## Heat\n\nheat death\n');
  writeFileSync(join(dir, 'nested', 'notes.txt'), 'entropy, but not Markdown');

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('scans folders recursively and prints one JSON array', () => {
    const { code, out } = run('scan', dir, '--format', 'json');
    assert.equal(code, 0);
    const rows = JSON.parse(out) as Row[];
    assert.deepEqual(
      rows.map((r) => [r.file.slice(dir.length + 1), r.concept, r.start, r.end, r.line, r.column, r.text, r.section]),
      [
        ['a.md', 'emergence', 2, 4, 0, 2, '涌现', '涌现'],
        ['a.md', 'entropy', 6, 13, 2, 0, 'entropy', '涌现'],
        ['a.md', 'entropy', 18, 19, 2, 12, '熵', '涌现'],
        [join('nested', 'deeper', 'b.markdown'), 'heat-death', 28, 38, 4, 0, 'heat death', 'Heat'],
      ],
    );
  });

  it('prints an empty array when nothing is found', () => {
    const empty = join(dir, 'nested', 'deeper');
    const { out } = run('scan', join(empty, 'b.markdown'), '--format=json', '--no-builtin', '--pack', join(FIXTURES, 'packs', 'tiny.pack.json'));
    assert.deepEqual(JSON.parse(out), []);
  });

  it('prints readable text lines, 1-based', () => {
    const { code, out } = run('scan', join(dir, 'a.md'));
    assert.equal(code, 0);
    assert.equal(out.split('\n')[0], `${join(dir, 'a.md')}:1:3 emergence "涌现"`);
  });

  it('uses a user pack on top of the built-in one', () => {
    const { out } = run('scan', join(FIXTURES, 'packs', 'sample.md'), '--pack', join(FIXTURES, 'packs', 'tiny.pack.json'), '--format', 'json');
    const concepts = (JSON.parse(out) as Row[]).map((r) => r.concept);
    assert.deepEqual(concepts, ['entropy', 'gradient-descent', 'gradient-descent']);
  });

  it('reports an invalid pack on stderr with a non-zero exit, and still scans', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "id": "bad", "concepts": [ }');
    const { code, out, err } = run('scan', join(dir, 'a.md'), '--pack', bad, '--format', 'json');
    assert.equal(code, 1);
    assert.match(err, /bad\.json:1:\d+: \$: invalid JSON/);
    assert.equal((JSON.parse(out) as Row[]).length, 3);
  });

  it('says a pack warning on stderr and exits 0: the pack is valid', () => {
    const warned = join(dir, 'warned.json');
    const pack = JSON.parse(readFileSync(join(FIXTURES, 'packs', 'tiny.pack.json'), 'utf8')) as { concepts: { aliases?: Record<string, string[]> }[] };
    pack.concepts[0]!.aliases = { en: ['e'] };
    writeFileSync(warned, JSON.stringify(pack));
    const { code, err } = run('scan', join(dir, 'a.md'), '--pack', warned, '--format', 'json');
    assert.match(err, /warning: .*aliases/);
    assert.doesNotMatch(err, /concepts that are valid/);
    assert.equal(code, 0);
  });

  it('cuts a long section heading to 200 units in JSON rows, so output stays linear in the input', () => {
    const long = join(dir, 'long-heading.md');
    writeFileSync(long, '# ' + '熵 '.repeat(2000) + '\n');
    const rows = JSON.parse(run('scan', long, '--format', 'json').out) as Row[];
    assert.equal(rows.length, 2000);
    assert.equal(rows[0]!.section, '熵 '.repeat(100).slice(0, 200) + '…');
  });

  it('reports a missing file with a non-zero exit, and scans the others', () => {
    const { code, out, err } = run('scan', join(dir, 'missing.md'), join(dir, 'a.md'), '--format', 'json');
    assert.equal(code, 2);
    assert.match(err, /cannot read .*missing\.md: ENOENT/);
    assert.equal((JSON.parse(out) as Row[]).length, 3);
  });

  it('reports an unreadable file', function () {
    if (process.getuid?.() === 0) this.skip(); // root reads everything
    const locked = join(dir, 'locked.md');
    writeFileSync(locked, '熵');
    chmodSync(locked, 0);
    const { code, err } = run('scan', locked);
    assert.equal(code, 2);
    assert.match(err, /EACCES/);
  });

  it('explains its usage on bad arguments', () => {
    const { code, err } = run('scan', dir, '--format', 'xml');
    assert.equal(code, 2);
    assert.match(err, /--format must be json or text/);
    assert.match(err, /Usage: concept-lens scan/);
    assert.equal(run('--help').code, 0);
  });
});

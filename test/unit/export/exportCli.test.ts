// `concept-lens export` and `concept-lens import`: output, exit codes, and packs that scan takes.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { readTurtle } from '../../../src/core/import/turtleReader';
import { validatePack } from '../../../src/core/pack/loadPack';
import { HEAT_PACK_FILE, heatPack } from './exportFixture';

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { out: (s) => (out += s), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

describe('concept-lens export / import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'concept-lens-export-'));
  const doc = join(dir, 'a.md');
  writeFileSync(doc, '# 基础\n\n熵 and entropy, "quoted".\n\n## 极限 [end]\n\nheat death\n');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exports 300,000 occurrences of one file without overflowing the call stack', function () {
    this.timeout(60_000);
    const file = join(dir, 'many.md');
    writeFileSync(file, '熵 '.repeat(300_000));
    const { code, out, err } = run('export', file, '--format', 'csv');
    assert.equal(err, '');
    assert.equal(code, 0);
    assert.equal(out.split('\r\n').length - 2, 300_000);
    rmSync(file);
  });

  it('csv: one row per occurrence that scan reports, after a BOM and a header', () => {
    const scan = JSON.parse(run('scan', doc, '--format', 'json').out) as unknown[];
    const { code, out } = run('export', doc, '--format', 'csv');
    assert.equal(code, 0);
    assert.ok(out.startsWith('\uFEFFfile,line,column,concept,name_zh,name_en,section,text\r\n'));
    assert.equal(out.split('\r\n').length - 2, scan.length);
    assert.ok(scan.length >= 3);
  });

  it('csv with a user pack only: rows written by hand', () => {
    const { code, out } = run('export', doc, '--format=csv', '--no-builtin', '--pack', HEAT_PACK_FILE);
    assert.equal(code, 0);
    const file = out.split('\r\n')[1]!.split(',')[0]!;
    assert.ok(file.endsWith('/a.md'));
    assert.equal(
      out,
      '\uFEFFfile,line,column,concept,name_zh,name_en,section,text\r\n' +
        `${file},3,1,entropy,熵,entropy,基础,熵\r\n` +
        `${file},3,7,entropy,熵,entropy,基础,entropy\r\n` +
        // The section is the heading's text with inline markup stripped, as scan gives it.
        `${file},7,1,heat-death,热寂,heat death,极限 end,heat death\r\n`,
    );
  });

  it('md and json', () => {
    const md = run('export', doc, '--format', 'md', '--no-builtin', '--pack', HEAT_PACK_FILE);
    assert.equal(md.code, 0);
    assert.match(md.out, /^# Glossary · 术语表: 热与序 · Heat and order\n/);
    assert.match(md.out, /- \*\*Occurrences · 出现\*\* \(2\): \S*a\.md \[3\]\(\S*a\.md#L3\)\n/);
    const json = run('export', doc, '--format', 'json', '--no-builtin', '--pack', HEAT_PACK_FILE);
    assert.equal(json.code, 0);
    const parsed = JSON.parse(json.out) as { concepts: { id: string; occurrences: number }[]; occurrences: unknown[] };
    assert.deepEqual(parsed.concepts.map((c) => [c.id, c.occurrences]), [['entropy', 2], ['heat-death', 1], ['agi', 0]]);
    assert.equal(parsed.occurrences.length, 3);
  });

  it('skos needs no path, takes --base, and parses as Turtle', () => {
    const { code, out } = run('export', '--format', 'skos', '--base', 'https://example.org/b/');
    assert.equal(code, 0);
    assert.ok(readTurtle(out).some((t) => t.subject.kind === 'iri' && t.subject.value === 'https://example.org/b/entropy'));
  });

  it('exit codes: 2 for bad arguments and unreadable input, 1 for a pack with errors', () => {
    assert.equal(run('export', doc).code, 2);
    assert.equal(run('export', '--format', 'csv').code, 2);
    assert.equal(run('export', doc, '--format', 'xml').code, 2);
    const badBase = run('export', '--format', 'skos', '--base', 'not an iri');
    assert.equal(badBase.code, 2);
    assert.match(badBase.err, /--base: the base IRI must be absolute/);
    assert.equal(run('export', doc, '--format', 'csv', '--base', 'https://x/').code, 2);
    const missing = run('export', doc, join(dir, 'missing.md'), '--format', 'csv');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read .*missing\.md/);
    assert.ok(missing.out.split('\r\n').length > 2, 'the readable file is still exported');
    // A file named like Markdown that is not text: skipped, said, and status 2.
    const binary = join(dir, 'sub', 'binary.md');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(binary, Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x01]));
    const skipped = run('export', binary, doc, '--format', 'json');
    assert.equal(skipped.code, 2);
    assert.match(skipped.err, /skipped .*binary\.md/);
    assert.ok((JSON.parse(skipped.out) as { occurrences: unknown[] }).occurrences.length > 0);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "id": "bad", "concepts": [ }');
    assert.equal(run('export', doc, '--format', 'csv', '--pack', bad).code, 1);
  });

  it('import csv: a pack that scan --pack loads and finds', () => {
    const csv = join(dir, '术语 表.csv');
    writeFileSync(csv, '\uFEFFzh,en,explanation\r\n涌现,emergence,"整体大于部分之和, 如此"\r\n');
    const imported = run('import', csv);
    assert.equal(imported.code, 0, imported.err);
    const pack = JSON.parse(imported.out) as { id: string };
    assert.equal(pack.id, 'shu-yu-biao');
    const packFile = join(dir, 'imported.pack.json');
    writeFileSync(packFile, imported.out);
    const scan = run('scan', doc, join(dir, 'e.md'), '--no-builtin', '--pack', packFile, '--format', 'json');
    writeFileSync(join(dir, 'e.md'), '涌现\n');
    const found = run('scan', join(dir, 'e.md'), '--no-builtin', '--pack', packFile, '--format', 'json');
    assert.equal(found.code, 0, found.err);
    assert.deepEqual((JSON.parse(found.out) as { concept: string }[]).map((r) => r.concept), ['emergence']);
    assert.equal(scan.code, 2); // e.md did not exist yet: the pack itself loaded without problems
    assert.doesNotMatch(scan.err, /pack/);
  });

  it('import ttl: the SKOS export of a pack comes back as the same pack', () => {
    const ttl = join(dir, 'heat.ttl');
    writeFileSync(ttl, run('export', '--format', 'skos', '--no-builtin', '--pack', HEAT_PACK_FILE).out);
    const imported = run('import', ttl);
    assert.equal(imported.code, 0, imported.err);
    const back = validatePack(JSON.parse(imported.out));
    assert.deepEqual(back.problems, []);
    assert.deepEqual(back.pack!.concepts, heatPack().concepts);
  });

  it('import: 2 for a bad file, with the file and line on stderr, and no pack', () => {
    const ttl = join(dir, 'bad.ttl');
    writeFileSync(ttl, '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n<http://x> a ( skos:Concept ) .\n');
    const r = run('import', ttl);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /bad\.ttl:3: blank node property lists/);
    assert.equal(run('import', join(dir, 'missing.csv')).code, 2);
    assert.equal(run('import', join(dir, 'a.md')).code, 2);
    assert.equal(run('import').code, 2);
  });
});

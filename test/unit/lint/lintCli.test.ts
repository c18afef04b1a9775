// `concept-lens lint`: its three formats, --fix, and its exit status. The SARIF is validated against the
// SARIF 2.1.0 schema (test/fixtures/sarif, as published with Microsoft's SARIF Multitool on npm).

import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { main } from '../../../src/cli/main';
import { testLexicon } from '../../support/lexicon';
import type { LintRecord } from '../../../src/cli/lintFormats';

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { out: (s) => (out += s), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

/** A record as `--format json` prints it. */
type Record = Omit<LintRecord, 'endLine' | 'endColumn'>;

const DOC = '# Notes\n\nIts entrophy grows.\n\n对称破缺常见，对称破缺到处都有，对称性破缺也是。\n';

describe('concept-lens lint', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => testLexicon()); // makes dist/lexicon if a test runs before the build
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'concept-lens-lint-'));
    writeFileSync(join(dir, 'a.md'), DOC);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON array with the documented fields', () => {
    const { code, out } = run('lint', dir, '--format', 'json', '--lang', 'en');
    assert.equal(code, 0);
    const records = JSON.parse(out) as Record[];
    const at = DOC.indexOf('entrophy');
    assert.deepEqual(records[0], {
      file: join(dir, 'a.md'),
      rule: 'concept-misspelling',
      severity: 'warning',
      concept: 'entropy',
      start: at,
      end: at + 8,
      line: 2,
      column: 4,
      text: 'entrophy',
      message: '"entrophy" looks like a misspelling of "entropy" (concept: entropy).',
      fixes: [{ title: 'Change to "entropy"', replacement: 'entropy' }],
    });
    assert.deepEqual(records.slice(1).map((r) => [r.rule, r.text, r.fixes[0]?.replacement]), [['concept-name-variant', '对称性破缺', '对称破缺']]);
  });

  it('prints text lines, 1-based, in the chosen language', () => {
    const { out } = run('lint', join(dir, 'a.md'), '--lang', 'zh');
    const lines = out.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.equal(lines[0], `${join(dir, 'a.md')}:3:5 warning concept-misspelling “entrophy”可能是“entropy”的笔误（概念：熵）。`);
  });

  it('exits with 1 when an error-level diagnostic is left, and 2 for a bad pack or unreadable input', () => {
    assert.equal(run('lint', dir, '--rule', 'concept-misspelling=error').code, 1);
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    assert.equal(run('lint', dir, '--pack', join(dir, 'bad.json')).code, 2);
    assert.equal(run('lint', join(dir, 'missing.md')).code, 2);
  });

  it('writes SARIF 2.1.0 that validates against the schema', () => {
    const { code, out } = run('lint', dir, '--format', 'sarif');
    assert.equal(code, 0);
    const log = JSON.parse(out) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[] }[] };
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'sarif', 'sarif-2.1.0.schema.json'), 'utf8')) as object;
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    const first = log.runs[0]!.results[0]!;
    assert.equal(first.ruleId, 'concept-misspelling');
    assert.deepEqual(first.locations[0]!.physicalLocation.region, { startLine: 3, startColumn: 5, endLine: 3, endColumn: 13, charOffset: DOC.indexOf('entrophy'), charLength: 8 });
  });

  it('--fix applies the safe fixes, says what it changed, leaves no temporary file and finds nothing left', () => {
    writeFileSync(join(dir, 'clean.md'), 'Nothing to fix here.\n');
    const before = readFileSync(join(dir, 'clean.md'));
    const { code, err, out } = run('lint', dir, '--fix', '--format', 'json');
    assert.equal(code, 0);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), '# Notes\n\nIts entropy grows.\n\n对称破缺常见，对称破缺到处都有，对称破缺也是。\n');
    assert.match(err, /fixed .*a\.md:3:5 entrophy → entropy/);
    assert.deepEqual(JSON.parse(out), []);
    assert.deepEqual(readFileSync(join(dir, 'clean.md')), before);
    assert.deepEqual(readdirSync(dir).sort(), ['a.md', 'clean.md']);
    assert.deepEqual(JSON.parse(run('lint', dir, '--format', 'json').out), []);
  });

  it('reports 300,000 findings of one file without overflowing the call stack', () => {
    writeFileSync(join(dir, 'a.md'), 'entrophy '.repeat(300_000));
    const { code, out, err } = run('lint', join(dir, 'a.md'), '--format', 'json');
    assert.equal(err, '');
    assert.equal(code, 0);
    assert.equal((JSON.parse(out) as unknown[]).length, 300_000);
  });

  it('rejects an unknown rule or severity', () => {
    assert.equal(run('lint', dir, '--rule', 'concept-typo=error').code, 2);
    assert.equal(run('lint', dir, '--rule', 'concept-misspelling=loud').code, 2);
  });
});

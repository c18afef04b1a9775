// Each export format on a small pack, with expected text written by hand.

import { strict as assert } from 'node:assert';
import { exportCsv, csvField } from '../../../src/core/export/exportCsv';
import { exportJson } from '../../../src/core/export/exportJson';
import { exportMarkdown, fileHref } from '../../../src/core/export/exportMarkdown';
import { exportConcepts } from '../../../src/core/export/exportConcepts';
import { heatInput } from './exportFixture';
import type { ExportInput } from '../../../src/core/export/exportModel';

describe('export: csv', () => {
  it('writes one RFC 4180 row per occurrence, with a BOM, CRLF and quoted fields', () => {
    assert.equal(
      exportCsv(heatInput()),
      '\uFEFFfile,line,column,concept,name_zh,name_en,section,text\r\n' +
        'notes/a b.md,3,5,entropy,熵,entropy,基础,熵\r\n' +
        `notes/a b.md,9,1,heat-death,热寂,heat death,"'-1, ""quoted"", x",heat death\r\n` +
        "'=cmd.md,2,1,entropy,熵,entropy,,entropy\r\n",
    );
  });

  it('neutralises formulas and quotes what needs quotes', () => {
    assert.equal(csvField('=1+1'), "'=1+1");
    assert.equal(csvField('+33 1'), "'+33 1");
    assert.equal(csvField('-2'), "'-2");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField('\t=x'), "'\t=x");
    assert.equal(csvField('a=b'), 'a=b');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\rhere'), '"cr\rhere"');
    assert.equal(csvField('=a,"b"'), `"'=a,""b"""`);
    assert.equal(csvField('熵'), '熵');
  });
});

describe('export: json', () => {
  it('holds the concepts and the occurrences in the documented shape', () => {
    assert.deepEqual(JSON.parse(exportJson(heatInput())), {
      format: 'concept-lens-export',
      version: 1,
      pack: { id: 'heat', title: { zh: '热与序', en: 'Heat and order' } },
      sections: [
        { id: 'basics', heading: '基础', title: { en: 'Basics' } },
        { id: 'limits', heading: '极限 [end]', title: { en: 'Limits' } },
      ],
      concepts: [
        {
          id: 'entropy',
          name: { zh: '熵', en: 'entropy' },
          aliases: [{ text: 'disorder', lang: 'en' }],
          explanation: { zh: '无序的度量。', en: 'A measure of *disorder*, "so to speak".' },
          section: 'basics',
          relations: [{ kind: 'leads-to', target: 'heat-death' }],
          occurrences: 2,
        },
        {
          id: 'heat-death',
          name: { zh: '热寂', en: 'heat death' },
          aliases: [],
          explanation: { en: '=HYPERLINK("http://x")\nthe end, with a \\ backslash' },
          section: 'limits',
          relations: [{ kind: 'part-of', target: 'entropy' }],
          occurrences: 1,
        },
        { id: 'agi', name: { en: 'AGI' }, aliases: [{ text: 'general AI', lang: 'en' }], explanation: { en: 'Artificial general intelligence.' }, section: null, relations: [], occurrences: 0 },
      ],
      occurrences: [
        { file: 'notes/a b.md', line: 3, column: 5, concept: 'entropy', text: '熵', section: '基础' },
        { file: 'notes/a b.md', line: 9, column: 1, concept: 'heat-death', text: 'heat death', section: '-1, "quoted", x' },
        { file: '=cmd.md', line: 2, column: 1, concept: 'entropy', text: 'entropy', section: null },
      ],
    });
  });
});

describe('export: md', () => {
  it('writes a glossary by section with names, explanations, relations and linked occurrences', () => {
    const expected = [
      '# Glossary · 术语表: 热与序 · Heat and order',
      '',
      '## 基础 · Basics',
      '',
      '<a id="concept-entropy"></a>',
      '',
      '### 熵 · entropy',
      '',
      '无序的度量。',
      '',
      'A measure of \\*disorder\\*, "so to speak".',
      '',
      '- **Leads to · 导致**: [热寂 · heat death](#concept-heat-death)',
      '- **Occurrences · 出现** (2): notes/a b.md [3](notes/a%20b.md#L3); \\=cmd.md [2](%3Dcmd.md#L2)',
      '',
      '## 极限 \\[end\\] · Limits',
      '',
      '<a id="concept-heat-death"></a>',
      '',
      '### 热寂 · heat death',
      '',
      // A piece that could open a line has its = escaped (a setext underline); // is broken (no autolink).
      '\\=HYPERLINK("http:/\u200B/x") the end, with a \\\\ backslash',
      '',
      '- **Part of · 属于**: [熵 · entropy](#concept-entropy)',
      '- **Occurrences · 出现** (1): notes/a b.md [9](notes/a%20b.md#L9)',
      '',
      '## Other concepts · 其他概念',
      '',
      '<a id="concept-agi"></a>',
      '',
      '### AGI',
      '',
      'Artificial general intelligence.',
      '',
      '- **Occurrences · 出现**: none · 无',
      '',
    ].join('\n');
    assert.equal(exportMarkdown(heatInput()), expected);
  });

  it('percent-encodes link targets so a file name cannot become a scheme or break the link', () => {
    assert.equal(fileHref('javascript:alert(1).md'), 'javascript%3Aalert%281%29.md');
    assert.equal(fileHref('a/b c/[x](y).md'), 'a/b%20c/%5Bx%5D%28y%29.md');
    assert.equal(fileHref('vscode-vfs://github/o/r/a (1).md'), 'vscode-vfs://github/o/r/a%20%281%29.md');
  });
});

describe('export: formats', () => {
  it('dispatches every format', () => {
    const input = heatInput();
    assert.ok(exportConcepts(input, 'md').startsWith('# Glossary'));
    assert.ok(exportConcepts(input, 'csv').startsWith('\uFEFFfile,'));
    assert.equal(JSON.parse(exportConcepts(input, 'json')).format, 'concept-lens-export');
    assert.ok(exportConcepts(input, 'skos', { base: 'https://example.org/heat/' }).includes('<https://example.org/heat/entropy>'));
  });
});

describe('export: linear time', function () {
  this.timeout(60_000);
  // As linearTime.test.ts measures: two sizes 4× apart, at most 6× the time over a floor of 10 ms.
  const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
  const pack = heatInput().pack;
  const many = (n: number): ExportInput => ({ pack, occurrences: Array.from({ length: n }, (_, i) => ({ file: 'a.md', line: i + 1, column: 1, concept: 'entropy', text: '熵', section: '基础' })) });
  // json is a map and JSON.stringify: its time at these sizes is the collector's, not a loop of ours.
  for (const format of ['md', 'csv'] as const)
    it(`grows linearly with the occurrences of one concept in one file: ${format}`, () => {
      const time = (input: ExportInput): number => {
        let best = Infinity;
        for (let r = 0; r < 2; r++) {
          collect();
          const t0 = performance.now();
          exportConcepts(input, format);
          best = Math.min(best, performance.now() - t0);
        }
        return best;
      };
      const small = many(4_000);
      const large = many(16_000);
      exportConcepts(small, format);
      let t = { small: time(small), large: time(large) };
      for (let attempt = 1; attempt < 3 && t.large > 6 * Math.max(t.small, 10); attempt++) t = { small: time(small), large: time(large) };
      assert.ok(t.large <= 6 * Math.max(t.small, 10), `${format}: ${t.small.toFixed(1)} ms, then ${t.large.toFixed(1)} ms`);
    });
});

// The Markdown scanner (src/core/markdown) against micromark, a CommonMark parser, with GFM, math and
// front matter. The scanner is hand-written for speed; this test is the proof that it reads
// Markdown as a CommonMark parser does, over a fixed corpus of real Markdown (the READMEs, changelogs
// and docs of 360 MIT-licensed npm packages, copied into test/fixtures/markdown-corpus/, whose SOURCES
// names them; plus the other Markdown fixtures) and on one small case per construct.
//
// What is compared: for every letter or digit of a document (markers hold no concepts), whether it
// is excluded from prose (code, math, HTML tags, URLs, link destinations…) or not.
//
// Deliberate deviations. The scanner differs from micromark on purpose in these cases, which are
// counted apart (test/support/micromarkRegions.ts names them) and tested below:
//  (a) A `$$` math block ends at any line that holds `$$`: authors write `x = 1 $$`, where micromark
//      waits for a `$$` fence line and takes the rest of the document for math.
//  (b) Bare URLs are excluded inside HTML blocks too, where GFM does not autolink them.
//  (c) `[text][label]` labels and `[^label]` footnote calls are excluded even when nothing defines
//      them (micromark then reads them as text): labels are names, not prose.
//  (d) Bare URLs and email addresses are excluded wherever they are: in link text and image alt text
//      (GFM does not nest links), after any character that is not a letter (GFM: only at the start,
//      after whitespace or `*_~(`), and with domains GFM rejects. A URL is never prose.
//  (e) File names and paths with a known extension (images/transformer.png, entropy.py) are excluded:
//      a file's name is not a mention.
//  (f) Template tags of static site generators ({{ … }}, {% … %}, Hugo's {{< … >}}) are excluded:
//      the site builds from them, readers never see them.
//  (g) A heading's trailing attribute list ({#id .class}, kramdown's {: #id}) is excluded: Pandoc,
//      kramdown, Hugo and markdown-it-attrs turn it into the heading's anchor, readers never see it.
//  (h) Bare paths from the root, the home or the working folder (/home/me/app, ~/notes/x) are
//      excluded: a folder's name is not a mention either.
// Wiki link targets (`[[target|label]]`) and embeds (`![[file]]`) of Obsidian and Foam are excluded
// too; CommonMark has no wiki links, and the corpus holds none.
// micromark also departs from CommonMark in two places the scanner does not follow, and which the
// corpus does not show: after an open block other than a paragraph (a code line, a heading) it
// lets no ordered list start at a number other than 1 and no empty list item start; and after an
// unclosed `---` at the top of a document (tried as front matter) it misses lists.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { FIXTURES, ROOT } from '../support/paths';
import { compareExclusions, micromarkRegions, micromarkRegionsAll, Why, type Comparison } from '../support/micromarkRegions';
import { parseMarkdown } from '../../src/core/markdown/markdownStructure';

const MARKDOWN = /\.(?:md|markdown)$/i;

/** Every Markdown file under `dir`, recursively, in a stable order (symbolic links are not followed). */
function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...markdownFiles(p));
    else if (d.isFile() && MARKDOWN.test(d.name)) out.push(p);
  }
  return out.sort();
}

/**
 * The corpus: every Markdown file under test/fixtures (markdown-corpus/ and the other fixtures), and
 * under the directories listed in CONCEPT_LENS_MD_CORPUS (path-delimited) for a larger run, one copy
 * of each distinct text. Nothing from node_modules: the figures must not move when a dependency does.
 */
function markdownCorpus(): { path: string; text: string }[] {
  const dirs = [FIXTURES, ...(process.env.CONCEPT_LENS_MD_CORPUS ?? '').split(delimiter).filter((d) => d !== '')];
  const seen = new Set<string>();
  const files: { path: string; text: string }[] = [];
  for (const p of dirs.flatMap(markdownFiles)) {
    const text = readFileSync(p, 'utf8');
    if (seen.has(text)) continue;
    seen.add(text);
    const rel = relative(ROOT, p);
    files.push({ path: rel.startsWith('..') ? p : rel, text });
  }
  return files;
}

/** Per unit: 1 where the scanner excludes it. */
function scannerMask(text: string): Uint8Array {
  const ex = parseMarkdown(text).excluded;
  const m = new Uint8Array(text.length);
  for (let k = 0; k < ex.length; k += 2) m.fill(1, ex[k]!, ex[k + 1]!);
  return m;
}

/** Every occurrence of `word` in `text`: [start, end) pairs. */
function occurrences(text: string, word: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) out.push([i, i + word.length]);
  assert.ok(out.length > 0, `"${word}" is not in the case`);
  return out;
}

function describeDisagreements(text: string, c: Comparison): string {
  return c.disagreements.map((d) => `${d.kind} ${JSON.stringify(text.slice(d.start, d.end))}`).join('; ');
}

/**
 * Both implementations agree on `md`, and both exclude every occurrence of the `hidden` words and
 * keep every occurrence of the `shown` ones (so that agreement is not two parsers both blind to a
 * construct).
 */
function agrees(md: string, hidden: string[], shown: string[]): void {
  const mm = micromarkRegions(md);
  const ours = scannerMask(md);
  const c = compareExclusions(md, parseMarkdown(md).excluded, mm);
  assert.equal(c.disagreements.length, 0, `disagreements: ${describeDisagreements(md, c)}`);
  for (const w of hidden)
    for (const [s, e] of occurrences(md, w))
      for (let i = s; i < e; i++) {
        assert.notEqual(mm.why[i], Why.Prose, `micromark reads "${w}" as prose`);
        assert.equal(ours[i], 1, `the scanner reads "${w}" as prose`);
      }
  for (const w of shown)
    for (const [s, e] of occurrences(md, w))
      for (let i = s; i < e; i++) {
        assert.equal(mm.why[i], Why.Prose, `micromark excludes "${w}"`);
        assert.equal(ours[i], 0, `the scanner excludes "${w}"`);
      }
}

/** The scanner excludes `word` where micromark does not (or the reverse), as deviation `kind`. */
function deviates(md: string, kind: string, word: string, scannerExcludes: boolean): void {
  const c = compareExclusions(md, parseMarkdown(md).excluded);
  const kinds = new Set(c.disagreements.map((d) => d.kind));
  assert.deepEqual([...kinds], [`deviation:${kind}`], describeDisagreements(md, c));
  const ours = scannerMask(md);
  for (const [s] of occurrences(md, word)) assert.equal(ours[s], scannerExcludes ? 1 : 0, `scanner on "${word}"`);
}

describe('Markdown scanner agrees with micromark', () => {
  describe('constructs', () => {
    const cases: [string, string, string[], string[]][] = [
      ['YAML front matter', '---\ntitle: hidA\nlist:\n  - hidB\n---\n\nshownA text\n', ['hidA', 'hidB'], ['shownA']],
      ['TOML front matter', "+++\ntitle = 'hidA'\n+++\n\nshownA\n", ['hidA'], ['shownA']],
      ['front matter after a BOM', '\uFEFF---\nhidA: 1\n---\nshownA\n', ['hidA'], ['shownA']],
      ['fenced code with an info string', '```js title="hidA"\nconst hidB = 1;\n```\nshownA\n', ['hidA', 'hidB'], ['shownA']],
      ['tilde fence', '~~~\nhidA\n```\nhidB\n~~~\n\nshownA\n', ['hidA', 'hidB'], ['shownA']],
      ['nested fences', '````md\n```js\nhidA\n```\nhidB\n````\nshownA\n', ['hidA', 'hidB'], ['shownA']],
      ['fence in a list item', '- shownA\n\n  ```\n  hidA\n\n  hidB\n  ```\n- shownB\n', ['hidA', 'hidB'], ['shownA', 'shownB']],
      ['fence on a list item line', '1. ```sh\n   hidA\n   ```\n2. shownA\n', ['hidA'], ['shownA']],
      ['fence ended by its list item', '- ```\n  hidA\nshownA\n', ['hidA'], ['shownA']],
      ['fence ended by its block quote', '> ```\n> hidA\nshownA\n', ['hidA'], ['shownA']],
      ['unclosed fence', 'shownA\n\n```\nhidA\n\nhidB\n', ['hidA', 'hidB'], ['shownA']],
      ['indented code', 'shownA\n\n    hidA\n\n    hidB\nshownB\n', ['hidA', 'hidB'], ['shownA', 'shownB']],
      ['indented line continuing a paragraph', 'shownA\n    shownB\n', [], ['shownA', 'shownB']],
      ['tab-indented code', '\thidA\n\nshownA\n', ['hidA'], ['shownA']],
      ['tab after a list marker', '*\tshownA\n\n\tshownB continues the item\n', [], ['shownA', 'shownB']],
      ['indented code in a list item', '- shownA\n\n      hidA\n', ['hidA'], ['shownA']],
      ['empty list item, blank line, indented code', '-\n\n    hidA\n', ['hidA'], []],
      ['code spans', 'shownA `hidA` and ``hidB ` hidC`` shownB\n', ['hidA', 'hidB', 'hidC'], ['shownA', 'shownB']],
      ['unmatched backtick', 'shownA ` shownB ``\n\nshownC `\n', [], ['shownA', 'shownB', 'shownC']],
      ['code span across lines', 'shownA `hidA\nhidB` shownB\n', ['hidA', 'hidB'], ['shownA', 'shownB']],
      ['escaped backtick', 'shownA \\`shownB `hidA`\n', ['hidA'], ['shownA', 'shownB']],
      ['inline math', 'shownA $hidA$ and $$hidB$$ shownB\n', ['hidA', 'hidB'], ['shownA', 'shownB']],
      ['math block', 'shownA\n\n$$\nhidA = hidB\n$$\n\nshownB\n', ['hidA', 'hidB'], ['shownA', 'shownB']],
      ['inline HTML and comments', 'shownA <span class="hidA">shownB</span> <!-- hidB --> <br/> shownC\n', ['hidA', 'hidB', 'span'], ['shownA', 'shownB', 'shownC']],
      ['HTML block: text between tags is prose', '<div align="hidA">\n  <p>shownA <b>shownB</b></p>\n</div>\n\nshownC\n', ['hidA', 'div'], ['shownA', 'shownB', 'shownC']],
      ['HTML comment block', '<!--\nhidA\nhidB -->\nshownA\n', ['hidA', 'hidB'], ['shownA']],
      ['text after a comment on its closing line', '<!-- hidA --> shownA\n', ['hidA'], ['shownA']],
      ['script and pre blocks', '<script>\nvar hidA;\n</script>\n<pre>\nhidB\n</pre>\n\nshownA\n', ['hidA', 'hidB'], ['shownA']],
      ['HTML block ended by a blank line', '<details>\n<summary>shownA</summary>\n\nshownB *text*\n</details>\n', ['summary'], ['shownA', 'shownB']],
      ['HTML block in a list item', '- <div>\n  shownA\n  </div>\n', ['div'], ['shownA']],
      ['autolinks', 'shownA <https://hidA.example/hidB> <hidC@example.com> shownB\n', ['hidA', 'hidB', 'hidC'], ['shownA', 'shownB']],
      ['bare URLs', 'shownA https://hidA.example/hidB. shownB (www.hidC.org) shownC\n', ['hidA', 'hidB', 'hidC'], ['shownA', 'shownB', 'shownC']],
      ['bare email addresses', 'write to hidA.hidB@hidC.org, shownA\n', ['hidA', 'hidB', 'hidC'], ['shownA']],
      ['link destination and title', '[shownA](https://hidA.example/x "hidB") and ![shownB](img/hidC.png)\n', ['hidA', 'hidB', 'hidC'], ['shownA', 'shownB']],
      ['link destination with parentheses', '[shownA](hidA_(x)_hidB) shownB\n', ['hidA', 'hidB'], ['shownA', 'shownB']],
      ['link destination in angle brackets', '[shownA](<hidA hidB>) shownB\n', ['hidA', 'hidB'], ['shownA', 'shownB']],
      ['reference links and their definition', '[shownA][hidA] and [shownB][]\n\n[hidA]: https://hidB.example "hidC"\n[shownB]: /hidD\n', ['hidA', 'hidB', 'hidC', 'hidD'], ['shownA']],
      ['definition over three lines', '[hidA]:\n  https://hidB.example\n  "hidC"\n\nshownA [hidA]\n', ['hidB', 'hidC'], ['shownA']],
      ['a label alone is no definition', '[shownA]:\n\nshownB\n', [], ['shownA', 'shownB']],
      ['a line that only looks like a definition', '[shownA]: shownB shownC\n', [], ['shownA', 'shownB', 'shownC']],
      ['headings', '# shownA #\n\nshownB\n======\n\n## shownC\n', [], ['shownA', 'shownB', 'shownC']],
      ['setext heading, then a thematic break', 'shownA\n---\n\n---\nshownB\n', [], ['shownA', 'shownB']],
      ['lists', '1. shownA\n2. shownB\n   - shownC\n     continued\n- [x] shownD\n', [], ['shownA', 'shownB', 'shownC', 'shownD']],
      ['an ordered list at 1984 does not interrupt', 'In the year\n1984. shownA was cold.\n', [], ['1984', 'shownA']],
      ['tables', '| shownA | shownB |\n| --- | :-: |\n| `hidA` | [shownC](hidB) |\n', ['hidA', 'hidB'], ['shownA', 'shownB', 'shownC']],
      ['table cells are read one by one', '| Plan | Price |\n| --- | ---: |\n| shownA | $5 a month |\n| shownB | $50 a year |\n', [], ['shownA', 'shownB', '5', '50']],
      ['a table interrupts a paragraph', 'shownA `x\n| shownB | c |\n| - | - |\n| d` | `hidA` |\nshownC row\n\nshownD\n', ['hidA'], ['shownA', 'shownB', 'shownC', 'shownD']],
      ['pipes split cells even in code', '| `shownA | shownB` |\n| - | - |\n', [], ['shownA', 'shownB']],
      ['no table without as many header cells', '| shownA | `x |\n| - |\n| y` |\n', ['y'], ['shownA']],
      ['block quotes', '> shownA `x\n> > shownB` shownC\nshownD lazy\n', [], ['shownA', 'shownB', 'shownC', 'shownD']],
      ['code in a quote in a list', '- shownA\n  > ```\n  > hidA\n  > ```\n- shownB\n', ['hidA'], ['shownA', 'shownB']],
      ['emphasis', '*shownA* **shownB** _shownC_ ~~shownD~~\n', [], ['shownA', 'shownB', 'shownC', 'shownD']],
      ['footnotes', 'shownA[^hidA]\n\n[^hidA]: shownB\n    shownC in the note\n', ['hidA'], ['shownA', 'shownB', 'shownC']],
      ['escapes and entities', 'shownA \\*shownB\\* &amp; \\<shownC>\n', [], ['shownA', 'shownB', 'shownC']],
      ['quote in a list item interrupts its paragraph', '- shownA `x\n  > shownB` shownC\n', [], ['shownA', 'shownB', 'shownC']],
      ['list item after a quote', '> shownA\n- shownB `hidA`\n', ['hidA'], ['shownA', 'shownB']],
      ['offsets after a BOM, tabs, emoji', '\uFEFF😀\tshownA `hidA`\n\n\t> 😀 `hidB`\n\n> 😀\t`hidC` shownB\n', ['hidA', 'hidB', 'hidC'], ['shownA', 'shownB']],
      ['CRLF line breaks', 'shownA\r\n\r\n```\r\nhidA\r\n```\r\n\r\n    hidB\r\n\r\nshownB `hidC`\r\n', ['hidA', 'hidB', 'hidC'], ['shownA', 'shownB']],
    ];
    for (const [name, md, hidden, shown] of cases) it(name, () => agrees(md, hidden, shown));
  });

  describe('deliberate deviations', () => {
    it('(a) a $$ block ends at a line that holds $$', () => {
      deviates('$$\nx = 1 $$\n\nshownA after the block\n', 'a-math-block-closes-at-any-$$', 'shownA', false);
    });
    it('(b) bare URLs in HTML blocks are excluded', () => {
      deviates('<div>\nsee https://hidA.example/x\n</div>\n', 'b-bare-url-in-html-block', 'hidA', true);
    });
    it('(c) labels are excluded without a definition', () => {
      deviates('[shownA][hidA] and [^hidB]\n', 'c-undefined-reference-label', 'hidA', true);
      deviates('[shownA][hidA] and [^hidB]\n', 'c-undefined-reference-label', 'hidB', true);
    });
    it('(d) bare URLs and emails in link text are excluded', () => {
      deviates('[https://hidA.example/x](https://y.example)\n', 'd-bare-url-where-gfm-has-none', 'hidA', true);
      deviates('[hidB@example.com](mailto:hidB@example.com)\n', 'd-bare-url-where-gfm-has-none', 'hidB', true);
    });
    it('(e) file names and paths are excluded', () => {
      deviates('see images/hidA.png and hidB.py, shownA.\n', 'e-file-name', 'hidA', true);
      deviates('see images/hidA.png and hidB.py, shownA.\n', 'e-file-name', 'hidB', true);
    });
    it('(f) template tags are excluded', () => {
      deviates('{% include hidA.html %} shownA {{< figure src="x" hidB >}}\n', 'f-template-tag', 'hidA', true);
      deviates('{% include hidA.html %} shownA {{< figure src="x" hidB >}}\n', 'f-template-tag', 'hidB', true);
    });
    it('(g) a heading\'s attribute list is excluded', () => {
      deviates('## shownA {#hidA .hidB}\n', 'g-heading-attributes', 'hidA', true);
      deviates('shownA {: #hidB}\n======\n', 'g-heading-attributes', 'hidB', true);
    });
    it('(h) bare paths are excluded, a slash inside a word is not a path', () => {
      deviates('clone into /home/hidA/app and ~/notes/hidB, shownA/shownB.\n', 'h-bare-path', 'hidA', true);
      deviates('clone into /home/hidA/app and ~/notes/hidB, shownA/shownB.\n', 'h-bare-path', 'hidB', true);
      deviates('clone into /home/hidA/app and ~/notes/hidB, shownA/shownB.\n', 'h-bare-path', 'shownB', false);
    });
  });

  describe('over a corpus of real Markdown', function () {
    this.timeout(120_000);
    const files = markdownCorpus();
    let mm: Awaited<ReturnType<typeof micromarkRegionsAll>>;
    let ms = 0;

    before(async () => {
      const t = performance.now();
      mm = await micromarkRegionsAll(files.map((f) => f.text));
      ms = performance.now() - t;
    });

    it('agrees on at least 99.9% of letters and digits and on 98% of files', () => {
      const t = performance.now();
      let bytes = 0;
      let chars = 0;
      let agree = 0;
      let deviations = 0;
      let identical = 0;
      let identicalButDeviations = 0;
      const kinds = new Map<string, { chars: number; runs: number; example: string }>();
      files.forEach((f, i) => {
        bytes += f.text.length;
        const c = compareExclusions(f.text, parseMarkdown(f.text).excluded, mm[i]);
        chars += c.chars;
        agree += c.agree;
        deviations += c.deviations;
        if (c.agree === c.chars) identical++;
        if (c.agree + c.deviations === c.chars) identicalButDeviations++;
        for (const d of c.disagreements) {
          const k = kinds.get(d.kind) ?? { chars: 0, runs: 0, example: '' };
          k.chars += d.count;
          k.runs++;
          if (!k.example) {
            const line = f.text.slice(0, d.start).split('\n').length;
            k.example = `${f.path}:${line} ${JSON.stringify(f.text.slice(d.start, Math.min(d.end, d.start + 60)))}`;
          }
          kinds.set(d.kind, k);
        }
      });
      const pct = (n: number, of: number): string => `${((100 * n) / of).toFixed(3)}%`;
      const lines = [
        `corpus: ${files.length} files, ${(bytes / 1e6).toFixed(2)} M chars, ${chars} letters and digits compared`,
        `agreement: ${pct(agree, chars)} strict, ${pct(agree + deviations, chars)} counting the deliberate deviations`,
        `identical files: ${identical} (${pct(identical, files.length)}) strict, ${identicalButDeviations} (${pct(identicalButDeviations, files.length)}) but for the deviations`,
        `time: micromark ${(ms / 1000).toFixed(1)} s (worker threads), scanner and comparison ${((performance.now() - t) / 1000).toFixed(1)} s`,
        ...[...kinds]
          .sort((a, b) => b[1].chars - a[1].chars)
          .slice(0, 8)
          .map(([k, v]) => `  ${String(v.chars).padStart(6)} chars in ${String(v.runs).padStart(4)} runs  ${k}  e.g. ${v.example}`),
      ];
      console.log(lines.map((l) => `      ${l}`).join('\n'));

      // The corpus must be real and the fixed one: test/fixtures/markdown-corpus/ has 494 files, 1.7 M chars.
      assert.ok(files.length >= 200 && bytes >= 1_500_000, `corpus too small: ${files.length} files, ${bytes} chars`);
      // Thresholds. Every file of the corpus agrees but for the deviations (99.97% of letters and
      // digits agree strictly, 99.94%); the margin is for a larger run (CONCEPT_LENS_MD_CORPUS). Strict
      // agreement also bounds how much the deviations may cover.
      assert.ok(agree + deviations >= 0.999 * chars, `agreement ${pct(agree + deviations, chars)} < 99.9%`);
      assert.ok(identicalButDeviations >= 0.98 * files.length, `identical files ${pct(identicalButDeviations, files.length)} < 98%`);
      assert.ok(agree >= 0.995 * chars, `strict agreement ${pct(agree, chars)} < 99.5%`);
    });
  });
});

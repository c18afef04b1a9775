// `concept-lens render` and dist/markdownItPlugin.js's entry: a standalone page annotated like the
// preview, and the plugin for other markdown-it users.

import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import markdownIt from 'markdown-it';
import { main } from '../../../src/cli/main';
import { parseArgs, UsageError } from '../../../src/cli/args';
import conceptLens, { compilePacks } from '../../../src/exports/markdownItPlugin';

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { out: (s) => (out += s), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

const PACK = {
  id: 'p',
  article: { title: { en: 'P' }, sections: [] },
  concepts: [{ id: 'widget', name: { en: 'widget', zh: '部件' }, explanation: { en: 'A "small" <thing>.' } }],
};

describe('concept-lens render', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'concept-lens-render-'));
    writeFileSync(join(dir, 'a.md'), '---\ntitle: 部件\n---\n# 部件 and <b>\n\n部件 in `部件` and <script>alert(1)</script>\n');
    writeFileSync(join(dir, 'w.md'), 'A widget, 熵.\n');
    writeFileSync(join(dir, 'p.json'), JSON.stringify(PACK));
    writeFileSync(join(dir, 'bad.json'), '{');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one standalone page: title, stylesheet with a dark scheme, no script, annotations linking to the heading', () => {
    const { code, out, err } = run('render', join(dir, 'a.md'), '--pack', join(dir, 'p.json'), '--no-builtin', '--lang', 'en');
    assert.equal(err, '');
    assert.equal(code, 0);
    assert.ok(out.startsWith('<!DOCTYPE html>\n<html lang="en">'));
    assert.match(out, /<title>部件 and &lt;b&gt;<\/title>/);
    assert.match(out, /@media \(prefers-color-scheme: dark\)/);
    assert.doesNotMatch(out, /<script/);
    assert.doesNotMatch(out, /title: /, 'no front matter');
    const term = '<a class="concept-lens-term concept-lens-underline" title="widget · 部件 — A &quot;small&quot; &lt;thing&gt;." data-concept="widget" href="#%E9%83%A8%E4%BB%B6-and-b">部件</a>';
    assert.equal(
      out.slice(out.indexOf('<main>')),
      `<main>\n<h1 id="%E9%83%A8%E4%BB%B6-and-b">${term} and &lt;b&gt;</h1>\n<p>${term} in <code>部件</code> and &lt;script&gt;alert(1)&lt;/script&gt;</p>\n</main>\n</body>\n</html>\n`,
    );
  });

  it('the built-in pack by default, the document\'s language for the tooltips', () => {
    const { code, out } = run('render', join(dir, 'w.md'));
    assert.equal(code, 0);
    assert.match(out, /<span class="concept-lens-term concept-lens-underline" title="entropy · 熵 — [^"]+" data-concept="entropy">熵<\/span>/);
  });

  it('--pack and --no-builtin: only the given pack', () => {
    const { code, out } = run('render', join(dir, 'w.md'), '--pack', join(dir, 'p.json'), '--no-builtin', '--lang', 'en');
    assert.equal(code, 0);
    assert.match(out, /<p>A <span class="concept-lens-term concept-lens-underline" title="widget · 部件 — A &quot;small&quot; &lt;thing&gt;\." data-concept="widget">widget<\/span>, 熵\.<\/p>/);
  });

  it('errors: a missing file is 2, a broken pack is 1 with the page still written, arguments are checked', () => {
    assert.equal(run('render', join(dir, 'missing.md')).code, 2);
    const broken = run('render', join(dir, 'w.md'), '--pack', join(dir, 'bad.json'));
    assert.equal(broken.code, 1);
    assert.match(broken.out, /<\/html>\n$/);
    assert.throws(() => parseArgs(['render']), UsageError);
    assert.throws(() => parseArgs(['render', 'a.md', 'b.md']), UsageError);
    assert.throws(() => parseArgs(['render', 'a.md', '--lang', 'fr']), UsageError);
    assert.deepEqual(parseArgs(['render', 'a.md', '--html']), { command: 'render', file: 'a.md', packs: [], builtin: true, lang: 'auto', html: true });
  });

  it('the help names the command', () => {
    assert.match(run('--help').out, /concept-lens render FILE/);
  });
});

describe('markdownItPlugin entry', () => {
  it('md.use with a pack object, heading ids on, language by the document', () => {
    const md = markdownIt();
    conceptLens(md, { packs: [PACK], builtin: false });
    assert.equal(
      md.render('# Widget\n\nwidget'),
      '<h1 id="widget"><a class="concept-lens-term concept-lens-underline" title="widget · 部件 — A &quot;small&quot; &lt;thing&gt;." data-concept="widget" href="#widget">Widget</a></h1>\n<p><a class="concept-lens-term concept-lens-underline" title="widget · 部件 — A &quot;small&quot; &lt;thing&gt;." data-concept="widget" href="#widget">widget</a></p>\n',
    );
  });
  it('a broken pack throws, naming the problem; no pack at all throws', () => {
    assert.throws(() => compilePacks({ packs: ['{"id": 1}'] }), /concept-lens: /);
    assert.throws(() => compilePacks({ builtin: false }), /no packs/);
  });
});

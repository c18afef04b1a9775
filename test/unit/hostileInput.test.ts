// Hostile and huge input.
// - Pack text in the concept guide: rendered by the markdown-it of VS Code's preview (12.3.2, with the
//   preview's options: HTML on, linkify on without fuzzy links) and by micromark with GFM (GitHub's
//   autolink literals), the guide shows no link, image, code, HTML or block the pack brought, every
//   concept keeps its own heading, and the guide's line map still points at the headings.
// - The size limit counts bytes of UTF-8, as a file has them on disk.
// - The size limit is one of the settings a workspace cannot set until it is trusted.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import markdownIt from 'markdown-it';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { conceptGuide } from '../../src/core/features/conceptGuide';
import { markdownLine } from '../../src/core/features/markdownEscape';
import type { Concept, ConceptPack } from '../../src/core/pack/loadPack';
import type { Lang, Localized, Relation } from '../../src/core/pack/conceptPack';
import { exceedsSizeLimit, utf8Length, utf8LengthAfterEdit } from '../../src/core/features/sizeLimit';
import { ROOT } from '../support/paths';

const LABELS = { relation: (kind: string, dir: string) => `${kind}/${dir}`, title: 'Guide', intro: 'Generated. Read-only.', otherConcepts: 'Other concepts' };

function concept(id: string, name: Localized, explanation: Localized, section?: string, relations: Relation[] = []): Concept {
  return { id, name, aliases: [], exclusions: [], explanation, section, relations };
}

/** A pack that tries everything Markdown offers, in every piece of text the guide shows. */
const HOSTILE: ConceptPack = {
  id: 'hostile',
  version: 1,
  name: { en: 'hostile' },
  title: { en: 'Pack [quit](command:workbench.action.quit) ![t](http://evil.com/t.png)\n# Injected title', zh: '包 <img src=x onerror=alert(1)>' },
  sections: [
    { id: 's1', heading: 'S1 ```\n\n<script>alert(1)</script>', title: { en: 'S1 <a href="command:workbench.action.quit">x</a>', zh: '第一节 [x]: http://evil.com' } },
    { id: 's2', heading: 'Closing #', title: { en: 'www.evil.com ~~gone~~' } },
    { id: 's3', heading: '\u2028# LS\u2029## PS\u0085### NEL\r#### CR\f##### FF\v###### VT\u0000 NUL', title: {} },
  ],
  concepts: [
    concept('link', { en: '[run](command:workbench.action.quit)', zh: '![img](https://evil.com/a.png)' }, { en: '```\nthe fence would swallow the rest\n', zh: '[ref]: http://evil.com/ref "t"\n\n[ref] [x][ref] [^1]\n\n[^1]: footnote' }, 's1', [{ kind: 'leads-to', target: 'urls' }]),
    concept('urls', { en: 'https://evil.com/x www.evil.com', zh: 'http:\\//evil.com' }, { en: 'mail user@evil.com, <http://evil.com>, <user@evil.com>, mailto:user@evil.com, ftp://evil.com, file:///etc/passwd, //evil.com/x, javascript:alert(1), http&#58;//evil.com, http\\://evil.com, WWW.evil.com/y' }, 's1'),
    concept('inline', { en: '`code` **bold** _em_ ~~del~~ $x$ $$y$$ <b>html</b> &lt;entity&gt; &#91;x&#93;(command:x) <!-- c --> \\' }, { en: '    indented code\n\n- list\n1. ordered\n2) ordered\n> quote\n---\n=== \n| a | b |\n|---|---|\n<div>block</div>\n$$\nmath\n$$' }, 's2', [{ kind: 'related-to', target: 'link' }]),
    concept('blocks', { en: '- list item\n===' }, { en: '1. one', zh: '+ plus' }, 's3', [{ kind: 'part-of', target: 'inline' }]),
    concept('setext', { en: '= setext', zh: '# hash' }, { en: '---', zh: '<div>' }),
    concept('plain', { en: 'low-entropy', zh: '低熵' }, { en: 'Prose keeps its hyphens, full stops (and parentheses): e.g. AI.' }),
  ],
};

/** What a reader should see of a piece of pack text: on one line, whatever it holds. */
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const oneLine = (s: string): string => s.replace(/[\s\0-\x1F\x7F-\x9F]+/g, ' ').trim();
/** The guide breaks autolinks with zero-width spaces, which a reader does not see. */
const visible = (s: string): string => s.replace(/\u200B/g, '');

/** VS Code 1.100's preview engine, configured as the preview configures it (markdownEngine.ts). */
function vscodePreview(): markdownIt.MarkdownIt {
  const md = markdownIt({ html: true, linkify: true });
  md.linkify.set({ fuzzyLink: false });
  return md;
}

/** The tags of rendered HTML, with their counts. */
function tags(html: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)/g)) out.set(m[1]!.toLowerCase(), (out.get(m[1]!.toLowerCase()) ?? 0) + 1);
  return out;
}

function inlineText(t: markdownIt.Token | undefined): string {
  return (t?.children ?? []).map((c) => c.content).join('');
}

describe('hostile input', () => {
  describe('the concept guide', () => {
    for (const lang of ['en', 'zh'] as const) {
      const guide = conceptGuide(HOSTILE, lang, LABELS);
      const other: Lang = lang === 'zh' ? 'en' : 'zh';
      const namesOf = (c: Concept): string => [c.name[lang], c.name[other]].filter((x, i, a): x is string => !!x && a.indexOf(x) === i).map(oneLine).join(' · ');
      const conceptsWithRelations = HOSTILE.concepts.filter((c) => c.relations.length > 0 || HOSTILE.concepts.some((o) => o.relations.some((r) => r.target === c.id))).length;
      const expectedTags = new Map([
        ['h1', 1],
        ['blockquote', 1],
        ['h2', HOSTILE.sections.length + 1],
        ['h3', HOSTILE.concepts.length],
        ['ul', conceptsWithRelations],
      ]);

      it(`(${lang}) renders in VS Code's preview engine with no link, image, code, HTML or block from the pack`, () => {
        const html = vscodePreview().render(guide.text);
        const found = tags(html);
        for (const bad of ['a', 'img', 'code', 'pre', 'script', 'div', 'b', 'em', 'strong', 's', 'del', 'table', 'ol', 'hr', 'h4', 'h5', 'h6']) assert.equal(found.get(bad), undefined, `<${bad}> in\n${html}`);
        for (const [tag, n] of expectedTags) assert.equal(found.get(tag), n, `${n} <${tag}> in\n${html}`);
        assert.deepEqual([...found.keys()].filter((t) => !['h1', 'h2', 'h3', 'p', 'blockquote', 'ul', 'li'].includes(t)), [], html);
        assert.ok(!html.includes('<!--'), 'no HTML comment');
      });

      it(`(${lang}) renders with GFM (micromark) with no autolink literal, link, image, code or HTML`, () => {
        const html = micromark(guide.text, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
        const found = tags(html);
        for (const [tag, n] of expectedTags) assert.equal(found.get(tag), n, `${n} <${tag}> in\n${html}`);
        assert.deepEqual([...found.keys()].filter((t) => !['h1', 'h2', 'h3', 'p', 'blockquote', 'ul', 'li'].includes(t)), [], html);
        assert.ok(!html.includes('<!--'), 'no HTML comment');
      });

      it(`(${lang}) gives every concept its own heading, with its names as written, where the line map says`, () => {
        const tokens = vscodePreview().parse(guide.text, {});
        const headings = tokens.flatMap((t, i) => (t.type === 'heading_open' ? [{ tag: t.tag, line: t.map![0], text: visible(inlineText(tokens[i + 1])) }] : []));
        for (const c of HOSTILE.concepts) {
          const line = guide.conceptLine.get(c.id);
          assert.deepEqual(
            headings.find((h) => h.line === line),
            { tag: 'h3', line, text: namesOf(c) },
            c.id,
          );
        }
        for (const s of HOSTILE.sections) {
          const line = guide.sectionLine.get(s.id);
          const translated = s.title[lang] && s.title[lang] !== s.heading ? ` (${oneLine(s.title[lang]!)})` : '';
          assert.deepEqual(
            headings.find((h) => h.line === line),
            { tag: 'h2', line, text: oneLine(s.heading) + translated },
            s.id,
          );
        }
        assert.equal(headings.filter((h) => h.tag === 'h1').length, 1);
        assert.equal(headings[0]!.text, `${oneLine(HOSTILE.title[lang]!)} — Guide`);
      });

      it(`(${lang}) shows each explanation as one paragraph of its own text`, () => {
        const tokens = vscodePreview().parse(guide.text, {});
        const paragraphs = tokens.flatMap((t, i) => (t.type === 'paragraph_open' ? [visible(inlineText(tokens[i + 1]))] : []));
        for (const c of HOSTILE.concepts) for (const l of [lang, other]) if (c.explanation[l]) assert.ok(paragraphs.includes(oneLine(c.explanation[l]!)), `${c.id}.${l}: ${oneLine(c.explanation[l]!)}\nin ${paragraphs.join('\n')}`);
      });
    }
  });

  describe('markdownLine', () => {
    it('leaves ordinary prose as it is', () => {
      for (const s of ['low-entropy structures, e.g. AI (as the article says): 1.5 times more.', 'Transformer+Embedding产生的化学效应', "nature's 'cheapest' route!", '熵与涌现：大模型的智能之谜'])
        assert.equal(markdownLine(s), s);
    });
    it('escapes what would open a block where a piece opens a line', () => {
      assert.deepEqual(['- a', '+ a', '= a', '1. a', '12) a', '# a', '> a'].map(markdownLine), ['\\- a', '\\+ a', '\\= a', '1\\. a', '12\\) a', '\\# a', '\\> a']);
    });
  });

  describe('the size limit, in bytes of UTF-8', () => {
    const encoded = (s: string): number => new TextEncoder().encode(s).length;
    /** Strings of any UTF-16 units, surrogates (paired or not) often. */
    const units = fc
      .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0x41, 0x7f, 0x80, 0x7ff, 0x800, 0x71b5, 0xd83d, 0xde00, 0xd800, 0xdbff, 0xdc00, 0xdfff)), { maxLength: 40 })
      .map((cs) => String.fromCharCode(...cs));

    it('measures a text as TextEncoder writes it, without encoding it', () => {
      assert.deepEqual(['a', 'é', '熵', '😀', '\uD800', '\uDC00\uD800', 'a😀熵'].map((s) => utf8Length(s)), [1, 2, 3, 4, 3, 6, 8]);
      fc.assert(fc.property(units, (s) => utf8Length(s) === encoded(s)));
    });

    it('keeps the count of an edited text, measuring only the edit', () => {
      fc.assert(
        fc.property(units, units, fc.nat(), fc.nat(), (before, inserted, at, del) => {
          const start = at % (before.length + 1);
          const deleteCount = del % (before.length - start + 1);
          const after = before.slice(0, start) + inserted + before.slice(start + deleteCount);
          return utf8LengthAfterEdit(encoded(before), before, after, start, deleteCount, inserted.length) === encoded(after);
        }),
      );
    });

    it('says a text or a file is over maxFileSizeKB KB by its bytes, not its UTF-16 units', () => {
      // 342 units of Chinese are 1,026 bytes: over 1 KB, though 342 < 1024.
      assert.equal(exceedsSizeLimit('熵'.repeat(341), 1), false);
      assert.equal(exceedsSizeLimit('熵'.repeat(342), 1), true);
      assert.equal(exceedsSizeLimit('😀'.repeat(256), 1), false);
      assert.equal(exceedsSizeLimit('😀'.repeat(257), 1), true);
      assert.equal(exceedsSizeLimit('a'.repeat(2048), 2), false);
      assert.equal(exceedsSizeLimit('a'.repeat(2049), 2), true);
      assert.equal(exceedsSizeLimit(1024, 1), false, 'a file of 1,024 bytes');
      assert.equal(exceedsSizeLimit(1025, 1), true, 'a file of 1,025 bytes');
    });
  });

  describe('the manifest', () => {
    it('restricts conceptLens.maxFileSizeKB in untrusted workspaces (with the packs, their folder and the article)', () => {
      const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } } };
      assert.deepEqual([...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(), ['conceptLens.article', 'conceptLens.maxFileSizeKB', 'conceptLens.packFolder', 'conceptLens.packs']);
    });
  });
});

// The loops that replaced backtracking regexes decide exactly as those regexes did. Each regex below is
// the form it had before (kept here as the oracle, not used by the product), compared on random
// strings over the characters that matter to it.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { cueTextByPasses, cueTextByUnits } from '../../src/core/text/cueText';
import { foldWidth } from '../../src/core/text/chars';
import { frontMatterTitle, headingKey } from '../../src/core/features/articleMatch';
import { aliasKey } from '../../src/core/pack/aliasKey';
import { closeTagEnd, emailAutolinkEnd, isCompleteTagLine, openTagEnd, uriAutolinkEnd } from '../../src/core/markdown/htmlSyntax';
import { ThematicBreaks, isTableDelimiterRow } from '../../src/core/markdown/lineShapes';
import { LinkDestinations } from '../../src/core/markdown/linkDestinations';
import { headingSlugs, headingsOf, stripInlineMarkup, stripParsedMarkup } from '../../src/core/markdown/headings';
import { scanBlocks } from '../../src/core/markdown/blocks';
import GithubSlugger from 'github-slugger';

const RUNS = { numRuns: 20_000 };

/** Strings over `alphabet`, up to `max` characters. */
const over = (alphabet: readonly string[], max = 16): fc.Arbitrary<string> => fc.array(fc.constantFrom(...alphabet), { maxLength: max }).map((a) => a.join(''));

function stickyEnd(re: RegExp, text: string): number {
  const y = new RegExp(re.source, re.flags.includes('y') ? re.flags : re.flags + 'y');
  const m = y.exec(text);
  return m ? m[0].length : -1;
}

describe('loops that replaced regexes', () => {
  it('cueText, both ways', () => {
    const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff';
    const WIDE = /[\uff01-\uff5e\u3000\u2018\u2019\u2010\u2011]/g;
    const oracle = (s: string): string =>
      s
        .replace(WIDE, (ch) => String.fromCharCode(foldWidth(ch.charCodeAt(0))))
        .replace(/[*_~]/g, '')
        .replace(/[ \t]*\r?\n[ \t>]*/g, ' ')
        .replace(new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g'), '')
        .replace(/\s+/g, ' ')
        .toLowerCase();
    const alphabet = [' ', '\t', '\n', '\r', '>', '*', '_', '~', 'a', 'B', '熵', '。', '\u3000', '\u00a0', 'Σ', '＞', '＊', '\u2019', '-'];
    fc.assert(fc.property(over(alphabet), (s) => cueTextByPasses(s) === oracle(s) && cueTextByUnits(s) === oracle(s)), RUNS);
  });

  it('headingKey', () => {
    const oracle = (s: string): string => aliasKey(s).replace(/[\s\p{P}]/gu, '');
    const ascii = Array.from({ length: 95 }, (_, k) => String.fromCharCode(32 + k));
    const alphabet = [...ascii, '\t', '\n', '熵', '。', '、', '「', '—', '…', '\u3000', '\u00a0', 'Σ', 'İ', '＂', '\u2019', '𝄞', '\ud801\udd6f', '¿', '·'];
    fc.assert(fc.property(over(alphabet, 12), (s) => headingKey(s) === oracle(s)), RUNS);
    // Past 4,096 units the key is built in a buffer.
    const long = 'Σ '.repeat(2050);
    fc.assert(fc.property(over(alphabet, 12), (s) => headingKey(long + s) === oracle(long + s)), { numRuns: 1_000 });
  });

  it('frontMatterTitle', () => {
    const oracle = (text: string): string | undefined => {
      const m = /^\ufeff?(---|\+\+\+)\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text);
      if (!m) return undefined;
      const t = /^title\s*[:=]\s*(.+?)\s*$/m.exec(m[2]!);
      return t ? t[1]!.replace(/^(["'])(.*)\1$/, '$2') : undefined;
    };
    const pieces = ['---', '+++', '\n', '\r\n', 'title', ': ', '=', ' ', '\t', 'a', '熵', '"', "'", 'x: y', '\ufeff', '...'];
    // A title of whitespace alone reads as a space in the regex and as no title now: neither names an article.
    const named = (t: string | undefined): string | undefined => (t === undefined || t.trim() === '' ? undefined : t);
    fc.assert(fc.property(over(pieces, 14), (s) => named(frontMatterTitle(s)) === named(oracle(s))), RUNS);
  });

  const tagAlphabet = ['<', '>', '/', 'a', 'B', '1', '-', '_', ':', '.', '=', '"', "'", ' ', '\n', '`', '@', '+', '!'];

  it('open and closing tags', () => {
    const OPEN_TAG = /<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/;
    const CLOSE_TAG = /<\/[A-Za-z][A-Za-z0-9-]*\s*>/;
    fc.assert(
      fc.property(over(tagAlphabet, 14), (body) => {
        const open = '<' + body;
        const close = '</' + body;
        const e1 = openTagEnd(open, 0, open.length);
        const e2 = closeTagEnd(close, 0, close.length);
        return (e1 < 0 ? -1 : e1) === stickyEnd(OPEN_TAG, open) && (e2 < 0 ? -1 : e2) === stickyEnd(CLOSE_TAG, close);
      }),
      RUNS,
    );
  });

  it('a line that is one complete tag', () => {
    const COMPLETE = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
    fc.assert(fc.property(over(tagAlphabet, 14), (body) => isCompleteTagLine('<' + body, 0, body.length + 1) === COMPLETE.test('<' + body)), RUNS);
  });

  it('autolinks', () => {
    const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/;
    const EMAIL = /<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/;
    const alphabet = ['<', '>', 'a', 'Z', '9', '-', '.', '+', ':', '@', ' ', '/', '!', '"', '(', ',', '`', '|', '~'];
    fc.assert(
      fc.property(over(alphabet, 14), fc.nat({ max: 70 }), (body, pad) => {
        const text = '<' + 'a'.repeat(pad % 40) + body;
        const u = uriAutolinkEnd(text, 0, text.length);
        const e = emailAutolinkEnd(text, 0, text.length);
        return (u < 0 ? -1 : u) === stickyEnd(AUTOLINK, text) && (e < 0 ? -1 : e) === stickyEnd(EMAIL, text);
      }),
      RUNS,
    );
    // A domain label of 63 units is the longest.
    const at = (label: string): number => emailAutolinkEnd(`<a@${label}.b>`, 0, label.length + 6);
    assert.ok(at('c'.repeat(63)) > 0);
    assert.equal(at('c'.repeat(64)), -1);
  });

  it('thematic breaks, from any start of the line', () => {
    const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
    fc.assert(
      fc.property(over(['*', '-', '_', ' ', '\t', 'a', '>'], 10), over(['*', '-', '_', ' ', '\t', 'a'], 10), (before, line) => {
        const text = before + '\n' + line;
        const breaks = new ThematicBreaks(text);
        for (let first = before.length + 1; first <= text.length; first++) if (breaks.at(first, text.length) !== THEMATIC.test(text.slice(first))) return false;
        return true;
      }),
      RUNS,
    );
  });

  it('link destinations: the one-pass table answers as reading each destination does', () => {
    const alphabet = ['(', '(', '(', ')', ')', '\\', 'a', ' ', '\n', '[', ']'];
    fc.assert(
      fc.property(over(alphabet, 80), fc.nat({ max: 40 }), (body, deep) => {
        const text = '[a](' + '('.repeat(deep) + body;
        const reader = new LinkDestinations(text, 0, text.length, Infinity);
        const table = new LinkDestinations(text, 0, text.length, -1);
        // A destination starts after `](` and any whitespace, where the inline scanner asks.
        for (let k = 1; k < text.length; k++) {
          if (text[k] !== '(' || text[k - 1] !== ']') continue;
          let at = k + 1;
          while (at < text.length && (text[at] === ' ' || text[at] === '\n')) at++;
          if (table.endOf(at) !== reader.endOf(at)) return false;
        }
        return true;
      }),
      { numRuns: 5_000 },
    );
  });

  it('plain headings skip the inline scanner and read the same', () => {
    // File names and bare paths (png, /) show as written, with markup around them or without.
    const pieces = ['a', 'h', 'http:', 'www.', ' ', '\t', '熵', '*', '_', '~', '`', '$', '[', ']', '(', ')', '!', '<', '>', '@', '\\', '#', '.', ':', 'x_y', '/', 'png'];
    fc.assert(fc.property(over(pieces, 10), (s) => stripInlineMarkup(s) === stripParsedMarkup(s)), RUNS);
  });

  it('a heading keeps the file names and bare paths it shows, in its text and its slug', () => {
    const text = '## Copy `cfg` to /home/me/app now\n\n## Open *x* in images/a.png\n';
    const headings = headingsOf(text, scanBlocks(text).blocks);
    assert.deepEqual(
      headings.map((h) => h.text),
      ['Copy cfg to /home/me/app now', 'Open x in images/a.png'],
    );
    assert.deepEqual(headingSlugs(headings), ['copy-cfg-to-homemeapp-now', 'open-x-in-imagesapng']);
  });

  it('heading slugs are numbered as github-slugger numbers them', () => {
    const names = ['a', 'a-1', 'a-2', 'A', 'a 1', '', '-1', '1', 'b', 'a-1-1', '熵', 'Σ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names), { maxLength: 12 }), (hs) => {
        const text = hs.map((h) => '# ' + h + '\n').join('');
        const headings = headingsOf(text, scanBlocks(text).blocks);
        const slugger = new GithubSlugger();
        return headingSlugs(headings).every((slug, k) => slug === slugger.slug(headings[k]!.text));
      }),
      RUNS,
    );
  });

  it('table delimiter rows', () => {
    const DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
    fc.assert(fc.property(over(['|', '-', ':', ' ', '\t', 'a'], 14), (row) => isTableDelimiterRow(row, 0, row.length) === DELIMITER.test(row)), RUNS);
  });
});

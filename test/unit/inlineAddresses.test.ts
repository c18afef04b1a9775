// mayHoldAddresses(): the cue pass skips parsing a block's inline markup when it says no. It must never
// say no where scanInline() excludes anything but a code span or math.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { mayHoldAddresses, scanInline } from '../../src/core/markdown/inline';
import { scanBlocks, isProseBlock } from '../../src/core/markdown/blocks';
import { blockExclusions } from '../../src/core/markdown/markdownStructure';
import { markdownCorpus } from '../support/markdownCorpus';

/** Of excluded ranges, those that start at or after `from` and are neither code spans nor math. */
function addressesIn(text: string, ranges: readonly number[], from = 0): number[] {
  const kept: number[] = [];
  for (let k = 0; k < ranges.length; k += 2) if (ranges[k]! >= from && text[ranges[k]!] !== '`' && text[ranges[k]!] !== '$') kept.push(ranges[k]!, ranges[k + 1]!);
  return kept;
}

function addressRanges(text: string, htmlOnly: boolean): number[] {
  const out: number[] = [];
  scanInline(text, 0, text.length, out, htmlOnly);
  return addressesIn(text, out);
}

describe('mayHoldAddresses', function () {
  this.timeout(120_000);

  it('says yes for each kind of address, and no for prose without one', () => {
    const yes = [
      'see <https://example.org>',
      'a <span>tag</span>',
      'a [link](entropy.html)',
      'a footnote[^1]',
      'mail me@example.org',
      '{{ page.title }} and {% raw %}',
      'the file images/transformer.png',
      'the script entropy.py',
      'go to www.example.org now',
      'read https://example.org/x',
      'in ~/notes/entropy today',
      '## Entropy {#entropy}',
    ];
    for (const t of yes) assert.ok(mayHoldAddresses(t, 0, t.length), t);
    const no = ['Entropy rises. It never falls!', '熵增加。对称破缺，然后涌现', 'a `code span` and $x^2$ math, **bold**', 'ends with a dot.', 'what? (yes) "quoted": fine'];
    for (const t of no) assert.ok(!mayHoldAddresses(t, 0, t.length), t);
  });

  it('20,000 random texts: where it says no, scanInline excludes only code and math', () => {
    const unit = fc.constantFrom(...'ab hwHWtp:/.@<>[]()!^{}%`$\\*_~|#-"\' \n熵。'.split(''), 'http', 'https://', 'www.', '.png', '.js', '[[', ']]', '<!--', '-->');
    const texts = fc.array(unit, { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(texts, fc.boolean(), (text, htmlOnly) => mayHoldAddresses(text, 0, text.length) || addressRanges(text, htmlOnly).length === 0),
      { numRuns: 20_000, seed: 20261207 },
    );
  });

  it('every prose block of a corpus of real Markdown: the same', () => {
    let said = 0;
    let blocks = 0;
    for (const { path, text } of markdownCorpus()) {
      for (const b of scanBlocks(text).blocks) {
        if (!isProseBlock(b.kind)) continue;
        blocks++;
        if (mayHoldAddresses(text, b.contentStart, b.contentEnd)) continue;
        said++;
        // The block's own prefix (a list marker, a heading's #) comes before its content: no cue starts in it.
        assert.deepEqual(addressesIn(text, blockExclusions(text, b), b.contentStart), [], `${path}: ${text.slice(b.contentStart, b.contentStart + 80)}`);
      }
    }
    // The look saves work only if it often says no.
    assert.ok(said > blocks / 10, `no for ${said} of ${blocks} blocks`);
  });
});

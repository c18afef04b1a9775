// Crafted inputs that make naive Markdown scanners slow: each family builds a document of about `n`
// UTF-16 units. The growth test (test/unit/linearTime.test.ts) and `npm run bench` run every part of
// the scan that the extension runs on open over each family at two sizes.

export interface AdversarialFamily {
  name: string;
  make(n: number): string;
}

/** `unit` repeated until the text is at least `n` units long, after `head` and before `tail`. */
function fill(head: string, unit: string, n: number, tail = ''): string {
  const count = Math.max(1, Math.ceil((n - head.length - tail.length) / unit.length));
  return head + unit.repeat(count) + tail;
}

/** The punctuation Markdown gives a meaning to, each repeated in one run. */
const MARKDOWN_PUNCTUATION = [...'`$*_~-=+#>|[](){}<>!"\'\\:.&;?@/^'];

/** Growing runs: 1, 2, 3… units of `ch`, separated by `sep`: each length has no closing run. */
function growingRuns(ch: string, sep: string, n: number): string {
  let out = '';
  for (let k = 1; out.length < n; k++) out += ch.repeat(k) + sep;
  return out;
}

export const ADVERSARIAL_FAMILIES: readonly AdversarialFamily[] = [
  // Unbalanced brackets, parentheses and quotes.
  // Template tags of site generators, unclosed or closed far away, and file names.
  { name: 'unclosed {{', make: (n) => fill('', '{{ entropy ', n) },
  { name: 'unclosed {%', make: (n) => fill('', '{% entropy ', n) },
  { name: '{{ then one }} at the end', make: (n) => fill('', '{{ a ', n, '}}') },
  // A heading's attribute list is looked for backwards from its last brace.
  { name: 'heading of one run before }', make: (n) => fill('# ', 'Transformer ', n, '}') },
  { name: 'heading of { runs', make: (n) => fill('# ', '{#a ', n, '}') },
  { name: 'headings ending in }', make: (n) => fill('', '# 熵 {.a}\n', n) },
  { name: 'dots without extensions', make: (n) => fill('', 'entropy.x', n) },
  { name: 'one path of file names', make: (n) => fill('', 'images/entropy.png/', n) },
  { name: 'dotted script names', make: (n) => fill('x', '.js', n) },
  // A bare path is read forward from a `/` after a space: one path, or paths of one segment each.
  { name: 'one bare path', make: (n) => fill(' ', '/entropy', n) },
  { name: 'bare paths of one segment', make: (n) => fill('', ' /entropy-', n) },
  { name: 'bare path openers', make: (n) => fill('', ' ./~/../(/', n) },
  { name: 'a name in the wrong case, then markers', make: (n) => fill('llm', '*', n) },
  { name: 'url then )', make: (n) => fill('http://a', ')', n) },
  { name: 'url then .', make: (n) => fill('http://', '.', n) },
  { name: 'url then .,', make: (n) => fill('see http://a', '.,', n, 'b') },
  { name: 'url then )(', make: (n) => fill('http://a', ')(', n) },
  { name: 'urls in table cells', make: (n) => 'a|b\n-|-\n' + fill('', 'http://a|', n) },
  { name: '[a](x (', make: (n) => fill('', '[a](x (', n) },
  { name: '[a](<', make: (n) => fill('', '[a](<', n) },
  { name: '[a](x "', make: (n) => fill('', '[a](x "', n) },
  { name: '[ unclosed', make: (n) => fill('', '[', n) },
  { name: '] unopened', make: (n) => fill('', ']', n) },
  { name: '[]( repeated', make: (n) => fill('', '[](', n) },
  { name: '![[', make: (n) => fill('', '![[', n) },
  { name: '[[a|', make: (n) => fill('', '[[a|', n) },
  { name: '[^', make: (n) => fill('', '[^', n) },
  { name: '( unclosed', make: (n) => fill('[a](', '(', n) },
  { name: '" unclosed', make: (n) => fill('[a](b "', 'x', n) },
  { name: "' repeated", make: (n) => fill('', "'", n) },
  { name: '" repeated', make: (n) => fill('', '"', n) },
  // Runs of every punctuation character Markdown cares about, on one line and one per line.
  ...MARKDOWN_PUNCTUATION.map((ch) => ({ name: `run of ${ch}`, make: (n: number) => fill('熵 ', ch, n, ' 熵') })),
  ...MARKDOWN_PUNCTUATION.map((ch) => ({ name: `lines of ${ch}`, make: (n: number) => fill('', ch + '\n', n) })),
  { name: 'growing ` runs', make: (n) => growingRuns('`', ' 熵 ', n) },
  { name: 'growing $ runs', make: (n) => growingRuns('$', ' 熵 ', n) },
  { name: 'growing ~ fences', make: (n) => growingRuns('~', '\n', n) },
  { name: 'growing ` fences', make: (n) => growingRuns('`', '\n', n) },
  { name: '* space run', make: (n) => fill('', '* ', n) },
  { name: '_ space run', make: (n) => fill('', '_ ', n) },
  { name: '-_ alternating', make: (n) => fill('', '-_', n) },
  { name: 'table delimiter row', make: (n) => 'a|b\n' + fill('', '|-', n, 'x') },
  { name: 'table row of pipes', make: (n) => 'a|b\n-|-\n' + fill('', '|', n) },
  { name: '\\ run', make: (n) => fill('', '\\', n, '`') },
  { name: '\\` pairs', make: (n) => fill('`', '\\`', n) },
  // Deep nesting of lists and quotes.
  { name: 'nested - list', make: (n) => fill('', '- ', n) },
  { name: 'nested - list, text', make: (n) => fill('', '- ', n, 'x') },
  { name: 'nested - list, blank lines', make: (n) => fill('', '- ', n / 2, 'x') + '\n'.repeat(n / 2) },
  { name: 'nested - list, indented lines', make: (n) => { const d = Math.floor(Math.sqrt(n)); return '- '.repeat(d) + 'x\n' + (' '.repeat(2 * d) + 'y\n').repeat(Math.ceil(n / (2 * d))); } },
  { name: 'nested - list, deep then indent', make: (n) => '- '.repeat(n / 4) + 'x\n' + ' '.repeat(n / 2) + 'y' },
  { name: 'nested 1. list', make: (n) => fill('', '1. ', n, 'x') },
  { name: 'nested > quote', make: (n) => fill('', '>', n, 'x') },
  { name: 'nested > quote, lines', make: (n) => { const d = Math.floor(Math.sqrt(n)); return ('>'.repeat(d) + ' 熵\n').repeat(Math.ceil(n / d)); } },
  { name: 'nested > quote, blank lines', make: (n) => fill('', '> ', n / 2, 'x') + '\n'.repeat(n / 2) },
  { name: 'nested - > mixed', make: (n) => fill('', '- > ', n, 'x') },
  { name: 'nested [^a]: footnotes', make: (n) => fill('', '[^a]: ', n, 'x') },
  { name: 'list then lazy lines', make: (n) => '- '.repeat(200) + 'x\n' + 'y\n'.repeat(n / 2) },
  // Long runs of spaces and tabs next to CJK.
  { name: '熵 then spaces', make: (n) => fill('熵', ' ', n) },
  { name: '熵 then tabs', make: (n) => fill('熵', '\t', n) },
  { name: 'spaces then 熵', make: (n) => fill('', ' ', n, '熵 概率分布') },
  { name: '熵 spaces a', make: (n) => fill('熵 概率分布', ' ', n, 'a') },
  { name: '熵 nbsp run', make: (n) => fill('熵', '\u00a0', n, 'a') },
  { name: '熵 ideographic spaces', make: (n) => fill('熵', '\u3000', n, 'a') },
  { name: '熵 then \\n>', make: (n) => fill('熵 ', ' \t>', n, '\na') },
  { name: '熵 then space-newline', make: (n) => fill('熵', ' \n', n, 'a') },
  { name: 'emphasis run by 熵', make: (n) => fill('熵', '*_~', n, '熵') },
  // Long headings and titles.
  { name: 'long heading', make: (n) => fill('# ', '熵a ', n) },
  { name: 'long heading of _', make: (n) => fill('# ', '_', n, 'a') },
  { name: 'long heading of `', make: (n) => fill('# `', 'a', n) },
  { name: 'heading of growing ` runs', make: (n) => '# ' + growingRuns('`', 'a', n) },
  { name: 'long heading of \\', make: (n) => fill('# ', '\\', n, 'a') },
  { name: 'long heading of #', make: (n) => fill('# ', '#', n, 'a') },
  { name: 'long heading, closing #', make: (n) => fill('# a', ' #', n) },
  { name: 'many headings', make: (n) => fill('', '# 熵\n', n) },
  { name: 'setext heading', make: (n) => fill('熵\n', '=', n) },
  { name: 'long title', make: (n) => fill('---\ntitle: ', '熵 ', n, '\n---\n熵') },
  { name: 'long title of spaces', make: (n) => fill('---\ntitle: a', ' ', n, 'a\n---\n') },
  { name: 'long title of quotes', make: (n) => fill('---\ntitle: "', '"', n, '\n---\n') },
  // Unclosed front matter, fences, math and HTML.
  { name: 'unclosed front matter', make: (n) => fill('---\n', 'title: 熵\n', n) },
  { name: 'unclosed front matter, one line', make: (n) => fill('---\n', 'a', n) },
  { name: 'unclosed fence', make: (n) => fill('```\n', '熵\n', n) },
  { name: 'unclosed math', make: (n) => fill('$$\n', '熵\n', n) },
  { name: 'unclosed inline math', make: (n) => fill('', '$熵 ', n) },
  { name: 'unclosed code spans', make: (n) => fill('', '`熵 ', n) },
  { name: 'unclosed comment', make: (n) => fill('', '<!-- 熵 ', n) },
  { name: 'unclosed comment block', make: (n) => fill('<!--\n', '熵\n', n) },
  { name: 'unclosed <?', make: (n) => fill('', '<? 熵 ', n) },
  { name: 'unclosed <!D', make: (n) => fill('', '<!D 熵 ', n) },
  { name: 'unclosed CDATA', make: (n) => fill('', '<![CDATA[ ', n) },
  { name: 'unclosed open tag', make: (n) => fill('<a', ' b', n) },
  { name: 'unclosed open tag, values', make: (n) => fill('<a', ' b="c"', n) },
  { name: 'unclosed tag attr value', make: (n) => fill('', '<a b="', n) },
  { name: "tags with ' values", make: (n) => fill('', "<a x='<a x=\"", n) },
  { name: 'open tag line', make: (n) => fill('<a', ' b=c', n, '>\n熵') },
  { name: 'unclosed close tag', make: (n) => fill('</a', ' ', n) },
  { name: 'unclosed autolink', make: (n) => fill('<a:', 'b', n) },
  { name: 'unclosed email autolink', make: (n) => fill('<a@b', '.c', n) },
  { name: 'email run', make: (n) => fill('', 'a@', n) },
  { name: 'email labels', make: (n) => fill('a@b', '.c-', n) },
  { name: 'unclosed raw html', make: (n) => fill('<script>\n', '熵\n', n) },
  { name: 'html block lines', make: (n) => fill('', '<div>\n', n) },
  { name: 'unclosed refdef title', make: (n) => fill('[a]: b "', 'c', n) },
  // Ambiguous names read in context: one endless sentence, endless sentences, endless sections.
  { name: 'attention and a cue in one sentence', make: (n) => fill('', 'attention query ', n) },
  { name: 'attention without a cue in one sentence', make: (n) => fill('', 'attention and ', n) },
  { name: 'sentences of 熵', make: (n) => fill('', '熵。', n) },
  // A name is settled only once no exclusion can still start inside it (straddling exclusions).
  { name: 'names straddled by exclusions', make: (n) => fill('', '人类语言模型有意识形态', n) },
  { name: 'human language model run', make: (n) => fill('', 'human language model ', n) },
  { name: 'exclusions that fail at their last unit', make: (n) => fill('', '人类语言模有意识形', n) },
  { name: 'sections of attention', make: (n) => fill('', '# a\n\nattention\n\n', n) },
  { name: 'nested sections of transformer', make: (n) => fill('', '# a\n## b\n### c\n#### d\n##### e\n###### f\n\ntransformer voltage\n\n', n) },
  { name: 'emerge with cues of both senses', make: (n) => fill('', 'patterns emerge recently from complex ', n) },
  // Cues inside longer cues of another reading, packed in one endless sentence.
  { name: 'nested cues in one sentence', make: (n) => fill('熵', '采样温度温度', n) },
  { name: 'nested Latin cues in one sentence', make: (n) => fill('entropy ', 'sampling temperature temperature ', n) },
  { name: 'refdef dest', make: (n) => fill('[a]: <', 'b', n) },
  { name: 'refdef labels', make: (n) => fill('', '[a]:\n', n) },
  { name: 'refdef long dest', make: (n) => fill('[a]: b', 'c', n, ' x') },
  { name: 'refdef \\ label', make: (n) => fill('[', '\\]', n, ']: b') },
  { name: 'wiki links', make: (n) => fill('', '[[a|b', n) },
  { name: 'www dots', make: (n) => fill('', 'www.', n) },
  { name: 'www then ;', make: (n) => fill('www.', ';', n) },
  { name: 'hhh', make: (n) => fill('', 'h', n) },
  { name: 'http://http://', make: (n) => fill('', '(http://', n) },
  { name: 'CRLF lines', make: (n) => fill('', '熵\r\n', n) },
  { name: 'CR lines', make: (n) => fill('', '熵\r', n) },
  { name: 'BOM and 熵', make: (n) => fill('\ufeff', '熵 ', n) },
  { name: 'one long word', make: (n) => fill('', 'entropy', n) },
  // Each name before a hyphen looks ahead for a version (text-embedding-3-small), never past a bound.
  { name: 'names before long hyphenated words', make: (n) => fill('', 'embedding-' + 'x'.repeat(60) + ' ', n) },
  // Each name looks ahead for a pinned version (transformers >=4.15), a few units at most.
  { name: 'names before comparisons and long numbers', make: (n) => fill('', 'transformers >=' + '9'.repeat(40) + ' transformers<' + '1'.repeat(40) + ' ', n) },
  // Each code span feeds the automaton one backtick (an exclusion such as `XML`语言 may follow it).
  { name: 'code spans, each before 语言', make: (n) => fill('', '`a`语言`b` 语言', n) },
  { name: 'surrogate pairs', make: (n) => fill('', '\ud83d\ude00', n) },
  // The writer's readings are read from HTML blocks: many directives, many HTML blocks with none, one unclosed.
  { name: 'read directives, each before 熵', make: (n) => fill('', '<!-- concept-lens-read 熵 as information-entropy -->\n熵\n\n', n) },
  { name: 'HTML blocks without a comment', make: (n) => fill('', '<div>\n\n熵\n\n', n) },
  { name: 'an unclosed directive', make: (n) => fill('<!-- concept-lens-read 熵 as ', 'entropy <!-- ', n) },
];

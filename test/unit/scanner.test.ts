import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../support/paths';
import { compileSpec, found, occurrences } from '../support/testPack';

/** A pack of one concept, its article titled in `lang`. */
const oneConcept = (lang: 'zh' | 'en', concept: object): ReturnType<typeof compileSpec> =>
  compileSpec({ id: 't', article: { title: { [lang]: 'T' }, sections: [] }, concepts: [concept] });

describe('scanner', () => {
  describe('leftmost-longest, most specific concept wins', () => {
    it('信息熵 is information entropy, not entropy', () => {
      assert.deepEqual(found('信息熵和熵'), ['information-entropy:信息熵', 'entropy:熵']);
    });
    it('对称性破缺 is symmetry breaking, 对称性 alone is symmetry', () => {
      assert.deepEqual(found('对称性破缺与对称性'), ['symmetry-breaking:对称性破缺', 'symmetry:对称性']);
    });
    it('large language model beats language', () => {
      assert.deepEqual(found('A large language model learns language.'), ['large-language-model:large language model', 'language:language']);
    });
    it('matches never overlap', () => {
      const occ = occurrences('大语言模型的涌现与对称破缺和热力学第二定律');
      for (let i = 1; i < occ.length; i++) assert.ok(occ[i]!.start >= occ[i - 1]!.end);
      assert.deepEqual(
        occ.map((o) => o.concept),
        ['large-language-model', 'emergence', 'symmetry-breaking', 'second-law-of-thermodynamics'],
      );
    });
  });

  describe('English', () => {
    it('is case-insensitive and whole-word only', () => {
      assert.deepEqual(found('ENTROPY and Entropy, but not entropyx or xentropy.'), ['entropy:ENTROPY', 'entropy:Entropy']);
    });
    it('finds plurals and inflections', () => {
      assert.deepEqual(found('Transformers use embeddings; LLMs show emergent abilities.'), [
        'transformer:Transformers',
        'embedding:embeddings',
        'large-language-model:LLMs',
        'emergence:emergent',
      ]);
    });
    it('a hyphenated compound yields its concept', () => {
      assert.deepEqual(found('Transformer-based models'), ['transformer:Transformer']);
    });
    it('spelling variants of hyphenated terms', () => {
      assert.deepEqual(found('self-attention, self attention, pre-training and pretraining'), [
        'attention-mechanism:self-attention',
        'attention-mechanism:self attention',
        'pretraining:pre-training',
        'pretraining:pretraining',
      ]);
    });
    it('multi-word terms across a soft line break and extra spaces', () => {
      assert.deepEqual(found('the second law of\nthermodynamics and the heat   death'), [
        'second-law-of-thermodynamics:second law of\nthermodynamics',
        'heat-death:heat   death',
      ]);
    });
    it('multi-word terms across a soft break inside a block quote', () => {
      assert.deepEqual(found('> large language\n> models'), ['large-language-model:large language\n> models']);
    });
    it('a multi-word term does not run across paragraphs', () => {
      assert.deepEqual(found('heat\n\ndeath'), []);
    });
    it('case-sensitive aliases only match their case', () => {
      const cp = oneConcept('en', { id: 'agi', name: { en: 'artificial general intelligence' }, aliases: { en: [{ text: 'AGI', caseSensitive: true }] }, explanation: { en: 'x' } });
      assert.deepEqual(found('AGI, agi, Agi', cp), ['agi:AGI']);
    });
  });

  describe('Chinese and mixed text', () => {
    it('finds terms with no word boundaries', () => {
      assert.deepEqual(found('当低熵存在随时间自组织，在临界点涌现就产生了'), ['entropy:低熵', 'self-organization:自组织', 'critical-point:临界点', 'emergence:涌现']);
    });
    it('English terms glued to Chinese', () => {
      assert.deepEqual(found('Transformer架构和用Embedding技术'), ['transformer:Transformer', 'embedding:Embedding']);
    });
    it('full-width and half-width forms are alike', () => {
      assert.deepEqual(found('ＬＬＭ与ｅｎｔｒｏｐｙ'), ['large-language-model:ＬＬＭ', 'entropy:ｅｎｔｒｏｐｙ']);
    });
  });

  describe('exclusions', () => {
    it('cross-entropy and 交叉熵 are not entropy', () => {
      // Two paragraphs: in the first, cross-entropy would be a cue for the information-theory sense.
      assert.deepEqual(found('cross-entropy loss, cross entropy, 交叉熵损失\n\nbut entropy and 熵'), ['entropy:entropy', 'entropy:熵']);
    });
    it('language models are not language', () => {
      assert.deepEqual(found('language models and natural language processing, unlike human language'), ['language:human language']);
    });
    it('a name that runs into an exclusion is not meant', () => {
      assert.deepEqual(found('the Shannon game (human language model) and natural language models'), []);
      assert.deepEqual(found('人类语言模型、自然語言模型，以及有意识形态的人'), []);
    });
    it('an exclusion must reach two symbols past the name to take it', () => {
      const cp = oneConcept('zh', { id: 'c', name: { zh: '甲乙' }, exclusions: { zh: ['乙丙丁', '乙戊'] }, explanation: { zh: 'x' } });
      assert.deepEqual(found('甲乙丙丁', cp), []);
      assert.deepEqual(found('甲乙戊', cp), ['c:甲乙']);
      assert.deepEqual(found('甲乙丙', cp), ['c:甲乙']);
      assert.deepEqual(found('乙丙丁甲乙', cp), ['c:甲乙']);
    });
    it('an English exclusion covers its plural, whether or not it ends in the name', () => {
      const cp = oneConcept('en', { id: 'c', name: { en: 'attention' }, exclusions: { en: ['attention span', 'cross attention'] }, explanation: { en: 'x' } });
      assert.deepEqual(found('Attention spans fell; attention span too. Cross attentions.', cp), []);
      assert.deepEqual(found('attention spanners', cp), ['c:attention']);
    });
    it('an exclusion that opens with a backtick takes a name written right after inline code', () => {
      const cp = oneConcept('zh', { id: 'c', name: { zh: '语言', en: 'language' }, exclusions: { zh: ['`语言', '` 语言'], en: ['` language'] }, explanation: { zh: 'x' } });
      assert.deepEqual(found('采用`XML`语言格式，`Go` 语言，the `Rust` language', cp), []);
      // Only code counts: after a word, a tag or math, and with text between, the name stands.
      assert.deepEqual(found('XML语言，<b>x</b>语言，$x$语言，`a`的语言', cp), ['c:语言', 'c:语言', 'c:语言', 'c:语言']);
      // A code span still breaks a name: 语`x`言 is no name.
      assert.deepEqual(found('语`x`言', cp), []);
    });
  });

  describe('senses by paragraph', () => {
    it('bare 熵 and entropy are information entropy in a paragraph with an information-theory cue', () => {
      assert.deepEqual(found('熵是对概率分布不确定性的定量刻画。'), ['information-entropy:熵']);
      assert.deepEqual(found('We defined entropy, surprisal and cross-entropy earlier.'), ['information-entropy:entropy']);
      // Cross-entropy alone is no cue: writers name it to set it apart from entropy.
      assert.deepEqual(found('孤立系统的熵只增不减。注意：交叉熵是训练时的损失函数，和这里说的熵不是一回事。'), ['entropy:熵', 'entropy:熵']);
      assert.deepEqual(found('Cross-entropy, the loss we minimise, is not entropy.'), ['entropy:entropy']);
      assert.deepEqual(found('The entropies of two random variables add up when they are independent.'), ['information-entropy:entropies']);
    });
    it('they stay entropy without a cue, or with a word of thermodynamics beside the cue', () => {
      assert.deepEqual(found('The universe drifts toward maximum entropy.'), ['entropy:entropy']);
      // The article's own sentence: entropy across thermodynamics and information theory is entropy in general.
      const general = found('通过分析熵的概念如何贯穿于热力学、信息论以及人工智能领域。');
      assert.ok(general.includes('entropy:熵') && !general.some((x) => x.startsWith('information-entropy')), general.join(', '));
    });
    it('a cue is found across a wrapped line, emphasis, doubled spaces and the space beside Chinese', () => {
      for (const text of ['We computed the entropy of the probability\ndistribution.', 'the entropy of the *probability* distribution', 'the entropy of a  probability   distribution', '> the entropy of a probability\n> distribution'])
        assert.deepEqual(found(text), ['information-entropy:entropy'], text);
      for (const text of ['熵与随机 变量', '熵是对概率\n分布的刻画', '熵与香农 的理论']) assert.deepEqual(found(text), ['information-entropy:熵'], text);
    });
    it('a cue counts in its own paragraph only, and only as a word', () => {
      assert.deepEqual(found('Shannon wrote about communication.\n\nEntropy always grows.'), ['entropy:Entropy']);
      assert.deepEqual(found('Entropy orbits nothing; habits change.'), ['entropy:Entropy']);
    });
    it('other names of entropy keep their concept (熵增 is not a bare name)', () => {
      assert.deepEqual(found('概率分布的熵增'), ['entropy:熵增']);
    });
  });

  describe('contextual aliases', () => {
    it('bare attention counts in a document about Transformers', () => {
      assert.deepEqual(found('The Transformer relies on attention.'), ['transformer:Transformer', 'attention-mechanism:attention']);
    });
    it('bare attention does not count in an essay about focus', () => {
      assert.deepEqual(found('Pay close attention to your breathing.'), []);
    });
  });

  describe('Markdown structure', () => {
    it('emphasis markers inside a term do not hide it', () => {
      assert.deepEqual(found('对称**破缺**与**Transformer**'), ['symmetry-breaking:对称**破缺', 'transformer:Transformer']);
    });
    it('skips front matter, code, math, URLs and HTML', () => {
      const text = [
        '---',
        'title: 熵 entropy',
        '---',
        '',
        '```',
        'entropy = 熵',
        '```',
        '',
        '    entropy in indented code',
        '',
        'Inline `entropy` and $H = entropy$ and',
        '',
        '$$',
        'S = 熵',
        '$$',
        '',
        'See https://example.com/entropy and <https://example.com/熵>',
        'and [熵](https://example.com/entropy "entropy") <img alt="entropy" src="entropy.png"> <!-- entropy -->',
      ].join('\n');
      assert.deepEqual(found(text), ['entropy:熵']);
    });
    it('skips file names and the template tags of site generators (Liquid, Hugo, Nunjucks)', () => {
      const text = [
        'The figure ![x]({{ site.baseurl }}/images/transformer.png) and entropy.py, {% include entropy.html %}.',
        '{{< figure src="attention.jpg" caption="x" >}} {{ page.entropy }} but the Transformer, Node.js and 熵 are named.',
        'An unclosed {{ entropy stays prose.',
      ].join('\n\n');
      assert.deepEqual(found(text), ['transformer:Transformer', 'entropy:熵', 'entropy:entropy']);
    });
    it('skips bare paths, but a slash inside a word or a path of one segment is prose', () => {
      const text = 'Clone into /home/code/symmetrical-broccoli, then (~/notes/entropy/x) and ../src/attention/y. But and/or entropy, 熵/信息熵, /emergence and 1/language/2 are named.';
      assert.deepEqual(found(text), ['entropy:entropy', 'entropy:熵', 'information-entropy:信息熵', 'emergence:emergence', 'language:language']);
    });
    it('a name that runs on into a version or size is part of a model’s identifier', () => {
      const text = 'text-embedding-3-small、text-embedding-ada-002、jina-embeddings-v2-base-en、bce-embedding-base_v1，但 embedding-based 检索、Transformer-XL、text-embeddings 和 attention-transfer-fig1 都是词。';
      assert.deepEqual(found(text), ['embedding:embedding', 'transformer:Transformer', 'embedding:embeddings', 'attention-mechanism:attention']);
    });
    it('a name pinned to a version is a package in a list of requirements', () => {
      const text = [
        '- transformers >=4.15\n- transformers==4.30.2\n- transformers ~= 4.3\n- transformers<3',
        'But entropy 0.69, LLMs > 100B, an attention < 1 and 熵>=2 are prose, and Transformers 4.39.1 still names its thing.',
      ].join('\n\n');
      assert.deepEqual(found(text), ['entropy:entropy', 'large-language-model:LLMs', 'attention-mechanism:attention', 'entropy:熵', 'transformer:Transformers']);
    });
    it('a name that opens a word keeps its version: GPT-4 and ResNet-50 are names of a writer’s pack', () => {
      const cp = compileSpec({
        id: 't',
        article: { title: { en: 'T' }, sections: [] },
        concepts: [
          { id: 'gpt', name: { en: 'GPT' }, explanation: { en: 'x' } },
          { id: 'resnet', name: { en: 'ResNet' }, explanation: { en: 'x' } },
        ],
      });
      assert.deepEqual(found('GPT-4 beat ResNet-50, and open-GPT-2 is an identifier.', cp), ['gpt:GPT', 'resnet:ResNet']);
    });
    it('link text, image alt text, headings, lists and tables are prose', () => {
      const text = '# 涌现\n\n- 熵\n\n| a | b |\n|---|---|\n| 相变 | x |\n\n![时间晶体](a.png) [大爆炸](b.md)';
      assert.deepEqual(found(text), ['emergence:涌现', 'entropy:熵', 'phase-transition:相变', 'time-crystal:时间晶体', 'big-bang:大爆炸']);
    });
    it('a wiki link’s target is a name, its label prose; an unlabelled wiki link is prose', () => {
      assert.deepEqual(found('[[notes/Emergence|emergence]] and [[熵]] but not [[a [[b|c]] or [[x|\ny]]'), ['emergence:emergence', 'entropy:熵']);
    });
    it('an embed, ![[file]], shows the file: its name is not prose', () => {
      assert.deepEqual(found('![[transformer schematic diagram.png]] and ![[熵]] but [[熵]], ![[涌现 and ![x](a.png) 熵'), ['entropy:熵', 'emergence:涌现', 'entropy:熵']);
      // An escaped `!` makes it a wiki link, whose text is prose.
      assert.deepEqual(found('\\![[熵]] is a link'), ['entropy:熵']);
    });
    it('text between HTML tags is prose', () => {
      assert.deepEqual(found('<details>\n<summary>涌现</summary>\n<p>entropy</p>\n</details>'), ['emergence:涌现', 'entropy:entropy']);
    });
  });

  describe('offsets', () => {
    it('counts UTF-16 code units around emoji', () => {
      const text = '😀😀 熵 🎉entropy';
      const occ = occurrences(text);
      // Each emoji is two UTF-16 units: 熵 is at 2 + 2 + 1 = 5, entropy at 5 + 1 + 1 + 2 = 9.
      assert.deepEqual(occ.map((o) => [o.start, o.end, o.column, o.text]), [[5, 6, 5, '熵'], [9, 16, 9, 'entropy']]);
    });
    it('counts lines across CRLF and after a BOM', () => {
      const text = '\ufeff# 标题\r\n\r\n涌现和\r\n熵';
      const occ = occurrences(text);
      // The BOM is one unit, "# 标题" four, each CRLF two: 涌现 starts at 1 + 4 + 2 + 2 = 9, 熵 at 9 + 3 + 2 = 14.
      assert.deepEqual(occ.map((o) => [o.concept, o.line, o.column, o.start, o.end, o.text]), [
        ['emergence', 2, 0, 9, 11, '涌现'],
        ['entropy', 3, 0, 14, 15, '熵'],
      ]);
    });
    it('front matter after a BOM is still front matter', () => {
      assert.deepEqual(found('\ufeff---\ntitle: 熵\n---\n涌现'), ['emergence:涌现']);
    });

    it('a heading on the first line after a BOM is a heading, and sections the text below it', () => {
      const occ = occurrences('\ufeff# 涌现\n\n熵\n');
      assert.deepEqual(occ.map((o) => [o.concept, o.section?.text]), [['emergence', '涌现'], ['entropy', '涌现']]);
    });
  });

  describe('the article', () => {
    const text = readFileSync(join(FIXTURES, 'entropy-and-emergence.md'), 'utf8');
    const occ = occurrences(text);
    it('finds every concept of the pack that the article names', () => {
      const ids = new Set(occ.map((o) => o.concept));
      const expected = [
        'entropy', 'second-law-of-thermodynamics', 'least-cost-principle', 'refraction', 'time-crystal', 'symmetry',
        'symmetry-breaking', 'heat-death', 'phase-transition', 'big-bang', 'emergence', 'self-organization',
        'critical-point', 'more-is-different', 'formal-system', 'chaos', 'recursion', 'language', 'consciousness',
        'transformer', 'embedding', 'attention-mechanism', 'large-language-model', 'pretraining', 'agi', 'information-entropy',
      ];
      assert.deepEqual(expected.filter((id) => !ids.has(id)), []);
    });
    it('places each occurrence in its section', () => {
      const firstOf = (id: string) => occ.find((o) => o.concept === id)!;
      assert.equal(firstOf('refraction').section?.text, '熵与热力学第二定律');
      assert.equal(firstOf('heat-death').section?.text, '对称性与对称破缺');
      assert.equal(firstOf('critical-point').section?.text, '神奇的涌现');
      assert.equal(firstOf('formal-system').section?.text, '语言是失乐园的禁果么？');
      assert.equal(firstOf('information-entropy').section?.text, 'Transformer+Embedding产生的化学效应');
    });
    it('finds nothing in the front matter or the image tags', () => {
      const fmEnd = text.indexOf('---', 4) + 3;
      assert.ok(occ.every((o) => o.start >= fmEnd));
      const tags = [...text.matchAll(/<img[^>]*>/g)].map((m) => [m.index!, m.index! + m[0].length]);
      assert.ok(tags.length >= 3);
      assert.ok(occ.every((o) => tags.every(([s, e]) => o.end <= s! || o.start >= e!)));
    });
    it('finds the first occurrences at offsets counted by hand', () => {
      // Counted in the fixture with Python (str.find, which counts code points: every character up to
      // here is in the BMP, so they equal UTF-16 units), independently of the scanner. All eight are in
      // the block quote before the first heading, so in no section. 人工智能 at 509 ("众多人工智能中")
      // is no concept: only 通用人工智能 (AGI) is.
      assert.deepEqual(
        occ.slice(0, 8).map((o) => [o.concept, o.start, o.end, o.line, o.column, o.text, o.section?.text ?? null]),
        [
          ['consciousness', 327, 329, 7, 238, '意识', null], // "…甚至是意识。简单来说…"
          ['consciousness', 464, 466, 8, 124, '意识', null], // "…能否产生意识进行了思考…"
          ['emergence', 475, 477, 8, 135, '涌现', null], // "《涌现，让大模型复活》"
          ['large-language-model', 479, 482, 8, 139, '大模型', null],
          ['large-language-model', 520, 523, 9, 29, '大模型', null], // "为什么只有大模型才可能…"
          ['agi', 528, 534, 9, 37, '通用人工智能', null],
          ['entropy', 542, 543, 9, 51, '熵', null], // "通过分析熵的概念…"
          ['emergence', 569, 571, 9, 78, '涌现', null], // "分析涌现产生的原因…"
        ],
      );
    });
  });
});

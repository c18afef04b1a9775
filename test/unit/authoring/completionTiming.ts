// Not a test: prints the time per completion query for the built-in pack and a synthetic 5,000-concept
// pack. Run with: npx tsx test/unit/authoring/completionTiming.ts

import { buildCompletionIndex, conceptCompletions, completionContext } from '../../../src/core/authoring/completion';
import { loadBuiltinPack } from '../../../src/core/pack/builtinPack';
import { parseMarkdown } from '../../../src/core/markdown/markdownStructure';
import type { ConceptPack } from '../../../src/core/pack/loadPack';

const HAN = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
function synthetic(n: number): ConceptPack {
  const base = loadBuiltinPack();
  let seed = 7;
  const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % k);
  const words = ['entropy', 'emergence', 'symmetry', 'breaking', 'phase', 'critical', 'model', 'network', 'system', 'theory', 'field', 'state', 'order', 'chaos', 'energy', 'signal', 'code', 'language', 'attention', 'learning'];
  const concepts = [];
  for (let i = 0; i < n; i++) {
    const en = `${words[rnd(words.length)]} ${words[rnd(words.length)]} ${i}`;
    let zh = '';
    for (let k = 0, len = 2 + rnd(4); k < len; k++) zh += HAN[rnd(HAN.length)];
    const aliases = [{ text: zh, lang: 'zh' as const, caseSensitive: false, contextual: false }, { text: en, lang: 'en' as const, caseSensitive: false, contextual: false }, { text: zh + HAN[rnd(HAN.length)], lang: 'zh' as const, caseSensitive: false, contextual: false }, { text: en + 's', lang: 'en' as const, caseSensitive: false, contextual: false }];
    concepts.push({ id: `c${i}`, name: { zh, en }, aliases, exclusions: [], explanation: {}, section: undefined, relations: [] });
  }
  return { ...base, concepts };
}
function time(label: string, pack: ConceptPack, queries: string[]) {
  let t = performance.now();
  const index = buildCompletionIndex(pack);
  const build = performance.now() - t;
  for (const q of queries) conceptCompletions(index, q); // warm
  const rounds = 200;
  const per: string[] = [];
  for (const q of queries) {
    t = performance.now();
    let n = 0;
    for (let r = 0; r < rounds; r++) n = conceptCompletions(index, q).length;
    per.push(`${q}:${((performance.now() - t) / rounds * 1000).toFixed(1)}µs(${n})`);
  }
  console.log(`${label}: ${pack.concepts.length} concepts, ${index.keys.length} keys, index built in ${build.toFixed(0)} ms; per query ${per.join(' ')}`);
}
const qs = ['对称', 'dcpq', 'emer', 'en', 'sy', 'de', 'duichenpo', '熵与对称', 'zz'];
time('built-in', loadBuiltinPack(), qs);
time('synthetic', synthetic(5000), qs);
const doc = ('## 标题\n\n熵与对称破缺，`code` and $x$ emergence [link](http://x)。\n\n').repeat(2000);
const ex = parseMarkdown(doc).excluded;
let t = performance.now();
for (let r = 0; r < 10000; r++) completionContext(doc, doc.length - 10 - (r % 50), ex);
console.log(`completionContext with ranges given (${doc.length} chars): ${((performance.now() - t) / 10000 * 1000).toFixed(2)} µs`);
t = performance.now();
for (let r = 0; r < 20; r++) completionContext(doc, doc.length - 10);
console.log(`completionContext parsing itself: ${((performance.now() - t) / 20).toFixed(2)} ms`);

// Words that Taiwan writes differently from the mainland, beyond the form of each character: 遞迴 for
// 递归 (recursion), 神經網路 for 神经网络, 資訊 for 信息, 人工智慧 for 人工智能. Character folding makes
// 熱力學 read as 热力学, but no folding makes 网络 read as 網路; a pack written in one vocabulary
// would miss the other's texts. Each name, exclusion and cue also gets the other vocabulary's
// spelling, once, when a pack is compiled.

/** Mainland word → Taiwan word. Longer words first, so that 信息论 is replaced before 信息. */
const TAIWAN_WORDS: readonly (readonly [string, string])[] = [
  ['信息论', '資訊理論'],
  ['人工智能', '人工智慧'],
  ['编程', '程式設計'],
  ['代码', '程式碼'],
  ['面向对象', '物件導向'],
  ['高级', '高階'],
  ['低级', '低階'],
  ['递归', '遞迴'],
  ['大爆炸', '大霹靂'],
  ['网络', '網路'],
  ['信息', '資訊'],
  ['软件', '軟體'],
  ['硬件', '硬體'],
  ['程序', '程式'],
  ['数据', '資料'],
  ['算法', '演算法'],
  ['比特', '位元'],
  ['概率', '機率'],
  ['变量', '變數'],
  ['视频', '影片'],
];

/** `text` in Taiwan's vocabulary, or undefined when no word of it differs. */
export function taiwanSpelling(text: string): string | undefined {
  let out = text;
  for (const [mainland, taiwan] of TAIWAN_WORDS) if (out.includes(mainland)) out = out.split(mainland).join(taiwan);
  return out === text ? undefined : out;
}

/** At most this many words of one name get both spellings (2^n forms); later ones only Taiwan's. */
const MAX_MIXED_WORDS = 3;

/**
 * `text` and, if Taiwan writes it with other words (遞迴 for 递归), every mix of the two vocabularies:
 * writers in Hong Kong and translators mix them (遞歸網路 keeps 递归 and writes 網路).
 */
export function withTaiwanSpelling(text: string): string[] {
  let forms = [text];
  let mixed = 0;
  for (const [mainland, taiwan] of TAIWAN_WORDS) {
    if (!forms.some((f) => f.includes(mainland))) continue;
    const swapped = forms.map((f) => f.split(mainland).join(taiwan));
    forms = mixed++ < MAX_MIXED_WORDS ? [...forms, ...swapped] : swapped;
  }
  return [...new Set([text, ...forms])];
}

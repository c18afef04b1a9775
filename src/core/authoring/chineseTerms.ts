// Chinese terms found without a dictionary: character n-grams that recur, stick together (pointwise
// mutual information of their parts) and are free at both ends (many different characters before and
// after them: high left and right boundary entropy). The classic unsupervised word-discovery method.
//
// Two passes over the runs of Han characters, each O(units × MAX_N): the first counts every n-gram in a
// Map, the second gathers neighbours only for the n-grams that recur.

import { isHan, newStat, bump, type TermStat } from './draftText';

const MIN_N = 2;
const MAX_N = 6;
/** Han characters counted at most; the rest of a very long document is not read for n-grams. */
const MAX_HAN = 300_000;
const MIN_COUNT = 2;
/** Nats. Two different neighbours in two occurrences give ln 2 ≈ 0.69. */
const MIN_ENTROPY = 0.6;
/** Nats: the weakest split of the n-gram must occur this much more often than chance. */
const MIN_COHESION = 1.5;

/** Characters that rarely begin or end a term: particles, pronouns, prepositions, conjunctions. */
const EDGE_STOP = new Set('的了着过是在和与或也就都而及之其这那为以于把被对从等我你他她它们很会要将所让给向跟并又还再才吗呢吧啊么得地却则即'.split(''));
/** Only at the start (determiners) or only at the end (measure words). */
const START_STOP = new Set('某每各'.split(''));
const END_STOP = new Set('个些'.split(''));
/** Characters that a term does not hold inside: particles that stand between words. */
const INNER_STOP = new Set('的了着是就很都也在和与'.split(''));
/**
 * Neighbours that are word boundaries, as the edge of a run is: particles that are hardly ever part
 * of a word, so that 的临界点 and 个临界点 are two different contexts, not one.
 */
const BOUNDARY = new Set('的了着是在与和及或也都就而很把被个些某吗呢吧啊么有'.split(''));
/** Common function words of two or more characters: statistically word-like, but never a concept. */
const STOP_WORDS = new Set(
  (
    '我们 你们 他们 她们 它们 咱们 这个 那个 一个 一些 一种 一样 一定 一直 一起 可以 没有 因为 所以 但是 如果 什么 怎么 怎样 为什么 ' +
    '就是 这样 那样 这种 那种 这些 那些 通过 进行 非常 比较 以及 或者 而且 然后 已经 还是 只有 其中 自己 之间 如何 同时 由于 对于 ' +
    '关于 之后 之前 时候 可能 需要 应该 能够 不是 也是 还有 所有 任何 每个 各种 其他 其它 这里 那里 这么 那么 甚至 于是 因此 虽然 ' +
    '不过 即使 只是 更加 不同 很多 许多 这是 那是 就像 也就 而是 不会 不能 一下 的话 看到 知道 觉得 认为 来说 来看 起来 出来 下来 ' +
    '目前 现在 当时 当然 其实 总之 例如 比如 以下 以上 首先 其次 最后 另外 此外 还要 不要 不断 不管 无论 并且 然而 而在 只要 ' +
    // Verbs, adverbs and nouns of any subject matter, frequent in all kinds of Chinese prose.
    '产生 发生 出现 达到 形成 成为 变成 处理 得到 提到 提出 发现 了解 认识 表示 表明 说明 包括 具有 存在 属于 实现 作为 使得 使用 利用 ' +
    '开始 继续 保持 需求 必须 必然 简单 重要 主要 一般 基本 真正 完全 十分 特别 确实 直接 相对 大量 大家 所谓 一切 基于 关系 ' +
    '问题 情况 方面 方式 方法 过程 结果 原因 东西 事情 部分 地方 内容 基础 能力 特点 特征 作用 影响 意义 可以说 怎么样'
  ).split(' '),
);

export interface ChineseTerm {
  text: string;
  stat: TermStat;
  /** Boundary entropy (the smaller side) and cohesion, in nats. */
  entropy: number;
  cohesion: number;
}

interface Neighbours {
  stat: TermStat;
  left: Map<string, number>;
  right: Map<string, number>;
  /** Occurrences at the edge of a run: each counts as a different neighbour. */
  leftEdges: number;
  rightEdges: number;
}

export interface ChineseCounts {
  /** Occurrences of every n-gram of 1..MAX_N Han characters. */
  counts: Map<string, number>;
  /** Han characters read. */
  total: number;
  /** The n-grams that pass every test, best first. */
  terms: ChineseTerm[];
}

/** Calls `visit` with each run of Han characters, up to MAX_HAN characters in all. */
function forEachHanRun(prose: string, visit: (start: number, end: number) => void): void {
  let budget = MAX_HAN;
  for (let i = 0; i < prose.length && budget > 0; ) {
    if (!isHan(prose.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < prose.length && e - i < budget && isHan(prose.charCodeAt(e))) e++;
    visit(i, e);
    budget -= e - i;
    i = e;
  }
}

function countNgrams(prose: string): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  forEachHanRun(prose, (s, e) => {
    total += e - s;
    for (let i = s; i < e; i++)
      for (let n = 1; n <= MAX_N && i + n <= e; n++) {
        const key = prose.slice(i, i + n);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
  });
  return { counts, total };
}

function isTermShape(gram: string): boolean {
  const a = gram[0]!;
  const z = gram[gram.length - 1]!;
  if (EDGE_STOP.has(a) || EDGE_STOP.has(z) || START_STOP.has(a) || END_STOP.has(z) || STOP_WORDS.has(gram)) return false;
  for (let i = 1; i < gram.length - 1; i++) if (INNER_STOP.has(gram[i]!)) return false;
  // A function word at either end makes a phrase, not a term ("产生意识", "事物之间").
  for (let k = 2; k <= 3 && k < gram.length; k++) if (STOP_WORDS.has(gram.slice(0, k)) || STOP_WORDS.has(gram.slice(-k))) return false;
  return true;
}

function gatherNeighbours(prose: string, counts: Map<string, number>, sectionOf: (offset: number) => number): Map<string, Neighbours> {
  const found = new Map<string, Neighbours>();
  forEachHanRun(prose, (s, e) => {
    const section = sectionOf(s);
    for (let i = s; i < e; i++)
      for (let n = MIN_N; n <= MAX_N && i + n <= e; n++) {
        const key = prose.slice(i, i + n);
        if ((counts.get(key) ?? 0) < MIN_COUNT || !isTermShape(key)) continue;
        let nb = found.get(key);
        if (nb) bump(nb.stat, section);
        else found.set(key, (nb = { stat: newStat(i, section), left: new Map(), right: new Map(), leftEdges: 0, rightEdges: 0 }));
        // A function character next to the n-gram is a word boundary, as the edge of a run is.
        if (i > s && !BOUNDARY.has(prose[i - 1]!)) nb.left.set(prose[i - 1]!, (nb.left.get(prose[i - 1]!) ?? 0) + 1);
        else nb.leftEdges++;
        if (i + n < e && !BOUNDARY.has(prose[i + n]!)) nb.right.set(prose[i + n]!, (nb.right.get(prose[i + n]!) ?? 0) + 1);
        else nb.rightEdges++;
      }
  });
  return found;
}

function entropy(counts: Map<string, number>, edges: number, total: number): number {
  let h = 0;
  for (const c of counts.values()) h -= (c / total) * Math.log(c / total);
  // Each edge is a neighbour seen once.
  if (edges > 0) h -= edges * (1 / total) * Math.log(1 / total);
  return h;
}

/** The weakest split of the n-gram: log of how much more often it occurs than its two parts by chance. */
function cohesion(gram: string, counts: Map<string, number>, total: number): number {
  const c = counts.get(gram) ?? 0;
  let min = Infinity;
  for (let k = 1; k < gram.length; k++) {
    const a = counts.get(gram.slice(0, k)) ?? 1;
    const b = counts.get(gram.slice(k)) ?? 1;
    min = Math.min(min, Math.log((c * total) / (a * b)));
  }
  return min;
}

export function chineseTerms(prose: string, sectionOf: (offset: number) => number): ChineseCounts {
  const { counts, total } = countNgrams(prose);
  const kept: ChineseTerm[] = [];
  for (const [text, nb] of gatherNeighbours(prose, counts, sectionOf)) {
    const c = nb.stat.count;
    const h = Math.min(entropy(nb.left, nb.leftEdges, c), entropy(nb.right, nb.rightEdges, c));
    if (h < MIN_ENTROPY) continue;
    const coh = cohesion(text, counts, total);
    if (coh < MIN_COHESION) continue;
    kept.push({ text, stat: nb.stat, entropy: h, cohesion: coh });
  }
  return { counts, total, terms: dropShadowed(kept) };
}

/**
 * Of an n-gram and a longer kept one with the same count (the shorter never occurs on its own), keeps
 * the freer one: the higher boundary entropy, the shorter on a tie (个临界点 against 临界点).
 */
function dropShadowed(terms: ChineseTerm[]): ChineseTerm[] {
  const byText = new Map(terms.map((t) => [t.text, t]));
  const shadowed = new Set<string>();
  for (const t of terms)
    for (let i = 0; i < t.text.length; i++)
      for (let j = i + MIN_N; j <= t.text.length; j++) {
        if (j - i === t.text.length) continue;
        const part = byText.get(t.text.slice(i, j));
        if (part && part.stat.count === t.stat.count) shadowed.add(t.entropy > part.entropy ? part.text : t.text);
      }
  return dropCovered(terms.filter((t) => !shadowed.has(t.text)));
}

/**
 * Drops an n-gram whose occurrences are nearly all inside longer kept terms (叶绿 inside 叶绿体 and
 * 叶绿素): fewer than MIN_COUNT are left on their own. Only the innermost longer terms are counted,
 * so that 通用人工智能 inside 人工智能 does not count twice for 智能.
 */
function dropCovered(terms: ChineseTerm[]): ChineseTerm[] {
  const byText = new Map(terms.map((t) => [t.text, t]));
  const containers = new Map<string, ChineseTerm[]>();
  for (const t of terms)
    for (let i = 0; i < t.text.length; i++)
      for (let j = i + MIN_N; j <= t.text.length; j++) {
        const part = t.text.slice(i, j);
        if (part.length === t.text.length || !byText.has(part)) continue;
        const list = containers.get(part) ?? [];
        if (!list.includes(t)) list.push(t);
        containers.set(part, list);
      }
  return terms.filter((t) => {
    const list = containers.get(t.text);
    if (!list) return true;
    let covered = 0;
    for (const c of list) if (!list.some((o) => o !== c && c.text.includes(o.text))) covered += c.stat.count;
    return t.stat.count - covered >= MIN_COUNT;
  });
}

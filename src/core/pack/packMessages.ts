// What the pack loader says about a problem, in either language. A problem carries its message as data
// (an id and the facts it needs), and each place that shows it renders it in its reader's language:
// the Problems panel in VS Code's, the CLI in the one its environment asks for. The English rendering
// is also kept as the problem's `message`.
//
// Untrusted values (a key, an alias, an id from the pack) arrive already shown (`show()`: cut short,
// invisible characters spelled out) and are quoted as they are: each medium escapes them for itself.
// JSON keys and paths stay as written in either language.

import type { Lang } from './conceptPack';

/** What a check is about: a noun phrase of the messages, and the language of the text it names, if one. */
export interface Subject {
  noun: PackNoun;
  lang?: Lang;
}

export type PackNoun = keyof typeof NOUNS;

const NOUNS = {
  conceptName: { en: 'the concept name', zh: '概念名称' },
  explanation: { en: 'the explanation', zh: '解释' },
  preferredName: { en: 'the preferred name', zh: '首选名称' },
  label: { en: 'the label', zh: '标签' },
  packName: { en: 'the pack name', zh: '概念包名称' },
  articleTitle: { en: 'the article title', zh: '文章标题' },
  sectionTitle: { en: 'the section title', zh: '章节名称' },
  sectionHeading: { en: 'the section heading', zh: '章节对应的标题' },
  alias: { en: 'an alias', zh: '别名' },
  exclusion: { en: 'an exclusion', zh: '排除词' },
  cue: { en: 'a cue', zh: '提示词' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The kind of surface a warning about its text names: "alias "x" is a single letter…". */
export type SurfaceNoun = 'alias' | 'name' | 'exclusion' | 'cue';
const SURFACE_NOUNS: Record<SurfaceNoun, Record<Lang, string>> = {
  alias: { en: 'alias', zh: '别名' },
  name: { en: 'name', zh: '名称' },
  exclusion: { en: 'exclusion', zh: '排除词' },
  cue: { en: 'cue', zh: '提示词' },
};

/** Why a name or alias would match almost everywhere. */
export type CommonWhy = 'noWordCharacter' | 'singleLetter' | 'functionCharacter';

/** jsonc-parser's error codes (printParseErrorCode), in Chinese; English shows the code itself. */
const JSON_ERRORS_ZH: Readonly<Record<string, string>> = {
  InvalidSymbol: '无效的符号',
  InvalidNumberFormat: '数字格式不对',
  PropertyNameExpected: '这里应是属性名',
  ValueExpected: '这里应是一个值',
  ColonExpected: '这里应是冒号',
  CommaExpected: '这里应是逗号',
  CloseBraceExpected: '这里应是右花括号 }',
  CloseBracketExpected: '这里应是右方括号 ]',
  EndOfFileExpected: '文件在这里应已结束',
  InvalidCommentToken: '注释写法不对',
  UnexpectedEndOfComment: '注释没有结束',
  UnexpectedEndOfString: '字符串没有结束',
  UnexpectedEndOfNumber: '数字没有结束',
  InvalidUnicode: 'Unicode 转义不对',
  InvalidEscapeCharacter: '转义字符不对',
  InvalidCharacter: '无效字符',
};

type Texts<A> = { en: (a: A) => string; zh: (a: A) => string };
const t = <A = Record<never, never>>(en: (a: A) => string, zh: (a: A) => string): Texts<A> => ({ en, zh });

const en = (s: Subject): string => NOUNS[s.noun].en + (s.lang === undefined ? '' : ` (${s.lang})`);
const zh = (s: Subject): string => NOUNS[s.noun].zh + (s.lang === undefined ? '' : `（${s.lang}）`);
const enSkipped = (a: { skipped?: boolean }): string => (a.skipped ? '; it is skipped' : '');
const zhSkipped = (a: { skipped?: boolean }): string => (a.skipped ? '，已跳过' : '');

type What = { what: Subject };
type Value = { value: string };
type Field = { field: string };
type Count = { count: number; max: number };

const MESSAGES = {
  // Shared checks (packValidator.ts).
  moreProblems: t<{ count: number; shown: number }>((a) => `${a.count} more problems are not listed (the first ${a.shown} are)`, (a) => `另有 ${a.count} 个问题没有列出（只列出前 ${a.shown} 个）`),
  unknownField: t<{ key: string }>((a) => `unknown field "${a.key}"`, (a) => `未知字段“${a.key}”`),
  empty: t<What & { skipped?: boolean }>((a) => `${en(a.what)} is empty${enSkipped(a)}`, (a) => `${zh(a.what)}为空${zhSkipped(a)}`),
  notString: t<What>((a) => `${en(a.what)} must be a string`, (a) => `${zh(a.what)}须是字符串`),
  onlyInvisible: t<What & { skipped?: boolean }>((a) => `${en(a.what)} has only invisible zero-width characters${enSkipped(a)}`, (a) => `${zh(a.what)}只有不可见的零宽字符${zhSkipped(a)}`),
  tooLong: t<What & { max: number; length: number }>((a) => `${en(a.what)} is longer than ${a.max} characters (${a.length}); it is skipped`, (a) => `${zh(a.what)}超过 ${a.max} 个字符（有 ${a.length} 个），已跳过`),
  zeroWidth: t<Value & { kind: SurfaceNoun; code: string }>(
    (a) => `${a.kind} "${a.value}" contains an invisible zero-width character (U+${a.code}); it matches only text with the same invisible character`,
    (a) => `${SURFACE_NOUNS[a.kind].zh}“${a.value}”含有不可见的零宽字符（U+${a.code}），只能匹配含同一字符的文本`,
  ),
  common: t<Value & { kind: SurfaceNoun; why: CommonWhy }>(
    (a) =>
      `${a.kind} "${a.value}" ${
        a.why === 'noWordCharacter' ? 'has no letter or digit: it matches that punctuation wherever it stands' : a.why === 'singleLetter' ? 'is a single letter: it matches almost everywhere' : 'is a single common function character: it matches almost everywhere'
      }`,
    (a) =>
      `${SURFACE_NOUNS[a.kind].zh}“${a.value}”${a.why === 'noWordCharacter' ? '没有字母或数字：这些标点出现在哪里就匹配到哪里' : a.why === 'singleLetter' ? '只是一个字母，几乎处处都会匹配' : '只是一个常用虚词，几乎处处都会匹配'}`,
  ),
  backtick: t<Value & { kind: SurfaceNoun }>(
    (a) => `${a.kind} "${a.value}" holds a backtick, which stands for inline code: only an exclusion may hold one, at its start; it is skipped`,
    (a) => `${SURFACE_NOUNS[a.kind].zh}“${a.value}”含反引号，反引号代表行内代码：只有排除词可以含一个，且须在开头；已跳过`,
  ),
  backtickNotFirst: t<Value>(
    (a) => `exclusion "${a.value}" holds a backtick after its start: a backtick stands for a whole code span, so it matches only at the start (a name right after code)`,
    (a) => `排除词“${a.value}”在开头之后含反引号：反引号代表整段行内代码，只有开头的反引号能匹配（紧跟在代码后的名称）`,
  ),
  missing: t<What>((a) => `${en(a.what)} is missing`, (a) => `缺少${zh(a.what)}`),
  notLocalized: t<What>((a) => `${en(a.what)} must be an object with "zh" and/or "en"`, (a) => `${zh(a.what)}须是含 "zh" 和/或 "en" 的对象`),
  needsLang: t<What>((a) => `${en(a.what)} needs "zh" or "en"`, (a) => `${zh(a.what)}需要 "zh" 或 "en"`),
  notArray: t<Field>((a) => `${a.field} must be an array`, (a) => `${a.field} 须是数组`),
  notLists: t<Field>((a) => `${a.field} must be an object with "zh" and/or "en" lists`, (a) => `${a.field} 须是含 "zh" 和/或 "en" 列表的对象`),
  notBoolean: t<Field>((a) => `${a.field} must be true or false`, (a) => `${a.field} 须是 true 或 false`),

  // The pack's header and article (validateArticle.ts, validatePack.ts).
  packNotObject: t(() => 'a concept pack must be a JSON object', () => '概念包须是一个 JSON 对象'),
  packIdMissing: t(() => 'the pack id is missing', () => '缺少概念包的 id'),
  packIdBad: t(() => 'the pack id must be kebab-case (a-z, 0-9, -)', () => '概念包的 id 须是 kebab-case（a-z、0-9、-）'),
  versionBad: t(() => 'version must be a positive integer', () => 'version 须是正整数'),
  articleMissing: t(() => 'the article is missing', () => '缺少 article（文章）'),
  articleNotObject: t(() => 'the article must be an object', () => 'article 须是对象'),
  tooManySections: t<Count>((a) => `the article has ${a.count} sections; only the first ${a.max} are read`, (a) => `文章有 ${a.count} 个章节，只读取前 ${a.max} 个`),
  sectionNotObject: t(() => 'a section must be an object', () => '章节须是对象'),
  sectionIdMissing: t(() => 'the section id is missing', () => '缺少章节 id'),
  sectionIdBad: t(() => 'a section id must be kebab-case', () => '章节 id 须是 kebab-case'),
  duplicateSectionId: t<{ section: string }>((a) => `duplicate section id "${a.section}"`, (a) => `章节 id“${a.section}”重复`),

  // Concepts (validateConcepts.ts, conceptAliases.ts).
  conceptsMissing: t(() => 'concepts are missing', () => '缺少 concepts'),
  tooManyConcepts: t<Count>((a) => `the pack has ${a.count} concepts; only the first ${a.max} are read`, (a) => `概念包有 ${a.count} 个概念，只读取前 ${a.max} 个`),
  conceptNotObject: t(() => 'a concept must be an object', () => '概念须是对象'),
  textBudget: t<{ max: number; after: number }>(
    (a) => `the names, aliases, exclusions and cues of the pack's concepts exceed ${a.max} characters in all; this concept and the ${a.after} after it are skipped`,
    (a) => `各概念的名称、别名、排除词和提示词合计超过 ${a.max} 个字符；跳过这个概念及其后的 ${a.after} 个`,
  ),
  conceptIdMissing: t(() => 'the concept id is missing; the concept is skipped', () => '缺少概念 id，跳过这个概念'),
  conceptIdBad: t(() => 'a concept id must be kebab-case (a-z, 0-9, -); the concept is skipped', () => '概念 id 须是 kebab-case（a-z、0-9、-），跳过这个概念'),
  duplicateConceptId: t<{ concept: string }>((a) => `duplicate concept id "${a.concept}"; this one is skipped`, (a) => `概念 id“${a.concept}”重复，跳过这一个`),
  senseNotObject: t(() => 'sense must be an object with "of" and "cues"', () => 'sense 须是含 "of" 和 "cues" 的对象'),
  unknownSection: t<Value>((a) => `section "${a.value}" does not exist in the article`, (a) => `文章里没有章节“${a.value}”`),
  preferredNotAlias: t<Value & { lang: Lang }>((a) => `preferred name "${a.value}" is not a name or alias of the concept in ${a.lang}`, (a) => `首选名称“${a.value}”不是这个概念的 ${a.lang} 名称或别名`),
  aliasClaimed: t<Value & { concept: string; at: string }>((a) => `alias "${a.value}" is already claimed by concept "${a.concept}" (${a.at})`, (a) => `别名“${a.value}”已属于概念“${a.concept}”（${a.at}）`),
  aliasNotStringOrObject: t(() => 'an alias must be a string or an object with "text"', () => '别名须是字符串或含 "text" 的对象'),

  // A concept's context (validateContext.ts).
  contextNotObject: t(() => 'context must be an object with "cues" and/or "otherSenses"', () => 'context 须是含 "cues" 和/或 "otherSenses" 的对象'),
  tooManyOtherSenses: t<{ max: number }>((a) => `a concept has at most ${a.max} other senses; the rest are skipped`, (a) => `一个概念最多有 ${a.max} 个其他词义，其余的已跳过`),
  otherSenseNotObject: t(() => 'an other sense must be an object with "id", "aliases" and "cues"', () => '其他词义须是含 "id"、"aliases" 和 "cues" 的对象'),
  senseIdMissing: t(() => 'the sense needs an "id"', () => '这个词义需要 "id"'),
  senseIdBad: t<Value>((a) => `sense id "${a.value}" must be lower-case words joined by hyphens`, (a) => `词义 id“${a.value}”须是用连字符连起来的小写单词`),
  senseIdTwice: t<{ sense: string }>((a) => `sense id "${a.sense}" is used twice in this concept; the second is skipped`, (a) => `词义 id“${a.sense}”在这个概念里用了两次，跳过第二个`),
  unknownPartOfSpeech: t<Value>((a) => `partOfSpeech "${a.value}" is not known; the only one is "verb"`, (a) => `未知的 partOfSpeech“${a.value}”；只能是 "verb"`),
  senseNoAliases: t(() => 'the sense names none of the concept\'s aliases (and no "partOfSpeech"); it is skipped', () => '这个词义没有列出概念的任何别名（也没有 "partOfSpeech"），已跳过'),
  defaultNotBoolean: t(() => '"default" must be true or false', () => '"default" 须是 true 或 false'),
  senseAliasNotString: t(() => 'an alias of a sense must be a string', () => '词义的别名须是字符串'),
  notConceptAlias: t<Value>((a) => `"${a.value}" is not a name or alias of the concept`, (a) => `“${a.value}”不是这个概念的名称或别名`),
  scopesNotObject: t(() => 'scopes must be an object of weights: sentence, paragraph, section, document', () => 'scopes 须是权重对象：sentence、paragraph、section、document'),
  badWeight: t<{ scope: string }>((a) => `the weight of the ${a.scope} must be a number from 0 to 10`, (a) => `${a.scope} 的权重须是 0 到 10 之间的数`),

  // Relations and senses (validateLinks.ts).
  relationTwice: t<{ kind: string; target: string }>((a) => `the relation ${a.kind} "${a.target}" is listed twice; this one is ignored`, (a) => `关系 ${a.kind}“${a.target}”列了两次，忽略这一个`),
  relationNotObject: t(() => 'a relation must be an object with "kind" and "target"', () => '关系须是含 "kind" 和 "target" 的对象'),
  /** `kinds`: the relation kinds, joined by ", ". */
  unknownRelationKind: t<Value & { kinds: string }>((a) => `unknown relation kind "${a.value}"; expected one of ${a.kinds}`, (a) => `未知的关系类型“${a.value}”；应是 ${a.kinds.split(', ').join('、')} 之一`),
  unknownTarget: t<Value>((a) => `relation to unknown concept "${a.value}"`, (a) => `关系指向不存在的概念“${a.value}”`),
  selfRelation: t(() => 'a concept cannot relate to itself', () => '概念不能与自身有关系'),
  senseCuesMissing: t(() => 'the sense needs cues', () => '这个词义需要 cues'),
  senseNoCue: t(() => 'the sense needs at least one cue', () => '这个词义至少需要一个提示词'),
  senseTaken: t<{ of: string; at: string }>((a) => `"${a.of}" already has a narrower sense (${a.at}); this one is ignored`, (a) => `“${a.of}”已有一个更窄的词义（${a.at}），忽略这一个`),
  senseNameNotString: t(() => 'a name of a sense must be a string', () => '词义的名称须是字符串'),
  notBroaderAlias: t<Value & { concept: string }>((a) => `"${a.value}" is not a name or alias of "${a.concept}"`, (a) => `“${a.value}”不是“${a.concept}”的名称或别名`),
  senseOfMissing: t(() => 'the sense needs "of", the broader concept', () => '这个词义需要 "of"，即更宽的那个概念'),
  senseOfUnknown: t<Value>((a) => `sense of unknown concept "${a.value}"`, (a) => `词义所属的概念“${a.value}”不存在`),
  senseOfSelf: t(() => 'a concept cannot be a sense of itself', () => '概念不能是自身的词义'),

  // The pack's text (parsePack.ts).
  packTooLong: t<{ length: number; max: number }>((a) => `the pack is ${a.length} characters long; a pack may have at most ${a.max}`, (a) => `概念包有 ${a.length} 个字符，上限是 ${a.max} 个`),
  tooDeep: t<{ max: number }>((a) => `the pack is nested deeper than ${a.max} levels of arrays and objects (a pack needs 6)`, (a) => `概念包的数组和对象嵌套超过 ${a.max} 层（概念包只需 6 层）`),
  jsonError: t<{ code: string }>((a) => `invalid JSON: ${a.code}`, (a) => `JSON 有误：${JSON_ERRORS_ZH[a.code] ?? a.code}`),
  moreJsonErrors: t<{ count: number }>((a) => `${a.count} more JSON errors are not listed`, (a) => `另有 ${a.count} 处 JSON 错误没有列出`),
  emptyFile: t(() => 'invalid JSON: the file is empty', () => 'JSON 有误：文件是空的'),
  /** The JavaScript engine's own words (English) follow. */
  jsonParseError: t<{ detail: string }>((a) => `invalid JSON: ${a.detail}`, (a) => `JSON 有误：${a.detail}`),

  // Across the workspace's packs (packRegistry.ts).
  alsoDefinedIn: t<{ concept: string; others: readonly string[] }>(
    (a) => `the concept "${a.concept}" is also defined in ${a.others.join(', ')}; in each document the pack nearer to it wins`,
    (a) => `概念“${a.concept}”也在 ${a.others.join('、')} 中定义；每篇文档以离它更近的概念包为准`,
  ),
};

export type PackMessageId = keyof typeof MESSAGES;
type ArgsOf<K extends PackMessageId> = (typeof MESSAGES)[K] extends Texts<infer A> ? A : never;
/** A problem's message as data: its id and the facts it states. */
export type PackMessage = { [K in PackMessageId]: { id: K } & ArgsOf<K> }[PackMessageId];

/** The message in `lang`. */
export function packMessage(m: PackMessage, lang: Lang): string {
  return (MESSAGES[m.id] as Texts<PackMessage>)[lang](m);
}

// Why an authoring edit of a pack was refused, in either language: the refusal carries its reason as
// data, and the command that shows it renders it in VS Code's display language. The English rendering
// is also kept as the refusal's `message`. Ids, keys and aliases are quoted as they are.

import type { Lang } from '../pack/conceptPack';

export type PackEditMessage =
  | { id: 'notJson' }
  | { id: 'notObject' }
  /** `key` (a JSON path such as `aliases.en`), of the concept `of` when given, is not an array or not an object. */
  | { id: 'wrongType'; key: string; of?: string; want: 'array' | 'object' }
  | { id: 'noConcept'; concept: string }
  | { id: 'hasConcept'; concept: string }
  | { id: 'hasSection'; section: string }
  | { id: 'aliasTaken'; alias: string; concept: string };

/** The refusal in `lang`. */
export function packEditMessage(m: PackEditMessage, lang: Lang): string {
  const zh = lang === 'zh';
  switch (m.id) {
    case 'notJson':
      return zh ? '概念包不是有效的 JSON，请先修正再编辑' : 'the pack is not valid JSON; fix it before editing it';
    case 'notObject':
      return zh ? '概念包不是 JSON 对象' : 'the pack is not a JSON object';
    case 'wrongType':
      return zh
        ? `${m.of === undefined ? '' : `“${m.of}”的 `}\`${m.key}\` 不是${m.want === 'array' ? '数组' : '对象'}`
        : `\`${m.key}\`${m.of === undefined ? '' : ` of “${m.of}”`} is not an ${m.want}`;
    case 'noConcept':
      return zh ? `概念包里没有概念“${m.concept}”` : `the pack has no concept “${m.concept}”`;
    case 'hasConcept':
      return zh ? `概念包里已有概念“${m.concept}”` : `the pack already has a concept “${m.concept}”`;
    case 'hasSection':
      return zh ? `概念包里已有章节“${m.section}”` : `the pack already has a section “${m.section}”`;
    case 'aliasTaken':
      return zh ? `“${m.alias}”已是“${m.concept}”的名称或别名` : `“${m.alias}” already names “${m.concept}”`;
  }
}

/** A refused edit: the reason in English (`message`) and as data (`detail`). */
export interface PackEditRefusal {
  message: string;
  detail: PackEditMessage;
}

export function refusal(detail: PackEditMessage): PackEditRefusal {
  return { message: packEditMessage(detail, 'en'), detail };
}

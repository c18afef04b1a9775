// The forms of a Chinese character that read as one: a simplified character and the traditional
// characters that fold to it (熱 and 热, 後 and 后). Each character of a group has the same forms, so
// a name folds the same whichever form it is written in (the groups are merged when generated).

import { TRADITIONAL_FORMS } from './traditionalForms';

const GROUPS: ReadonlyMap<number, readonly number[]> = groupsByUnit(TRADITIONAL_FORMS);

/** Every form of `u` (`u` among them), or undefined when it has no other. */
export function chineseFormsOf(u: number): readonly number[] | undefined {
  return GROUPS.get(u);
}

function groupsByUnit(table: string): Map<number, readonly number[]> {
  const byUnit = new Map<number, readonly number[]>();
  for (const entry of table.split(' ')) {
    const group: number[] = [];
    for (let i = 0; i < entry.length; i++) {
      const u = entry.charCodeAt(i);
      // A unit of a surrogate pair is no character: the scanner folds single units only.
      if (u < 0xd800 || u > 0xdfff) group.push(u);
    }
    for (const u of group) byUnit.set(u, group);
  }
  return byUnit;
}

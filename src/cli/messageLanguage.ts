// The language the CLI says things in where it has both: Chinese when the locale asks for it.

import type { Lang } from '../core/pack/conceptPack';

/** Chinese when the locale (LC_ALL, else LC_MESSAGES, else LANG) is a zh one (zh_CN.UTF-8, zh_TW…), else English. */
export function localeLanguage(env: Readonly<Record<string, string | undefined>> = process.env): Lang {
  return /^zh/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'zh' : 'en';
}

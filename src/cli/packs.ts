// The packs of a run: the built-in one and every --pack, merged and compiled.

import { readFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { createHash } from 'node:crypto';
import type { ScanArgs } from './args';
import { escapeName } from './names';
import { notRegular, readTextFile } from './readInput';
import { errorCode, errorMessage, type Reporter } from './report';
import type { Lang } from '../core/pack/conceptPack';
import { formatProblem, isPackError, type ConceptPack } from '../core/pack/loadPack';
import { localeLanguage } from './messageLanguage';
import { aliasesNeedingInflections, compileLayered, layerPacks, readUserPack } from '../core/pack/packPipeline';
import { loadBuiltinPack } from '../core/pack/builtinPack';
import { loadBuiltinCompiledPack } from '../core/pack/builtinCompiledPack';
import type { CompiledPack } from '../core/scan/compiledPack';
import type { InflectionTable } from '../core/inflect/inflections';

/** Inflections of the user packs' English aliases: compromise, cached on disk by content. */
function userInflections(packs: readonly ConceptPack[]): InflectionTable | undefined {
  const aliases = aliasesNeedingInflections(packs);
  if (aliases.length === 0) return undefined;
  const dir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'concept-lens');
  const file = join(dir, `inflections-${createHash('sha256').update(aliases.join('\n')).digest('hex').slice(0, 16)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as InflectionTable;
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only for user packs: it is slow to load
    const { deriveInflections } = require('../core/inflect/compromiseInflections') as typeof import('../core/inflect/compromiseInflections');
    const table = deriveInflections(aliases);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, JSON.stringify(table));
    } catch {
      // A read-only home only costs the cache.
    }
    return table;
  }
}

/** What this module says about the packs of a run, in English and in Chinese. */
const SAY = {
  cannotRead: (file: string, why: string, lang: Lang) => (lang === 'zh' ? `无法读取概念包 ${file}：${why}` : `cannot read pack ${file}: ${why}`),
  cannotLoad: (file: string, why: string, lang: Lang) => (lang === 'zh' ? `无法载入概念包 ${file}：${why}` : `cannot load pack ${file}: ${why}`),
  usingValid: (file: string, n: number, lang: Lang) => (lang === 'zh' ? `${file}：使用其中有效的 ${n} 个概念` : `${file}: using the ${n} concepts that are valid`),
  skipped: (file: string, lang: Lang) => (lang === 'zh' ? `${file}：跳过这个概念包` : `${file}: pack skipped`),
  replaced: (ids: readonly string[], lang: Lang) => (lang === 'zh' ? `以下概念被后面的概念包替换：${ids.join('、')}` : `later packs replace concepts: ${ids.join(', ')}`),
  cannotCompile: (why: string, lang: Lang) => (lang === 'zh' ? `无法编译概念包：${why}` : `cannot compile the packs: ${why}`),
};

/** A pack file's text, read with the same care as a Markdown file (a pack named /dev/zero must not hang the run). */
function readPackText(file: string, report: Reporter, lang: Lang): string | undefined {
  try {
    const st = statSync(file);
    if (!st.isFile()) {
      report.pack(SAY.cannotRead(escapeName(file), notRegular(st), lang));
      return undefined;
    }
    const decoded = readTextFile(file);
    if ('text' in decoded) return decoded.text;
    report.pack(SAY.cannotRead(escapeName(file), decoded.skipped, lang));
  } catch (e) {
    report.pack(SAY.cannotRead(escapeName(file), errorCode(e), lang));
  }
  return undefined;
}

/** A user pack's valid concepts, or undefined when none are. Its problems go to `report`, in `lang`. */
function userPack(file: string, report: Reporter, lang: Lang): ConceptPack | undefined {
  const text = readPackText(file, report, lang);
  if (text === undefined) return undefined;
  const shown = escapeName(file);
  const { pack, problems, failure } = readUserPack(text);
  if (failure !== undefined) {
    report.pack(SAY.cannotLoad(shown, failure, lang));
    return undefined;
  }
  // Warnings (an alias that matches almost everywhere) are said, but leave the pack valid.
  for (const p of problems) (isPackError(p) ? report.pack : report.note).call(report, formatProblem(p, shown, lang));
  if (pack) {
    if (problems.some(isPackError)) report.note(SAY.usingValid(shown, pack.concepts.length, lang));
  } else report.note(SAY.skipped(shown, lang));
  return pack;
}

/**
 * The compiled packs, or undefined when no pack is usable. Problems go to `report`, in `lang` (by
 * default the locale's: Chinese for zh_*, else English).
 */
export function loadPacks(args: Pick<ScanArgs, 'packs' | 'builtin'>, report: Reporter, lang: Lang = localeLanguage()): CompiledPack | undefined {
  // The built-in pack alone: restore what the build compiled.
  if (args.builtin && args.packs.length === 0) return loadBuiltinCompiledPack();
  const user: ConceptPack[] = [];
  for (const file of args.packs) {
    const pack = userPack(file, report, lang);
    if (pack) user.push(pack);
  }
  const layered = layerPacks(args.builtin ? [loadBuiltinPack(), ...user] : user);
  if (!layered) {
    report.noPack();
    return undefined;
  }
  try {
    const { pack, replaced } = layered;
    if (replaced.length > 0) report.note(SAY.replaced([...new Set(replaced)], lang));
    return compileLayered(pack, userInflections(user));
  } catch (e) {
    // Nothing to scan with, but the run still ends with valid (empty) output and a status.
    report.pack(SAY.cannotCompile(errorMessage(e), lang));
    return undefined;
  }
}

// The packs of a run: the built-in one and every --pack, merged and compiled.

import { readFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { createHash } from 'node:crypto';
import type { ScanArgs } from './args';
import { escapeName } from './names';
import { notRegular, readTextFile } from './readInput';
import { errorCode, errorMessage, type Reporter } from './report';
import { parsePack, formatProblem, isPackError, type ConceptPack } from '../core/pack/loadPack';
import { mergePacks } from '../core/pack/mergePacks';
import { loadBuiltinPack, BUILTIN_INFLECTIONS } from '../core/pack/builtinPack';
import { hasInflection, mergeInflections } from '../core/inflect/inflections';
import { loadBuiltinCompiledPack } from '../core/pack/builtinCompiledPack';
import { compilePack, type CompiledPack } from '../core/scan/compiledPack';
import type { InflectionTable } from '../core/inflect/inflections';

/** Inflections of a user pack's English aliases: compromise, cached on disk by content. */
function userInflections(packs: readonly ConceptPack[]): InflectionTable {
  const aliases = [...new Set(packs.flatMap((p) => p.concepts.flatMap((c) => c.aliases.filter((a) => /[A-Za-z]/.test(a.text)).map((a) => a.text))))]
    .filter((a) => !hasInflection(BUILTIN_INFLECTIONS, a))
    .sort();
  if (aliases.length === 0) return BUILTIN_INFLECTIONS;
  const dir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'concept-lens');
  const file = join(dir, `inflections-${createHash('sha256').update(aliases.join('\n')).digest('hex').slice(0, 16)}.json`);
  let table: InflectionTable | undefined;
  try {
    table = JSON.parse(readFileSync(file, 'utf8')) as InflectionTable;
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only for user packs: it is slow to load
    const { deriveInflections } = require('../core/inflect/compromiseInflections') as typeof import('../core/inflect/compromiseInflections');
    table = deriveInflections(aliases);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, JSON.stringify(table));
    } catch {
      // A read-only home only costs the cache.
    }
  }
  return mergeInflections(BUILTIN_INFLECTIONS, table);
}

/** A pack file's text, read with the same care as a Markdown file (a pack named /dev/zero must not hang the run). */
function readPackText(file: string, report: Reporter): string | undefined {
  try {
    const st = statSync(file);
    if (!st.isFile()) {
      report.pack(`cannot read pack ${escapeName(file)}: ${notRegular(st)}`);
      return undefined;
    }
    const decoded = readTextFile(file);
    if ('text' in decoded) return decoded.text;
    report.pack(`cannot read pack ${escapeName(file)}: ${decoded.skipped}`);
  } catch (e) {
    report.pack(`cannot read pack ${escapeName(file)}: ${errorCode(e)}`);
  }
  return undefined;
}

/** A user pack's valid concepts, or undefined when none are. Its problems go to `report`. */
function userPack(file: string, report: Reporter): ConceptPack | undefined {
  const text = readPackText(file, report);
  if (text === undefined) return undefined;
  const shown = escapeName(file);
  let parsed;
  try {
    parsed = parsePack(text);
  } catch (e) {
    // A loader bug on a hostile pack costs that pack only.
    report.pack(`cannot load pack ${shown}: ${errorMessage(e)}`);
    return undefined;
  }
  const { pack, problems } = parsed;
  // Warnings (an alias that matches almost everywhere) are said, but leave the pack valid.
  for (const p of problems) (isPackError(p) ? report.pack : report.note).call(report, formatProblem(p, shown));
  if (pack) {
    if (problems.some(isPackError)) report.note(`${shown}: using the ${pack.concepts.length} concepts that are valid`);
  } else report.note(`${shown}: pack skipped`);
  return pack;
}

/** The compiled packs, or undefined when no pack is usable. Problems go to `report`. */
export function loadPacks(args: ScanArgs, report: Reporter): CompiledPack | undefined {
  // The built-in pack alone: restore what the build compiled.
  if (args.builtin && args.packs.length === 0) return loadBuiltinCompiledPack();
  const packs: ConceptPack[] = args.builtin ? [loadBuiltinPack()] : [];
  for (const file of args.packs) {
    const pack = userPack(file, report);
    if (pack) packs.push(pack);
  }
  if (packs.length === 0) {
    report.noPack();
    return undefined;
  }
  try {
    const { pack, replaced } = mergePacks(packs);
    if (replaced.length > 0) report.note(`later packs replace concepts: ${[...new Set(replaced)].join(', ')}`);
    const inflections = args.packs.length > 0 ? userInflections(packs) : BUILTIN_INFLECTIONS;
    return compilePack(pack, inflections);
  } catch (e) {
    // Nothing to scan with, but the run still ends with valid (empty) output and a status.
    report.pack(`cannot compile the packs: ${errorMessage(e)}`);
    return undefined;
  }
}

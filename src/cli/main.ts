// `concept-lens`: the command-line scanner over the same core as the extension.

import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { homedir } from 'node:os';
import { createHash } from 'node:crypto';
import { parseArgs, USAGE, UsageError, type ScanArgs } from './args';
import { parsePack, formatProblem, type ConceptPack } from '../core/pack/loadPack';
import { mergePacks } from '../core/pack/mergePacks';
import { loadBuiltinPack, BUILTIN_INFLECTIONS } from '../core/pack/builtinPack';
import { loadBuiltinCompiledPack } from '../core/pack/builtinCompiledPack';
import { compilePack, type CompiledPack } from '../core/scan/compiledPack';
import { scanDocument, toOccurrences } from '../core/scan/documentScan';
import type { InflectionTable } from '../core/inflect/inflections';

declare const CONCEPT_LENS_VERSION: string;

const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode-test']);

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Markdown files under the given paths, in a stable order. Unreadable paths are reported. */
function collectFiles(paths: readonly string[], io: Io): { files: string[]; failed: boolean } {
  const files: string[] = [];
  let failed = false;
  const walk = (p: string, explicit: boolean): void => {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      io.err(`concept-lens: cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      failed = true;
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(p).sort();
      } catch (e) {
        io.err(`concept-lens: cannot list ${p}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
        failed = true;
        return;
      }
      for (const n of names) if (!SKIP_DIRS.has(n)) walk(join(p, n), false);
    } else if (explicit || MARKDOWN.test(p)) files.push(p);
  };
  for (const p of paths) walk(p, true);
  return { files, failed };
}

/** Inflections of a user pack's English aliases: compromise, cached on disk by content. */
function userInflections(packs: readonly ConceptPack[]): InflectionTable {
  const aliases = [...new Set(packs.flatMap((p) => p.concepts.flatMap((c) => c.aliases.filter((a) => /[A-Za-z]/.test(a.text)).map((a) => a.text))))]
    .filter((a) => !(a in BUILTIN_INFLECTIONS))
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
  return { ...BUILTIN_INFLECTIONS, ...table };
}

function loadPacks(args: ScanArgs, io: Io): { compiled: CompiledPack | undefined; failed: boolean } {
  // The built-in pack alone: restore what the build compiled.
  if (args.builtin && args.packs.length === 0) return { compiled: loadBuiltinCompiledPack(), failed: false };
  const packs: ConceptPack[] = args.builtin ? [loadBuiltinPack()] : [];
  let failed = false;
  for (const file of args.packs) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      io.err(`concept-lens: cannot read pack ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      failed = true;
      continue;
    }
    const { pack, problems } = parsePack(text);
    for (const p of problems) io.err(`concept-lens: ${formatProblem(p, file)}`);
    if (problems.length > 0) failed = true;
    if (pack) {
      if (problems.length > 0) io.err(`concept-lens: ${file}: using the ${pack.concepts.length} concepts that are valid`);
      packs.push(pack);
    } else io.err(`concept-lens: ${file}: pack skipped`);
  }
  if (packs.length === 0) return { compiled: undefined, failed: true };
  const { pack, replaced } = mergePacks(packs);
  if (replaced.length > 0) io.err(`concept-lens: later packs replace concepts: ${[...new Set(replaced)].join(', ')}`);
  const inflections = args.packs.length > 0 ? userInflections(packs) : BUILTIN_INFLECTIONS;
  return { compiled: compilePack(pack, inflections), failed };
}

export function main(argv: readonly string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s + '\n') }): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`concept-lens: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.command === 'help') {
    io.out(USAGE + '\n');
    return 0;
  }
  if (args.command === 'version') {
    io.out(`${typeof CONCEPT_LENS_VERSION === 'string' ? CONCEPT_LENS_VERSION : 'dev'}\n`);
    return 0;
  }
  const { compiled, failed: packFailed } = loadPacks(args, io);
  const { files, failed: readFailed } = collectFiles(args.paths, io);
  let unreadable = readFailed;
  if (args.format === 'json') io.out('[');
  let first = true;
  if (compiled) {
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        io.err(`concept-lens: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
        unreadable = true;
        continue;
      }
      const scan = scanDocument(text, compiled);
      const shown = isAbsolute(file) ? file : relative('.', file) || file;
      const lines: string[] = [];
      for (const o of toOccurrences(text, scan.matches, scan.structure.headings, compiled)) {
        if (args.format === 'json') {
          const row = { file: shown, concept: o.concept, start: o.start, end: o.end, line: o.line, column: o.column, text: o.text, section: o.section?.text ?? null };
          lines.push((first ? '\n' : ',\n') + JSON.stringify(row));
          first = false;
        } else lines.push(`${shown}:${o.line + 1}:${o.column + 1} ${o.concept} ${JSON.stringify(o.text)}\n`);
      }
      io.out(lines.join(''));
    }
  }
  if (args.format === 'json') io.out(first ? ']\n' : '\n]\n');
  return unreadable ? 2 : packFailed ? 1 : 0;
}

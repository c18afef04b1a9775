// `concept-lens import FILE.ttl|FILE.csv`: a SKOS scheme or a glossary CSV as a concept pack on stdout.

import { basename, extname } from 'node:path';
import type { ImportArgs } from './exportArgs';
import { escapeName } from './names';
import type { Io } from './output';
import { readTextOrSay } from './readInput';
import { type ExitCode } from './report';
import { proposeConceptId } from '../core/authoring/conceptId';
import { importCsv } from '../core/import/importCsv';
import { importSkos } from '../core/import/importSkos';

export function importCommand(args: ImportArgs, io: Io): ExitCode {
  const shown = escapeName(args.file);
  const text = readTextOrSay(args.file, (m) => io.err(`concept-lens: ${m}`));
  if (text === undefined) return 2;
  const stem = basename(args.file, extname(args.file));
  const packId = proposeConceptId({ en: stem, zh: stem }, new Set());
  const result = extname(args.file).toLowerCase() === '.csv' ? importCsv(text, packId, stem) : importSkos(text, packId);
  for (const p of result.problems) io.err(`concept-lens: ${shown}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`);
  if (!result.pack) return 2;
  try {
    io.out(JSON.stringify(result.pack, null, 2) + '\n');
  } catch {
    // The reader went away.
  }
  return 0;
}

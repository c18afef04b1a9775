// Arguments of `concept-lens export` and `concept-lens import`.

import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../core/export/exportModel';
import { baseIriProblem } from '../core/export/exportSkos';

export interface ExportArgs {
  command: 'export';
  paths: string[];
  packs: string[];
  builtin: boolean;
  format: ExportFormat;
  /** The SKOS scheme's base IRI. */
  base: string | undefined;
}

export interface ImportArgs {
  command: 'import';
  file: string;
}

export class ExportUsageError extends Error {}

function optionValue(rest: readonly string[], at: { i: number }): string {
  const a = rest[at.i]!;
  const eq = a.indexOf('=');
  if (eq > 0) return a.slice(eq + 1);
  const v = rest[++at.i];
  if (v === undefined) throw new ExportUsageError(`${a} needs a value`);
  return v;
}

export function parseExportArgs(rest: readonly string[]): ExportArgs {
  const args: Omit<ExportArgs, 'format'> & { format: ExportFormat | undefined } = { command: 'export', paths: [], packs: [], builtin: true, format: undefined, base: undefined };
  for (const at = { i: 0 }; at.i < rest.length; at.i++) {
    const a = rest[at.i]!;
    if (a === '--pack' || a.startsWith('--pack=')) args.packs.push(optionValue(rest, at));
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = optionValue(rest, at);
      if (!isExportFormat(f)) throw new ExportUsageError(`--format must be ${EXPORT_FORMATS.join(', ')}, not "${f}"`);
      args.format = f;
    } else if (a === '--base' || a.startsWith('--base=')) {
      const b = optionValue(rest, at);
      const problem = baseIriProblem(b);
      if (problem) throw new ExportUsageError(`--base: ${problem}`);
      args.base = b;
    } else if (a === '--no-builtin') args.builtin = false;
    else if (a.startsWith('-') && a !== '-') throw new ExportUsageError(`unknown option "${a}"`);
    else args.paths.push(a);
  }
  const format = args.format;
  if (format === undefined) throw new ExportUsageError(`export needs --format ${EXPORT_FORMATS.join('|')}`);
  if (args.paths.length === 0 && format !== 'skos') throw new ExportUsageError(`export --format ${format} needs at least one file or folder`);
  if (args.base !== undefined && format !== 'skos') throw new ExportUsageError('--base is for --format skos');
  if (!args.builtin && args.packs.length === 0) throw new ExportUsageError('--no-builtin needs at least one --pack');
  return { ...args, format };
}

export function parseImportArgs(rest: readonly string[]): ImportArgs {
  const files: string[] = [];
  for (const a of rest) {
    if (a.startsWith('-') && a !== '-') throw new ExportUsageError(`unknown option "${a}"`);
    files.push(a);
  }
  if (files.length !== 1) throw new ExportUsageError('import needs exactly one file (.ttl or .csv)');
  const file = files[0]!;
  if (!/\.(ttl|csv)$/i.test(file)) throw new ExportUsageError(`import reads a SKOS scheme in Turtle (.ttl) or a glossary CSV (.csv), not "${file}"`);
  return { command: 'import', file };
}

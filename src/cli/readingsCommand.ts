// `concept-lens readings PATH...`: every name that the packs read more than one way, with the reading it
// got and the cue that decided, annotated or not. For pack authors: a wrong reading points at the cue to
// add or remove, over a whole folder of posts.

import { markdownFiles } from './collectFiles';
import { escapeName } from './names';
import type { Io } from './output';
import { loadPacks } from './packs';
import { readTextOrSay } from './readInput';
import { errorMessage, Reporter, writeOutput, type ExitCode } from './report';
import type { Format } from './args';
import { nameReadings } from '../core/scan/senses/nameReadings';
import { LineIndex } from '../core/text/lineIndex';

export interface ReadingsArgs {
  command: 'readings';
  paths: string[];
  packs: string[];
  builtin: boolean;
  format: Format;
}

interface ReadingRecord {
  file: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  reading: string;
  scope: string | null;
  cue: string | null;
  tied: boolean;
  annotated: boolean;
}

export function readingsCommand(args: ReadingsArgs, io: Io): ExitCode {
  const report = new Reporter(io.err);
  const cp = loadPacks(args, report);
  if (!cp) {
    report.note('no usable concept pack: nothing is read');
    return 2;
  }
  const records: ReadingRecord[] = [];
  for (const file of markdownFiles(args.paths, report)) {
    const text = readTextOrSay(file, (m) => report.input(m));
    if (text === undefined) continue;
    try {
      const lines = new LineIndex(text);
      for (const r of nameReadings(text, cp)) {
        const pos = lines.positionAt(r.start);
        records.push({ file, start: r.start, end: r.end, line: pos.line, column: pos.character, text: text.slice(r.start, r.end), reading: r.reading, scope: r.scope ?? null, cue: r.cue ?? null, tied: r.tied, annotated: r.annotated });
      }
    } catch (e) {
      report.input(`cannot read ${escapeName(file)}: ${errorMessage(e)}`);
    }
  }
  writeOutput(io.out, args.format === 'json' ? jsonArray(records) : records.map(textLine).join(''), report);
  return report.exitCode();
}

/** One record per line, as the scan writes its occurrences. */
function jsonArray(records: readonly ReadingRecord[]): string {
  return records.length === 0 ? '[]\n' : `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

/** `file:line:col "text" → reading (scope “cue”)`, 1-based; the file name and the texts escaped as JSON escapes them. */
function textLine(r: ReadingRecord): string {
  const why = r.scope === null ? 'nothing points elsewhere' : r.scope === 'chosen' ? 'chosen by the writer' : `${r.scope} ${JSON.stringify(r.cue)}${r.tied ? ', a tie' : ''}`;
  return `${escapeName(r.file)}:${r.line + 1}:${r.column + 1} ${JSON.stringify(r.text)} → ${r.reading}${r.annotated ? '' : ' (not annotated)'} (${why})\n`;
}

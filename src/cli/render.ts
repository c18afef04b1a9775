// `concept-lens render FILE`: the annotated page on stdout.

import { basename } from 'node:path';
import type { RenderArgs } from './args';
import { escapeName } from './names';
import type { Io } from './output';
import { loadPacks } from './packs';
import { readTextOrSay } from './readInput';
import { errorMessage, Reporter, type ExitCode } from './report';
import { renderPage } from './renderPage';

export function renderCommand(args: RenderArgs, io: Io): ExitCode {
  const report = new Reporter(io.err);
  const cp = loadPacks(args, report);
  if (!cp) return report.exitCode();
  const text = readTextOrSay(args.file, (m) => io.err(`concept-lens: ${m}`));
  if (text === undefined) return 2;
  let page: string;
  try {
    page = renderPage(text, { cp, lang: args.lang, html: args.html, fallbackTitle: basename(args.file) });
  } catch (e) {
    io.err(`concept-lens: cannot render ${escapeName(args.file)}: ${errorMessage(e)}`);
    return 2;
  }
  try {
    io.out(page);
  } catch {
    // The reader went away.
    return 2;
  }
  return report.exitCode();
}

// `concept-lens draft FILE`: a draft concept pack from one Markdown file's own prose, as JSON on stdout.

import type { DraftArgs } from './args';
import { escapeName } from './names';
import { readTextOrSay } from './readInput';
import { errorMessage, type ExitCode } from './report';
import type { Io } from './output';
import { draftPack } from '../core/authoring/draftPack';

/** compromise, loaded only here: the scan command never needs it. */
function tagger(): typeof import('../core/authoring/draftTagger').compromiseTagger {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- slow to load, so only for this command
  return (require('../core/authoring/draftTagger') as typeof import('../core/authoring/draftTagger')).compromiseTagger;
}

export function draftCommand(args: DraftArgs, io: Io): ExitCode {
  const text = readTextOrSay(args.file, (m) => io.err(`concept-lens: ${m}`));
  if (text === undefined) return 2;
  let json: string;
  try {
    json = JSON.stringify(draftPack(text, { max: args.max, lang: args.lang, tagger: tagger() }).pack, null, 2);
  } catch (e) {
    io.err(`concept-lens: cannot draft ${escapeName(args.file)}: ${errorMessage(e)}`);
    return 2;
  }
  try {
    io.out(`${json}\n`);
  } catch {
    // The reader went away: nothing more to say.
  }
  return 0;
}

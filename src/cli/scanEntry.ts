// Entry of dist/scanCli.js, which bin/concept-lens.js runs for `concept-lens scan`: the scan without the
// other commands and their libraries (compromise, pinyin-pro, markdown-it: most of dist/cli.js), so
// that it starts sooner. Help, the version and wrong arguments are left to the whole CLI.

import { join } from 'node:path';
import { parseArgs, type CliArgs } from './args';
import { processIo } from './output';
import { bundledWorker } from './parallelScan';
import { runScan } from './scanCommand';

let args: CliArgs | undefined;
try {
  args = parseArgs(process.argv.slice(2));
} catch {
  args = undefined;
}
if (args?.command === 'scan') {
  void Promise.resolve(runScan(args, processIo(), bundledWorker())).then((code) => {
    process.exitCode = code;
  });
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the whole CLI, a bundle beside this one
  require(join(__dirname, 'cli.js'));
}

// The index worker run in the extension host itself, reading through the workspace: the fallback when a
// worker thread cannot start (and the worker the unit tests use). It yields between files, so that a
// batch does not hold the event loop for long.

import type { CompiledPack } from '../../core/scan/compiledPack';
import type { IIndexWorker, IndexFileRequest, IndexFileResult } from '../host/indexHost';
import type { IWorkspace } from '../host/workspace';
import { scanFile } from './scanFile';

export class InProcessIndexWorker implements IIndexWorker {
  private pack: CompiledPack | undefined;
  /** How many batches were scanned (tests read it). */
  batches = 0;

  constructor(private readonly workspace: Pick<IWorkspace, 'stat' | 'readFile'>) {}

  setPack(pack: CompiledPack): void {
    this.pack = pack;
  }

  async scan(files: readonly IndexFileRequest[], limitBytes: number): Promise<IndexFileResult[]> {
    const cp = this.pack;
    if (!cp) throw new Error('the index worker has no pack');
    this.batches++;
    const out: IndexFileResult[] = [];
    for (const f of files) {
      out.push(await scanFile(f.uri, { stat: () => this.workspace.stat(f.uri), read: () => this.workspace.readFile(f.uri) }, f.known, limitBytes, cp));
    }
    return out;
  }

  dispose(): void {
    this.pack = undefined;
  }
}

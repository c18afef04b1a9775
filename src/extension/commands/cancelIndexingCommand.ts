import { COMMANDS } from './commandIds';
import type { Command } from './command';
import type { ConceptIndex } from '../../services/index/conceptIndex';

/** Stop Indexing: the status bar item's click; what is indexed stays, and answers say they are partial. */
export class CancelIndexingCommand implements Command {
  readonly id = COMMANDS.cancelIndexing;
  constructor(private readonly index: Pick<ConceptIndex, 'cancel'>) {}

  execute(): void {
    this.index.cancel();
  }
}

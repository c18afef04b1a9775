import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { Command } from './command';
import type { CommandContext } from './commandContext';
import { stepOccurrence } from '../../services/navigation';
import { toRange } from '../host/textDocuments';
import { selectInEditor } from './revealTarget';

/**
 * Next / Previous Occurrence: moves to the next (or previous) occurrence of the concept under the
 * cursor, wrapping around; off any concept, to the nearest occurrence of any concept.
 */
export class StepOccurrenceCommand implements Command {
  readonly id;
  constructor(
    private readonly context: CommandContext,
    private readonly direction: 1 | -1,
  ) {
    this.id = direction === 1 ? COMMANDS.nextOccurrence : COMMANDS.previousOccurrence;
  }

  execute(): vscode.Range | undefined {
    const active = this.context.activeMarkdown();
    if (!active) return undefined;
    const { editor, doc } = active;
    const next = stepOccurrence(doc, doc.offset(editor.selection.active), doc.matchAtSelection(editor.selection), this.direction);
    if (!next) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No concepts in this document.'));
      return undefined;
    }
    const range = toRange(doc.range(next));
    selectInEditor(editor, range);
    return range;
  }
}

import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import { activeMarkdown, type Command } from './command';
import type { DocumentScans } from '../services/documentScans';

/**
 * Next / Previous Occurrence: moves to the next (or previous) occurrence of the concept under the
 * cursor, wrapping around; off any concept, to the nearest occurrence of any concept.
 */
export class StepOccurrenceCommand implements Command {
  readonly id;
  constructor(
    private readonly scans: DocumentScans,
    private readonly direction: 1 | -1,
  ) {
    this.id = direction === 1 ? COMMANDS.nextOccurrence : COMMANDS.previousOccurrence;
  }

  execute(): vscode.Range | undefined {
    const active = activeMarkdown(this.scans);
    if (!active) return undefined;
    const { editor, doc } = active;
    const here = doc.offset(editor.selection.active);
    // A selected occurrence (as the previous step left it) is the current one, even when another touches its end.
    const current = doc.matchAtSelection(editor.selection);
    const pool = current ? doc.occurrencesOf(current.concept) : [...doc.matches];
    if (pool.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No concepts in this document.'));
      return undefined;
    }
    const next =
      this.direction === 1
        ? (pool.find((m) => m.start > (current ? current.start : here - 1)) ?? pool[0]!)
        : ([...pool].reverse().find((m) => m.start < (current ? current.start : here)) ?? pool[pool.length - 1]!);
    const range = doc.range(next);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return range;
  }
}

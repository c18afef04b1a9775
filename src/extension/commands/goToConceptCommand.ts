import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { Command } from './command';
import type { CommandContext } from './commandContext';
import { pickConcept } from './conceptQuickPick';
import type { SectionTargets } from '../../services/navigation';
import type { ReaderLanguage } from '../../services/readerLanguage';
import type { DocumentScans } from '../../services/documentScans';
import { toRange } from '../host/textDocuments';
import { revealTarget, selectInEditor } from './revealTarget';

/** Go to Concept…: pick a concept; go to its first occurrence here, or to its section. */
export class GoToConceptCommand implements Command {
  readonly id = COMMANDS.goToConcept;
  constructor(
    private readonly context: CommandContext,
    private readonly scans: DocumentScans,
    private readonly language: ReaderLanguage,
    private readonly targets: SectionTargets,
  ) {}

  async execute(): Promise<void> {
    const active = this.context.activeMarkdown(true);
    const cp = active?.doc.pack ?? this.scans.pack;
    const id = await pickConcept(cp, active?.doc, this.language.of(active?.doc), vscode.l10n.t('Go to a concept'));
    const ci = id === undefined ? undefined : cp.indexOf.get(id);
    if (ci === undefined) return;
    const first = active?.doc.occurrencesOf(ci)[0];
    if (active && first) return selectInEditor(active.editor, toRange(active.doc.range(first)));
    await revealTarget(await this.targets.resolve(ci, active?.doc));
  }
}

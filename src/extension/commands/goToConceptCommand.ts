import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import { activeMarkdown, type Command } from './command';
import { pickConcept } from './conceptQuickPick';
import type { DocumentScans } from '../services/documentScans';
import type { PackRegistry } from '../services/packRegistry';
import type { SectionTargets } from '../services/sectionTargets';
import { revealTarget } from './revealTarget';

/** Go to Concept…: pick a concept; go to its first occurrence here, or to its section. */
export class GoToConceptCommand implements Command {
  readonly id = COMMANDS.goToConcept;
  constructor(
    private readonly scans: DocumentScans,
    private readonly packs: PackRegistry,
    private readonly targets: SectionTargets,
  ) {}

  async execute(): Promise<void> {
    const active = activeMarkdown(this.scans, true);
    const id = await pickConcept(this.packs, active?.doc, vscode.l10n.t('Go to a concept'));
    if (!id) return;
    const cp = active?.doc.pack ?? this.packs.current;
    const ci = cp.indexOf.get(id);
    if (ci === undefined) return;
    const first = active?.doc.occurrencesOf(ci)[0];
    if (active && first) {
      const range = active.doc.range(first);
      active.editor.selection = new vscode.Selection(range.start, range.end);
      active.editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return;
    }
    const target = active ? await this.targets.resolve(active.doc, ci) : ((await this.targets.inArticle(cp.concepts[ci]!)) ?? this.targets.inGuide(cp.concepts[ci]!));
    await revealTarget(target);
  }
}

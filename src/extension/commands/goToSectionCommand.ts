import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import { conceptArgument, type Command } from './command';
import { pickConcept } from './conceptQuickPick';
import type { DocumentScans } from '../services/documentScans';
import type { PackRegistry } from '../services/packRegistry';
import type { SectionTarget, SectionTargets } from '../services/sectionTargets';
import { revealTarget } from './revealTarget';

/** Go to Section: the section that explains the concept under the cursor (or picked). */
export class GoToSectionCommand implements Command {
  readonly id = COMMANDS.goToSection;
  constructor(
    private readonly scans: DocumentScans,
    private readonly packs: PackRegistry,
    private readonly targets: SectionTargets,
  ) {}

  async execute(...args: unknown[]): Promise<SectionTarget | undefined> {
    const arg = await conceptArgument(this.scans, args, () => pickConcept(this.packs, undefined, vscode.l10n.t('Go to the section of a concept')));
    if (!arg) return undefined;
    const cp = arg.doc?.pack ?? this.packs.current;
    const ci = cp.indexOf.get(arg.conceptId);
    if (ci === undefined) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Unknown concept “{0}”.', arg.conceptId));
      return undefined;
    }
    const target = arg.doc ? await this.targets.resolve(arg.doc, ci) : ((await this.targets.inArticle(cp.concepts[ci]!)) ?? this.targets.inGuide(cp.concepts[ci]!));
    await revealTarget(target);
    return target;
  }
}

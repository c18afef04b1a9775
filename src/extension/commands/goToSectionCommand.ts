import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { Command } from './command';
import type { CommandContext } from './commandContext';
import type { SectionTarget, SectionTargets } from '../../services/navigation';
import { revealTarget } from './revealTarget';

/** Go to Section: the section that explains the concept under the cursor (or picked). */
export class GoToSectionCommand implements Command {
  readonly id = COMMANDS.goToSection;
  constructor(
    private readonly context: CommandContext,
    private readonly targets: SectionTargets,
  ) {}

  async execute(...args: unknown[]): Promise<SectionTarget | undefined> {
    const concept = await this.context.concept(args, vscode.l10n.t('Go to the section of a concept'));
    if (!concept) return undefined;
    const target = await this.targets.resolve(concept.concept, concept.doc);
    await revealTarget(target);
    return target;
  }
}

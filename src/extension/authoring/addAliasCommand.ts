// Add Selection as Alias of…: the selected words become another name of a concept the writer picks,
// written into the pack that defines it (one undoable edit that keeps the pack's layout and comments).

import * as vscode from 'vscode';
import type { Command } from '../commands/command';
import { COMMANDS } from '../commands/commandIds';
import type { CommandContext } from '../commands/commandContext';
import type { PackRegistry } from '../../services/packRegistry';
import { addAlias } from '../../core/authoring/packEdits';
import { nameLanguage } from '../../core/text/script';
import { requireTrust, selectedWords, writePack } from './packWrites';
import { PACK_LIMITS } from '../../core/pack/packLimits';

export class AddAliasCommand implements Command {
  readonly id = COMMANDS.addSelectionAsAlias;

  constructor(
    private readonly context: CommandContext,
    private readonly packs: PackRegistry,
  ) {}

  /** With a concept id as argument (scripts and tests), the concept is not asked for. */
  async execute(conceptId?: unknown): Promise<string | undefined> {
    if (!requireTrust()) return undefined;
    const active = this.context.activeMarkdown();
    if (!active) return undefined;
    const alias = selectedWords(active.editor, PACK_LIMITS.maxAliasLength, vscode.l10n.t('Concept Lens: select the words to add as an alias first (one line).'));
    if (!alias) return undefined;
    const target = await this.context.concept(typeof conceptId === 'string' ? [conceptId] : [], vscode.l10n.t('Add “{0}” as an alias of…', alias), { cursor: false });
    if (!target) return undefined;
    const defining = this.packs.userPackDefining(target.id, active.doc.uri);
    if (!defining) {
      void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is a concept of the built-in pack: add it to your article’s pack first.', this.context.nameOf(target)));
      return undefined;
    }
    const lang = nameLanguage(alias);
    const written = await writePack(defining.uri, true, (text) => addAlias(text, target.id, lang, alias), () => '');
    if (!written) return undefined;
    vscode.window.setStatusBarMessage(vscode.l10n.t('Concept Lens: “{0}” is now an alias of “{1}”', alias, this.context.nameOf(target)), 4000);
    return target.id;
  }
}

// Open Concept in Pack: the concept's entry in the pack file that defines it (for this document, the
// nearer pack's). A concept of the built-in pack has no file: that is said, with the guide to open.

import * as vscode from 'vscode';
import type { Command } from '../commands/command';
import { COMMANDS } from '../commands/commandIds';
import type { CommandContext } from '../commands/commandContext';
import type { PackRegistry } from '../../services/packRegistry';
import { conceptIdNode } from '../../core/pack/packLocations';

export class OpenConceptInPackCommand implements Command {
  readonly id = COMMANDS.openConceptInPack;

  constructor(
    private readonly context: CommandContext,
    private readonly packs: PackRegistry,
  ) {}

  async execute(...args: unknown[]): Promise<vscode.TextEditor | undefined> {
    const target = await this.context.concept(args, vscode.l10n.t('Open a concept in its pack'));
    if (!target) return undefined;
    const defining = this.packs.userPackDefining(target.id, target.doc?.uri);
    if (!defining) {
      const guide = vscode.l10n.t('Open Concept Guide');
      const choice = await vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is a concept of the built-in pack, which has no file to edit.', this.context.nameOf(target)), guide);
      if (choice === guide) await vscode.commands.executeCommand(COMMANDS.openConceptGuide);
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(defining.uri));
    const node = conceptIdNode(document.getText(), target.id);
    const at = document.positionAt(node?.offset ?? 0);
    return vscode.window.showTextDocument(document, { selection: new vscode.Range(at, node ? document.positionAt(node.offset + node.length) : at) });
  }
}

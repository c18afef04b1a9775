import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { Command } from './command';
import type { CommandContext } from './commandContext';
import type { ConceptIndex } from '../../services/index/conceptIndex';
import { toRange, toUri } from '../host/textDocuments';
import { sayIfPartial } from '../features/conceptReferenceProvider';

/** Find All Occurrences: the concept under the cursor (or picked) across open files and the workspace. */
export class FindAllOccurrencesCommand implements Command {
  readonly id = COMMANDS.findAllOccurrences;
  constructor(
    private readonly context: CommandContext,
    private readonly occurrences: ConceptIndex,
  ) {}

  async execute(...args: unknown[]): Promise<vscode.Location[]> {
    const target = await this.context.concept(args, vscode.l10n.t('Find all occurrences of a concept'));
    if (!target) return [];
    const locations = (await this.occurrences.find(target.id)).map((o) => new vscode.Location(toUri(o.uri), toRange(o.range)));
    sayIfPartial(this.occurrences);
    if (locations.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No occurrences of “{0}” in the workspace.', this.context.nameOf(target)));
      return locations;
    }
    const editor = vscode.window.activeTextEditor;
    const fromHere = editor && target.doc && editor.document.uri.toString() === target.doc.uri;
    const anchor = fromHere ? { uri: editor.document.uri, pos: editor.selection.active } : { uri: locations[0]!.uri, pos: locations[0]!.range.start };
    await vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, anchor.pos, locations);
    return locations;
  }
}

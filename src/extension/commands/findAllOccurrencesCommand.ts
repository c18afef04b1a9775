import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import { conceptArgument, type Command } from './command';
import { pickConcept } from './conceptQuickPick';
import type { DocumentScans } from '../services/documentScans';
import type { PackRegistry } from '../services/packRegistry';
import type { WorkspaceOccurrences } from '../services/workspaceOccurrences';

/** Find All Occurrences: the concept under the cursor (or picked) across open files and the workspace. */
export class FindAllOccurrencesCommand implements Command {
  readonly id = COMMANDS.findAllOccurrences;
  constructor(
    private readonly scans: DocumentScans,
    private readonly packs: PackRegistry,
    private readonly occurrences: WorkspaceOccurrences,
  ) {}

  async execute(...args: unknown[]): Promise<vscode.Location[]> {
    const target = await conceptArgument(this.scans, args, () => pickConcept(this.packs, undefined, vscode.l10n.t('Find all occurrences of a concept')));
    if (!target) return [];
    const locations = await this.occurrences.find(target.conceptId);
    if (locations.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No occurrences of “{0}” in the workspace.', target.conceptId));
      return locations;
    }
    const editor = vscode.window.activeTextEditor;
    const anchor = editor && target.doc && editor.document.uri.toString() === target.doc.uri.toString() ? { uri: editor.document.uri, pos: editor.selection.active } : { uri: locations[0]!.uri, pos: locations[0]!.range.start };
    await vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, anchor.pos, locations);
    return locations;
  }
}

import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { Command } from './command';
import { readSettings } from '../services/settings';

/** Toggle Annotations: turns the occurrence marks on or off (the setting conceptLens.decorations.enabled). */
export class ToggleAnnotationsCommand implements Command {
  readonly id = COMMANDS.toggleAnnotations;

  async execute(): Promise<boolean> {
    const next = !readSettings().decorationsEnabled;
    const config = vscode.workspace.getConfiguration('conceptLens');
    // Where the value in effect comes from: a workspace setting would win over a user setting.
    const target = config.inspect('decorations.enabled')?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('decorations.enabled', next, target);
    vscode.window.setStatusBarMessage(next ? vscode.l10n.t('Concept Lens: annotations on') : vscode.l10n.t('Concept Lens: annotations off'), 3000);
    return next;
  }
}

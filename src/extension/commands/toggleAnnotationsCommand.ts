import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { Command } from './command';
import { readSettings } from '../services/settings';

/** Toggle Annotations: turns the occurrence marks on or off (the setting conceptLens.decorations.enabled). */
export class ToggleAnnotationsCommand implements Command {
  readonly id = COMMANDS.toggleAnnotations;

  async execute(): Promise<boolean> {
    const next = !readSettings().decorationsEnabled;
    await vscode.workspace.getConfiguration('conceptLens').update('decorations.enabled', next, vscode.ConfigurationTarget.Global);
    vscode.window.setStatusBarMessage(next ? vscode.l10n.t('Concept Lens: annotations on') : vscode.l10n.t('Concept Lens: annotations off'), 3000);
    return next;
  }
}

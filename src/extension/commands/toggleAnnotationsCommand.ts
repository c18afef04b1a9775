import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { Command } from './command';
import type { VscodeSettings } from '../host/vscodeSettings';

/** Toggle Annotations: turns the occurrence marks on or off (the setting conceptLens.decorations.enabled). */
export class ToggleAnnotationsCommand implements Command {
  readonly id = COMMANDS.toggleAnnotations;
  constructor(private readonly settings: VscodeSettings) {}

  async execute(): Promise<boolean> {
    const next = !this.settings.window().decorationsEnabled;
    await this.settings.updateWindow('decorations.enabled', next);
    vscode.window.setStatusBarMessage(next ? vscode.l10n.t('Concept Lens: annotations on') : vscode.l10n.t('Concept Lens: annotations off'), 3000);
    return next;
  }
}

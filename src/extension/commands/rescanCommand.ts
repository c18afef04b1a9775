import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { Command } from './command';
import type { DocumentScans } from '../../services/documentScans';
import type { PackRegistry } from '../../services/packRegistry';
import { scanOf } from '../host/textDocuments';

/** Rescan: reloads the packs and rescans every open Markdown document from scratch. */
export class RescanCommand implements Command {
  readonly id = COMMANDS.rescan;
  constructor(
    private readonly scans: DocumentScans,
    private readonly packs: PackRegistry,
  ) {}

  async execute(): Promise<number> {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Concept Lens: rescanning') }, async () => {
      await this.packs.reload();
      this.scans.rescanAll();
    });
    let total = 0;
    for (const d of vscode.workspace.textDocuments) total += scanOf(this.scans, d)?.matches.length ?? 0;
    vscode.window.setStatusBarMessage(vscode.l10n.t('Concept Lens: rescanned, occurrences in open documents: {0}', total), 4000);
    return total;
  }
}

import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { Command } from './command';
import type { ConceptGuideProvider } from '../services/conceptGuideProvider';

/** Open Concept Guide: the read-only guide generated from the pack. */
export class OpenConceptGuideCommand implements Command {
  readonly id = COMMANDS.openConceptGuide;
  constructor(private readonly guide: ConceptGuideProvider) {}

  async execute(): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(this.guide.uri());
    await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    return vscode.window.showTextDocument(document, { preview: false });
  }
}

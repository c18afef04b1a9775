import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { Command } from './command';
import type { ConceptGuides } from '../../services/conceptGuides';
import { toUri } from '../host/textDocuments';

/** Open Concept Guide: the read-only guide generated from the pack, in the reader's language. */
export class OpenConceptGuideCommand implements Command {
  readonly id = COMMANDS.openConceptGuide;
  constructor(private readonly guides: ConceptGuides) {}

  async execute(): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(toUri(this.guides.uri()));
    await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    return vscode.window.showTextDocument(document, { preview: false });
  }
}

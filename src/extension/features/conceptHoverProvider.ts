import * as vscode from 'vscode';
import { hoverMarkdown } from '../../core/features/hoverContent';
import { readerLanguage } from '../../core/features/language';
import type { DocumentScans } from '../services/documentScans';
import type { SectionTargets } from '../services/sectionTargets';
import { hoverLabels } from '../services/labels';
import { readSettings } from '../services/settings';
import { commandUri, COMMANDS } from '../commands/commandIds';

export class ConceptHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly scans: DocumentScans,
    private readonly targets: SectionTargets,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const doc = this.scans.get(document);
    const m = doc?.matchAt(position);
    if (!doc || !m) return undefined;
    const concept = doc.pack.concepts[m.concept]!;
    const target = await this.targets.resolve(doc, m.concept);
    const lang = readerLanguage(readSettings(document.uri).explanationLanguage, doc.text, vscode.env.language);
    const args = [document.uri.toString(), concept.id];
    const md = new vscode.MarkdownString(
      hoverMarkdown({
        pack: doc.pack.pack,
        concept,
        lang,
        countInDocument: doc.countOf(m.concept),
        section: { title: target.title },
        commands: { findAll: commandUri(COMMANDS.findAllOccurrences, args), goToSection: commandUri(COMMANDS.goToSection, args), showInGraph: commandUri(COMMANDS.showInGraph, args) },
        labels: hoverLabels(),
      }),
    );
    // Command links work only for our own commands.
    md.isTrusted = { enabledCommands: [COMMANDS.findAllOccurrences, COMMANDS.goToSection, COMMANDS.showInGraph] };
    md.supportHtml = false;
    return new vscode.Hover(md, doc.range(m));
  }
}

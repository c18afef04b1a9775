import * as vscode from 'vscode';
import { hoverMarkdown } from '../../core/features/hoverContent';
import type { DocumentScans } from '../../services/documentScans';
import type { SectionTargets } from '../../services/navigation';
import type { ReaderLanguage } from '../../services/readerLanguage';
import { hoverLabels } from '../services/labels';
import { commandUri, COMMANDS } from '../commands/commandIds';
import { scanOf, toRange } from '../host/textDocuments';
import { GUIDE_SCHEME } from '../../services/schemes';

export class ConceptHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly scans: DocumentScans,
    private readonly targets: SectionTargets,
    private readonly language: ReaderLanguage,
    /** Whether a user pack defines the concept (then the hover links to its entry there). */
    private readonly inUserPack: (conceptId: string, documentUri: string) => boolean,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const doc = scanOf(this.scans, document);
    const m = doc?.matchAt(position);
    if (!doc || !m) return undefined;
    const concept = doc.pack.concepts[m.concept]!;
    const target = await this.targets.resolve(m.concept, doc);
    const args = [document.uri.toString(), concept.id];
    const md = new vscode.MarkdownString(
      hoverMarkdown({
        pack: doc.pack.pack,
        concept,
        lang: this.language.of(doc),
        countInDocument: doc.countOf(m.concept),
        section: { title: target.title },
        commands: {
          findAll: commandUri(COMMANDS.findAllOccurrences, args),
          goToSection: commandUri(COMMANDS.goToSection, args),
          showInGraph: commandUri(COMMANDS.showInGraph, args),
          ...this.packLink(concept.id, doc.uri, document.uri.scheme, args),
        },
        labels: hoverLabels(),
        sense: doc.senseReason(m),
      }),
    );
    // Command links work only for our own commands.
    md.isTrusted = { enabledCommands: [COMMANDS.findAllOccurrences, COMMANDS.goToSection, COMMANDS.showInGraph, COMMANDS.openConceptInPack, COMMANDS.copyConceptToArticlePack] };
    md.supportHtml = false;
    return new vscode.Hover(md, toRange(doc.range(m)));
  }

  /**
   * A user pack's concept links to its entry there; a built-in one, in a trusted workspace, to copying it
   * into the article's pack (the guide is no article: it gets neither).
   */
  private packLink(conceptId: string, documentUri: string, scheme: string, args: unknown[]): { editConcept?: string; copyConcept?: string } {
    if (this.inUserPack(conceptId, documentUri)) return { editConcept: commandUri(COMMANDS.openConceptInPack, args) };
    if (!vscode.workspace.isTrusted || scheme === GUIDE_SCHEME) return {};
    return { copyConcept: commandUri(COMMANDS.copyConceptToArticlePack, args) };
  }
}

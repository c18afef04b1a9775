import * as vscode from 'vscode';
import { hoverMarkdown, type HoverInput } from '../../core/features/hoverContent';
import { readingKeys } from '../../core/scan/senses/writerChoices';
import type { DocumentScans } from '../../services/documentScans';
import type { SectionTargets } from '../../services/navigation';
import type { ReaderLanguage } from '../../services/readerLanguage';
import { hoverLabels } from '../services/labels';
import { commandUri, COMMANDS } from '../commands/commandIds';
import { scanOf, toRange } from '../host/textDocuments';
import { GUIDE_SCHEME } from '../../services/schemes';
import { readingLabel } from '../../core/features/readingLabels';
import type { ScannedDocument } from '../../services/scannedDocument';
import type { Match } from '../../core/scan/scanner';
import type { Lang } from '../../core/pack/conceptPack';

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
    const lang = this.language.of(doc);
    const md = new vscode.MarkdownString(
      hoverMarkdown({
        pack: doc.pack.pack,
        concept,
        lang,
        countInDocument: doc.countOf(m.concept),
        section: { title: target.title },
        commands: {
          findAll: commandUri(COMMANDS.findAllOccurrences, args),
          goToSection: commandUri(COMMANDS.goToSection, args),
          showInGraph: commandUri(COMMANDS.showInGraph, args),
          ...this.packLink(concept.id, doc.uri, document.uri.scheme, args),
        },
        labels: hoverLabels(),
        sense: this.sense(doc, m, lang, document),
      }),
    );
    // Command links work only for our own commands.
    md.isTrusted = {
      enabledCommands: [COMMANDS.findAllOccurrences, COMMANDS.goToSection, COMMANDS.showInGraph, COMMANDS.openConceptInPack, COMMANDS.copyConceptToArticlePack, COMMANDS.chooseReading],
    };
    md.supportHtml = false;
    return new vscode.Hover(md, toRange(doc.range(m)));
  }

  /**
   * Why an ambiguous name was read so, and links that read it the other ways in this document (not in
   * the read-only guide: each link writes a comment into the document).
   */
  private sense(doc: ScannedDocument, m: Match, lang: Lang, document: vscode.TextDocument): HoverInput['sense'] {
    const reason = doc.senseReason(m);
    if (!reason) return undefined;
    const sense = { scope: reason.scope, cue: reason.cue, tied: reason.tied, chosen: reason.chosen };
    if (document.uri.scheme === GUIDE_SCHEME) return sense;
    const name = doc.pack.surfaces[m.surface]!.exact;
    const link = (reading: string | null): string => commandUri(COMMANDS.chooseReading, [document.uri.toString(), name, reading]);
    const keys = readingKeys(doc.pack, reason.ambiguity);
    const others = keys.flatMap((key, r) => (r === reason.reading ? [] : [{ label: readingLabel(doc.pack, reason.ambiguity, r, lang), uri: link(key) }]));
    return { ...sense, others, byContext: reason.chosen ? link(null) : undefined };
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

import * as vscode from 'vscode';
import type { DocumentScans } from '../../services/documentScans';
import { uriAt, type SectionTarget, type SectionTargets } from '../../services/navigation';
import { rangeContains } from '../../services/host/textDocument';
import { scanOf, toRange, toUri } from '../host/textDocuments';

/**
 * Above this many occurrences a link carries neither its target nor its tooltip until it is used
 * (resolveDocumentLink): VS Code copies every link to the window, and for the 24,000 links of a 1 MB
 * document the targets and tooltips made a request about 5× slower. The hover then shows VS Code's
 * generic "Follow link" instead of where the link goes.
 */
export const DETAILED_LINKS_MAX = 3_000;

interface ConceptTarget {
  target: SectionTarget;
  uri: vscode.Uri;
  tooltip: string;
}

/** A link that knows its concept's target, to fill in when VS Code resolves it. */
class ConceptLink extends vscode.DocumentLink {
  constructor(
    range: vscode.Range,
    readonly concept: ConceptTarget,
  ) {
    super(range);
  }
}

/** Every occurrence links (Ctrl+click) to the section that explains its concept. */
export class ConceptLinkProvider implements vscode.DocumentLinkProvider<vscode.DocumentLink>, vscode.Disposable {
  private readonly provided = new vscode.EventEmitter<vscode.Uri>();
  /** VS Code asked for a document's links (tests wait on it: an open editor asks again after a pack change). */
  readonly onDidProvide = this.provided.event;

  constructor(
    private readonly scans: DocumentScans,
    private readonly targets: SectionTargets,
  ) {}

  dispose(): void {
    this.provided.dispose();
  }

  async provideDocumentLinks(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentLink[]> {
    this.provided.fire(document.uri);
    const doc = scanOf(this.scans, document);
    if (!doc) return [];
    const matches = doc.matches;
    // One target, URI and tooltip per concept: a large document has tens of thousands of occurrences.
    const byConcept = new Map<number, ConceptTarget>();
    for (const m of matches) {
      if (byConcept.has(m.concept)) continue;
      const target = await this.targets.resolve(m.concept, doc);
      byConcept.set(m.concept, { target, uri: toUri(uriAt(target.uri, target.range)), tooltip: tooltip(target) });
    }
    if (token.isCancellationRequested) return [];
    const detailed = matches.length <= DETAILED_LINKS_MAX;
    const links: vscode.DocumentLink[] = [];
    for (const m of matches) {
      const concept = byConcept.get(m.concept)!;
      const range = doc.range(m);
      // The heading that names the concept does not link to itself.
      if (concept.target.kind === 'document' && rangeContains(concept.target.range, range)) continue;
      if (detailed) {
        const link = new vscode.DocumentLink(toRange(range), concept.uri);
        link.tooltip = concept.tooltip;
        links.push(link);
      } else links.push(new ConceptLink(toRange(range), concept));
    }
    return links;
  }

  resolveDocumentLink(link: vscode.DocumentLink): vscode.DocumentLink {
    if (link instanceof ConceptLink) {
      link.target = link.concept.uri;
      link.tooltip = link.concept.tooltip;
    }
    return link;
  }
}

export function tooltip(t: SectionTarget): string {
  switch (t.kind) {
    case 'document':
      return vscode.l10n.t('Go to “{0}” in this document', t.title);
    case 'article':
      return vscode.l10n.t('Go to “{0}” in {1}', t.title, vscode.workspace.asRelativePath(toUri(t.uri)));
    case 'guide':
      return vscode.l10n.t('Go to “{0}” in the concept guide', t.title);
  }
}

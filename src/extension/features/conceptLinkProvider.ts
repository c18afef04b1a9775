import * as vscode from 'vscode';
import type { DocumentScans } from '../services/documentScans';
import { uriAt, type SectionTarget, type SectionTargets } from '../services/sectionTargets';

/** Every occurrence links (Ctrl+click) to the section that explains its concept. */
export class ConceptLinkProvider implements vscode.DocumentLinkProvider {
  constructor(
    private readonly scans: DocumentScans,
    private readonly targets: SectionTargets,
  ) {}

  async provideDocumentLinks(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentLink[]> {
    const doc = this.scans.get(document);
    if (!doc) return [];
    // One target, URI and tooltip per concept: a large document has tens of thousands of occurrences.
    const byConcept = new Map<number, { target: SectionTarget; uri: vscode.Uri; tooltip: string }>();
    for (const m of doc.matches) {
      if (byConcept.has(m.concept)) continue;
      const target = await this.targets.resolve(doc, m.concept);
      byConcept.set(m.concept, { target, uri: uriAt(target.uri, target.range), tooltip: tooltip(target) });
    }
    if (token.isCancellationRequested) return [];
    const links: vscode.DocumentLink[] = [];
    for (const m of doc.matches) {
      const { target, uri, tooltip } = byConcept.get(m.concept)!;
      const range = doc.range(m);
      // The heading that names the concept does not link to itself.
      if (target.kind === 'document' && target.range.contains(range)) continue;
      const link = new vscode.DocumentLink(range, uri);
      link.tooltip = tooltip;
      links.push(link);
    }
    return links;
  }
}

export function tooltip(t: SectionTarget): string {
  switch (t.kind) {
    case 'document':
      return vscode.l10n.t('Go to “{0}” in this document', t.title);
    case 'article':
      return vscode.l10n.t('Go to “{0}” in {1}', t.title, vscode.workspace.asRelativePath(t.uri));
    case 'guide':
      return vscode.l10n.t('Go to “{0}” in the concept guide', t.title);
  }
}

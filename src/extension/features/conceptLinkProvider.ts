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
    const byConcept = new Map<number, SectionTarget>();
    for (const m of doc.matches) if (!byConcept.has(m.concept)) byConcept.set(m.concept, await this.targets.resolve(doc, m.concept));
    if (token.isCancellationRequested) return [];
    const links: vscode.DocumentLink[] = [];
    for (const m of doc.matches) {
      const target = byConcept.get(m.concept)!;
      const range = doc.range(m);
      // The heading that names the concept does not link to itself.
      if (target.kind === 'document' && target.range.contains(range)) continue;
      const link = new vscode.DocumentLink(range, uriAt(target.uri, target.range));
      link.tooltip = tooltip(target);
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

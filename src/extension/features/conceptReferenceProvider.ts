import * as vscode from 'vscode';
import type { DocumentScans } from '../../services/documentScans';
import type { ConceptIndex } from '../../services/index/conceptIndex';
import { scanOf, toRange, toUri } from '../host/textDocuments';

/** Says, in the status bar, that answers leave files out while the workspace is being indexed. */
export function sayIfPartial(index: Pick<ConceptIndex, 'partial' | 'progress'>): void {
  if (!index.partial) return;
  const p = index.progress;
  const text = p
    ? vscode.l10n.t('Concept Lens: partial results, the workspace is being indexed ({0} / {1})', p.done.toLocaleString(), p.total.toLocaleString())
    : vscode.l10n.t('Concept Lens: partial results, the workspace index is not complete');
  vscode.window.setStatusBarMessage(text, 5000);
}

/** Find All References (Shift+F12): the concept's occurrences in open documents and the workspace. */
export class ConceptReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly scans: DocumentScans,
    private readonly occurrences: ConceptIndex,
  ) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const doc = scanOf(this.scans, document);
    const m = doc?.matchAt(position);
    if (!doc || !m) return [];
    const found = await this.occurrences.find(doc.conceptId(m), token);
    sayIfPartial(this.occurrences);
    return found.map((o) => new vscode.Location(toUri(o.uri), toRange(o.range)));
  }
}

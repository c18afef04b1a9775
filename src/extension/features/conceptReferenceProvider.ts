import * as vscode from 'vscode';
import type { DocumentScans } from '../../services/documentScans';
import type { WorkspaceOccurrences } from '../../services/workspaceOccurrences';
import { scanOf, toRange, toUri } from '../host/textDocuments';

/** Find All References (Shift+F12): the concept's occurrences in open documents and the workspace. */
export class ConceptReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly scans: DocumentScans,
    private readonly occurrences: WorkspaceOccurrences,
  ) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const doc = scanOf(this.scans, document);
    const m = doc?.matchAt(position);
    if (!doc || !m) return [];
    const found = await this.occurrences.find(doc.conceptId(m), token);
    return found.map((o) => new vscode.Location(toUri(o.uri), toRange(o.range)));
  }
}

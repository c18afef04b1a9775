import * as vscode from 'vscode';
import type { DocumentScans } from '../services/documentScans';
import type { WorkspaceOccurrences } from '../services/workspaceOccurrences';

/** Find All References (Shift+F12): the concept's occurrences in open documents and the workspace. */
export class ConceptReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly scans: DocumentScans,
    private readonly occurrences: WorkspaceOccurrences,
  ) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const doc = this.scans.get(document);
    const m = doc?.matchAt(position);
    if (!doc || !m) return [];
    return this.occurrences.find(doc.conceptId(m), token);
  }
}

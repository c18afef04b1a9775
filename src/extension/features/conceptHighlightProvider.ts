import * as vscode from 'vscode';
import type { DocumentScans } from '../../services/documentScans';
import { scanOf, toRange } from '../host/textDocuments';

/** Marks the other occurrences of the concept under the cursor. */
export class ConceptHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly scans: DocumentScans) {}

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    const doc = scanOf(this.scans, document);
    const m = doc?.matchAt(position);
    if (!doc || !m) return [];
    return doc.occurrencesOf(m.concept).map((o) => new vscode.DocumentHighlight(toRange(doc.range(o)), vscode.DocumentHighlightKind.Read));
  }
}

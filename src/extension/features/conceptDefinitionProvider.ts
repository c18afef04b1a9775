import * as vscode from 'vscode';
import type { DocumentScans } from '../../services/documentScans';
import type { SectionTargets } from '../../services/navigation';
import { scanOf, toRange, toUri } from '../host/textDocuments';

/** Go to Definition (F12) goes where the occurrence's link goes. */
export class ConceptDefinitionProvider implements vscode.DefinitionProvider {
  constructor(
    private readonly scans: DocumentScans,
    private readonly targets: SectionTargets,
  ) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const doc = scanOf(this.scans, document);
    const m = doc?.matchAt(position);
    if (!doc || !m) return undefined;
    const t = await this.targets.resolve(m.concept, doc);
    return new vscode.Location(toUri(t.uri), toRange(t.range));
  }
}

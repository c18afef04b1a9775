import * as vscode from 'vscode';
import type { PackRegistry } from '../../services/packRegistry';
import type { SectionTargets } from '../../services/navigation';
import { aliasKey } from '../../core/pack/aliasKey';
import { toRange, toUri } from '../host/textDocuments';

/** Workspace symbols (Ctrl+T): concepts by either name, located at their section. */
export class ConceptSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(
    private readonly packs: PackRegistry,
    private readonly targets: SectionTargets,
  ) {}

  async provideWorkspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
    const q = aliasKey(query);
    const cp = this.packs.current;
    const out: vscode.SymbolInformation[] = [];
    for (const [i, c] of cp.concepts.entries()) {
      const names = [c.name.zh, c.name.en, ...c.aliases.map((a) => a.text)].filter((x): x is string => !!x);
      if (q && !names.some((n) => aliasKey(n).includes(q))) continue;
      const t = await this.targets.resolve(i);
      const label = [c.name.zh, c.name.en].filter((x, j, a) => x && a.indexOf(x) === j).join(' · ');
      out.push(new vscode.SymbolInformation(label, vscode.SymbolKind.Key, t.title, new vscode.Location(toUri(t.uri), toRange(t.range))));
    }
    return out;
  }
}

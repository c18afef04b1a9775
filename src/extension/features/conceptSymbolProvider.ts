import * as vscode from 'vscode';
import type { PackRegistry } from '../services/packRegistry';
import type { SectionTargets } from '../services/sectionTargets';
import { aliasKey } from '../../core/pack/aliasKey';

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
    for (const c of cp.concepts) {
      const names = [c.name.zh, c.name.en, ...c.aliases.map((a) => a.text)].filter((x): x is string => !!x);
      if (q && !names.some((n) => aliasKey(n).includes(q))) continue;
      const t = (await this.targets.inArticle(c)) ?? this.targets.inGuide(c);
      const label = [c.name.zh, c.name.en].filter((x, i, a) => x && a.indexOf(x) === i).join(' · ');
      out.push(new vscode.SymbolInformation(label, vscode.SymbolKind.Key, t.title, new vscode.Location(t.uri, t.range)));
    }
    return out;
  }
}

// Occurrences of a concept across the workspace: open documents from their live scans, other
// Markdown files read from disk and scanned, cached by modification time.

import * as vscode from 'vscode';
import { scanDocument } from '../../core/scan/documentScan';
import { LineIndex } from '../../core/text/lineIndex';
import type { CompiledPack } from '../../core/scan/compiledPack';
import type { Match } from '../../core/scan/scanner';
import type { DocumentScans } from './documentScans';
import { readSettings } from './settings';

interface Cached {
  mtime: number;
  pack: CompiledPack;
  matches: Match[];
  lines: LineIndex;
}

const EDITABLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote']);

export class WorkspaceOccurrences {
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly scans: DocumentScans) {}

  async find(conceptId: string, token?: vscode.CancellationToken): Promise<vscode.Location[]> {
    const out: vscode.Location[] = [];
    const seen = new Set<string>();
    for (const doc of vscode.workspace.textDocuments) {
      // Documents the user edits, not views of them (the concept guide, git: and other diff sides).
      if (!EDITABLE_SCHEMES.has(doc.uri.scheme)) continue;
      const scanned = this.scans.get(doc);
      if (!scanned) continue;
      seen.add(doc.uri.toString());
      const ci = scanned.pack.indexOf.get(conceptId);
      if (ci === undefined) continue;
      for (const m of scanned.occurrencesOf(ci)) out.push(new vscode.Location(doc.uri, scanned.range(m)));
    }
    if (!vscode.workspace.workspaceFolders) return out;
    const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git,.vscode-test}/**', 2000, token);
    const limit = readSettings().maxFileSizeKB * 1024;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Concept Lens: scanning the workspace') }, async () => {
      for (const uri of files) {
        if (token?.isCancellationRequested) return;
        if (seen.has(uri.toString())) continue;
        const entry = await this.scanFile(uri, limit);
        if (!entry) continue;
        const ci = entry.pack.indexOf.get(conceptId);
        if (ci === undefined) continue;
        for (const m of entry.matches) {
          if (m.concept !== ci) continue;
          const a = entry.lines.positionAt(m.start);
          const b = entry.lines.positionAt(m.end);
          out.push(new vscode.Location(uri, new vscode.Range(a.line, a.character, b.line, b.character)));
        }
      }
    });
    return out;
  }

  private async scanFile(uri: vscode.Uri, limit: number): Promise<Cached | undefined> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return undefined;
    }
    if (stat.size > limit) return undefined;
    const pack = this.scans.pack;
    const key = uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.mtime === stat.mtime && hit.pack === pack) return hit;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
    const { matches } = scanDocument(text, pack);
    const entry = { mtime: stat.mtime, pack, matches: [...matches], lines: new LineIndex(text) };
    this.cache.set(key, entry);
    return entry;
  }
}

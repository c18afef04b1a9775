// Occurrences of a concept across the workspace: open documents from their live scans, other
// Markdown files read from disk and scanned, cached by modification time. Files over the size limit
// (by their stat, in bytes) are not read.

import * as vscode from 'vscode';
import { scanDocument } from '../../core/scan/documentScan';
import { LineIndex } from '../../core/text/lineIndex';
import type { CompiledPack } from '../../core/scan/compiledPack';
import type { Match } from '../../core/scan/scanner';
import type { DocumentScans } from './documentScans';
import { readSettings } from './settings';
import { isSourceDocument } from '../schemes';
import { exceedsSizeLimit } from '../../core/features/sizeLimit';

interface Cached {
  mtime: number;
  pack: CompiledPack;
  matches: Match[];
  lines: LineIndex;
}

export class WorkspaceOccurrences {
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly scans: DocumentScans) {}

  async find(conceptId: string, token?: vscode.CancellationToken): Promise<vscode.Location[]> {
    const out: vscode.Location[] = [];
    await this.eachDocument(token, (uri, pack, matches, range) => {
      const ci = pack.indexOf.get(conceptId);
      if (ci === undefined) return;
      for (const m of matches) if (m.concept === ci) out.push(new vscode.Location(uri, range(m)));
    });
    return out;
  }

  /** How often each concept occurs in the workspace's Markdown (open documents as they are now). */
  async counts(token?: vscode.CancellationToken): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    await this.eachDocument(token, (_uri, pack, matches) => {
      for (const m of matches) {
        const id = pack.concepts[m.concept]!.id;
        out.set(id, (out.get(id) ?? 0) + 1);
      }
    });
    return out;
  }

  /** Visits every Markdown document: open ones from their live scans, the others read from disk. */
  private async eachDocument(token: vscode.CancellationToken | undefined, visit: (uri: vscode.Uri, pack: CompiledPack, matches: readonly Match[], range: (m: Match) => vscode.Range) => void): Promise<void> {
    const seen = new Set<string>();
    for (const doc of vscode.workspace.textDocuments) {
      // Documents the user edits, of any scheme, not views of them (the concept guide, a diff's git: side).
      if (!isSourceDocument(doc.uri)) continue;
      const scanned = this.scans.get(doc);
      if (!scanned) continue;
      seen.add(doc.uri.toString());
      visit(doc.uri, scanned.pack, scanned.matches, (m) => scanned.range(m));
    }
    if (!vscode.workspace.workspaceFolders) return;
    const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git,.vscode-test}/**', 2000, token);
    const limitKB = readSettings().maxFileSizeKB;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Concept Lens: scanning the workspace') }, async () => {
      for (const uri of files) {
        if (token?.isCancellationRequested) return;
        if (seen.has(uri.toString())) continue;
        const entry = await this.scanFile(uri, limitKB);
        if (!entry) continue;
        visit(uri, entry.pack, entry.matches, (m) => {
          const a = entry.lines.positionAt(m.start);
          const b = entry.lines.positionAt(m.end);
          return new vscode.Range(a.line, a.character, b.line, b.character);
        });
      }
    });
  }

  private async scanFile(uri: vscode.Uri, limitKB: number): Promise<Cached | undefined> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return undefined;
    }
    if (exceedsSizeLimit(stat.size, limitKB)) return undefined;
    const pack = this.scans.pack;
    const key = uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.mtime === stat.mtime && hit.pack === pack) return hit;
    let text: string;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      // The file may have grown since its stat (or a file system may not know sizes).
      if (exceedsSizeLimit(bytes.byteLength, limitKB)) return undefined;
      text = new TextDecoder().decode(bytes);
    } catch {
      return undefined;
    }
    const { matches } = scanDocument(text, pack);
    const entry = { mtime: stat.mtime, pack, matches: [...matches], lines: new LineIndex(text) };
    this.cache.set(key, entry);
    return entry;
  }
}

// VS Code's documents and ranges as the host-free services see them (src/services/host), and back.

import * as vscode from 'vscode';
import type { ITextDocument, Position, Range } from '../../services/host/textDocument';
import type { DocumentScans } from '../../services/documentScans';
import type { ScannedDocument } from '../../services/scannedDocument';
import { LANGUAGE_SAMPLE } from '../../core/features/language';

/** A vscode.TextDocument seen through ITextDocument: the services read it, never copy it. */
class HostTextDocument implements ITextDocument {
  readonly uri: string;

  constructor(readonly document: vscode.TextDocument) {
    this.uri = document.uri.toString();
  }

  get languageId(): string {
    return this.document.languageId;
  }

  get version(): number {
    return this.document.version;
  }

  get isClosed(): boolean {
    return this.document.isClosed;
  }

  get lineCount(): number {
    return this.document.lineCount;
  }

  get length(): number {
    // Without getText(), which copies the whole document on every call.
    const d = this.document;
    return d.offsetAt(d.lineAt(d.lineCount - 1).range.end);
  }

  getText(): string {
    return this.document.getText();
  }

  positionAt(offset: number): Position {
    return this.document.positionAt(offset);
  }

  offsetAt(p: Position): number {
    return this.document.offsetAt(p instanceof vscode.Position ? p : new vscode.Position(p.line, p.character));
  }
}

/** The opening of a document that decides its language: a code action or hover does not copy the whole text. */
export function languageSample(document: vscode.TextDocument): { text: string } {
  return { text: document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(LANGUAGE_SAMPLE))) };
}

/** A vscode.TextDocument as an ITextDocument. A view, made per call: the services key documents by URI. */
export function hostDocument(document: vscode.TextDocument): ITextDocument {
  return new HostTextDocument(document);
}

/** The vscode.TextDocument behind an ITextDocument made by hostDocument(). */
export function vscodeDocument(doc: ITextDocument): vscode.TextDocument | undefined {
  return doc instanceof HostTextDocument ? doc.document : undefined;
}

export function toPosition(p: Position): vscode.Position {
  return p instanceof vscode.Position ? p : new vscode.Position(p.line, p.character);
}

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(toPosition(r.start), toPosition(r.end));
}

export function toUri(uri: string): vscode.Uri {
  return vscode.Uri.parse(uri);
}

/** The up-to-date scan of a VS Code document (undefined: not scanned). */
export function scanOf(scans: Pick<DocumentScans, 'get'>, document: vscode.TextDocument): ScannedDocument | undefined {
  return scans.get(hostDocument(document));
}

// What the services need of an open text document: the spirit of vscode-markdown-languageservice's
// ITextDocument. URIs are strings (the host's own URI's toString()): services compare and key them,
// and only adapters turn them back into the host's URIs.

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface ITextDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  readonly isClosed: boolean;
  readonly lineCount: number;
  /** The length in UTF-16 units, without copying the text (getText() copies it). */
  readonly length: number;
  getText(): string;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

/** One change of an edit, as the host reports it: the replaced range by offsets, and the new text. */
export interface TextChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

export function positionBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

export function rangeContains(outer: Range, inner: Range): boolean {
  return !positionBefore(inner.start, outer.start) && !positionBefore(outer.end, inner.end);
}

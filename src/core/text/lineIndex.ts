import { Ch } from './charCodes';

/** Zero-based line and character, in UTF-16 code units, as VS Code counts them. */
export interface Position {
  line: number;
  character: number;
}

/**
 * Maps UTF-16 offsets to line/character. Lines end at \n, \r\n or a lone \r, as in VS Code.
 */
export class LineIndex {
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === Ch.LineFeed) starts.push(i + 1);
      else if (c === Ch.CarriageReturn) {
        if (text.charCodeAt(i + 1) === Ch.LineFeed) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const line = this.lineAt(offset);
    return { line, character: offset - this.lineStarts[line]! };
  }

  offsetAt(pos: Position): number {
    const start = this.lineStarts[Math.min(Math.max(pos.line, 0), this.lineStarts.length - 1)] ?? 0;
    return Math.min(start + Math.max(pos.character, 0), this.text.length);
  }
}

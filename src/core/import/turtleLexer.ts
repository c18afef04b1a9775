// The tokens of Turtle, for the subset a SKOS scheme uses: IRIs, prefixed names, blank node labels,
// string literals (short and long, with escapes and language tags), booleans, numbers, `a`, the
// directives and punctuation. Every token is read by one forward pass over its characters and no
// character is read twice more than once, so reading is linear in the text, whatever it holds; no
// regular expression runs over more than one character.

import { LineIndex } from '../text/lineIndex';

export class TurtleError extends Error {
  constructor(
    message: string,
    /** 1-based. */
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export type Token =
  | { kind: 'iri'; value: string; at: number }
  | { kind: 'pname'; prefix: string; local: string; at: number }
  | { kind: 'bnode'; value: string; at: number }
  | { kind: 'string'; value: string; lang: string | undefined; at: number }
  | { kind: 'word'; value: string; at: number }
  | { kind: 'number'; value: string; at: number }
  | { kind: 'punct'; value: '.' | ';' | ',' | '[' | ']' | '(' | ')' | '^^'; at: number }
  | { kind: 'eof'; at: number };

const ESCAPES: Readonly<Record<string, string>> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };
/** Characters a prefixed name's local part may hold after a backslash. */
const LOCAL_ESCAPES = "_~.-!$&'()*+,;=/?#@%";

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46 || c >= 0xb7;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

export class TurtleLexer {
  private pos = 0;
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  lineAt(offset: number): number {
    return this.lines.positionAt(Math.min(offset, this.text.length)).line + 1;
  }

  fail(message: string, at: number): never {
    throw new TurtleError(message, this.lineAt(at));
  }

  /** A short, printable piece of the text at `at`, for messages. */
  private shown(at: number): string {
    return JSON.stringify(this.text.slice(at, at + 20));
  }

  private skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (isSpace(c)) this.pos++;
      else if (c === 0x23) {
        while (this.pos < t.length && t.charCodeAt(this.pos) !== 0x0a && t.charCodeAt(this.pos) !== 0x0d) this.pos++;
      } else return;
    }
  }

  next(): Token {
    this.skipSpace();
    const t = this.text;
    const at = this.pos;
    if (at >= t.length) return { kind: 'eof', at };
    const ch = t[at]!;
    if (ch === '<') return this.iri();
    if (ch === '"' || ch === "'") return this.string(ch);
    if (ch === '^' && t[at + 1] === '^') {
      this.pos += 2;
      return { kind: 'punct', value: '^^', at };
    }
    if (ch === '.' || ch === ';' || ch === ',' || ch === '[' || ch === ']' || ch === '(' || ch === ')') {
      this.pos++;
      return { kind: 'punct', value: ch, at };
    }
    if (ch === '@') return this.directive();
    const c = t.charCodeAt(at);
    if ((c >= 48 && c <= 57) || ch === '+' || ch === '-') return this.number();
    if (isNameChar(c) && ch !== '.' && ch !== '-') return this.name();
    return this.fail(`unexpected ${this.shown(at)}`, at);
  }

  /** `<…>`: characters up to `>`, \u and \U escapes decoded; a space or a control character ends it in error. */
  private iri(): Token {
    const t = this.text;
    const at = this.pos;
    let out = '';
    let from = ++this.pos;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x3e) {
        out += t.slice(from, this.pos);
        this.pos++;
        return { kind: 'iri', value: out, at };
      }
      if (c === 0x5c) {
        out += t.slice(from, this.pos);
        const e = t[this.pos + 1];
        if (e !== 'u' && e !== 'U') this.fail('an IRI may only hold \\u and \\U escapes', this.pos);
        out += this.unicodeEscape();
        from = this.pos;
      } else if (c <= 0x20 || c === 0x3c || c === 0x22 || c === 0x7b || c === 0x7d || c === 0x7c || c === 0x5e || c === 0x60) {
        this.fail(`the IRI that starts here is not closed by ">" (found ${JSON.stringify(t[this.pos])})`, at);
      } else this.pos++;
    }
    return this.fail('the IRI that starts here is not closed by ">"', at);
  }

  /** \uXXXX or \UXXXXXXXX at pos; pos ends after it. */
  private unicodeEscape(): string {
    const t = this.text;
    const at = this.pos;
    const n = t[at + 1] === 'u' ? 4 : 8;
    let code = 0;
    for (let i = 0; i < n; i++) {
      const c = t.charCodeAt(at + 2 + i);
      if (!isHex(c)) this.fail(`a \\${t[at + 1]} escape needs ${n} hexadecimal digits`, at);
      code = code * 16 + parseInt(t[at + 2 + i]!, 16);
    }
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) this.fail('an escape names no Unicode character', at);
    this.pos = at + 2 + n;
    return String.fromCodePoint(code);
  }

  private string(quote: string): Token {
    const t = this.text;
    const at = this.pos;
    const long = t[at + 1] === quote && t[at + 2] === quote;
    this.pos += long ? 3 : 1;
    const value = long ? this.longBody(quote, at) : this.shortBody(quote, at);
    let lang: string | undefined;
    if (t[this.pos] === '@') lang = this.langTag();
    return { kind: 'string', value, lang, at };
  }

  private escape(): string {
    const t = this.text;
    const e = t[this.pos + 1];
    if (e === 'u' || e === 'U') return this.unicodeEscape();
    const out = e === undefined ? undefined : ESCAPES[e];
    if (out === undefined) this.fail(`unknown escape ${JSON.stringify('\\' + (e ?? ''))} in a string`, this.pos);
    this.pos += 2;
    return out;
  }

  private shortBody(quote: string, at: number): string {
    const t = this.text;
    const q = quote.charCodeAt(0);
    let out = '';
    let from = this.pos;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === q) {
        out += t.slice(from, this.pos++);
        return out;
      }
      if (c === 0x0a || c === 0x0d) break;
      if (c === 0x5c) {
        out += t.slice(from, this.pos) + this.escape();
        from = this.pos;
      } else this.pos++;
    }
    return this.fail(`the string that starts here is not closed on its line (use ${quote.repeat(3)} for a string of several lines)`, at);
  }

  private longBody(quote: string, at: number): string {
    const t = this.text;
    const q = quote.charCodeAt(0);
    let out = '';
    let from = this.pos;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x5c) {
        out += t.slice(from, this.pos) + this.escape();
        from = this.pos;
      } else if (c === q) {
        let run = 1;
        while (t.charCodeAt(this.pos + run) === q) run++;
        if (run >= 3) {
          if (run > 5) this.fail('more than two quotes before the end of a long string', this.pos);
          out += t.slice(from, this.pos + run - 3);
          this.pos += run;
          return out;
        }
        this.pos += run;
      } else this.pos++;
    }
    return this.fail(`the long string that starts here is not closed by ${quote.repeat(3)}`, at);
  }

  /** `@xx-yy` after a string: letters, then groups of letters and digits after hyphens. */
  private langTag(): string {
    const t = this.text;
    const at = ++this.pos;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (letter || (this.pos > at && ((c >= 48 && c <= 57) || c === 45))) this.pos++;
      else break;
    }
    const tag = t.slice(at, this.pos);
    if (tag === '' || tag.endsWith('-') || tag.includes('--')) this.fail('a language tag must be letters and hyphenated groups, such as @zh or @en-GB', at);
    return tag.toLowerCase();
  }

  /** `@prefix`, `@base`. */
  private directive(): Token {
    const t = this.text;
    const at = this.pos++;
    while (this.pos < t.length && ((t.charCodeAt(this.pos) | 0x20) >= 97 && (t.charCodeAt(this.pos) | 0x20) <= 122)) this.pos++;
    const word = t.slice(at, this.pos);
    if (word !== '@prefix' && word !== '@base') this.fail(`unknown directive ${JSON.stringify(word.slice(0, 20))}`, at);
    return { kind: 'word', value: word, at };
  }

  private number(): Token {
    const t = this.text;
    const at = this.pos++;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if ((c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45) this.pos++;
      else break;
    }
    while (this.pos > at + 1 && t[this.pos - 1] === '.') this.pos--; // a final `.` ends the statement
    const value = t.slice(at, this.pos);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) this.fail(`not a number: ${JSON.stringify(value.slice(0, 20))}`, at);
    return { kind: 'number', value, at };
  }

  /** A prefixed name, a blank node label (`_:x`) or a bare word (a, true, false, PREFIX, BASE). */
  private name(): Token {
    const t = this.text;
    const at = this.pos;
    let out = '';
    let from = at;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x25) {
        if (!isHex(t.charCodeAt(this.pos + 1)) || !isHex(t.charCodeAt(this.pos + 2))) this.fail('a % in a name needs two hexadecimal digits', this.pos);
        this.pos += 3;
      } else if (c === 0x5c) {
        const e = t[this.pos + 1] ?? '';
        if (e === '' || !LOCAL_ESCAPES.includes(e)) this.fail(`unknown escape ${JSON.stringify('\\' + e)} in a name`, this.pos);
        out += t.slice(from, this.pos) + e;
        this.pos += 2;
        from = this.pos;
      } else if (isNameChar(c) && !isSpace(c)) this.pos++;
      else break;
    }
    // A name does not end with `.`: trailing ones end the statement.
    while (this.pos > from && t[this.pos - 1] === '.') this.pos--;
    out += t.slice(from, this.pos);
    if (out.startsWith('_:')) return { kind: 'bnode', value: out.slice(2), at };
    const colon = out.indexOf(':');
    if (colon < 0) return { kind: 'word', value: out, at };
    return { kind: 'pname', prefix: out.slice(0, colon), local: out.slice(colon + 1), at };
  }
}

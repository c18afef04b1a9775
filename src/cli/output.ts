// The occurrences on stdout, written as they are found in chunks of bounded size: a file with millions of
// matches never becomes one string, and a slow reader slows the scan down instead of filling memory.

import { writeSync } from 'node:fs';
import type { Format } from './args';
import { escapeName } from './names';
import type { Occurrence } from '../core/scan/documentScan';

/** Where output and messages go; tests pass their own. */
export interface Io {
  out: (s: string) => void;
  /** One message; the newline is the writer's. */
  err: (line: string) => void;
}

/** stdout and stderr written synchronously: process.stdout on a pipe would queue every chunk in memory. */
export function processIo(): Io {
  return { out: (s) => writeAllSync(1, s), err: (line) => writeQuietly(2, line + '\n') };
}

/** For messages: when stderr itself is closed there is nobody left to tell, and the exit status still says it. */
function writeQuietly(fd: number, s: string): void {
  try {
    writeAllSync(fd, s);
  } catch {
    // Nothing to do.
  }
}

const SLEEPER = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `s` to a file descriptor, blocking. A pipe made non-blocking by someone sharing it
 * (Node makes stderr's non-blocking, and `2>&1` shares it with stdout) answers EAGAIN when full: then
 * wait for the reader, a little longer each time, instead of spinning.
 */
export function writeAllSync(fd: number, s: string): void {
  const bytes = Buffer.from(s, 'utf8');
  let written = 0;
  let waitMs = 1;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written);
      waitMs = 1;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(SLEEPER, 0, 0, waitMs);
      waitMs = Math.min(waitMs * 2, 50);
    }
  }
}

/** The output could not be written (EPIPE when the reader went away): the run stops. */
export class OutputError extends Error {
  constructor(readonly reason: unknown) {
    super(`cannot write the output: ${(reason as NodeJS.ErrnoException | undefined)?.code ?? String(reason)}`);
  }

  /** The reader stopped reading (`| head`): nothing is wrong, there is nobody left to tell. */
  get readerGone(): boolean {
    return (this.reason as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
  }
}

/** About this many UTF-16 units are gathered before a write: a few hundred rows. */
const CHUNK = 64 * 1024;

/** The longest section heading a JSON row repeats, in UTF-16 units; longer ones end with "…". */
export const SECTION_MAX = 200;

/** `text` cut to at most `max` units plus an ellipsis, never inside a surrogate pair. */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return text.slice(0, cut) + '…';
}

/** Rows as JSON (one array) or as text lines, flushed every CHUNK characters. */
export class RowWriter {
  private pending = '';
  private lastSection: Occurrence['section'] = undefined;
  private lastSectionJson = 'null';
  private rows = 0;
  /** The current file's name, as JSON and as text: made once per file, not once per row. */
  private fileJson = '""';
  private fileText = '';

  /**
   * `continued`: the rows go after rows written elsewhere (a scan worker's, put in place by
   * rowsFrom()): in JSON, the first one starts with a comma too.
   */
  constructor(
    private readonly format: Format,
    private readonly out: (s: string) => void,
    private readonly continued = false,
  ) {}

  /** How many rows were written. */
  get count(): number {
    return this.rows;
  }

  /** Rows another writer made with `continued` (a worker's, for one file), `count` of them, in place. */
  rowsFrom(chunk: string, count: number): void {
    if (count === 0) return;
    // The first row of all has no comma before it.
    this.pending += this.format === 'json' && this.rows === 0 ? chunk.slice(1) : chunk;
    this.rows += count;
    if (this.pending.length >= CHUNK) this.flush();
  }

  begin(): void {
    if (this.format === 'json') this.pending += '[';
  }

  /** The file of the rows that follow, its name as shown. */
  file(shown: string): void {
    this.fileJson = JSON.stringify(shown);
    this.fileText = escapeName(shown);
  }

  /**
   * One occurrence. The JSON is what JSON.stringify of {file, concept, start, end, line, column, text,
   * section} writes, built by hand to spare an object and a stringify of the name per row. A row is
   * added whole, so the JSON stays valid if a scan fails after it.
   */
  row(o: Occurrence): void {
    if (this.format === 'json') {
      const section = this.sectionJson(o.section);
      this.pending += `${this.rows === 0 && !this.continued ? '\n' : ',\n'}{"file":${this.fileJson},"concept":${JSON.stringify(o.concept)},"start":${o.start},"end":${o.end},"line":${o.line},"column":${o.column},"text":${JSON.stringify(o.text)},"section":${section}}`;
    } else this.pending += `${this.fileText}:${o.line + 1}:${o.column + 1} ${o.concept} ${JSON.stringify(o.text)}\n`;
    this.rows++;
    if (this.pending.length >= CHUNK) this.flush();
  }

  /**
   * A section's heading as JSON, cut to SECTION_MAX units: every row repeats it, so a heading of 40 KB
   * with thousands of occurrences under it would otherwise make the output grow with their product.
   * Rows of one section share one heading object, so it is written once.
   */
  private sectionJson(section: Occurrence['section']): string {
    if (section === undefined) return 'null';
    if (section !== this.lastSection) {
      this.lastSection = section;
      this.lastSectionJson = JSON.stringify(cutText(section.text, SECTION_MAX));
    }
    return this.lastSectionJson;
  }

  end(): void {
    if (this.format === 'json') this.pending += this.rows === 0 ? ']\n' : '\n]\n';
    this.flush();
  }

  flush(): void {
    if (this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    try {
      this.out(chunk);
    } catch (e) {
      throw new OutputError(e);
    }
  }
}

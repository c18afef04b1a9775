// Command-line arguments of `concept-lens`.

import { availableParallelism } from 'node:os';
import { isLintRule, isSeverity, type LintRuleId, type Severity } from '../core/lint/lintTypes';
import { ExportUsageError, parseExportArgs, parseImportArgs, type ExportArgs, type ImportArgs } from './exportArgs';
import { localeLanguage } from './messageLanguage';
import type { ReadingsArgs } from './readingsCommand';

export type Format = 'json' | 'text';

export interface ScanArgs {
  command: 'scan';
  paths: string[];
  packs: string[];
  builtin: boolean;
  format: Format;
  /** Worker threads to scan with; 1 scans in the main thread. */
  jobs: number;
}

export interface DraftArgs {
  command: 'draft';
  file: string;
  max: number;
  lang: 'auto' | 'zh' | 'en';
}

export type LintFormat = 'json' | 'text' | 'sarif';

export interface LintArgs {
  command: 'lint';
  paths: string[];
  packs: string[];
  builtin: boolean;
  format: LintFormat;
  fix: boolean;
  /** The language of the messages. */
  lang: 'en' | 'zh';
  /** Severities given with --rule RULE=SEVERITY. */
  rules: Partial<Record<LintRuleId, Severity>>;
}

export interface RenderArgs {
  command: 'render';
  file: string;
  packs: string[];
  builtin: boolean;
  /** The language of the tooltips: auto (the document's script), zh or en. */
  lang: 'auto' | 'zh' | 'en';
  /** Let the document's raw HTML through. */
  html: boolean;
}

export type CliArgs = ScanArgs | ReadingsArgs | DraftArgs | LintArgs | RenderArgs | ExportArgs | ImportArgs | { command: 'help' } | { command: 'version' };

export const USAGE = `Usage: concept-lens scan PATH... [--pack FILE]... [--no-builtin] [--format json|text] [--jobs N]
       concept-lens readings PATH... [--pack FILE]... [--no-builtin] [--format json|text]
       concept-lens draft FILE [--max N] [--lang auto|zh|en]
       concept-lens render FILE [--pack FILE]... [--no-builtin] [--lang auto|zh|en] [--html] > page.html
       concept-lens lint PATH... [--pack FILE]... [--no-builtin] [--format text|json|sarif] [--fix]
                              [--rule RULE=SEVERITY]... [--lang en|zh]
       concept-lens export PATH... --format md|csv|json|skos [--pack FILE]... [--no-builtin] [--base IRI]
       concept-lens import FILE.ttl|FILE.csv > pack.json

Scans Markdown files (folders are searched recursively for *.md and *.markdown) for the concepts
of the built-in pack and of every --pack given.

  --pack FILE     add a concept pack (JSON); repeatable. A later pack's concept replaces an
                  earlier one with the same id. A pack's problems are said on stderr, in Chinese
                  when the locale (LC_ALL, LC_MESSAGES or LANG) is zh_*, else in English.
  --no-builtin    do not use the built-in pack for "熵与涌现：大模型的智能之谜".
  --format json   one JSON array of {file, concept, start, end, line, column, text, section};
                  offsets are UTF-16 code units, end exclusive; line and column are 0-based;
                  section is the heading's text, cut to 200 units with "…".
  --format text   one "file:line:col concept "text"" line per occurrence, line and column
                  1-based (the default). A control character or a backslash in a file name is
                  escaped as in JSON (\\n, \\u001b, \\\\), so that every line is one occurrence.
  --jobs N        scan with N worker threads (default: one per core); the output is the same,
                  in the same order, whatever N.
  -h, --help      this text.

readings lists every name the packs read more than one way (熵, attention, emerge), annotated or not,
with the reading it got and why: "file:line:col "text" → reading (scope "cue")", or with --format json
{file, start, end, line, column, text, reading, scope, cue, tied, annotated}. The reading is a concept's id
or another sense's id; scope is sentence, paragraph, section, document, chosen (a concept-lens-read
comment) or null (nothing pointed elsewhere); tied is true when that scope spoke as much for another
reading and no wider one decided ("a tie" in the text). For pack authors: a wrong reading shows the cue
to add or remove.

draft prints a draft concept pack (JSON) for one Markdown file, from its own prose only: terms that
recur (Chinese found statistically, English noun phrases), emphasised terms, terms in headings and
glosses such as 嵌入（Embedding）. Sections come from the headings; every explanation is a placeholder.

  --max N         keep the N best candidates (default 60).
  --lang L        zh or en: candidates of that language only; auto (the default): both.

lint checks the concept names in Markdown files: concept-misspelling (a word a few edits from a
concept's name that is no real word, or a Chinese run that reads like a name in pinyin), concept-name-
variant (two names of one concept in one document), concept-first-gloss (off unless asked: the first
mention of a concept in Chinese text gives its English name in parentheses) and concept-read-directive
(a concept-lens-read comment whose name or reading the pack does not know).

  --format text   "file:line:col severity rule message" lines, 1-based (the default).
  --format json   one JSON array of {file, rule, severity, concept, start, end, line, column, text,
                  message, fixes: [{title, replacement}]}; offsets UTF-16, end exclusive, 0-based.
  --format sarif  SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
  --fix           apply the safe fixes (a misspelling with one candidate, a preferred name), write
                  each changed file atomically, say on stderr what changed, then report what is left.
  --rule R=S      the severity of rule R: off, hint, information, warning or error.
  --lang L        the language of the messages, the pack's problems included: en or zh (default: from
                  LC_ALL, LC_MESSAGES or LANG).
  Lint exits with 1 when a diagnostic of severity error is left, and 2 for unreadable input or a bad pack.

render writes FILE as one standalone HTML page on stdout, annotated as VS Code's Markdown preview
annotates it: every concept occurrence links to the heading of the document that names the concept and
has both names and the explanation as its tooltip. A small stylesheet (light and dark) is inlined; the
page has no script. Front matter is left out; headings get the preview's ids.

  --lang L        the language of the tooltips: auto (the document's script; the default), zh or en.
  --html          let the document's raw HTML through (by default it is shown as text).

export writes the concepts of the packs, and where they occur in the Markdown files, to stdout:

  --format md     a Markdown glossary: concepts by the article's sections, both names, the
                  explanation, relations, and occurrences as links (file#L12) relative to the
                  current folder, so write it there.
  --format csv    one row per occurrence: file, line, column (1-based), concept, name_zh, name_en,
                  section, text. RFC 4180, CRLF, UTF-8 with a byte order mark (Excel keeps Chinese).
                  A cell that starts with = + - @ (a spreadsheet formula) gets a leading apostrophe.
  --format json   {format, version, pack, sections, concepts, occurrences}; see docs/export-formats.md.
  --format skos   the packs as a W3C SKOS concept scheme in Turtle; PATH is optional.
  --base IRI      the scheme's base IRI: concepts are IRI + id (default
                  https://concept-lens.invalid/packs/PACK-ID/).

import reads a SKOS concept scheme in Turtle (.ttl) or a glossary CSV (.csv: zh, en and an optional
explanation; a header row is optional) and prints a concept pack (JSON) for --pack. Ids come from
the IRI, the English name or the pinyin of the Chinese name. A problem is reported with its line,
and exits with 2 without printing a pack.

  -v, --version   the version.

Only regular files are read, UTF-8 or UTF-16 with a byte order mark, up to 64 MB each. Anything else
named like Markdown (a FIFO, a device, a socket), a binary file, a file that is not valid UTF-8 and a
larger file are skipped and named on stderr. A folder reached again through a symbolic link is searched
once.

Exit status: 0 when everything was read; 1 when a pack had errors (warnings alone keep 0); 2 when a file could not be
read or scanned (or was skipped), the output could not be written, or the arguments are wrong. Every
readable file is scanned in any case.`;

export class UsageError extends Error {}

/** One job per core. */
function defaultJobs(): number {
  return Math.max(1, Math.min(256, availableParallelism()));
}

/** The value of an option given as `--name value` or `--name=value`; advances past it. */
function optionValue(rest: readonly string[], at: { i: number }): string {
  const a = rest[at.i]!;
  const eq = a.indexOf('=');
  if (eq > 0) return a.slice(eq + 1);
  const v = rest[++at.i];
  if (v === undefined) throw new UsageError(`${a} needs a value`);
  return v;
}

function parseDraftArgs(rest: readonly string[]): DraftArgs {
  const args: DraftArgs = { command: 'draft', file: '', max: 60, lang: 'auto' };
  const files: string[] = [];
  for (const at = { i: 0 }; at.i < rest.length; at.i++) {
    const a = rest[at.i]!;
    if (a === '--max' || a.startsWith('--max=')) {
      const v = optionValue(rest, at);
      const n = Number(v);
      if (!/^[0-9]+$/.test(v) || n < 1 || n > 1000) throw new UsageError(`--max must be a whole number from 1 to 1000, not "${v}"`);
      args.max = n;
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = optionValue(rest, at);
      if (v !== 'auto' && v !== 'zh' && v !== 'en') throw new UsageError(`--lang must be auto, zh or en, not "${v}"`);
      args.lang = v;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError('draft needs exactly one Markdown file');
  args.file = files[0]!;
  return args;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) return { command: 'help' };
  if (argv.includes('-v') || argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === 'draft') return parseDraftArgs(rest);
  if (command === 'lint') return parseLintArgs(rest);
  if (command === 'render') return parseRenderArgs(rest);
  if (command === 'export' || command === 'import') {
    try {
      return command === 'export' ? parseExportArgs(rest) : parseImportArgs(rest);
    } catch (e) {
      throw e instanceof ExportUsageError ? new UsageError(e.message) : e;
    }
  }
  if (command !== 'scan' && command !== 'readings') throw new UsageError(`unknown command "${command}"`);
  const args: ScanArgs = { command: 'scan', paths: [], packs: [], builtin: true, format: 'text', jobs: defaultJobs() };
  let jobsGiven = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--pack' || a.startsWith('--pack=')) args.packs.push(value());
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = value();
      if (f !== 'json' && f !== 'text') throw new UsageError(`--format must be json or text, not "${f}"`);
      args.format = f;
    } else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const v = value();
      const n = Number(v);
      if (!/^[0-9]+$/.test(v) || n < 1 || n > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not "${v}"`);
      args.jobs = n;
      jobsGiven = true;
    } else if (a === '--no-builtin') args.builtin = false;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else args.paths.push(a);
  }
  if (args.paths.length === 0) throw new UsageError(`${command} needs at least one file or folder`);
  if (!args.builtin && args.packs.length === 0) throw new UsageError('--no-builtin needs at least one --pack');
  if (command === 'scan') return args;
  if (jobsGiven) throw new UsageError('readings takes no --jobs');
  return { command: 'readings', paths: args.paths, packs: args.packs, builtin: args.builtin, format: args.format };
}

function parseLintArgs(rest: readonly string[]): LintArgs {
  const args: LintArgs = { command: 'lint', paths: [], packs: [], builtin: true, format: 'text', fix: false, lang: localeLanguage(), rules: {} };
  for (const at = { i: 0 }; at.i < rest.length; at.i++) {
    const a = rest[at.i]!;
    if (a === '--pack' || a.startsWith('--pack=')) args.packs.push(optionValue(rest, at));
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = optionValue(rest, at);
      if (f !== 'json' && f !== 'text' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${f}"`);
      args.format = f;
    } else if (a === '--rule' || a.startsWith('--rule=')) {
      const v = optionValue(rest, at);
      const [rule, severity] = v.split('=');
      if (!isLintRule(rule) || !isSeverity(severity)) throw new UsageError(`--rule takes RULE=SEVERITY (concept-misspelling, concept-name-variant, concept-first-gloss or concept-read-directive; off, hint, information, warning or error), not "${v}"`);
      args.rules[rule] = severity;
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = optionValue(rest, at);
      if (v !== 'en' && v !== 'zh') throw new UsageError(`--lang must be en or zh, not "${v}"`);
      args.lang = v;
    } else if (a === '--fix') args.fix = true;
    else if (a === '--no-builtin') args.builtin = false;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else args.paths.push(a);
  }
  if (args.paths.length === 0) throw new UsageError('lint needs at least one file or folder');
  if (!args.builtin && args.packs.length === 0) throw new UsageError('--no-builtin needs at least one --pack');
  return args;
}

function parseRenderArgs(rest: readonly string[]): RenderArgs {
  const args: RenderArgs = { command: 'render', file: '', packs: [], builtin: true, lang: 'auto', html: false };
  const files: string[] = [];
  for (const at = { i: 0 }; at.i < rest.length; at.i++) {
    const a = rest[at.i]!;
    if (a === '--pack' || a.startsWith('--pack=')) args.packs.push(optionValue(rest, at));
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = optionValue(rest, at);
      if (v !== 'auto' && v !== 'zh' && v !== 'en') throw new UsageError(`--lang must be auto, zh or en, not "${v}"`);
      args.lang = v;
    } else if (a === '--html') args.html = true;
    else if (a === '--no-builtin') args.builtin = false;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError('render needs exactly one Markdown file');
  if (!args.builtin && args.packs.length === 0) throw new UsageError('--no-builtin needs at least one --pack');
  args.file = files[0]!;
  return args;
}

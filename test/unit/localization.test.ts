// Localization: every runtime message (vscode.l10n.t in src/extension) is in both l10n bundles with
// its placeholders intact, and the manifest strings (package.nls*.json) cover package.json.

import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../support/paths';

const EXTENSION_SRC = join(ROOT, 'src', 'extension');
const BUNDLE_EN = join(ROOT, 'l10n', 'bundle.l10n.json');
const BUNDLE_ZH = join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json');

function readJson(path: string): Record<string, unknown> {
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  assert.ok(value && typeof value === 'object' && !Array.isArray(value), `${relative(ROOT, path)} is a JSON object`);
  return value as Record<string, unknown>;
}

/** A bundle or package.nls file, its values as strings (an entry with a comment is `{ message, comment }`). */
function readStrings(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(readJson(path))) {
    const message = typeof v === 'string' ? v : v && typeof v === 'object' ? (v as { message?: unknown }).message : undefined;
    assert.equal(typeof message, 'string', `${relative(ROOT, path)}: the value of "${k}" is a string or { message }`);
    out[k] = message as string;
  }
  return out;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The value of a JS string literal's body (the text between the quotes). */
function unescapeJs(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e.length > 1 && (e[0] === 'u' || e[0] === 'x')) return String.fromCharCode(parseInt(e.slice(1), 16));
    switch (e) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case '0':
        return '\0';
      case '\n':
      case '\r\n':
        return ''; // line continuation
      default:
        return e;
    }
  });
}

interface Message {
  text: string;
  where: string;
  /** The object form with a comment: its bundle key is `message/comment`. */
  commented?: boolean;
}

/**
 * Every message of a `l10n.t(` call: its first argument as a string literal ('…', "…" or a template
 * without substitutions), or the `message` of the object form. Anything else (a variable, a
 * concatenation, a template with ${…}) cannot be extracted by @vscode/l10n-dev either, so it is
 * reported as a problem.
 */
function extractMessages(): { messages: Message[]; problems: string[] } {
  const messages: Message[] = [];
  const problems: string[] = [];
  const literal = String.raw`'((?:[^'\\\n]|\\[\s\S])*)'|"((?:[^"\\\n]|\\[\s\S])*)"|\`((?:[^\`\\$]|\\[\s\S]|\$(?!\{))*)\``;
  const call = /\bl10n\.t\(\s*/g;
  const stringArg = new RegExp(String.raw`^(?:${literal})\s*([,)])`);
  const objectArg = new RegExp(String.raw`^\{[^}]*?\bmessage\s*:\s*(?:${literal})`);
  for (const file of tsFiles(EXTENSION_SRC)) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(call)) {
      const lineStart = source.lastIndexOf('\n', m.index) + 1;
      if (/^\s*(\/\/|\/?\*)/.test(source.slice(lineStart, m.index))) continue; // in a comment
      const at = m.index + m[0].length;
      const rest = source.slice(at);
      const line = source.slice(0, m.index).split('\n').length;
      const where = `${relative(ROOT, file)}:${line}`;
      const s = stringArg.exec(rest);
      const o = s ? undefined : objectArg.exec(rest);
      const found = s ?? o;
      if (found) messages.push({ text: unescapeJs(found[1] ?? found[2] ?? found[3] ?? ''), where, commented: !!o && /\bcomment\s*:/.test(rest.slice(0, rest.indexOf('})') + 1)) });
      else problems.push(`${where}: l10n.t( without a plain string literal: ${rest.slice(0, 60).split('\n')[0]}`);
    }
  }
  return { messages, problems };
}

const placeholders = (s: string): string[] => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();

describe('localization', () => {
  const { messages, problems } = extractMessages();
  const en = readStrings(BUNDLE_EN);
  const zh = readStrings(BUNDLE_ZH);

  it('finds the l10n.t messages of src/extension, all as string literals', () => {
    assert.ok(messages.length > 0, 'no l10n.t( call found under src/extension');
    assert.deepEqual(problems, [], 'messages the l10n extractor cannot read');
  });

  it('every l10n.t message is in both bundles', () => {
    const has = (bundle: Record<string, string>, m: Message) => Object.hasOwn(bundle, m.text) || (!!m.commented && Object.keys(bundle).some((k) => k.startsWith(`${m.text}/`)));
    const missing = (bundle: Record<string, string>) => messages.filter((m) => !has(bundle, m)).map((m) => `${m.where}: ${JSON.stringify(m.text)}`);
    assert.deepEqual(missing(en), [], 'missing from l10n/bundle.l10n.json');
    assert.deepEqual(missing(zh), [], 'missing from l10n/bundle.l10n.zh-cn.json');
  });

  it('the English bundle maps each message to itself', () => {
    for (const [k, v] of Object.entries(en)) assert.ok(v === k || k.startsWith(`${v}/`), `l10n/bundle.l10n.json: "${k}" → "${v}"`);
  });

  it('both bundles have the same keys', () => {
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });

  it('every translation keeps its placeholders, quotes and the “Concept Lens” prefix', () => {
    for (const [k, v] of Object.entries(zh)) {
      assert.ok(v.trim().length > 0, `empty translation of "${k}"`);
      assert.deepEqual(placeholders(v), placeholders(k), `placeholders of "${k}" → "${v}"`);
      for (const q of ['“', '”']) assert.equal(v.split(q).length, k.split(q).length, `${q} quotes of "${k}" → "${v}"`);
      if (k.startsWith('Concept Lens:')) assert.ok(v.startsWith('Concept Lens'), `"${v}" starts with Concept Lens`);
    }
  });

  describe('manifest strings', () => {
    const nls = readStrings(join(ROOT, 'package.nls.json'));
    const nlsZh = readStrings(join(ROOT, 'package.nls.zh-cn.json'));

    it('package.nls.json and package.nls.zh-cn.json have the same keys', () => {
      assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nls).sort());
    });

    it('every %key% of package.json is in both', () => {
      const used = new Set<string>();
      const walk = (v: unknown): void => {
        if (typeof v === 'string') {
          const m = /^%(.+)%$/.exec(v);
          if (m) used.add(m[1]!);
        } else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(readJson(join(ROOT, 'package.json')));
      assert.ok(used.size > 0, 'package.json uses no %key%');
      assert.deepEqual([...used].filter((k) => !Object.hasOwn(nls, k)), [], 'missing from package.nls.json');
      assert.deepEqual([...used].filter((k) => !Object.hasOwn(nlsZh, k)), [], 'missing from package.nls.zh-cn.json');
    });
  });
});

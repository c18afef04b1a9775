// Runs an injection grammar the way VS Code does, with vscode-textmate and the Oniguruma WASM build,
// over the Markdown stand-in in this folder (VS Code's own Markdown grammar is not on npm).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INITIAL, Registry, parseRawGrammar, type IOnigLib, type StateStack } from 'vscode-textmate';
import { OnigScanner, OnigString, loadWASM } from 'vscode-oniguruma';
import { ROOT } from '../paths';

const MARKDOWN_SCOPE = 'text.html.markdown';
const STAND_IN = join(__dirname, 'markdown-stand-in.tmLanguage.json');

let onigLib: Promise<IOnigLib> | undefined;

/** The Oniguruma library; the WASM module can be loaded only once per process. */
function oniguruma(): Promise<IOnigLib> {
  return (onigLib ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (sources: string[]) => new OnigScanner(sources),
      createOnigString: (text: string) => new OnigString(text),
    };
  })());
}

export interface Token {
  /** UTF-16 offsets in the document, end exclusive. */
  start: number;
  end: number;
  scopes: readonly string[];
}

/** A tokenizer for Markdown (the stand-in) with `injection` injected into it. */
export async function markdownTokenizer(injection: { scopeName: string }): Promise<(text: string) => Token[]> {
  const registry = new Registry({
    onigLib: oniguruma(),
    loadGrammar: async (scopeName) => {
      if (scopeName === MARKDOWN_SCOPE) return parseRawGrammar(readFileSync(STAND_IN, 'utf8'), STAND_IN);
      if (scopeName === injection.scopeName) return parseRawGrammar(JSON.stringify(injection), 'injection.json');
      return null;
    },
    getInjections: (scopeName) => (scopeName === MARKDOWN_SCOPE ? [injection.scopeName] : undefined),
  });
  const grammar = await registry.loadGrammar(MARKDOWN_SCOPE);
  if (!grammar) throw new Error('the Markdown stand-in grammar did not load');
  return (text) => {
    const tokens: Token[] = [];
    let state: StateStack = INITIAL;
    let offset = 0;
    for (const line of text.split('\n')) {
      const content = line.endsWith('\r') ? line.slice(0, -1) : line;
      const result = grammar.tokenizeLine(content, state);
      for (const t of result.tokens) tokens.push({ start: offset + t.startIndex, end: offset + Math.min(t.endIndex, content.length), scopes: t.scopes });
      state = result.ruleStack;
      offset += line.length + 1;
    }
    return tokens;
  };
}

const CONCEPT_SCOPE = /^entity\.name\.concept\.(.+)\.concept-lens$/;

export interface ScopedName {
  start: number;
  end: number;
  /** The concept id in the token's scope. */
  concept: string;
}

/** The tokens that carry a concept scope. Each match of the injection is one token. */
export function scopedNames(tokens: readonly Token[]): ScopedName[] {
  const out: ScopedName[] = [];
  for (const t of tokens) {
    const ids = t.scopes.map((s) => CONCEPT_SCOPE.exec(s)?.[1]).filter((id): id is string => id !== undefined);
    if (ids.length > 1) throw new Error(`token ${t.start}-${t.end} has two concept scopes: ${ids.join(', ')}`);
    if (ids.length === 1 && t.end > t.start) out.push({ start: t.start, end: t.end, concept: ids[0]! });
  }
  return out;
}

// Writes a JSON value in a random layout: indentation, line ends, one-line or broken containers, and
// numbered comments (`/* c3 */`, `// c4`) between members, so that tests can check every one survives.

import fc from 'fast-check';
import { createScanner } from 'jsonc-parser';

export interface Layout {
  eol: '\n' | '\r\n';
  indent: string;
  bom: boolean;
  /** Consumed in turn for every choice the writer makes. */
  choices: number[];
}

export const layoutArb: fc.Arbitrary<Layout> = fc.record({
  eol: fc.constantFrom('\n' as const, '\r\n' as const),
  indent: fc.constantFrom('  ', '    ', '\t', ' '),
  bom: fc.boolean(),
  choices: fc.array(fc.nat(99), { minLength: 1, maxLength: 60 }),
});

export function writeJson(value: unknown, layout: Layout): string {
  let k = 0;
  let comment = 0;
  const pick = (n: number): number => layout.choices[k++ % layout.choices.length]! % n;
  const block = (): string => (pick(4) === 0 ? `/* c${comment++} */` : '');
  const sp = (): string => [' ', '', '  '][pick(3)]!;
  const write = (v: unknown, depth: number): string => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const isArray = Array.isArray(v);
    const members = isArray ? v.map((x) => ['', x] as const) : Object.entries(v as object).map(([key, x]) => [`${JSON.stringify(key)}:${sp()}`, x] as const);
    const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
    if (members.length === 0) return open + sp() + block() + close;
    if (pick(3) === 0) {
      // One line: block comments only.
      const sep = sp();
      return open + members.map(([key, x]) => block() + key + write(x, depth + 1)).join(',' + sep) + close;
    }
    const inner = layout.eol + layout.indent.repeat(depth + 1);
    let out = open;
    members.forEach(([key, x], i) => {
      if (pick(5) === 0) out += inner + `// c${comment++}`;
      out += inner + block() + key + write(x, depth + 1) + (i < members.length - 1 ? ',' : '');
      const tail = pick(5);
      if (tail === 0) out += ` // c${comment++}`;
      else if (tail === 1) out += ` /* c${comment++} */`;
    });
    if (pick(6) === 0) out += inner + `// c${comment++}`;
    return out + layout.eol + layout.indent.repeat(depth) + close;
  };
  return (layout.bom ? '\ufeff' : '') + (pick(5) === 0 ? `// c${comment++}` + layout.eol : '') + write(value, 0) + layout.eol;
}

const word = fc.oneof(fc.constantFrom('熵', '对称破缺', 'entropy', 'Symmetry breaking', 'a "quoted" word', 'back\\slash', '涌现 emergence'), fc.string({ minLength: 1, maxLength: 8 }));
const localized = fc.record({ zh: word, en: word }, { requiredKeys: [], noNullPrototype: true });
const idArb = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);

export const conceptArb = fc.record(
  {
    id: idArb,
    name: localized,
    aliases: fc.record({ zh: fc.array(word, { maxLength: 3 }), en: fc.array(fc.oneof(word, fc.record({ text: word, contextual: fc.boolean() })), { maxLength: 3 }) }, { requiredKeys: [], noNullPrototype: true }),
    explanation: localized,
    section: idArb,
  },
  { requiredKeys: ['id', 'name', 'explanation'], noNullPrototype: true },
);

/** A pack value: concepts with distinct ids, sometimes no `concepts` or `sections` at all. */
export const packArb = fc.record(
  {
    id: idArb,
    article: fc.record({ title: localized, sections: fc.array(fc.record({ id: idArb, heading: word }), { maxLength: 3 }) }, { requiredKeys: ['title'], noNullPrototype: true }),
    concepts: fc.uniqueArray(conceptArb, { maxLength: 5, selector: (c) => c.id }),
  },
  { requiredKeys: ['id', 'article'], noNullPrototype: true },
);

/** The comments of a JSON text, in order. */
export function commentsOf(text: string): string[] {
  const out: string[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const scanner = createScanner(body, false);
  // 12 and 13: line and block comments; 17: the end (jsonc-parser's SyntaxKind is a const enum).
  for (let t = scanner.scan(); t !== 17; t = scanner.scan()) {
    if (t === 12 || t === 13) out.push(body.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength()));
  }
  return out;
}

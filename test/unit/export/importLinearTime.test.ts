// Linear time for the import readers on crafted input, measured as linearTime.test.ts measures the
// scanner: each family at two sizes, 4× apart; a reader that re-reads a run per position takes 16×,
// a linear one about 4×. The limit is 6× over a floor that keeps timer noise out, and a family is
// measured up to three times before it fails.

import * as assert from 'node:assert/strict';
import { readTurtle } from '../../../src/core/import/turtleReader';
import { importSkos } from '../../../src/core/import/importSkos';
import { csvRecords } from '../../../src/core/import/csvReader';
import { importCsv } from '../../../src/core/import/importCsv';

const SMALL = 200_000;
const FLOOR_MS = 10;
const MAX_GROWTH = 6;

const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

const PREFIXES = '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n@prefix ex: <http://example.org/> .\n';

/** `unit` repeated to about n characters. */
function fill(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.floor(n / unit.length)));
}

interface Family {
  name: string;
  /** The smaller size, when the default is too small: families that make an object per row meet the collector's steps until about 1 M units. */
  small?: number;
  make: (n: number) => string;
  run: (text: string) => unknown;
}

const turtle = (text: string): unknown => {
  try {
    return readTurtle(text);
  } catch (e) {
    return e;
  }
};
/** The reader's own time: records counted, not kept (keeping a million small arrays measures the collector). */
const csv = (text: string): unknown => {
  try {
    let n = 0;
    for (const r of csvRecords(text)) n += r.fields.length;
    return n;
  } catch (e) {
    return e;
  }
};

const FAMILIES: Family[] = [
  { name: 'turtle: unclosed string', make: (n) => '<http://s> <http://p> "' + fill('a', n), run: turtle },
  { name: 'turtle: unclosed long string of quote pairs', make: (n) => '<http://s> <http://p> """' + fill('""a', n), run: turtle },
  { name: 'turtle: unclosed long string of escapes', make: (n) => '<http://s> <http://p> """' + fill('\\"\\u0041', n), run: turtle },
  { name: 'turtle: unclosed IRI', make: (n) => '<' + fill('a', n), run: turtle },
  { name: 'turtle: a long prefixed name', make: (n) => PREFIXES + 'ex:' + fill('a', n) + ' ex:p ex:o .', run: turtle },
  { name: 'turtle: a prefixed name of dots', make: (n) => PREFIXES + 'ex:a' + fill('.', n), run: turtle },
  { name: 'turtle: a prefixed name of escapes', make: (n) => PREFIXES + 'ex:' + fill('\\-', n) + ' ex:p ex:o .', run: turtle },
  { name: 'turtle: deep collections', make: (n) => PREFIXES + 'ex:s ex:p ' + fill('(', n), run: turtle },
  { name: 'turtle: deep blank nodes', make: (n) => PREFIXES + 'ex:s ex:p ' + fill('[ ex:p ', n), run: turtle },
  { name: 'turtle: a long object list', make: (n) => PREFIXES + 'ex:s ex:p ' + fill('ex:o, ', n) + 'ex:o .', run: turtle },
  { name: 'turtle: a run of semicolons', make: (n) => PREFIXES + 'ex:s ex:p ex:o ' + fill(';', n) + ' .', run: turtle },
  { name: 'turtle: a comment that never ends', make: (n) => '#' + fill('a', n), run: turtle },
  { name: 'turtle: many prefixes', make: (n) => fill('@prefix p: <http://x/> .\n', n), run: turtle },
  { name: 'turtle: relative IRIs against a long base', make: (n) => `@base <http://x/${'a'.repeat(4000)}/> .\n` + fill('<b> <c> <d> .\n', n), run: turtle },
  { name: 'turtle: a long language tag', make: (n) => '<http://s> <http://p> "a"@' + fill('a-b', n), run: turtle },
  {
    name: 'import skos: many concepts related to one',
    make: (n) => PREFIXES + fill('ex:c{i} a skos:Concept ; skos:prefLabel "c{i}"@en ; skos:related ex:hub .\n', n).replace(/\{i\}/g, () => String(Math.random()).slice(2)) + 'ex:hub a skos:Concept ; skos:prefLabel "hub"@en .',
    run: (t) => importSkos(t),
  },
  {
    name: 'import skos: one concept related to many',
    make: (n) => PREFIXES + 'ex:hub a skos:Concept ; skos:prefLabel "hub"@en ' + fill('; skos:related ex:x ; skos:broader ex:y ; skos:narrower ex:z ', n) + '.',
    run: (t) => importSkos(t),
  },
  { name: 'import skos: many concepts of one name', make: (n) => PREFIXES + fill('_:c a skos:Concept ; skos:prefLabel "same name"@en .\n', n).replace(/_:c /g, () => `_:c${String(Math.random()).slice(2)} `), run: (t) => importSkos(t) },
  { name: 'csv: unclosed quote', make: (n) => 'a,"' + fill('b', n), run: csv },
  { name: 'csv: doubled quotes', make: (n) => 'a,"' + fill('""', n) + '"\n', run: csv },
  { name: 'csv: quoted line breaks', make: (n) => 'a,"' + fill('\r\n', n) + '"\n', run: csv },
  { name: 'csv: many commas', make: (n) => fill(',', n), run: csv, small: 1_000_000 },
  { name: 'csv: many rows', make: (n) => fill('熵,entropy\n', n), run: csv, small: 1_000_000 },
  { name: 'import csv: many rows of one name', make: (n) => fill('熵,entropy\n', n), run: (t) => importCsv(t), small: 1_000_000 },
  { name: 'import csv: many distinct rows', make: (n) => fill('x,y\n', n).replace(/x,y/g, () => `,n${String(Math.random()).slice(2)}`), run: (t) => importCsv(t) },
];

function fastest(family: Family, text: string, runs = 2): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    collect();
    const t0 = performance.now();
    family.run(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function growth(family: Family): { small: number; large: number } {
  const a = family.make(family.small ?? SMALL);
  const b = family.make(4 * (family.small ?? SMALL));
  family.run(a); // warm-up
  return { small: fastest(family, a), large: fastest(family, b) };
}

describe('import: linear time on adversarial input', function () {
  this.timeout(120_000);
  for (const family of FAMILIES)
    it(`grows linearly: ${family.name}`, () => {
      let t = growth(family);
      for (let attempt = 1; attempt < 3 && t.large > MAX_GROWTH * Math.max(t.small, FLOOR_MS); attempt++) t = growth(family);
      assert.ok(t.large <= MAX_GROWTH * Math.max(t.small, FLOOR_MS), `${family.name}: ${t.small.toFixed(1)} ms at ${family.small ?? SMALL} units, ${t.large.toFixed(1)} ms at ${4 * (family.small ?? SMALL)} (${(t.large / t.small).toFixed(1)}×)`);
    });
});

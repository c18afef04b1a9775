// The small pack and the occurrences the export tests write out, with hostile text in places: a
// formula, quotes, a backslash, a newline, Markdown, brackets, a space in a file name.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePack, type ConceptPack } from '../../../src/core/pack/loadPack';
import type { ExportInput } from '../../../src/core/export/exportModel';
import { FIXTURES } from '../../support/paths';

export const HEAT_PACK_FILE = join(FIXTURES, 'export', 'heat.pack.json');

export function heatPack(): ConceptPack {
  const { pack, problems } = validatePack(JSON.parse(readFileSync(HEAT_PACK_FILE, 'utf8')));
  if (!pack || problems.length > 0) throw new Error(JSON.stringify(problems));
  return pack;
}

export function heatInput(): ExportInput {
  return {
    pack: heatPack(),
    occurrences: [
      { file: 'notes/a b.md', line: 3, column: 5, concept: 'entropy', text: '熵', section: '基础' },
      { file: 'notes/a b.md', line: 9, column: 1, concept: 'heat-death', text: 'heat death', section: '-1, "quoted", x' },
      { file: '=cmd.md', line: 2, column: 1, concept: 'entropy', text: 'entropy', section: undefined },
    ],
  };
}

// Regenerates the built-in pack's inflection table with compromise: npm run gen:inflections
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePack } from '../src/core/pack/loadPack';
import { deriveInflections } from '../src/core/inflect/compromiseInflections';

const dir = join(__dirname, '..', 'src', 'packs');
const { pack } = parsePack(readFileSync(join(dir, 'entropy-and-emergence.pack.json'), 'utf8'));
if (!pack) throw new Error('the built-in pack does not parse');
const aliases = pack.concepts.flatMap((c) => c.aliases.filter((a) => /[A-Za-z]/.test(a.text)).map((a) => a.text));
const table = deriveInflections(aliases);
const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(dir, 'entropy-and-emergence.inflections.json'), JSON.stringify(sorted, null, 1) + '\n');
console.log(`${Object.keys(sorted).length} aliases inflected`);

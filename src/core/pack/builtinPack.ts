// The built-in pack for the article "熵与涌现：大模型的智能之谜", with its inflection table
// (generated at build time by scripts/gen-inflections.ts, so compromise never loads at run time for it).

import packJson from '../../packs/entropy-and-emergence.pack.json';
import inflectionsJson from '../../packs/entropy-and-emergence.inflections.json';
import { validatePack, type ConceptPack } from './loadPack';
import type { InflectionTable } from '../inflect/inflections';

export const BUILTIN_INFLECTIONS: InflectionTable = inflectionsJson as InflectionTable;

export function loadBuiltinPack(): ConceptPack {
  const { pack, problems } = validatePack(packJson);
  if (!pack || problems.length > 0) throw new Error(`the built-in pack is invalid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return pack;
}

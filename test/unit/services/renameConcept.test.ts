// Renaming a concept: which occurrences are its name, and what each becomes (inflection and capital kept).

import { strict as assert } from 'node:assert';
import { isNameOrInflection, renamedOccurrence } from '../../../src/services/authoring/renameConcept';

describe('services: renaming a concept', () => {
  it('renames the name and keeps its inflection and capital', () => {
    assert.equal(renamedOccurrence('emergence', 'emergence', 'appearance'), 'appearance');
    assert.equal(renamedOccurrence('Emergence', 'emergence', 'appearance'), 'Appearance');
    assert.equal(renamedOccurrence('emergences', 'emergence', 'appearance'), 'appearances');
    assert.equal(renamedOccurrence('entropies', 'entropy', 'anarchy'), 'anarchies');
    assert.equal(renamedOccurrence('EMERGENCE', 'emergence', 'appearance'), 'APPEARANCE');
    assert.equal(renamedOccurrence('对称破缺', '对称破缺', '对称性破缺'), '对称性破缺');
  });

  it('leaves other aliases alone', () => {
    assert.equal(isNameOrInflection('emergent behaviour', 'emergence'), false);
    assert.equal(isNameOrInflection('emergencelessness', 'emergence'), false, 'a long ending makes another word');
    assert.equal(isNameOrInflection('emergences', 'emergence'), true);
    assert.equal(renamedOccurrence('涌现现象', '涌现', '突现'), undefined);
    assert.equal(renamedOccurrence('disorder', 'entropy', 'anarchy'), undefined);
  });
});

// The weighing of one scope (SenseTally): the reading with the most evidence wins once it reaches 1,
// and a verdict names the heaviest cue that spoke for it, whatever order the cues came in.

import { strict as assert } from 'node:assert';
import { SenseTally } from '../../src/core/scan/senses/senseTally';
import { cueOfDecision, decision, DOCUMENT, UNDECIDED } from '../../src/core/scan/senses/senseDecision';
import { compileSpec } from '../support/testPack';

const SPEC = {
  id: 'tally-test',
  version: 1,
  name: { en: 'Tally' },
  article: { title: { en: 'Tally' }, sections: [] },
  concepts: [
    { id: 'heat', name: { en: 'entropy' }, explanation: { en: 'Disorder.' }, context: { cues: { en: ['temperature'] } } },
    { id: 'info', name: { en: 'information entropy' }, explanation: { en: 'Uncertainty.' }, sense: { of: 'heat', cues: { en: ['probability', 'bits'] } } },
  ],
};


describe('weighing one scope', () => {
  const r = compileSpec(SPEC).senseRules;
  const id = (text: string): number => r.cueTexts.indexOf(text);
  before(() => {
    assert.equal(r.ambiguities.length, 1, 'one ambiguous name: entropy');
    for (const cue of ['bits', 'probability']) assert.ok(id(cue) >= 0, cue);
  });

  it('names the heaviest cue, whichever came first', () => {
    const tally = new SenseTally(r);
    const weights = new Map([[id('bits'), 0.5], [id('probability'), 1]]);
    for (const order of [[id('bits'), id('probability')], [id('probability'), id('bits')]]) {
      const v = tally.weigh(0, (c) => weights.get(c)!, order);
      assert.notEqual(v, UNDECIDED);
      assert.equal(r.cueTexts[cueOfDecision(decision(v, DOCUMENT))], 'probability', `order ${order.map((c) => r.cueTexts[c]).join(', ')}`);
    }
  });

  it('decides nothing below 1, and a cue counts once however often it is added', () => {
    const tally = new SenseTally(r);
    tally.start(0);
    tally.add(id('bits'), 0.5);
    tally.add(id('bits'), 0.5);
    assert.equal(tally.close(), UNDECIDED, 'bits twice is still 0.5');
    tally.start(0);
    tally.add(id('bits'), 0.5);
    tally.add(id('probability'), 0.5);
    assert.notEqual(tally.close(), UNDECIDED, 'two cues at 0.5 reach 1');
  });
});

// Add Concept from Selection takes its answers from a script only as a plain object: the editor's context
// menu passes the document's Uri, which must not read as "all answered, all empty".

import { strict as assert } from 'node:assert';
import { isGivenAnswers } from '../../../src/services/authoring/givenAnswers';

/** The shape of a vscode.Uri as a menu passes it: a class instance with none of the answers' fields. */
class FakeUri {
  readonly scheme = 'file';
  readonly path = '/ws/post.md';
}

describe('services: answers given to Add Concept from Selection', () => {
  it('a plain object with fields of the right types is answers', () => {
    assert.equal(isGivenAnswers({ otherName: '熵', section: 'Basics', explanation: 'x' }), true);
    assert.equal(isGivenAnswers({ section: null }), true);
    assert.equal(isGivenAnswers({}), true);
    assert.equal(isGivenAnswers(Object.assign(Object.create(null) as object, { explanation: 'x' })), true);
  });

  it('a Uri, a string, an array or fields of the wrong type are not: the questions are asked', () => {
    assert.equal(isGivenAnswers(new FakeUri()), false);
    assert.equal(isGivenAnswers('file:///ws/post.md'), false);
    assert.equal(isGivenAnswers(['x']), false);
    assert.equal(isGivenAnswers(undefined), false);
    assert.equal(isGivenAnswers(null), false);
    assert.equal(isGivenAnswers({ otherName: 3 }), false);
    assert.equal(isGivenAnswers({ section: 1 }), false);
  });
});

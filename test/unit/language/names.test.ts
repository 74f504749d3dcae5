import * as assert from 'assert';
import { editDistance, suggestName } from '../../../src/language/names';

describe('language/names', () => {
  it('measures edit distance', () => {
    assert.strictEqual(editDistance('sigmoid', 'sigmod'), 1);
    assert.strictEqual(editDistance('', 'abc'), 3);
    assert.strictEqual(editDistance('kitten', 'sitting'), 3);
  });

  it('suggests the closest plausible name', () => {
    const names = ['sigmoid', 'softmax', 'softmin', 'relu', 'leaky_relu'];
    assert.strictEqual(suggestName('sigmod', names), 'sigmoid');
    assert.strictEqual(suggestName('Sigmoid', names), 'sigmoid');
    assert.strictEqual(suggestName('leaky_rel', names), 'leaky_relu');
    assert.strictEqual(suggestName('banana', names), undefined);
    assert.strictEqual(suggestName('relu', names), undefined, 'an exact name is not a typo');
  });
});

/** Usage mistakes throw ActivationError naming the function and the argument — never a silent NaN. */
import * as assert from 'node:assert';
import {
  ActivationError,
  derivative,
  derivative2,
  derivativeParam,
  hessian,
  hvp,
  mixedDerivative,
  softmaxHvp,
  evaluate,
  getActivation,
  maxout,
  scalarFunction,
  softmax,
  softmaxJacobian,
  softmaxVjp,
  logSoftmaxVjp,
} from '../../../src/core';

function throwsNaming(fn: () => unknown, name: string, argument: string, message?: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof ActivationError, `expected ActivationError, got ${String(e)}`);
    assert.strictEqual(e.fn, name);
    assert.strictEqual(e.argument, argument);
    if (message) assert.match(e.message, message);
    return true;
  });
}

describe('core usage errors', () => {
  it('unknown ids suggest the closest one', () => {
    throwsNaming(() => getActivation('sigmoud'), 'getActivation', 'id', /did you mean "sigmoid"/);
    throwsNaming(() => evaluate('LeakyReLU', [1]), 'getActivation', 'id', /did you mean "leaky_relu"/);
    throwsNaming(() => getActivation('zzzzzzzz'), 'getActivation', 'id', /known ids: sigmoid, tanh/);
  });

  it('rejects bad parameters by name', () => {
    throwsNaming(() => evaluate('celu', [1], { alpha: 0 }), 'celu', 'alpha', /must not be 0/);
    throwsNaming(() => evaluate('elu', [1], { alpha: NaN }), 'elu', 'alpha', /finite/);
    throwsNaming(() => evaluate('elu', [1], { alpha: Infinity }), 'elu', 'alpha', /finite/);
    throwsNaming(() => evaluate('elu', [1], { alhpa: 1 }), 'elu', 'alhpa', /unknown parameter; expected alpha/);
    throwsNaming(() => evaluate('relu', [1], { alpha: 1 }), 'relu', 'alpha', /takes no parameters/);
    throwsNaming(() => evaluate('softshrink', [1], { lambda: -1 }), 'softshrink', 'lambda');
    throwsNaming(() => evaluate('softplus', [1], { beta: 0 }), 'softplus', 'beta');
    throwsNaming(() => evaluate('squareplus', [1], { b: -4 }), 'squareplus', 'b');
    throwsNaming(() => evaluate('softmax', [1], { T: 0 }), 'softmax', 'T');
    throwsNaming(() => scalarFunction('celu', { alpha: 0 }), 'celu', 'alpha');
  });

  it('rejects empty vectors and wrong lengths', () => {
    throwsNaming(() => evaluate('relu', []), 'relu', 'x', /empty/);
    throwsNaming(() => softmax([]), 'softmax', 'z', /empty/);
    throwsNaming(() => softmaxJacobian(new Float64Array(0)), 'softmaxJacobian', 'z', /empty/);
    throwsNaming(() => softmaxVjp([1, 2], [1]), 'softmaxVjp', 'v', /length 1/);
    throwsNaming(() => logSoftmaxVjp([1, 2], [1, 2, 3]), 'logSoftmaxVjp', 'v');
    throwsNaming(() => softmax([1, 2], -1), 'softmax', 'T');
    throwsNaming(() => evaluate('relu', [1, 2], undefined, new Float64Array(3)), 'relu', 'out');
    throwsNaming(() => softmax([1, 2], 1, new Float64Array(3)), 'softmax', 'out');
    throwsNaming(() => softmaxVjp([1, 2], [1, 1], 1, new Float64Array(1)), 'softmaxVjp', 'out');
    throwsNaming(() => evaluate('relu', [1, 'a' as unknown as number]), 'relu', 'x', /element 1/);
    const sm = getActivation('softmax');
    assert.ok(sm.kind === 'vector');
    if (sm.kind === 'vector') throwsNaming(() => sm.vjp(Float64Array.of(1, 2), Float64Array.of(1), { T: 1 }), 'softmax', 'v');
  });

  it('rejects mismatched Maxout shapes', () => {
    throwsNaming(() => maxout([[1, 2], [3, 4]], [0], [1, 1]), 'maxout', 'b', /2 rows/);
    throwsNaming(() => maxout([[1, 2], [3]], [0, 0], [1, 1]), 'maxout', 'W[1]');
    throwsNaming(() => maxout([], [], [1]), 'maxout', 'W');
    throwsNaming(() => maxout([[1, 2]], [0], []), 'maxout', 'x', /empty/);
  });

  it('rejects parameter derivatives that do not exist', () => {
    throwsNaming(() => derivativeParam('relu', 'alpha', [1]), 'relu', 'param', /no parameter derivatives/);
    throwsNaming(() => derivativeParam('swish', 'alpha', [1]), 'swish', 'param', /it has beta/);
    throwsNaming(() => derivativeParam('softmax', 'T', [1]), 'softmax', 'id', /vector function/);
  });

  it('rejects second derivatives that do not apply, naming what to use instead', () => {
    throwsNaming(() => derivative2('softmax', [1, 2]), 'softmax', 'id', /use hessian or hvp/);
    throwsNaming(() => hessian('sigmoid', [1, 2]), 'sigmoid', 'id', /use derivative2/);
    throwsNaming(() => hessian('softmax', [1, 2]), 'softmax', 'component', /2 outputs/);
    throwsNaming(() => hessian('softmax', [1, 2], undefined, 2), 'softmax', 'component', /from 0 to 1/);
    throwsNaming(() => hvp('logsumexp', [1, 2], [1]), 'logsumexp', 'v');
    throwsNaming(() => softmaxHvp([1, 2], [1, 0], 1.5), 'softmaxHvp', 'i');
    throwsNaming(() => mixedDerivative('relu', 'alpha', [1]), 'relu', 'param', /no mixed partials/);
    throwsNaming(() => mixedDerivative('swish', 'alpha', [1]), 'swish', 'param', /it has beta/);
    throwsNaming(() => derivative2('sigmoid', [0], undefined, new Float64Array(2)), 'sigmoid', 'out');
    const out = new Float64Array(1);
    assert.strictEqual(derivative2('tanh', [0], undefined, out), out);
    assert.strictEqual(scalarFunction('sigmoid', undefined, 2)(0), 0);
  });

  it('accepts plain arrays and reuses an out buffer', () => {
    const out = new Float64Array(2);
    const r = derivative('sigmoid', [0, 0], undefined, out);
    assert.strictEqual(r, out);
    assert.deepStrictEqual(Array.from(out), [0.25, 0.25]);
    const sm = new Float64Array(2);
    assert.strictEqual(softmax([0, 0], 1, sm), sm);
    assert.deepStrictEqual(Array.from(sm), [0.5, 0.5]);
  });
});

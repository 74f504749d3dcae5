/**
 * The engine's message loop, independent of how messages travel: a child process
 * (`worker.ts`) or, later, a web worker. One `Session` per engine; every request is answered,
 * whatever the cell does — an exception becomes a `CellError`, never a dead engine.
 */
import { toCellError } from '../language/errors';
import { Session } from '../language/session';
import type { CellResult } from '../language/types';
import type { EngineToHost, HostToEngine } from './protocol';

export type Post = (message: EngineToHost) => void;

export function createEngine(post: Post, maxResultChars = MAX_RESULT_CHARS): (message: HostToEngine) => void {
  let current = -1;
  const session = new Session({
    onProgress: (message, fraction) => {
      if (current >= 0) post({ type: 'progress', id: current, message, ...(fraction === undefined ? {} : { fraction }) });
    },
  });
  post({ type: 'ready' });
  return (message) => {
    switch (message.type) {
      case 'run': {
        current = message.id;
        let result: CellResult;
        try {
          result = session.run(message.code, message.options);
        } catch (e) {
          result = { outputs: [], error: toCellError(e) };
        } finally {
          current = -1;
        }
        post({ type: 'result', id: message.id, result: safeResult(result, maxResultChars) });
        break;
      }
      case 'inspect': {
        let text: string | undefined;
        try {
          text = session.inspect(message.name);
        } catch {
          // A value too odd to describe: the hover simply shows nothing.
          text = undefined;
        }
        post({ type: 'inspected', id: message.id, ...(text === undefined ? {} : { text }) });
        break;
      }
      case 'reset':
        session.reset();
        post({ type: 'result', id: message.id, result: { outputs: [] } });
        break;
    }
  };
}

/** Largest result sent back, in characters of JSON; a receiving extension host must stay light. */
export const MAX_RESULT_CHARS = 32 * 1024 * 1024;

/**
 * Results must survive JSON: anything that doesn't (a cyclic rich value, a BigInt) is
 * replaced by an error rather than failing the transport, and so is a result too big to send.
 */
function safeResult(result: CellResult, maxChars: number): CellResult {
  try {
    const text = JSON.stringify(result);
    if (text.length > maxChars) {
      const mb = (n: number): string => (n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1);
      return {
        outputs: [],
        error: {
          name: 'OutputTooLarge',
          message: `The cell's outputs come to ${mb(text.length)} MB, more than the ${mb(maxChars)} MB one cell may send back, so none are shown. End a line with ; to hide its value, or show a part of it (for example A[1:5, 1:5]).`,
        },
      };
    }
    return JSON.parse(text) as CellResult;
  } catch (e) {
    return { outputs: [], error: { name: 'MathError', message: `The result could not be sent back: ${(e as Error).message}` } };
  }
}

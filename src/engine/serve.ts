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

export function createEngine(post: Post): (message: HostToEngine) => void {
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
        post({ type: 'result', id: message.id, result: safeResult(result) });
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

/**
 * Results must survive JSON: anything that doesn't (a cyclic rich value, a BigInt) is
 * replaced by an error rather than failing the transport.
 */
function safeResult(result: CellResult): CellResult {
  try {
    return JSON.parse(JSON.stringify(result)) as CellResult;
  } catch (e) {
    return { outputs: [], error: { name: 'MathError', message: `The result could not be sent back: ${(e as Error).message}` } };
  }
}

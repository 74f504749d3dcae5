/**
 * What the editor needs from an evaluation engine, whichever way it runs cells: a child
 * process on desktop (`EngineHost`, `host.ts`) or a Web Worker in the browser
 * (`WebEngineHost`, `webHost.ts`). The notebook glue holds engines only through this
 * interface, so it is the same on both platforms.
 */
import type { CellResult, RunOptions } from '../language/types';
import type { EngineExit, RunControl } from './host';

export interface Engine {
  /** Runs one cell. Always resolves: engine failures come back as the result's error. */
  run(code: string, options: RunOptions, control?: RunControl): Promise<CellResult>;
  /** The current value or definition of a learner's name; undefined when unknown or while a cell runs. */
  inspect(name: string, options?: RunOptions): Promise<string | undefined>;
  /** Stops the running cell now; the next cell gets a fresh engine. */
  interrupt(): void;
  /** A fresh engine: every variable and function is dropped. */
  restart(): Promise<void>;
  /** Called whenever the engine ends, with why. */
  onDidExit(listener: (e: EngineExit) => void): { dispose(): void };
  dispose(): void;
}

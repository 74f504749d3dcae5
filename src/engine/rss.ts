/**
 * The resident memory of another process, read from outside it: what the operating system
 * really holds for it (JavaScript heap, typed arrays, code, the runtime itself), which is
 * what a memory cap must bound. Linux only (`/proc`); elsewhere the answer is undefined and
 * the engine's own watchdog (`watchdog.ts`) is the only one that measures.
 */
import * as fs from 'fs';

/** Bytes of resident memory of process `pid`, or undefined when it can't be read. */
export function residentBytes(pid: number): number | undefined {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'latin1');
  } catch {
    // No /proc (macOS, Windows) or the process is gone: nothing to measure.
    return undefined;
  }
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}

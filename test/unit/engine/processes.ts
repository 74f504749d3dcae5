/**
 * Looking at real processes from tests (Linux `/proc`): who is whose child, whether a process
 * is still alive, its resident memory — and tiny stand-in engines written to a temporary
 * folder, for the host's behaviour towards an engine that misbehaves in one precise way.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** `[state, ppid]` of a process, or undefined once it is gone (reaped). */
function stat(pid: number): { state: string; ppid: number } | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { state: fields[0], ppid: Number(fields[1]) };
  } catch {
    return undefined;
  }
}

/** Alive and not a zombie waiting to be reaped. */
export function isAlive(pid: number): boolean {
  const s = stat(pid);
  return s !== undefined && s.state !== 'Z' && s.state !== 'X';
}

/** Process ids whose parent is `pid`. */
export function childrenOf(pid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((child) => stat(child)?.ppid === pid && isAlive(child));
}

/** Highest resident memory the process has had so far, in bytes (VmHWM). */
export function peakResident(pid: number): number | undefined {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Polls `condition` every 20 ms; resolves to the ms it took, or rejects after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<number> {
  const t0 = Date.now();
  while (!condition()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - t0;
}

let fixtureDir: string | undefined;

/** Writes a stand-in engine (CommonJS source) and returns its path. */
export function fakeEngine(name: string, source: string): string {
  if (fixtureDir === undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actlab-fake-engine-'));
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    fixtureDir = dir;
  }
  const file = path.join(fixtureDir, `${name}.js`);
  fs.writeFileSync(file, source);
  return file;
}

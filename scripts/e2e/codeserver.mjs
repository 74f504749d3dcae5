// Starts and stops a private code-server (VS Code 1.100.3 in the browser) for the in-host
// tests, the UI tests and `scripts/open.sh`. Everything it writes — user data, extensions,
// XDG folders, TMPDIR, its log — lives in one fresh temp folder, so runs never see each
// other's state or the machine's. It runs in its own process group: extension hosts
// outlive the browser tab otherwise, so `stop()` kills the whole group.
//
// Usage (library):
//   import { startCodeServer } from './codeserver.mjs';
//   const server = await startCodeServer({ env: { ACTLAB_TEST_RESULT: file } });
//   … server.url, server.workbenchUrl({ folder, extensionDevelopmentPath, … }) …
//   await server.stop();
// Usage (command line, for a quick look): node scripts/e2e/codeserver.mjs [--port N]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { URLSearchParams, fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_BIN = join(ROOT, '.vscode-test/code-server/node_modules/.bin/code-server');
export const CHROMIUM = process.env.ACTLAB_CHROMIUM ?? '/usr/bin/chromium';

/** Settings that keep a test workbench quiet and deterministic (no welcome page, no trust prompt). */
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
};

const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/**
 * The user setting that makes the workbench run this extension in the browser's web worker
 * extension host, from its `browser` entry. An extension with both `main` and `browser` runs
 * in code-server's Node host otherwise (neither `extensionKind` in package.json nor the
 * `extensionDevelopmentKind` payload changes that in VS Code 1.100's web build).
 */
export const WEB_HOST_SETTINGS = { 'remote.extensionKind': { [`${PACKAGE.publisher}.${PACKAGE.name}`]: ['web'] } };

/** A port nobody listens on right now, on loopback. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/** Whether `port` can be bound on loopback (used to prefer 8080 in `open.sh`). */
export function portIsFree(port) {
  return new Promise((resolveFree) => {
    const srv = createServer();
    srv.once('error', () => resolveFree(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolveFree(true)));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Servers still running (process group → temp folder), taken down if this process is stopped. */
const liveGroups = new Map();
let signalsHooked = false;
function hookSignals() {
  if (signalsHooked) return;
  signalsHooked = true;
  // Node skips 'exit' handlers when a signal ends it (e.g. `timeout` in scripts/test.sh,
  // or Ctrl-C), which would leave code-server and its extension hosts running.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(signal, () => {
      for (const [pid, base] of liveGroups) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
        if (base) rmSync(base, { recursive: true, force: true });
      }
      process.exit(code);
    });
  }
}

/**
 * Starts code-server and resolves once `/healthz` answers.
 * @param {{ port?: number, extensionsDir?: string, userDataDir?: string, settings?: object,
 *           env?: Record<string,string>, keep?: boolean, healthTimeoutMs?: number }} [options]
 *   `extensionsDir`/`userDataDir` default to folders inside the temp folder (fresh each run).
 */
export async function startCodeServer(options = {}) {
  if (!existsSync(CODE_SERVER_BIN)) {
    throw new Error(`code-server is not installed (${CODE_SERVER_BIN}); run: bash scripts/e2e/install-code-server.sh`);
  }
  const base = mkdtempSync(join(tmpdir(), 'actlab-cs-'));
  const dirs = {
    userData: options.userDataDir ?? join(base, 'user-data'),
    extensions: options.extensionsDir ?? join(base, 'extensions'),
    config: join(base, 'xdg-config'),
    data: join(base, 'xdg-data'),
    cache: join(base, 'xdg-cache'),
    tmp: join(base, 'tmp'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  const settingsFile = join(dirs.userData, 'User/settings.json');
  // A persistent user-data folder (open.sh) keeps the person's own settings after the first run.
  if (!options.userDataDir || !existsSync(settingsFile)) {
    writeFileSync(settingsFile, JSON.stringify({ ...DEFAULT_SETTINGS, ...options.settings }, null, 2));
  }

  const port = options.port ?? (await freePort());
  // The marketplace is unreachable here anyway; pointing it at a closed loopback port makes
  // every gallery request fail at once instead of waiting on DNS.
  const closed = await freePort();
  const gallery = `http://127.0.0.1:${closed}`;
  const configFile = join(base, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const args = [
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
  const logFile = join(base, 'code-server.log');
  const logFd = openSync(logFile, 'a');
  const child = spawn(CODE_SERVER_BIN, args, {
    detached: true, // its own process group, so stop() can take the extension hosts too
    stdio: ['ignore', logFd, logFd],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: dirs.config,
      XDG_DATA_HOME: dirs.data,
      XDG_CACHE_HOME: dirs.cache,
      TMPDIR: dirs.tmp,
      EXTENSIONS_GALLERY: JSON.stringify({
        serviceUrl: `${gallery}/gallery`,
        itemUrl: `${gallery}/items`,
        resourceUrlTemplate: `${gallery}/{publisher}/{name}/{version}/{path}`,
        controlUrl: '',
        recommendationsUrl: '',
      }),
      ...options.env,
    },
  });
  let exited = false;
  const exitPromise = new Promise((r) => child.once('exit', (code, signal) => { exited = true; r({ code, signal }); }));

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch (err) {
      if (err.code !== 'ESRCH') throw err; // ESRCH: the group is already gone, which is the goal
    }
  };
  // If this process dies first (Ctrl-C, an uncaught error), take the server down with it.
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);
  liveGroups.set(child.pid, options.keep ? undefined : base);
  hookSignals();

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    liveGroups.delete(child.pid);
    killGroup('SIGTERM');
    const timer = sleep(3000).then(() => 'timeout');
    if ((await Promise.race([exitPromise, timer])) === 'timeout') killGroup('SIGKILL');
    // Extension hosts are children in the same group; make sure none outlives us.
    await sleep(200);
    killGroup('SIGKILL');
    if (!options.keep) rmSync(base, { recursive: true, force: true });
  }

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.healthTimeoutMs ?? 30000);
  for (;;) {
    if (exited) {
      const log = readFileSync(logFile, 'utf8');
      await stop();
      throw new Error(`code-server exited during start-up:\n${log.slice(-2000)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // Not listening yet: keep polling until the deadline.
    }
    if (Date.now() > deadline) {
      const log = readFileSync(logFile, 'utf8');
      await stop();
      throw new Error(`code-server did not answer /healthz within the time limit:\n${log.slice(-2000)}`);
    }
    await sleep(150);
  }

  /**
   * The workbench URL for a folder, optionally opening a file in it, loading an extension from source
   * (`extensionDevelopmentPath`) and running an extension-host test entry (`extensionTestsPath`).
   */
  function workbenchUrl({ folder, openFile, extensionDevelopmentPath, extensionTestsPath } = {}) {
    const params = new URLSearchParams();
    if (folder) params.set('folder', folder);
    const payload = [];
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${resolve(p)}`;
    if (openFile) payload.push(['openFile', remote(openFile)]);
    if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
    if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
    if (payload.length > 0) params.set('payload', JSON.stringify(payload));
    return `${url}/?${params.toString()}`;
  }

  return { url, port, galleryPort: closed, base, dirs, logFile, pid: child.pid, workbenchUrl, stop, exited: exitPromise };
}

/** Chromium launch options that work on these machines (see README, "Tests"). */
export function chromiumOptions(extra = {}) {
  return {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
    ...extra,
  };
}

// Command-line use: start a server, print its URL, serve until Ctrl-C.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const server = await startCodeServer({ port: i > 0 ? Number(process.argv[i + 1]) : undefined });
  console.log(`code-server: ${server.url}  (log: ${server.logFile}; Ctrl-C to stop)`);
  const shutdown = async () => { await server.stop(); process.exit(0); };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

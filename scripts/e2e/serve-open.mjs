// The browser half of `scripts/open.sh`: installs the packaged extension into a private
// code-server, serves it on 127.0.0.1 (port 8080 when free, another free port otherwise)
// and opens the tour notebook — in the desktop's browser when there is a display, otherwise
// it prints the URL. Serves until Ctrl-C. Settings, progress and extensions persist between
// runs in `.vscode-test/open/` (ignored by git).
// With --web the extension runs in the browser's web worker extension host, from its
// `browser` entry, as on vscode.dev; that profile lives in `.vscode-test/open-web/`, whose
// user settings carry the `remote.extensionKind` entry that puts it there.
//
// Usage: node scripts/e2e/serve-open.mjs --vsix dist/activation-lab.vsix
//          [--folder notebooks] [--file notebooks/00-tour.actlab.md] [--port N] [--no-launch] [--web]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CODE_SERVER_BIN, ROOT, WEB_HOST_SETTINGS, freePort, portIsFree, startCodeServer } from './codeserver.mjs';

function parseArgs(argv) {
  const opts = { vsix: undefined, folder: join(ROOT, 'notebooks'), file: undefined, port: undefined, launch: true, web: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--vsix') opts.vsix = resolve(argv[++i]);
    else if (a === '--folder') opts.folder = resolve(argv[++i]);
    else if (a === '--file') opts.file = resolve(argv[++i]);
    else if (a === '--port') opts.port = Number(argv[++i]);
    else if (a === '--no-launch') opts.launch = false;
    else if (a === '--web') opts.web = true;
    else throw new Error(`unknown argument: ${a}`);
  }
  if (!opts.vsix || !existsSync(opts.vsix)) throw new Error(`no .vsix at ${opts.vsix} (build it with npm run package)`);
  return opts;
}

/** `code-server --install-extension`, with its config and caches kept out of $HOME. */
function installVsix(vsix, userData, extensions) {
  const scratch = mkdtempSync(join(tmpdir(), 'actlab-install-'));
  try {
    const r = spawnSync(
      CODE_SERVER_BIN,
      ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix, '--force'],
      {
        encoding: 'utf8',
        env: { ...process.env, XDG_CONFIG_HOME: join(scratch, 'c'), XDG_DATA_HOME: join(scratch, 'd'), XDG_CACHE_HOME: join(scratch, 'k') },
      },
    );
    if (r.status !== 0) throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
    const line = `${r.stdout}`.split('\n').find((l) => /installed/i.test(l));
    console.log(line ? line.replace(/^\[[^\]]*\]\s*/, '') : `installed ${vsix}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Opens `url` in the desktop's browser when there is a desktop; reports whether it tried. */
function launchBrowser(url) {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return false;
  const opener = process.platform === 'darwin' ? 'open' : 'xdg-open';
  if (spawnSync('sh', ['-c', `command -v ${opener}`]).status !== 0) return false;
  spawn(opener, [url], { detached: true, stdio: 'ignore' }).unref();
  return true;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const home = join(ROOT, opts.web ? '.vscode-test/open-web' : '.vscode-test/open');
  const userDataDir = join(home, 'user-data');
  const extensionsDir = join(home, 'extensions');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  installVsix(opts.vsix, userDataDir, extensionsDir);

  const port = opts.port ?? ((await portIsFree(8080)) ? 8080 : await freePort());
  const server = await startCodeServer({ port, userDataDir, extensionsDir, ...(opts.web ? { settings: WEB_HOST_SETTINGS } : {}) });
  const url = server.workbenchUrl({ folder: opts.folder, openFile: opts.file });
  const launched = opts.launch && launchBrowser(url);

  const bar = '─'.repeat(72);
  const where = opts.web ? "in VS Code's web worker extension host (code-server)" : 'in VS Code (code-server)';
  console.log(`\n${bar}\n Activation Lab is running ${where} at:\n\n   ${url}\n`);
  console.log(launched ? ' Opened in your browser.' : ' Open that address in a browser on this machine.');
  console.log(` Health check: ${server.url}/healthz    Stop: Ctrl-C\n${bar}`);

  // Ctrl-C: codeserver.mjs takes the server's whole process group down and exits.
  const { code, signal } = await server.exited;
  console.error(`code-server stopped on its own (code ${code}, signal ${signal}); log: ${server.logFile}`);
  process.exit(1);
}

main().catch((err) => {
  console.error(err?.message ?? err);
  process.exit(1);
});

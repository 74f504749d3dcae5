// One code-server per UI run, shared by every test file (a fresh start costs a few seconds),
// and a second one, started only when a test asks for the web host, whose user settings put
// the extension into the browser's web worker extension host. The workspace each opens is a temp folder with copies of `notebooks/` and of
// `test/ui/fixtures/` (at its root, when that folder exists), so tests may edit and save
// files without touching the repository.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, WEB_HOST_SETTINGS, startCodeServer } from '../../../scripts/e2e/codeserver.mjs';

export { ROOT };

const shared = new Map(); // 'node' | 'web' → Promise<{ server, workspace }>

/** Starts the shared server (of the web host when `web`) on first use; later calls get the same one. */
export function sharedServer({ web = false } = {}) {
  const kind = web ? 'web' : 'node';
  if (!shared.has(kind)) shared.set(kind, start(web));
  return shared.get(kind);
}

function start(web) {
  return (async () => {
    if (!existsSync(join(ROOT, 'dist/extension.js'))) {
      throw new Error('dist/extension.js is missing — run `npm run build` first');
    }
    const workspace = mkdtempSync(join(tmpdir(), 'actlab-ui-'));
    const fixtures = join(ROOT, 'test/ui/fixtures');
    if (existsSync(fixtures)) cpSync(fixtures, workspace, { recursive: true });
    if (existsSync(join(ROOT, 'notebooks'))) {
      cpSync(join(ROOT, 'notebooks'), join(workspace, 'notebooks'), { recursive: true });
    }
    mkdirSync(workspace, { recursive: true });
    const server = await startCodeServer({ env: { ACTLAB_TEST_WORKSPACE: workspace }, ...(web ? { settings: WEB_HOST_SETTINGS } : {}) });
    return { server, workspace };
  })();
}

/** Stops the shared servers (those that were started) and removes their workspaces. */
export async function stopSharedServer() {
  const pending = [...shared.values()];
  shared.clear();
  for (const p of pending) {
    const { server, workspace } = await p.catch(() => ({}));
    if (server) await server.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  }
}

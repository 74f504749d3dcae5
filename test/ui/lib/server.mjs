// One code-server per UI run, shared by every test file (a fresh start costs a few seconds).
// The workspace it opens is a temp folder with copies of `notebooks/` and of
// `test/ui/fixtures/` (at its root, when that folder exists), so tests may edit and save
// files without touching the repository.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startCodeServer } from '../../../scripts/e2e/codeserver.mjs';

export { ROOT };

let shared; // Promise<{ server, workspace }>

/** Starts the shared server on first use; later calls get the same one. */
export function sharedServer() {
  shared ??= (async () => {
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
    const server = await startCodeServer({ env: { ACTLAB_TEST_WORKSPACE: workspace } });
    return { server, workspace };
  })();
  return shared;
}

/** Stops the shared server (if one was started) and removes its workspace. */
export async function stopSharedServer() {
  if (!shared) return;
  const pending = shared;
  shared = undefined;
  const { server, workspace } = await pending.catch(() => ({}));
  if (server) await server.stop();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
}

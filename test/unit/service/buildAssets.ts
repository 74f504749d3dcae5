// Builds the hover assets into a temp file once per test run, exactly as `npm run build` does.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { HoverAssets } from '../../../src/language/service/assets';

let cached: HoverAssets | undefined;

export function buildAssets(): HoverAssets {
  if (cached) return cached;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actlab-assets-'));
  const out = path.join(dir, 'hover-assets.json');
  execFileSync(process.execPath, [path.join(__dirname, '../../../scripts/render-math.mjs'), '--out', out], { stdio: 'pipe' });
  cached = JSON.parse(fs.readFileSync(out, 'utf8')) as HoverAssets;
  fs.rmSync(dir, { recursive: true, force: true });
  return cached;
}

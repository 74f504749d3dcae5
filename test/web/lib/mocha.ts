// mocha's browser build, set up for the BDD interface (`describe`/`it`, as in the desktop
// suites). Imported first by index.ts, so `describe` exists before any suite is loaded.
// The spec reporter writes through console.log, which reaches the page console.
import 'mocha/mocha.js';

/** What mocha's browser build leaves on the global scope (esbuild.mjs keeps it off `module.exports`). */
export const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;

mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });

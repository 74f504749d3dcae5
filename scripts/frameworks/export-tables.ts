// Prints the framework tables (src/language/docs/frameworks) as JSON for measure.py, which
// runs the frameworks themselves against every entry. Usage:
//   npx tsx scripts/frameworks/export-tables.ts | python scripts/frameworks/measure.py > test/fixtures/frameworks/measured.json
import { FRAMEWORK_TABLES, KINK_POINTS, entryIds } from '../../src/language/docs/frameworks';
import { NEGATIVE_PATHS } from '../../test/unit/service/frameworks/negatives';

const entries = FRAMEWORK_TABLES.filter((t) => t.language === 'python').flatMap((t) =>
  t.modules.flatMap((m) =>
    Object.entries(m.names).flatMap(([name, e]) =>
      m.paths.map((p) => ({
        framework: t.framework,
        path: `${p}.${name}`,
        layer: e.layer === true,
        ids: entryIds(e),
        args: e.args.map((a) => a.name),
        kinks: KINK_POINTS[entryIds(e)[0]] ?? [],
      })),
    ),
  ),
);
const strings = FRAMEWORK_TABLES.filter((t) => t.language === 'python' && t.strings).map((t) => ({
  framework: t.framework,
  names: Object.entries(t.strings?.names ?? {}).map(([name, e]) => ({ name, ids: entryIds(e), kinks: KINK_POINTS[entryIds(e)[0]] ?? [] })),
}));
process.stdout.write(JSON.stringify({ entries, strings, negatives: NEGATIVE_PATHS.filter((p) => !p.startsWith('@tensorflow/')) }));

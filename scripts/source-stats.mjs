// @ts-check
/**
 * Counts what the code-health limits in test/node/source-limits.test.mjs watch in src/: lines per module,
 * `as` casts (`as const` aside) and non-null assertions, read from the TypeScript syntax tree.
 * `node scripts/source-stats.mjs` prints them; `--list` names each cast.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Every .ts file under `dir`. */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Lines, casts and non-null assertions of every module in `dir`. */
export function sourceStats(dir = 'src') {
  return walk(dir).map((file) => {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const casts = [];
    const nonNull = [];
    const visit = (node) => {
      if (ts.isAsExpression(node) && !(ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(source) === 'const'))
        casts.push(node);
      if (ts.isNonNullExpression(node)) nonNull.push(node);
      ts.forEachChild(node, visit);
    };
    visit(source);
    const where = (node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText(source).slice(0, 90)}`;
    return { file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0), casts: casts.map(where), nonNull: nonNull.map(where) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const stats = sourceStats();
  const list = process.argv.includes('--list');
  for (const s of stats.sort((a, b) => b.casts.length + b.nonNull.length - a.casts.length - a.nonNull.length)) {
    if (s.casts.length + s.nonNull.length === 0) continue;
    console.log(`${s.file}: ${s.casts.length} as, ${s.nonNull.length} !`);
    if (list) for (const line of [...s.casts, ...s.nonNull]) console.log(`  ${line}`);
  }
  const sum = (key) => stats.reduce((n, s) => n + s[key].length, 0);
  console.log(`casts ${sum('casts')}, non-null ${sum('nonNull')}, longest ${stats.sort((a, b) => b.lines - a.lines).slice(0, 3).map((s) => `${s.file} ${s.lines}`).join(', ')}`);
}

// @ts-check
/**
 * Test only: the built script-tag file under /test/tampered/, next to a definition checker and locale files whose
 * bytes are not the ones the build recorded (one comment appended), so a test can watch Subresource Integrity
 * refuse them.
 */
import { readFileSync } from 'node:fs';

/** @type {import('koa').Middleware} */
export async function tamperedChecker(ctx, next) {
  const file = /^\/test\/tampered\/(antrag\.(?:embed|checker|locale-[a-z]+)\.js)$/u.exec(ctx.path)?.[1];
  if (!file) return next();
  const bytes = readFileSync(`dist/${file}`);
  ctx.type = 'text/javascript';
  ctx.body = file !== 'antrag.embed.js' ? Buffer.concat([bytes, Buffer.from('\n// changed after the build\n')]) : bytes;
}

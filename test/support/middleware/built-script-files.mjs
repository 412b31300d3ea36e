// @ts-check
/**
 * Serves the built script-tag files (dist/antrag.*.js) byte for byte, as a CDN serves them: the dev server's
 * own JS handling would change them (and so their Subresource Integrity hash).
 */
import { readFileSync } from 'node:fs';

/** @type {import('koa').Middleware} */
export async function builtScriptFiles(ctx, next) {
  if (!/^\/dist\/antrag\.[\w-]+\.js$/u.test(ctx.path)) return next();
  ctx.type = 'text/javascript';
  ctx.body = readFileSync(`.${ctx.path}`);
}

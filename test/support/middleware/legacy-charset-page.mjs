// @ts-check
/**
 * Test only: a page as an old CMS serves it — `text/html; charset=windows-1252` — with the script-tag file
 * from a server that sends JavaScript without a charset (`/test/legacy/antrag.embed.js`, the built bytes).
 * A classic script without a charset is decoded in the page's encoding.
 */
import { readFileSync } from 'node:fs';

/** @type {import('koa').Middleware} */
export async function legacyCharsetPage(ctx, next) {
  if (ctx.path === '/test/legacy/antrag.embed.js') {
    ctx.set('Content-Type', 'application/javascript');
    ctx.body = readFileSync('dist/antrag.embed.js');
    return;
  }
  if (ctx.path !== '/test/legacy/page.html') return next();
  const form = String(ctx.query.form ?? '').replace(/[^\w-]/gu, '');
  ctx.set('Content-Type', 'text/html; charset=windows-1252');
  ctx.body = Buffer.from(
    `<!doctype html><html lang="de"><head><title>Alt</title><script src="/test/legacy/antrag.embed.js"></script></head>
    <body><antrag-assistant src="/demo/forms/${form}.json" endpoint="/api/submissions"></antrag-assistant></body></html>`,
    'latin1',
  );
}

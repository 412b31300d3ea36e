// @ts-check
/** Serves the strict-CSP test page under the policy issue #6 promises embedding sites, Trusted Types included. */

/** @type {import('koa').Middleware} */
export async function strictCspPage(ctx, next) {
  await next();
  if (/^\/test\/fixtures\/strict-csp(-twice|-broken|-en)?\.html$/u.test(ctx.path)) {
    ctx.set(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
  }
}

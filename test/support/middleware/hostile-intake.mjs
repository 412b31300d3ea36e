// @ts-check
/**
 * An intake that answers with hostile text, for the hostile-content tests: `POST /api/hostile-intake?p=…&mode=…`
 * with `p` the payload (base64url of UTF-8). `mode=reject` answers 422 with the payload as a field error's code,
 * message and parameters; `mode=accept` answers 201 with the payload as the reference. Nothing is stored.
 */

/** @type {import('koa').Middleware} */
export async function hostileIntake(ctx, next) {
  if (ctx.path !== '/api/hostile-intake' || ctx.method !== 'POST') return next();
  const payload = Buffer.from(String(ctx.query.p ?? ''), 'base64url').toString('utf8');
  const field = String(ctx.query.field ?? 'name');
  ctx.type = 'application/json';
  if (ctx.query.mode === 'reject') {
    ctx.status = 422;
    ctx.body = JSON.stringify({
      errors: [
        { field, code: payload, message: payload, params: { max: payload, label: payload } },
        { field: payload, code: 'required', message: payload },
      ],
    });
  } else {
    ctx.status = 201;
    ctx.body = JSON.stringify({ reference: payload });
  }
}

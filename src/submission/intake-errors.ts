/** A field error an intake returned with a 422 (`{"errors": [{"field", "code", "message"}]}`). */
export interface IntakeFieldError {
  field: string;
  code: string;
  message?: string;
}

/** The request did not reach the intake or no answer came back (offline, DNS, CORS, timeout, dropped connection). */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The intake answered, but not with success. `status` tells which; a 422 may carry field errors. The
 * message quotes the start of the answer's body, which usually says what the intake disliked.
 */
export class IntakeRejectedError extends Error {
  override name = 'IntakeRejectedError';
  readonly status: number;
  readonly fieldErrors: readonly IntakeFieldError[];
  /** The wait the intake asked for with `Retry-After`, in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** The first 300 characters of the answer's body ('' when it had none). */
  readonly body: string;
  constructor(
    status: number,
    fieldErrors: readonly IntakeFieldError[] = [],
    retryAfterMs?: number,
    body = '',
    endpoint = 'The intake endpoint',
  ) {
    super(`${endpoint} answered ${status}${body ? `: ${body}` : ' with an empty body'}.`);
    this.status = status;
    this.fieldErrors = fieldErrors;
    this.retryAfterMs = retryAfterMs;
    this.body = body;
  }
}

/** Sending cannot even start: no endpoint, or encryption was asked for but is not available. Retrying will not help. */
export class SetupError extends Error {
  override name = 'SetupError';
}

/**
 * The intake on another origin answered, but the browser kept the answer from the page because the
 * endpoint does not allow the page's origin with CORS. Retrying will not help until the intake does.
 */
export class CorsRefusedError extends SetupError {
  override name = 'CorsRefusedError';
  constructor(endpoint: string, origin: string, options?: { cause?: unknown }) {
    super(
      `The intake endpoint ${endpoint} is reachable, but does not allow this page's origin (${origin}) with CORS, so the browser refused to send or to read the answer. ` +
        `The endpoint must answer the preflight OPTIONS request and the POST with "Access-Control-Allow-Origin: ${origin}" ` +
        '(and "Access-Control-Allow-Headers: Content-Type, Idempotency-Key"). Nothing was received.',
      options,
    );
  }
}

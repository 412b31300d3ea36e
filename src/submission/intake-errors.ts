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

/** The intake answered, but not with success. `status` tells which; a 422 may carry field errors. */
export class IntakeRejectedError extends Error {
  override name = 'IntakeRejectedError';
  readonly status: number;
  readonly fieldErrors: readonly IntakeFieldError[];
  /** The wait the intake asked for with `Retry-After`, in milliseconds. */
  readonly retryAfterMs: number | undefined;
  constructor(status: number, fieldErrors: readonly IntakeFieldError[] = [], retryAfterMs?: number) {
    super(`The intake endpoint answered ${status}.`);
    this.status = status;
    this.fieldErrors = fieldErrors;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Sending cannot even start: no endpoint, or encryption was asked for but is not available. Retrying will not help. */
export class SetupError extends Error {
  override name = 'SetupError';
}

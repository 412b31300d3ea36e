/** A field error an intake returned with a 422 (`{"errors": [{"field", "code", "message"}]}`). */
export interface IntakeFieldError {
  field: string;
  code: string;
  message?: string;
}

/** The request did not reach the intake or no answer came back (offline, DNS, CORS, timeout). */
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
  constructor(status: number, fieldErrors: readonly IntakeFieldError[] = []) {
    super(`The intake endpoint answered ${status}.`);
    this.status = status;
    this.fieldErrors = fieldErrors;
  }
}

import type { SubmissionPayload } from '../model/submission-payload.js';
import { IntakeRejectedError, NetworkError, type IntakeFieldError } from './intake-errors.js';

/** Options for {@link sendSubmission}; `fetch` is replaceable so hosts can add credentials or tracing. */
export interface SendOptions {
  fetch?: typeof fetch;
  /** Give up on one attempt after this many milliseconds. */
  timeoutMs?: number;
}

/** What a successful intake answered. */
export interface IntakeReceipt {
  reference?: string;
}

/**
 * Posts the payload as JSON with `Idempotency-Key` = `submissionId`, so that a retry of the same
 * submission can never create a second record. Throws {@link NetworkError} or {@link IntakeRejectedError}.
 */
export async function sendSubmission(endpoint: string, payload: SubmissionPayload, options: SendOptions = {}): Promise<IntakeReceipt> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': payload.submissionId },
      body: JSON.stringify(payload),
      credentials: 'same-origin',
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    throw new NetworkError(`The intake endpoint ${endpoint} could not be reached.`, { cause: error });
  }
  const body = await readJson(response);
  if (!response.ok) throw new IntakeRejectedError(response.status, fieldErrorsOf(body));
  const reference = (body as { reference?: unknown } | undefined)?.reference;
  return typeof reference === 'string' ? { reference } : {};
}

async function readJson(response: Response): Promise<unknown> {
  if (!response.headers.get('Content-Type')?.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function fieldErrorsOf(body: unknown): IntakeFieldError[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (e): e is IntakeFieldError => typeof e === 'object' && e !== null && typeof e.field === 'string' && typeof e.code === 'string',
  );
}

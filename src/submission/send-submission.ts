import type { SubmissionPayload } from '../model/submission-payload.js';
import { IntakeRejectedError, NetworkError, type IntakeFieldError } from './intake-errors.js';

/** Options for {@link sendSubmission}; `fetch` is replaceable so hosts can add credentials or tracing. */
export interface SendOptions {
  fetch?: typeof fetch;
  /** Give up on one attempt after this many milliseconds. */
  timeoutMs?: number;
  /** Contents of the payload's attachments by attachment id; required when there are attachments. */
  files?: ReadonlyMap<string, Blob>;
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
  const json = JSON.stringify(payload);
  let requestBody: string | FormData = json;
  const headers: Record<string, string> = { Accept: 'application/json', 'Idempotency-Key': payload.submissionId };
  if (payload.attachments.length === 0) {
    headers['Content-Type'] = 'application/json';
  } else {
    // multipart/form-data: the payload as part "submission", then one part per attachment id. The browser
    // sets the Content-Type with its boundary.
    const form = new FormData();
    form.append('submission', new Blob([json], { type: 'application/json' }), 'submission.json');
    for (const attachment of payload.attachments) {
      const content = options.files?.get(attachment.id);
      if (!content) throw new Error(`The content of the attachment "${attachment.name}" is missing.`);
      form.append(attachment.id, content, attachment.name);
    }
    requestBody = form;
  }
  let response: Response;
  try {
    response = await doFetch(endpoint, {
      method: 'POST',
      headers,
      body: requestBody,
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

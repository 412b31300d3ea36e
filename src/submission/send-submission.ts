import type { SubmissionPayload } from '../model/submission-payload.js';
import type { Encrypter } from './encryption-registry.js';
import { refusedByCors } from './cors-probe.js';
import { CorsRefusedError, IntakeRejectedError, NetworkError, type IntakeFieldError } from './intake-errors.js';
import { backoffMs, defaultRetryPolicy, isRetryableStatus, retryAfterMs, type RetryPolicy } from './retry-policy.js';

/** Options for {@link sendSubmission}; `fetch` is replaceable so hosts can add credentials or tracing. */
export interface SendOptions {
  fetch?: typeof fetch;
  /** Contents of the payload's attachments by attachment id; required when there are attachments. */
  files?: ReadonlyMap<string, Blob>;
  /** Encrypts the submission and each attachment to a JWE (see `antrag/encryption`). */
  encrypter?: Encrypter;
  /** Attempts, timeouts and backoff; unset values come from {@link defaultRetryPolicy}. */
  retry?: Partial<RetryPolicy>;
  /** Told before each attempt, the first one included (1-based). */
  onAttempt?: (attempt: number, policy: RetryPolicy) => void;
  /** Stops waiting and sending (e.g. when the element leaves the page). */
  signal?: AbortSignal;
}

/** What a successful intake answered. */
export interface IntakeReceipt {
  reference?: string;
  /** The submission has a fee to pay online: where "Jetzt bezahlen" leads (relative to the endpoint), and the payment's id. */
  payment?: { id: string; redirectUrl: string };
}

/** The request body and headers of one submission, made once and sent unchanged on every attempt. */
export interface PreparedSubmission {
  readonly key: string;
  readonly body: string | FormData;
  /** Unset for multipart: the browser adds the boundary. */
  readonly contentType?: string;
}

/**
 * Sends a submission and retries what may not have arrived (network errors, 408, 425, 429, 5xx) with full-jitter
 * backoff or the wait `Retry-After` asks for, always with the same body and `Idempotency-Key` = `submissionId`,
 * so that the intake never records it twice. Throws {@link NetworkError}, {@link IntakeRejectedError}, or
 * {@link CorsRefusedError} when a second failed attempt shows that the intake is there but refuses the page's origin.
 */
export async function sendSubmission(endpoint: string, payload: SubmissionPayload, options: SendOptions = {}): Promise<IntakeReceipt> {
  return deliver(endpoint, await prepareSubmission(payload, options), options);
}

/**
 * `application/json` without attachments; `multipart/form-data` with them (part `submission`, then one part
 * per attachment id). Encrypted: the JSON and every attachment become JWE compact strings (`application/jose`).
 */
export async function prepareSubmission(
  payload: SubmissionPayload,
  { files, encrypter }: Pick<SendOptions, 'files' | 'encrypter'> = {},
): Promise<PreparedSubmission> {
  const json = JSON.stringify(payload);
  const seal = async (bytes: Uint8Array) => new Blob([await encrypter!.encrypt(bytes)], { type: 'application/jose' });
  const key = payload.submissionId;
  if (payload.attachments.length === 0) {
    return encrypter
      ? { key, body: await encrypter.encrypt(new TextEncoder().encode(json)), contentType: 'application/jose' }
      : { key, body: json, contentType: 'application/json' };
  }
  const form = new FormData();
  const submission = new Blob([json], { type: 'application/json' });
  form.append('submission', encrypter ? await seal(new TextEncoder().encode(json)) : submission, 'submission.json');
  for (const attachment of payload.attachments) {
    const content = files?.get(attachment.id);
    if (!content) throw new Error(`The content of the attachment "${attachment.name}" is missing.`);
    form.append(attachment.id, encrypter ? await seal(new Uint8Array(await content.arrayBuffer())) : content, attachment.name);
  }
  return { key, body: form };
}

/** Sends a prepared submission, retrying as {@link sendSubmission} describes. */
export async function deliver(endpoint: string, prepared: PreparedSubmission, options: SendOptions = {}): Promise<IntakeReceipt> {
  const policy = { ...defaultRetryPolicy, ...options.retry };
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    options.onAttempt?.(attempt, policy);
    try {
      return await sendOnce(endpoint, prepared, policy.timeoutMs, options);
    } catch (error) {
      // One retry first: a proxy's passing error page without CORS headers looks the same to the page.
      const lastTry = attempt >= 2 || attempt >= policy.maxAttempts;
      if (
        error instanceof NetworkError &&
        error.cause instanceof TypeError &&
        lastTry &&
        (await refusedByCors(endpoint, fetchOf(options)))
      ) {
        throw new CorsRefusedError(endpoint, location.origin, { cause: error.cause });
      }
      const retryable = error instanceof NetworkError || (error instanceof IntakeRejectedError && isRetryableStatus(error.status));
      if (!retryable || attempt >= policy.maxAttempts || options.signal?.aborted) throw error;
      const wait = (error instanceof IntakeRejectedError ? error.retryAfterMs : undefined) ?? backoffMs(attempt, policy);
      if (Date.now() - started + wait > policy.maxTotalMs) throw error;
      await sleep(wait, options.signal);
    }
  }
}

async function sendOnce(endpoint: string, prepared: PreparedSubmission, timeoutMs: number, options: SendOptions): Promise<IntakeReceipt> {
  const doFetch = fetchOf(options);
  const headers: Record<string, string> = { Accept: 'application/json', 'Idempotency-Key': prepared.key };
  if (prepared.contentType) headers['Content-Type'] = prepared.contentType;
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await doFetch(endpoint, {
      method: 'POST',
      headers,
      body: prepared.body,
      credentials: 'same-origin',
      signal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout,
    });
  } catch (error) {
    throw new NetworkError(
      `The intake endpoint ${endpoint} could not be reached: the browser is offline, the name or server is unreachable, the attempt timed out, or, for an endpoint on another origin, it does not allow this page's origin with CORS.`,
      { cause: error },
    );
  }
  const text = await response.text().catch(() => '');
  const body = readJson(response, text);
  if (!response.ok) {
    const excerpt = text.replace(/\s+/gu, ' ').trim().slice(0, 300);
    const wait = retryAfterMs(response.headers.get('Retry-After'));
    throw new IntakeRejectedError(response.status, fieldErrorsOf(body), wait, excerpt, `The intake endpoint ${endpoint}`);
  }
  return receiptOf(body);
}

function receiptOf(body: unknown): IntakeReceipt {
  if (typeof body !== 'object' || body === null) return {};
  const reference: unknown = Reflect.get(body, 'reference');
  const payment: unknown = Reflect.get(body, 'payment');
  const id: unknown = typeof payment === 'object' && payment !== null ? Reflect.get(payment, 'id') : undefined;
  const redirectUrl: unknown = typeof payment === 'object' && payment !== null ? Reflect.get(payment, 'redirectUrl') : undefined;
  return {
    ...(typeof reference === 'string' && { reference }),
    ...(typeof id === 'string' && typeof redirectUrl === 'string' && { payment: { id, redirectUrl } }),
  };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

const fetchOf = (options: SendOptions): typeof fetch => options.fetch ?? globalThis.fetch.bind(globalThis);

function readJson(response: Response, text: string): unknown {
  if (!response.headers.get('Content-Type')?.includes('json')) return undefined;
  try {
    return JSON.parse(text);
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

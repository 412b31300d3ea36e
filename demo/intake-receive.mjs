// @ts-check
/**
 * How the reference intake receives one submission, once admitted: reads the body within its limit and idle
 * time, counts multipart parts before parsing them, decrypts the submission, runs the cheap checks
 * (intake-checks.mjs), then `validateSubmission`, then decrypts and checks the files, then stores.
 */
import { createHash } from 'node:crypto';
import { validateSubmission } from '../dist/core.js';
import { toFimData } from '../dist/fim.js';
import { checkEnvelope, checkParts, checkReferences, fileCapacity, parseJson } from './intake-checks.mjs';
import { DecryptionError } from './intake-crypto.mjs';
import { readBody } from './intake-http.mjs';

/** @typedef {import('./intake-http.mjs').Answer} Answer */
/**
 * A submission as read: the JSON text (decrypted where it was encrypted), the file parts as they came.
 * @typedef {{raw: string, parts: Array<[string, FormDataEntryValue]>, encrypted: boolean}} Received
 */

/** @type {Answer} */
const NO_KEY = {
  status: 415,
  body: { error: 'This intake has no private key, so it cannot accept encrypted (application/jose) submissions.' },
};

/**
 * @param {{ definitions: Map<string, any>, decrypter: ReturnType<typeof import('./intake-crypto.mjs').createDecrypter> | undefined,
 *   limits: {maxJsonBytes: number, maxMultipartBytes: number, idleTimeoutMs: number},
 *   store: (record: {key: string, hash: string, payload: any, files: Map<string, Buffer>, encrypted: boolean, fimData?: unknown}) => Answer }} options
 */
export function createReceiver({ definitions, decrypter, limits, store }) {
  /** No form takes more parts than this: its files and the submission (read per request: forms may be added, as imported FIM forms are). */
  const partsLimit = () => 1 + Math.max(0, ...[...definitions.values()].map(fileCapacity));

  /**
   * Reads, checks and stores one submission; a JWE that cannot be read is the client's fault (400).
   * @param {import('node:http').IncomingMessage} req @param {string} key @param {(reading: boolean) => void} progress
   * @returns {Promise<Answer>}
   */
  async function receive(req, key, progress) {
    try {
      const read = await readSubmission(req, progress);
      progress(false);
      return 'status' in read ? read : await accept(key, read);
    } catch (error) {
      if (error instanceof DecryptionError) return { status: 400, body: { error: error.message } };
      throw error;
    }
  }

  /** The largest body of this request's content type. @param {import('node:http').IncomingMessage} req */
  function limitFor(req) {
    return String(req.headers['content-type'] ?? '').startsWith('multipart/form-data') ? limits.maxMultipartBytes : limits.maxJsonBytes;
  }

  /** @param {string} jwe */
  async function decrypt(jwe) {
    if (!decrypter) throw new Error('decrypt() without a key: readSubmission answers 415 first.');
    return Buffer.from(await (await decrypter).decrypt(jwe));
  }

  /**
   * The submission JSON text (decrypted where it came as JWE) and the file parts, still as they came.
   * @param {import('node:http').IncomingMessage} req @param {(reading: boolean) => void} progress
   * @returns {Promise<Answer | Received>}
   */
  async function readSubmission(req, progress) {
    const contentType = String(req.headers['content-type'] ?? '');
    const multipart = contentType.startsWith('multipart/form-data');
    const jose = contentType.startsWith('application/jose');
    if (!multipart && !jose && !contentType.startsWith('application/json')) {
      const error =
        'Send the submission as application/json (or application/jose, encrypted), or as multipart/form-data when it has attachments.';
      return { status: 415, body: { error } };
    }
    if (jose && !decrypter) return NO_KEY;
    const limit = limitFor(req);
    const read = await readBody(req, limit, limits.idleTimeoutMs, () => progress(true));
    if ('fault' in read) {
      if (read.fault === 'tooLarge') return tooLarge(limit);
      const error =
        read.fault === 'stalled'
          ? `No part of the body arrived for ${limits.idleTimeoutMs / 1000} s; send it again.`
          : 'The connection closed before the body arrived.';
      return { status: 408, body: { error }, headers: { Connection: 'close' } };
    }
    if (multipart) return readMultipart(contentType, read.bytes);
    const raw = jose ? (await decrypt(read.bytes.toString('utf8'))).toString('utf8') : read.bytes.toString('utf8');
    return { raw, parts: [], encrypted: jose };
  }

  /**
   * Part `submission` (decrypted here) plus one part per attachment id, decrypted only once checked. Each part
   * is encrypted or not by its own content type: `application/jose` holds a JWE compact string.
   * @param {string} contentType @param {Buffer} bytes @returns {Promise<Answer | Received>}
   */
  async function readMultipart(contentType, bytes) {
    // Counted before parsing: Node's multipart parser takes about 2 s for 3,000 parts.
    const count = countParts(contentType, bytes);
    if (count === undefined) return { status: 400, body: { error: 'The multipart body has no boundary.' } };
    const maxParts = partsLimit();
    if (count > maxParts) return refuse([{ field: '', code: 'maxFiles', params: { max: maxParts - 1 } }], `More than ${maxParts} parts.`);
    let form;
    try {
      // Node's own fetch implementation parses multipart bodies; no extra parser needed. (The buffer's
      // memory is a plain ArrayBuffer, never shared, which is all the cast claims.)
      const body = /** @type {Uint8Array<ArrayBuffer>} */ (bytes);
      form = await new Request('http://intake.local/', { method: 'POST', headers: { 'content-type': contentType }, body }).formData();
    } catch {
      return { status: 400, body: { error: 'The multipart body could not be read.' } };
    }
    const [submission, ...more] = form.getAll('submission');
    if (!(submission instanceof Blob) || more.length > 0)
      return { status: 400, body: { error: 'The multipart body must have exactly one "submission" part.' } };
    const parts = [...form].filter(([name]) => name !== 'submission');
    const sealed = (/** @type {FormDataEntryValue} */ part) => part instanceof Blob && part.type.startsWith('application/jose');
    if (!decrypter && [submission, ...parts.map(([, part]) => part)].some(sealed)) return NO_KEY;
    const text = sealed(submission) ? (await decrypt(await submission.text())).toString('utf8') : await submission.text();
    return { raw: text, parts, encrypted: sealed(submission) };
  }

  /**
   * Checks cheap things first (JSON depth, key, form, envelope, counts, parts), then re-validates with the
   * form's rules, then decrypts and checks every file against what the payload claims, and stores.
   * @param {string} key @param {Received} received @returns {Promise<Answer>}
   */
  async function accept(key, { raw, parts, encrypted }) {
    const parsed = parseJson(raw);
    if ('error' in parsed) return { status: 400, body: { error: parsed.error } };
    const payload = /** @type {any} */ (parsed.value);
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
      return { status: 400, body: { error: 'The submission must be a JSON object.' } };
    if (key !== payload.submissionId) return { status: 400, body: { error: 'The Idempotency-Key header must equal the submissionId.' } };
    const definition = typeof payload.form?.id === 'string' ? definitions.get(payload.form.id) : undefined;
    if (!definition) return refuse([], `Unknown form ${JSON.stringify(String(payload.form?.id).slice(0, 60))}.`);
    const envelope = checkEnvelope(payload, definition);
    if (envelope.length > 0) return refuse(envelope);
    if (parts.length > fileCapacity(definition)) return refuse([{ field: '', code: 'maxFiles', params: { max: fileCapacity(definition) } }]);
    const partProblems = checkParts(parts, payload.attachments ?? []);
    if (partProblems.length > 0) return refuse(partProblems);
    const { ok, issues } = validateSubmission(definition, payload);
    if (!ok)
      return refuse(issues.map((issue) => ({ field: issue.fieldId ?? '', code: issue.code, ...(issue.params && { params: issue.params }) })));
    const unreferenced = checkReferences(payload, definition);
    if (unreferenced.length > 0) return refuse(unreferenced);
    // Every attachment the payload describes must arrive, with exactly the size and SHA-256 it claims.
    const byName = new Map(parts);
    /** @type {Map<string, Buffer>} */
    const files = new Map();
    const attachmentErrors = [];
    for (const attachment of payload.attachments ?? []) {
      const part = byName.get(attachment.id);
      const content = part instanceof Blob ? await open(part) : undefined;
      const hash = content && createHash('sha256').update(content).digest('hex');
      if (!content || content.length !== attachment.size || hash !== attachment.sha256)
        attachmentErrors.push({ field: attachment.field, code: 'attachment' });
      else files.set(attachment.id, content);
    }
    if (attachmentErrors.length > 0) return refuse(attachmentErrors);
    // The hash is of the decrypted submission, so a retry encrypted anew is still the same submission.
    // A form imported from FIM: its answers also keyed by the FIM schema, as specialist systems take them.
    const fimData = definition.fim ? toFimData(definition, payload) : undefined;
    return store({ key, hash: createHash('sha256').update(raw).digest('hex'), payload, files, encrypted, fimData });
  }

  /** A file part's bytes, decrypted when it came as JWE. @param {Blob} part */
  async function open(part) {
    return part.type.startsWith('application/jose') ? decrypt(await part.text()) : Buffer.from(await part.arrayBuffer());
  }

  return { receive, limitFor };
}

/**
 * How many parts a multipart body has, by its boundary lines (undefined without a boundary); cheap, before any
 * parsing.
 * @param {string} contentType @param {Buffer} bytes
 */
function countParts(contentType, bytes) {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/iu.exec(contentType);
  const delimiter = boundary?.[1] ?? boundary?.[2];
  if (!delimiter) return undefined;
  const line = Buffer.from(`--${delimiter}`);
  let count = 0;
  for (let at = bytes.indexOf(line); at !== -1; at = bytes.indexOf(line, at + line.length)) count++;
  // The last delimiter closes the body.
  return Math.max(0, count - 1);
}

/** 413, closing the connection (the rest of the body is not read). @param {number} limit @returns {Answer} */
export function tooLarge(limit) {
  return { status: 413, body: { error: `The submission is larger than ${limit} bytes.` }, headers: { Connection: 'close' } };
}

/**
 * A 422: the problems (at most 50 listed) and one line saying what they are.
 * @param {Array<{field: string, code: string, params?: unknown}>} problems @param {string} [error] @returns {Answer}
 */
function refuse(problems, error) {
  const listed = problems.slice(0, 50);
  const summary = listed.slice(0, 3).map((p) => `${p.field || 'payload'}: ${p.code}`).join(', ');
  return { status: 422, body: { errors: listed, error: error ?? `The submission was not accepted (${summary}${problems.length > 3 ? ', …' : ''}).` } };
}


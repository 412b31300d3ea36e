import { withoutGroups } from '../definition/field-tree.js';
import type { Definition, Field } from '../definition/schema.js';
import { allFields } from '../model/derive.js';
import { pathShape } from '../model/field-path.js';
import type { FieldValue, Values } from '../model/field-value.js';
import { itemsOf } from '../model/repeat.js';
import type { Outbox, View } from '../model/snapshot.js';
import type { SubmissionPayload } from '../model/submission-payload.js';

/**
 * Where the working state is kept: `session` (default) survives a reload in the same tab and dies with it;
 * `device` also keeps it in localStorage, but only after the citizen chose so; `off` keeps nothing.
 */
export type DraftMode = 'session' | 'device' | 'off';

/** A submission that was not delivered yet (the model's outbox), kept with the draft under `pending`. */
export type PendingSubmission = Outbox;

/** What a draft keeps of an assistant. */
export interface DraftState {
  values: Values;
  checked: Values;
  view: View;
  submissionId: string;
  pending?: PendingSubmission;
}

interface StoredDraft extends DraftState {
  format: 1;
  formId: string;
  version: string;
  savedAt: number;
  filesDropped?: boolean;
}

/** What {@link DraftStore.load} found; `notice` says why a draft was thrown away. */
export interface LoadedDraft {
  state?: DraftState;
  from?: 'session' | 'device';
  notice?: 'expired' | 'incompatible';
  /** Files were answered before: their contents are never stored, so the citizen must add them again. */
  filesDropped?: boolean;
}

export interface DraftStoreOptions {
  /** sessionStorage, unless drafts are off. */
  session?: Storage;
  /** localStorage, only with `drafts="device"`. */
  device?: Storage;
  /** A device draft older than this is deleted unread (default 7 days). */
  maxAgeMs?: number;
  now?: () => number;
}

export interface DraftStore {
  load(): LoadedDraft;
  /** Saves to the session and, when `onDevice`, to the device (without sensitive answers). */
  save(state: DraftState, onDevice: boolean): void;
  /** Whether the citizen saved on this device before (the choice is remembered by the draft itself). */
  onDevice(): boolean;
  /** Deletes the draft everywhere: after the intake confirmed, or when the citizen withdraws the choice. */
  clear(where?: 'device'): void;
  /** When a draft saved now would expire. */
  expiresAt(): number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Keeps an assistant's working state in Web Storage, one entry per form id. Storage failures never break the form. */
export function createDraftStore(definition: Definition, options: DraftStoreOptions): DraftStore {
  const key = `antrag.draft.v1.${definition.id}`;
  const now = options.now ?? (() => Date.now());
  const maxAgeMs = options.maxAgeMs ?? 7 * DAY_MS;
  const fields = allFields(definition);
  const read = (storage: Storage | undefined): StoredDraft | undefined => {
    try {
      const text = storage?.getItem(key);
      const draft = text ? (JSON.parse(text) as StoredDraft) : undefined;
      return draft?.format === 1 && draft.formId === definition.id && typeof draft.values === 'object' ? draft : undefined;
    } catch {
      return undefined;
    }
  };
  const write = (storage: Storage | undefined, state: DraftState & { filesDropped: boolean }) => {
    const draft: StoredDraft = { format: 1, formId: definition.id, version: definition.version, savedAt: now(), ...state };
    try {
      storage?.setItem(key, JSON.stringify(draft));
    } catch {
      // Full or forbidden (private mode): the form goes on; only the draft is not kept.
    }
  };
  const remove = (storage: Storage | undefined) => {
    try {
      storage?.removeItem(key);
    } catch {
      // As above.
    }
  };

  return {
    load() {
      const session = read(options.session);
      const device = session ? undefined : read(options.device);
      const found = session ?? device;
      if (!found) return {};
      const from = session ? 'session' : 'device';
      if (device && now() - device.savedAt > maxAgeMs) {
        remove(options.device);
        return { notice: 'expired' };
      }
      if (major(found.version) !== major(definition.version)) {
        remove(options.session);
        remove(options.device);
        return { notice: 'incompatible' };
      }
      const { values, checked, view, submissionId, pending } = found;
      return {
        state: { values, checked: checked ?? {}, view, submissionId, ...(pending && { pending }) },
        from,
        filesDropped: found.filesDropped === true,
      };
    },
    save(state, onDevice) {
      const files = withoutFiles(fields, state.values);
      // File contents cannot be stored, so neither can a pending submission that carries attachments.
      const pending = state.pending?.payload.attachments.length ? undefined : state.pending;
      const { pending: _all, ...rest } = state;
      const kept = { ...rest, values: files.values, checked: withoutKeys(fields, state.checked, isFile), filesDropped: files.dropped };
      write(options.session, { ...kept, ...(pending && { pending }) });
      if (!onDevice || !options.device) return;
      const devicePending = pending && !holdsSensitive(fields, pending.payload) ? pending : undefined;
      write(options.device, {
        ...kept,
        // `checked` holds answers too (as they were when feedback became due).
        values: omit(fields, kept.values, isPrivate).values,
        checked: withoutKeys(fields, kept.checked, isPrivate),
        ...(devicePending && { pending: devicePending }),
      });
    },
    onDevice: () => read(options.device) !== undefined,
    clear(where) {
      if (where !== 'device') remove(options.session);
      remove(options.device);
    },
    expiresAt: () => now() + maxAgeMs,
  };
}

function major(version: string): string {
  return version.split('.')[0] ?? version;
}

/** Every field at every depth: groups opened, repeats followed by their items' fields. */
function allNested(fields: readonly Field[]): Field[] {
  return withoutGroups(fields).flatMap((field) => (field.type === 'repeat' ? [field, ...allNested(field.fields)] : [field]));
}

/** The answers with every value of the matching questions (also inside repeated items) left out. */
function omit(fields: readonly Field[], values: Values, drop: (field: Field) => boolean): { values: Values; dropped: boolean } {
  let dropped = false;
  const result: Record<string, FieldValue> = { ...values };
  for (const field of withoutGroups(fields)) {
    if (drop(field)) {
      dropped ||= hasAnswer(result[field.id]);
      delete result[field.id];
    } else if (field.type === 'repeat' && allNested(field.fields).some(drop)) {
      result[field.id] = itemsOf(result[field.id]).map((item) => {
        const kept = omit(field.fields, item, drop);
        dropped ||= kept.dropped;
        return kept.values;
      });
    }
  }
  return { values: result, dropped };
}

/** Answers kept by path id (`hunde.1.iban`), as `checked` holds them, without those of the matching questions. */
function withoutKeys(fields: readonly Field[], values: Values, drop: (field: Field) => boolean): Values {
  // The matching questions by path without item numbers (`hunde.iban`); a dropped repeat takes its items along.
  const dropped = new Set<string>();
  const collect = (list: readonly Field[], prefix: string) => {
    for (const field of withoutGroups(list)) {
      if (drop(field)) dropped.add(`${prefix}${field.id}`);
      else if (field.type === 'repeat') collect(field.fields, `${prefix}${field.id}.`);
    }
  };
  collect(fields, '');
  if (dropped.size === 0) return values;
  return Object.fromEntries(
    Object.entries(values).filter(([id]) => {
      const shape = pathShape(id).split('.');
      return !shape.some((_, i) => dropped.has(shape.slice(0, i + 1).join('.')));
    }),
  );
}

const hasAnswer = (value: FieldValue | undefined) => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '');
const isFile = (field: Field) => field.type === 'file';
const isSensitive = (field: Field) => 'sensitive' in field && field.sensitive === true;
const isPrivate = (field: Field) => isFile(field) || isSensitive(field);
const withoutFiles = (fields: readonly Field[], values: Values) => omit(fields, values, isFile);

/**
 * What a device draft of this form leaves out, by kind: files, and answers marked `sensitive` (bank details
 * when one of them is an IBAN or BIC). The citizen is told before choosing to keep a draft on the device.
 */
export function leftOffDevice(definition: Definition): { files: boolean; sensitive: boolean; bank: boolean } {
  const fields = allNested(allFields(definition));
  const sensitive = fields.filter(isSensitive);
  return { files: fields.some(isFile), sensitive: sensitive.length > 0, bank: sensitive.some((field) => field.type === 'iban' || field.type === 'bic') };
}

/** Whether a payload carries a sensitive answer (a repeat with a sensitive question counts, whatever its items say). */
function holdsSensitive(fields: readonly Field[], payload: SubmissionPayload): boolean {
  const data = payload.data;
  return fields.some(
    (field) => (isSensitive(field) && Object.hasOwn(data, field.id)) || (field.type === 'repeat' && allNested(field.fields).some(isSensitive)),
  );
}

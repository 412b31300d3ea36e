import { isRecord } from '../definition/json-value.js';
import type { ItemField } from '../definition/schema.js';
import type { FileRef } from './field-value.js';

type FileField = Extract<ItemField, { type: 'file' }>;

/** True when a file matches one of the field's accepted MIME types or name endings. */
export function acceptsFile(field: FileField, file: Pick<FileRef, 'name' | 'type'>): boolean {
  const name = file.name.toLowerCase();
  return field.accept.some((accepted) => (accepted.startsWith('.') ? name.endsWith(accepted) : accepted === file.type.toLowerCase()));
}

/** True for a well-formed file description (what the model and the intake accept as a file answer). */
export function isFileRef(value: unknown): value is FileRef {
  if (!isRecord(value)) return false;
  const ref = value;
  return (
    typeof ref.id === 'string' &&
    /^[0-9a-f-]{36}$/u.test(ref.id) &&
    typeof ref.name === 'string' &&
    ref.name.length > 0 &&
    ref.name.length <= 255 &&
    typeof ref.type === 'string' &&
    typeof ref.size === 'number' &&
    Number.isInteger(ref.size) &&
    ref.size >= 0 &&
    typeof ref.sha256 === 'string' &&
    /^[0-9a-f]{64}$/u.test(ref.sha256)
  );
}

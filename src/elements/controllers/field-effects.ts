import type { AssistantModel } from '../../model/assistant-model.js';
import { isFileRef } from '../../model/file-ref.js';
import type { FileRef } from '../../model/field-value.js';
import { valueAt } from '../../model/repeat.js';
import { createSubmissionId } from '../../model/submission-id.js';
import { sha256 } from '../../submission/sha256.js';
import { controlId } from '../dom-ids.js';
import type { FocusController } from './focus.js';

/**
 * The effects some questions need beyond typing — reading files and asking for the position — at the
 * edge, apart from the model: file contents live here; the answers hold only their descriptions.
 */
export class FieldEffects {
  /** Contents of chosen files by attachment id; only their descriptions live in the answers. */
  readonly files = new Map<string, Blob>();

  constructor(
    private readonly model: () => AssistantModel | undefined,
    private readonly focus: FocusController,
  ) {}

  /**
   * Reads chosen files: their description (with SHA-256) goes into the answers, their content stays here
   * until submission. Nothing of a file is ever stored in the page or in a draft.
   */
  async addFiles(fieldId: string, files: readonly File[]): Promise<void> {
    const refs: FileRef[] = [];
    for (const file of files) {
      const id = createSubmissionId();
      this.files.set(id, file);
      refs.push({ id, name: file.name, type: file.type, size: file.size, sha256: await sha256(file) });
    }
    const model = this.model();
    const field = model?.field(fieldId);
    // A question for one file takes the new choice instead of the old one (choosing again means "this one").
    const single = field?.type === 'file' && (field.maxFiles ?? 1) === 1;
    if (single) for (const old of this.#filesOf(fieldId)) this.files.delete(old.id);
    model?.input(fieldId, single ? refs.slice(-1) : [...this.#filesOf(fieldId), ...refs]);
    // Choosing files is a finished action, like leaving a field: feedback (type, size) is due now.
    model?.leave(fieldId);
  }

  /** Removes a chosen file; focus returns to the file input. */
  removeFile(fieldId: string, fileId: string): void {
    const model = this.model();
    model?.input(
      fieldId,
      this.#filesOf(fieldId).filter((file) => file.id !== fileId),
    );
    model?.leave(fieldId);
    this.files.delete(fileId);
    this.focus.request({ id: controlId(fieldId) });
  }

  /** Asks the browser for the position, only on the citizen's press; a refusal is explained, never an error. */
  locate(fieldId: string): void {
    const model = this.model();
    if (!model) return;
    if (!('geolocation' in navigator)) return void model.note(fieldId, 'location.failed');
    model.note(fieldId, 'location.locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        model.input(fieldId, { latitude: String(coords.latitude), longitude: String(coords.longitude), accuracy: String(coords.accuracy) });
        model.note(fieldId);
      },
      () => void model.note(fieldId, 'location.failed'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }

  #filesOf(fieldId: string): FileRef[] {
    const current = this.model() && valueAt(this.model()?.getSnapshot().values ?? {}, fieldId);
    return Array.isArray(current) ? current.filter(isFileRef) : [];
  }
}

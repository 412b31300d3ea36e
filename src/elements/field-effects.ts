import type { Translator } from '../i18n/translator.js';
import type { AssistantModel } from '../model/assistant-model.js';
import type { FileRef } from '../model/field-value.js';
import { fieldById, itemId, valueAt } from '../model/repeat.js';
import { createSubmissionId } from '../model/submission-id.js';
import { sha256 } from '../submission/sha256.js';

/** Where focus goes after the next render: a field by id, or an element by selector. */
export type FieldFocus = { field: string } | { selector: string };

/** What the effects need from the element that owns them. */
export interface FieldEffectsHost {
  model(): AssistantModel;
  t(): Translator;
  requestUpdate(): void;
  focusAfterUpdate(focus: FieldFocus): void;
}

/**
 * The effects some questions need beyond typing — reading files, asking for the position, adding and
 * removing items — at the edge, apart from the model: file contents and passing notes live here.
 */
export class FieldEffects {
  /** Contents of chosen files by attachment id; only their descriptions live in the answers. */
  readonly files = new Map<string, Blob>();
  /** Passing notes next to fields (why a position could not be found); not answers, never sent. */
  readonly notes = new Map<string, string>();

  constructor(private readonly host: FieldEffectsHost) {}

  /**
   * Reads chosen files: their description (with SHA-256) goes into the answers, their content stays here
   * until submission. Nothing of a file is ever stored in the page or in a draft.
   */
  async addFiles(fieldId: string, files: readonly File[]): Promise<void> {
    const model = this.host.model();
    const refs: FileRef[] = [];
    for (const file of files) {
      const id = createSubmissionId();
      this.files.set(id, file);
      refs.push({ id, name: file.name, type: file.type, size: file.size, sha256: await sha256(file) });
    }
    model.input(fieldId, [...this.#filesOf(fieldId), ...refs]);
    // Choosing files is a finished action, like leaving a field: feedback (type, size) is due now.
    model.leave(fieldId);
  }

  /** Removes a chosen file; focus returns to the file input. */
  removeFile(fieldId: string, fileId: string): void {
    const model = this.host.model();
    model.input(
      fieldId,
      this.#filesOf(fieldId).filter((file) => file.id !== fileId),
    );
    model.leave(fieldId);
    this.files.delete(fileId);
    this.host.focusAfterUpdate({ selector: `[id="${CSS.escape(`f-${fieldId}`)}"]` });
  }

  /** Asks the browser for the position, only on the citizen's press; a refusal is explained, never an error. */
  locate(fieldId: string): void {
    const model = this.host.model();
    const t = this.host.t();
    const note = (text?: string) => {
      if (text) this.notes.set(fieldId, text);
      else this.notes.delete(fieldId);
      this.host.requestUpdate();
    };
    if (!('geolocation' in navigator)) return note(t.t('location.failed'));
    note(t.t('location.locating'));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        model.input(fieldId, { latitude: String(coords.latitude), longitude: String(coords.longitude), accuracy: String(coords.accuracy) });
        note();
      },
      () => note(t.t('location.failed')),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }

  /** Adds an item and moves focus to its first question, so a keyboard user continues right there. */
  addItem(repeatId: string): void {
    const model = this.host.model();
    const index = model.addItem(repeatId);
    const repeat = fieldById(model.definition, repeatId);
    if (index === undefined || repeat?.type !== 'repeat') return;
    this.host.focusAfterUpdate({ field: itemId(repeatId, index, repeat.fields[0]!.id) });
  }

  /** Removes an item; focus goes to the add button, the place where the list can grow again. */
  removeItem(repeatId: string, index: number): void {
    if (!this.host.model().removeItem(repeatId, index)) return;
    this.host.focusAfterUpdate({ selector: `#${CSS.escape(`f-${repeatId}-add`)}` });
  }

  #filesOf(fieldId: string): FileRef[] {
    const current = valueAt(this.host.model().getSnapshot().values, fieldId);
    return Array.isArray(current) ? (current as FileRef[]) : [];
  }
}

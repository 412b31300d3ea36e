import type { AssistantModel } from '../model/assistant-model.js';
import { emptyValue, type FieldValue } from '../model/field-value.js';
import type { FieldEffects } from './controllers/field-effects.js';
import type { FocusController } from './controllers/focus.js';
import type { FormCommands } from './views/form.js';

/**
 * The commands of the form's controls, made once per element: questions whose inputs did not change are not
 * rendered again. `send` is "Absenden" / "Erneut senden" on the review page.
 */
export function formCommands(
  model: () => AssistantModel | undefined,
  effects: FieldEffects,
  focus: FocusController,
  send: () => void,
): FormCommands {
  return {
    input: (id, value) => model()?.input(id, value),
    leave: (id) => model()?.leave(id),
    addItem: (id) => model()?.addItem(id),
    removeItem: (id, index) => model()?.removeItem(id, index),
    addFiles: (id, files) => void effects.addFiles(id, files),
    removeFile: (id, fileId) => effects.removeFile(id, fileId),
    locate: (id) => effects.locate(id),
    submit: (event) => {
      event.preventDefault();
      if (model()?.getSnapshot().view.kind === 'step') model()?.next();
      else send();
    },
    back: () => model()?.back(),
    edit: (id) => model()?.edit(id),
    focusField: (id, part) => focus.focusField(id, part),
    chooseDevice: (keep) => model()?.chooseDevice(keep),
  };
}

/**
 * An answer entered from outside the form (`assistant.enter()`), as the citizen enters it: the value, then
 * leaving the field; files are read as the file picker's. A value whose shape does not fit the question is refused.
 */
export async function enterAnswer(
  model: AssistantModel | undefined,
  effects: FieldEffects,
  fieldId: string,
  value: FieldValue | readonly File[],
): Promise<void> {
  const field = model?.field(fieldId);
  const empty = field && emptyValue(field);
  if (isFileList(value) && field?.type === 'file') return effects.addFiles(fieldId, value);
  if (!model || typeof value !== typeof empty || Array.isArray(value) !== Array.isArray(empty) || isFileList(value))
    throw new TypeError(`<antrag-assistant>.enter: no question "${fieldId}" for this answer`);
  model.input(fieldId, value);
  model.leave(fieldId);
}

// By its tag, not instanceof: files made in another window (the page around a frame) are files too.
const isFileList = (value: unknown): value is readonly File[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => Object.prototype.toString.call(item) === '[object File]');

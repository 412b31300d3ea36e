import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { withoutGroups } from '../../definition/field-tree.js';
import type { Field } from '../../definition/schema.js';
import { itemId } from '../../model/field-path.js';
import { minItems } from '../../model/repeat.js';
import type { AssistantModel } from '../../model/assistant-model.js';
import type { Transition } from '../../model/snapshot.js';
import { addButtonId } from '../dom-ids.js';
import { focusTargetId, isGroup } from '../fields/render-field.js';
import { isConstant } from '../views/step-fields.js';
import type { SessionController } from './session.js';
import { uncover } from './uncover.js';

/** Where focus goes after the next render. */
export type FocusTarget = 'heading' | 'summary' | 'failure' | { field: string; part?: string } | { id: string };

/**
 * Moves focus after a transition, once the page shows it: the step heading after moving on, the error
 * summary after a failed "Weiter", the failure panel, an added item's first question, the add button
 * after a removal. Screen readers then read where the citizen is; a sticky host header never hides it.
 */
export class FocusController implements ReactiveController {
  #pending: FocusTarget | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly session: SessionController,
  ) {
    host.addController(this);
    session.listen({ changed: (_snapshot, transition, model) => this.#follow(transition, model) });
  }

  /** Focuses `target` after the next render (a command the citizen gave that is not a transition). */
  request(target: FocusTarget): void {
    this.#pending = target;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#pending;
    this.#pending = undefined;
    const root = this.host.shadowRoot;
    if (!target || !root) return;
    if (typeof target === 'object' && 'field' in target) return this.#focusField(root, target.field, target.part);
    const id = typeof target === 'object' ? target.id : undefined;
    const selector = { heading: '#view-heading', summary: '.error-summary', failure: '#submit-failed' };
    const element = id ? root.getElementById(id) : typeof target === 'string' ? root.querySelector<HTMLElement>(selector[target]) : null;
    element?.focus();
    if (element) uncover(element, this.host);
  }

  /** Focuses a field's control and brings its label or legend into view, as GOV.UK's error summary does. */
  focusField(field: string, part?: string): void {
    const root = this.host.shadowRoot;
    if (root) this.#focusField(root, field, part);
  }

  #focusField(root: ShadowRoot, fieldId: string, part?: string): void {
    const field = this.session.model?.field(fieldId);
    if (!field) return;
    // A choice already made is where the citizen continues (after "Ändern"); otherwise the first option.
    const chosen = field.type === 'radio' ? root.querySelector<HTMLInputElement>(`input[name="${CSS.escape(field.id)}"]:checked`) : null;
    const control = chosen ?? root.getElementById(focusTargetId(field, part));
    const container = control?.closest('.field');
    const label = isGroup(field) ? container?.querySelector('legend') : container?.querySelector('label');
    control?.focus({ preventScroll: true });
    const shown = label ?? control;
    shown?.scrollIntoView({ block: 'start' });
    if (shown) uncover(shown, this.host);
  }

  #follow(transition: Transition, model: AssistantModel): void {
    const target = targetOf(transition, model);
    if (target) this.#pending = target;
  }
}

function targetOf(transition: Transition, model: AssistantModel): FocusTarget | undefined {
  switch (transition.kind) {
    case 'moved':
      return transition.field ? { field: transition.field } : 'heading';
    case 'invalid':
      return transition.quiet ? undefined : 'summary';
    case 'sent':
      return transition.quiet ? undefined : 'heading';
    case 'failed':
      return transition.quiet ? undefined : 'failure';
    case 'rejected':
      return transition.quiet ? undefined : 'summary';
    case 'itemAdded': {
      // A keyboard user continues right there, in the new item.
      const repeat = model.field(transition.repeat);
      const item = (id: string) => itemId(transition.repeat, transition.index, id);
      return repeat?.type === 'repeat' ? firstIn(repeat.fields, item) : undefined;
    }
    case 'itemRemoved':
      // The place where the list can grow again.
      return { id: addButtonId(transition.repeat) };
    default:
      return undefined;
  }
}

/**
 * The first place of an item to type or choose in: its first question with a control (notices and constants
 * have none); an inner list's first question if it starts with items, else its add button — never nothing,
 * or focus would fall to the page when the outer add button goes away at `max`.
 */
function firstIn(fields: readonly Field[], at: (id: string) => string): FocusTarget | undefined {
  for (const field of withoutGroups(fields)) {
    if (field.type === 'notice' || isConstant(field)) continue;
    if (field.type !== 'repeat') return { field: at(field.id) };
    const list = at(field.id);
    return (minItems(field) > 0 ? firstIn(field.fields, (id) => itemId(list, 0, id)) : undefined) ?? { id: addButtonId(list) };
  }
  return undefined;
}

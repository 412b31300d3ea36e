import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Definition } from '../../definition/schema.js';
import type { AssistantModel, AssistantModelOptions } from '../../model/assistant-model.js';
import type { Snapshot, Transition } from '../../model/snapshot.js';
import { createDraftStore, DAY_MS, type DraftMode, type DraftStore } from '../../submission/drafts.js';
import type { SessionController } from './session.js';

/** What the drafts controller reads from its element. */
export interface DraftsHost extends ReactiveControllerHost, HTMLElement {
  drafts: DraftMode | undefined;
  draftDays: number | undefined;
}

/**
 * Keeps the working state (and the outbox) in a draft: in the tab's session by default, on the device
 * only after the citizen chose so. Saved when the citizen leaves a field or a page and when the page is
 * hidden — not per keystroke; deleted once the intake confirmed.
 */
export class DraftsController implements ReactiveController {
  #store: DraftStore | undefined;
  #model: AssistantModel | undefined;
  #hidden = () => this.#save();
  #visibility = () => document.visibilityState === 'hidden' && this.#save();

  constructor(
    private readonly host: DraftsHost,
    session: SessionController,
  ) {
    host.addController(this);
    session.listen({
      started: (model) => (this.#model = model),
      changed: (snapshot, transition) => this.#follow(snapshot, transition),
    });
  }

  hostConnected(): void {
    // A reload, a closed tab or a phone discarding a tab in the background right after typing: the last
    // answers are saved on the way out.
    window.addEventListener('pagehide', this.#hidden);
    document.addEventListener('visibilitychange', this.#visibility);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#hidden);
    document.removeEventListener('visibilitychange', this.#visibility);
    this.#save();
  }

  /** When a draft kept on the device would expire if saved now; undefined unless the citizen may choose. */
  deviceExpiry(): number | undefined {
    return this.host.drafts === 'device' ? this.#store?.expiresAt() : undefined;
  }

  /** The draft to continue when a model starts for `definition`. */
  open(definition: Definition): Pick<AssistantModelOptions, 'restore' | 'draft'> {
    this.#save(); // what was typed into a form that is being replaced
    const mode = this.host.drafts;
    this.#store = createDraftStore(definition, {
      ...(mode !== 'off' && { session: webStorage('sessionStorage') }),
      ...(mode === 'device' && { device: webStorage('localStorage') }),
      maxAgeMs: (this.host.draftDays !== undefined && this.host.draftDays > 0 ? this.host.draftDays : 7) * DAY_MS,
    });
    const loaded = this.#store.load();
    const { state, notice, from, filesDropped } = loaded;
    const told = notice || from === 'device' || filesDropped;
    return {
      ...(state && { restore: { ...state, ...(state.pending && { outbox: state.pending }) } }),
      draft: { onDevice: this.#store.onDevice(), ...(told && { notice: { ...(from && { from }), ...(notice && { notice }), ...(filesDropped && { filesDropped }) } }) },
    };
  }

  #follow(snapshot: Snapshot, transition: Transition): void {
    if (transition.kind === 'sent') return this.#store?.clear();
    if (transition.kind === 'draftChoice' && !transition.keep) return this.#store?.clear('device');
    // Typing is saved when the citizen leaves the field (or the page is hidden), not per keystroke.
    // A failed "Weiter" changes no answer; typing sent with Enter is saved as focus leaves for the summary.
    if (transition.kind !== 'changed' && transition.kind !== 'ignored' && transition.kind !== 'invalid') this.#save(snapshot);
  }

  #save(snapshot = this.#model?.getSnapshot()): void {
    if (!snapshot || !this.#store || snapshot.submission.status === 'sent') return;
    const { values, checked, view, submissionId, outbox } = snapshot;
    this.#store.save({ values, checked, view, submissionId, ...(outbox && { pending: outbox }) }, snapshot.draft.onDevice);
  }
}

/** sessionStorage or localStorage, or undefined where the browser forbids them (some private modes, sandboxed frames). */
function webStorage(name: 'sessionStorage' | 'localStorage'): Storage | undefined {
  try {
    return window[name];
  } catch {
    return undefined;
  }
}

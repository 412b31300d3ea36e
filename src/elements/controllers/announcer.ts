import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translator } from '../../i18n/translator.js';
import type { AssistantModel } from '../../model/assistant-model.js';
import type { Snapshot, Transition } from '../../model/snapshot.js';
import { itemName } from '../fields/list-fields.js';
import type { SessionController } from './session.js';

/**
 * Says what needs no focus — "Ihr Antrag wird gesendet", "Versuch 2 von 5", "Entwurf gespeichert" —
 * and what the focus cannot say because the pressed button is gone: "Hund 2 entfernt", "Ihr Antrag ist
 * eingegangen. Ihr Aktenzeichen: …". Through a live region in the light DOM that is there from the start,
 * slotted into the shadow root: Chromium does not reliably announce live regions inside shadow roots, nor
 * ones added together with their text. A status that is over is taken back.
 */
export class AnnouncerController implements ReactiveController {
  #live: HTMLElement | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    session: SessionController,
    private readonly t: () => Translator,
  ) {
    host.addController(this);
    session.listen({ changed: (snapshot, transition, model) => this.#follow(snapshot, transition, model) });
  }

  hostConnected(): void {
    if (this.#live) return;
    this.#live = document.createElement('div');
    this.#live.slot = 'antrag-status';
    this.#live.setAttribute('role', 'status');
    this.host.append(this.#live);
  }

  /** Says `message` (the same words twice are said twice); '' clears the region. */
  announce(message: string): void {
    const live = this.#live;
    if (!live) return;
    clearTimeout(this.#timer);
    live.textContent = '';
    if (message) this.#timer = setTimeout(() => (live.textContent = message), 50);
  }

  #follow(snapshot: Snapshot, transition: Transition, model: AssistantModel): void {
    const t = this.t();
    const submission = snapshot.submission;
    switch (transition.kind) {
      case 'sending':
        return this.announce(t.t('sending'));
      case 'attempt':
        return submission.status === 'sending' && submission.attempt !== undefined
          ? this.announce(t.t('sendingAgain', { attempt: submission.attempt, of: submission.of ?? '' }))
          : undefined;
      case 'sent':
        // Focus goes to the confirmation's heading; Orca said nothing for it, and the reference is the point.
        return this.announce(
          submission.status === 'sent' && submission.reference
            ? t.t('confirmation.announced', { reference: submission.reference })
            : t.t('confirmation.title'),
        );
      case 'itemRemoved': {
        // Focus goes to the add button; the removed item's own button is gone, so say what happened.
        const repeat = model.field(transition.repeat);
        return repeat?.type === 'repeat' ? this.announce(t.t('repeat.removed', { item: itemName(repeat, transition.index, t) })) : undefined;
      }
      case 'failed':
      case 'rejected':
      case 'cancelled':
        return this.announce('');
      case 'draftChoice':
        return this.announce(t.t(transition.keep ? 'draft.saved' : 'draft.removed'));
      default:
        return undefined;
    }
  }
}

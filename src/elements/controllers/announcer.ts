import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translator } from '../../i18n/translator.js';
import type { Snapshot, Transition } from '../../model/snapshot.js';
import type { SessionController } from './session.js';

/**
 * Says what needs no focus — "Ihr Antrag wird gesendet", "Versuch 2 von 5", "Entwurf gespeichert" —
 * through a live region in the light DOM, slotted into the shadow root: Chromium does not reliably
 * announce live regions inside shadow roots. A status that is over is taken back.
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
    session.listen({ changed: (snapshot, transition) => this.#follow(snapshot, transition) });
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

  #follow(snapshot: Snapshot, transition: Transition): void {
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

import type { ReactiveControllerHost } from 'lit';
import { formLanguage } from '../../model/submission-payload.js';
import type { SessionController } from './session.js';

/** What the feedback controller reads from its element. */
export interface FeedbackHost extends ReactiveControllerHost, HTMLElement {
  feedbackEndpoint: string | undefined;
}

/** The satisfaction question's state: the answers, and where sending stands. */
export interface FeedbackState {
  rating: number | undefined;
  text: string;
  status: 'idle' | 'invalid' | 'sending' | 'sent' | 'failed';
}

/** The commands of the satisfaction question. */
export interface FeedbackCommands {
  rate(rating: number): void;
  type(text: string): void;
  send(event: Event): void;
}

/**
 * The optional satisfaction question after the confirmation: a 1–5 rating and a free text, posted as JSON to
 * `feedback-endpoint` (form id and version, language, rating, text, time). No cookies, no identifiers; the
 * reference only when the definition asks (`feedback.withReference`). Not shown without an endpoint.
 */
export class FeedbackController implements FeedbackCommands {
  state: FeedbackState = { rating: undefined, text: '', status: 'idle' };
  /** The confirmed submission's reference, sent only when the definition links feedback to it. */
  #reference: string | undefined;

  constructor(
    private readonly host: FeedbackHost,
    private readonly session: SessionController,
    private readonly language: () => string,
  ) {
    host.addEventListener('antrag-submitted', (event) => (this.#reference = event.detail.reference));
    session.listen({ started: () => (this.state = { rating: undefined, text: '', status: 'idle' }) });
  }

  /** Whether the question is offered at all. */
  get enabled(): boolean {
    return Boolean(this.host.feedbackEndpoint);
  }

  rate = (rating: number): void => this.#set({ rating, status: this.state.status === 'invalid' ? 'idle' : this.state.status });
  type = (text: string): void => this.#set({ text });

  send = (event: Event): void => {
    event.preventDefault();
    const { rating, text, status } = this.state;
    const definition = this.session.model?.definition;
    const endpoint = this.host.feedbackEndpoint;
    if (status === 'sending' || status === 'sent' || !definition || !endpoint) return;
    if (rating === undefined && text.trim() === '') return this.#set({ status: 'invalid' }, '#feedback-rating-1');
    this.#set({ status: 'sending' });
    const reference = definition.feedback?.withReference ? this.#reference : undefined;
    const body = {
      form: { id: definition.id, version: definition.version },
      language: formLanguage(definition.languages, this.language()),
      rating: rating ?? null,
      text: text.trim(),
      submittedAt: new Date().toISOString(),
      ...(reference && { reference }),
    };
    // No cookies or other credentials: the answer must not be linkable to the citizen.
    fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      signal: AbortSignal.timeout(15_000),
    })
      .then((response) => this.#set({ status: response.ok ? 'sent' : 'failed' }, '#feedback-result'))
      .catch(() => this.#set({ status: 'failed' }, '#feedback-result'));
  };

  /** Changes the state; `focus` moves focus there once rendered (after sending, or to the question after an empty "Senden"). */
  #set(change: Partial<FeedbackState>, focus?: string): void {
    this.state = { ...this.state, ...change };
    this.host.requestUpdate();
    if (focus) void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>(focus)?.focus());
  }
}

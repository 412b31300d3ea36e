import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translator } from '../../i18n/translator.js';
import type { SessionController } from './session.js';

/**
 * With `manage-title`, keeps the page title in step (WCAG 2.4.2): "Fehler: " while the error summary
 * shows, then the page's name, the form's title and the host page's own title.
 */
export class TitleController implements ReactiveController {
  /** The host page's own title, kept to follow the step name. */
  #pageTitle = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { manageTitle: boolean | undefined },
    private readonly session: SessionController,
    private readonly t: () => Translator,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#pageTitle ||= document.title;
  }

  hostUpdated(): void {
    const model = this.session.model;
    const current = this.session.current;
    if (!this.host.manageTitle || !model || !current) return;
    const t = this.t();
    const view = current.snapshot.view;
    const step = view.kind === 'step' ? model.definition.steps[view.index] : undefined;
    const page = step ? t.text(step.title) : t.t(view.kind === 'review' ? 'review.title' : 'confirmation.title');
    const error = current.derived.summary.length > 0 ? `${t.t('errorPrefix')} ` : '';
    const title = [`${error}${page}`, t.text(model.definition.title), this.#pageTitle].filter(Boolean).join(' – ');
    if (document.title !== title) document.title = title;
  }
}

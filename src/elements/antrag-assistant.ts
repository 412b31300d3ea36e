import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { DefinitionError, type DefinitionIssue } from '../definition/definition-issue.js';
import { parseDefinition } from '../definition/parse-definition.js';
import type { Definition } from '../definition/schema.js';
import { createTranslator, type Translator } from '../i18n/translator.js';
import { createAssistantModel, type AssistantModel, type NavigationResult } from '../model/assistant-model.js';
import { derive } from '../model/derive.js';
import { resolvePrefill } from '../model/prefill.js';
import { fieldById } from '../model/repeat.js';
import { createDraftStore, DAY_MS, type DraftMode, type DraftStore, type LoadedDraft } from '../submission/drafts.js';
import type { TokenGroup } from '../theme/design-tokens.js';
import { Delivery } from './delivery.js';
import { antragEvent } from './events.js';
import { FieldEffects, type FieldFocus } from './field-effects.js';
import { renderErrorSummary } from './render-error-summary.js';
import { renderLanguageSwitcher, switchableLanguages } from './render-languages.js';
import { controlId, isGroup } from './render-field.js';
import { renderReview } from './render-review.js';
import { renderStepFields } from './render-step.js';
import { renderBroken, renderConfirmation, renderDraftChoice, renderDraftNotice, renderSubmissionStatus } from './render-status.js';
import { styles } from './styles.js';
import { ThemeController } from './theme-controller.js';
import { uncover } from './uncover.js';

/** Languages written right to left (Arabic, Hebrew, Persian, Urdu). */
const RTL = /^(ar|he|fa|ur)(-|$)/u;

type Focus = 'heading' | 'summary' | 'failure' | FieldFocus;

/**
 * An application assistant rendered from a JSON definition.
 *
 * @tagname antrag-assistant
 * @attr src - URL of the definition JSON.
 * @attr endpoint - intake URL the answers are posted to.
 * @attr theme - built-in theme id: `neutral` (default), `musterstadt`, `beispielhausen`, `musterland`, `kontrast`.
 *   As a property it may also be a municipality's own design tokens (DTCG object), like `theme-src`.
 * @attr theme-src - URL of a municipality's own theme (DTCG token JSON); checked, and colours that fail WCAG contrast fall back.
 * @attr lang - language of the assistant; defaults to the page's language, then the form's first.
 * @attr prefill - answers to start with, as JSON by field id; each says "Bereits ausgefüllt" until changed.
 * @attr manage-title - keeps the page title in step with the assistant: "Fehler: " after a failed step, then the step name.
 * @attr language-switcher - shows a language switcher (the form's languages, and Einfache Sprache if the definition has it); switching keeps every answer.
 * @attr drafts - `session` (default: survives a reload in the same tab), `device` (the citizen may choose to keep a draft on the device), `off`.
 * @attr draft-days - days a draft kept on the device lasts (default 7).
 * @attr encryption-key - public RSA key (JWK as JSON) or URL of a JWKS: submissions are sent as JWE (needs `antrag.encryption.js`).
 * @attr max-attempts - attempts to send before the citizen is told it failed (default 5).
 * @attr max-wait - seconds within which retries may start (default 60).
 * @attr request-timeout - seconds one attempt may take (default 30).
 * @prop definition - the definition as an object (instead of `src`).
 * @prop claims - identity claims from a login the host page performed, mapped to fields by the definition.
 * @fires antrag-ready - the definition is loaded and valid: `{formId, version}`
 * @fires antrag-step-change - another page is shown: `{step, index}`
 * @fires antrag-submit - cancelable, before sending: `{payload, files, respondWith(promise)}`; a host page may deliver itself
 * @fires antrag-submitted - the intake confirmed: `{reference, payload}`
 * @fires antrag-submit-error - sending failed for good: `{failure: {reason, status}}`
 * @fires antrag-definition-error - the definition is broken: `{issues}` with JSON pointers
 * @fires antrag-theme-error - a custom theme had bad tokens or failing contrast (replaced): `{issues, contrast}`
 * @csspart header - logo, authority and form title
 * @csspart step - the form of a step or the review
 * @csspart field - one question
 * @csspart label - a question's label or legend
 * @csspart hint - a question's hint
 * @csspart error - a question's error message
 * @csspart input - a text-like control
 * @csspart error-summary - the error summary
 * @csspart nav - the buttons under a step
 * @csspart button - every button
 * @csspart summary-list - the answers on the review page
 * @csspart status - sending and failure notices
 * @csspart confirmation - the confirmation panel
 * @csspart confirmation-summary - the folded answers on the confirmation page
 * @csspart footer - the footer slot's container
 * @csspart languages - the language switcher
 * @csspart draft - the choice to keep a draft on the device
 * @csspart draft-notice - what became of an earlier draft
 * @csspart definition-error - the notice for a broken definition
 * @csspart computed - a computed amount with its breakdown
 * @csspart notice - an information or warning box
 * @csspart repeat-item - one item of a repeated group
 * @csspart consent-text - the text of a declaration
 * @slot logo - replaces the theme's logo in the header (an <img> or <svg> of the municipality).
 * @slot authority - replaces the theme's name in the header ("Stadt Musterstadt").
 * @slot footer - below the assistant on every page: imprint, privacy notice, contact.
 * @slot confirmation - more content on the confirmation page, after the definition's confirmation text.
 */
export class AntragAssistant extends LitElement {
  static override styles = styles;
  static override properties = {
    src: { type: String },
    endpoint: { type: String },
    theme: { type: String },
    themeSrc: { type: String, attribute: 'theme-src' },
    lang: { type: String, reflect: true },
    definition: { attribute: false },
    prefill: { type: Object },
    claims: { attribute: false },
    languageSwitcher: { type: Boolean, attribute: 'language-switcher' },
    manageTitle: { type: Boolean, attribute: 'manage-title' },
    drafts: { type: String },
    draftDays: { type: Number, attribute: 'draft-days' },
    encryptionKey: { type: String, attribute: 'encryption-key' },
    maxAttempts: { type: Number, attribute: 'max-attempts' },
    maxWait: { type: Number, attribute: 'max-wait' },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    loadIssues: { state: true },
  };

  /** Answers to start with, by field id (attribute: JSON). Shown as "Bereits ausgefüllt", always editable. */
  declare prefill: Record<string, unknown> | undefined;
  /** Identity claims from a login the host page performed (e.g. BundID), mapped by the definition's `prefill.claims`. */
  declare claims: Record<string, unknown> | undefined;

  declare src: string | undefined;
  declare endpoint: string | undefined;
  declare theme: string | TokenGroup | undefined;
  declare themeSrc: string | undefined;
  declare definition: unknown;
  /** What is wrong with the definition, shown instead of the form (internal state). */
  declare loadIssues: readonly DefinitionIssue[] | undefined;
  declare languageSwitcher: boolean | undefined;
  declare manageTitle: boolean | undefined;
  declare drafts: DraftMode | undefined;
  declare draftDays: number | undefined;
  declare encryptionKey: string | undefined;
  declare maxAttempts: number | undefined;
  declare maxWait: number | undefined;
  declare requestTimeout: number | undefined;

  #model: AssistantModel | undefined;
  #unsubscribe: (() => void) | undefined;
  #t: Translator = createTranslator('de');
  #theme = new ThemeController(this);
  #loading: AbortController | undefined;
  #pendingFocus: Focus | undefined;
  #draft: DraftStore | undefined;
  /** The host page's own title, kept to follow the step name with `manage-title`. */
  #pageTitle = '';
  /**
   * Status messages that need no focus ("Ihre Angaben werden gespeichert"): a light-DOM live region slotted
   * into the shadow root, because Chromium does not reliably announce live regions inside shadow roots.
   */
  #live: HTMLElement | undefined;
  /** The citizen chose to keep the draft on this device (only offered with `drafts="device"`). */
  #onDevice = false;
  /** What happened to an earlier draft, told once at the top of the form. */
  #draftNotice: LoadedDraft | undefined;
  #delivery = new Delivery({
    element: this,
    model: () => this.#model!,
    language: () => this.#t.language,
    files: () => this.#effects.files,
    settings: () => ({
      endpoint: this.endpoint,
      encryptionKey: this.encryptionKey || undefined,
      retry: {
        ...(this.maxAttempts! > 0 && { maxAttempts: this.maxAttempts! }),
        ...(this.maxWait! >= 0 && { maxTotalMs: this.maxWait! * 1000 }),
        ...(this.requestTimeout! > 0 && { timeoutMs: this.requestTimeout! * 1000 }),
      },
    }),
    navigate: (result, focus) => this.#navigate(result, focus || undefined, focus !== false),
    pendingChanged: () => this.#saveDraft(),
  });
  #online = () => {
    if (this.#delivery.pending && this.#model?.getSnapshot().submission.status === 'failed') void this.#delivery.submit(false);
  };
  #effects = new FieldEffects({
    model: () => this.#model!,
    t: () => this.#t,
    requestUpdate: () => this.requestUpdate(),
    focusAfterUpdate: (focus) => {
      this.#pendingFocus = focus;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.shadowRoot!.adoptedStyleSheets = [...this.shadowRoot!.adoptedStyleSheets, this.#theme.sheet];
    // The outbox is sent again as soon as the browser is back online.
    window.addEventListener('online', this.#online);
    this.#pageTitle ||= document.title;
    if (!this.#live) {
      this.#live = document.createElement('div');
      this.#live.slot = 'antrag-status';
      this.#live.setAttribute('role', 'status');
      this.append(this.#live);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
    this.#delivery.stop();
    window.removeEventListener('online', this.#online);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('themeSrc') && this.themeSrc) void this.#theme.load(this.themeSrc).then(() => this.requestUpdate());
    else if (changed.has('theme')) this.#theme.use(this.theme);
    if (changed.has('definition') && this.definition !== undefined) this.#useDefinition(this.definition, 'definition property');
    else if (changed.has('src') && this.src && this.definition === undefined) void this.#load(this.src);
    if (changed.has('lang') || changed.has('definition') || changed.has('loadIssues')) {
      const formLanguages = this.#model?.definition.languages ?? ['de'];
      const wanted = this.lang || this.closest('[lang]')?.getAttribute('lang') || formLanguages[0] || 'de';
      if (wanted !== this.#t.language) this.#t = createTranslator(wanted, formLanguages);
    }
    // The assistant's language decides its direction, whatever the page around it uses.
    const dir = RTL.test(this.#t.language) ? 'rtl' : 'ltr';
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
  }

  async #load(src: string): Promise<void> {
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    try {
      const response = await fetch(src, { signal: loading.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      this.#useDefinition(await response.text(), src);
    } catch (error) {
      if (loading.signal.aborted) return;
      this.#fail([{ pointer: '', message: `The definition could not be loaded from ${src}: ${(error as Error).message}` }], src);
    }
  }

  #useDefinition(input: unknown, source: string): void {
    const result = parseDefinition(input);
    if (!result.ok) return this.#fail(result.issues, source);
    this.#setModel(result.definition);
  }

  #setModel(definition: Definition): void {
    this.#unsubscribe?.();
    // Read once when the form starts: later changes to the page URL or the properties do not overwrite answers.
    const prefill = resolvePrefill(definition, { host: this.prefill, query: location.search, claims: this.claims });
    this.#draft = createDraftStore(definition, {
      ...(this.drafts !== 'off' && { session: webStorage('sessionStorage') }),
      ...(this.drafts === 'device' && { device: webStorage('localStorage') }),
      maxAgeMs: (this.draftDays! > 0 ? this.draftDays! : 7) * DAY_MS,
    });
    const loaded = this.#draft.load();
    const state = loaded.state;
    this.#onDevice = this.#draft.onDevice();
    this.#draftNotice = loaded.notice || loaded.from === 'device' || loaded.filesDropped ? loaded : undefined;
    this.#delivery.restore(state?.pending);
    this.#model = createAssistantModel(definition, {
      prefill: prefill.values,
      prefillSources: prefill.sources,
      ...(state && {
        restore: {
          ...state,
          // A submission left pending is shown on the review page as "noch nicht gesendet", then sent again.
          ...(state.pending && {
            view: { kind: 'review' as const },
            submission: { status: 'failed' as const, failure: state.pending.failure ?? { reason: 'network' as const } },
          }),
        },
      }),
    });
    this.#unsubscribe = this.#model.subscribe(() => {
      this.#saveDraft();
      this.requestUpdate();
    });
    if (state?.pending) void this.updateComplete.then(() => this.#delivery.submit(false));
    this.#t = createTranslator(this.lang || this.closest('[lang]')?.getAttribute('lang') || definition.languages[0]!, definition.languages);
    this.loadIssues = undefined;
    this.requestUpdate();
    this.dispatchEvent(antragEvent('antrag-ready', { formId: definition.id, version: definition.version }));
  }

  /** Keeps the working state (and the outbox) in the draft; deletes the draft once the intake confirmed. */
  #saveDraft(): void {
    const snapshot = this.#model?.getSnapshot();
    if (!snapshot || !this.#draft) return;
    if (snapshot.submission.status === 'sent') return this.#draft.clear();
    const { values, checked, view, submissionId } = snapshot;
    const pending = this.#delivery.pending;
    this.#draft.save({ values, checked, view, submissionId, ...(pending && { pending }) }, this.#onDevice);
  }

  #chooseDevice(keep: boolean): void {
    this.#onDevice = keep;
    if (keep) this.#saveDraft();
    else this.#draft?.clear('device');
    this.#announce(this.#t.t(keep ? 'draft.saved' : 'draft.removed'));
    this.requestUpdate();
  }

  #announcing: ReturnType<typeof setTimeout> | undefined;
  /** Says `message` through the light-DOM live region (the same words twice are said twice); '' clears it. */
  #announce(message: string): void {
    const live = this.#live;
    if (!live) return;
    clearTimeout(this.#announcing);
    live.textContent = '';
    if (message) this.#announcing = setTimeout(() => (live.textContent = message), 50);
  }

  #fail(issues: readonly DefinitionIssue[], source: string): void {
    this.#unsubscribe?.();
    this.#model = undefined;
    this.loadIssues = issues;
    // The console is where a municipal developer looks first; the element shows the same list.
    console.error(new DefinitionError(issues, source));
    this.dispatchEvent(antragEvent('antrag-definition-error', { issues }));
  }

  protected override render() {
    if (this.loadIssues) return html`<div class="assistant">${renderBroken(this.loadIssues, this.#t)}</div>`;
    const model = this.#model;
    if (!model) return html`<div class="assistant"><p class="progress" role="status">${this.#t.t('loading')}</p></div>`;
    const { definition } = model;
    const snapshot = model.getSnapshot();
    const derived = derive(definition, snapshot);
    const t = this.#t;
    const theme = this.#theme.current;
    const view = snapshot.view;
    const step = view.kind === 'step' ? definition.steps[view.index] : undefined;
    const sending = snapshot.submission.status === 'sending';
    const languages = this.languageSwitcher ? switchableLanguages(definition) : [];
    return html`<div class="assistant">
      <slot name="antrag-status"></slot>
      ${languages.length > 1 ? renderLanguageSwitcher(languages, t, (language) => (this.lang = language)) : nothing}
      <div class="header" part="header">
        <slot name="logo"
          >${
            theme.logo
              ? html`<svg class="logo" viewBox=${theme.logo.viewBox} aria-hidden="true" focusable="false">
                  ${theme.logo.paths.map((p) => svg`<path d=${p.d} fill=${p.fill}></path>`)}
                </svg>`
              : nothing
          }</slot
        >
        <div>
          <slot name="authority">${theme.name ? html`<p class="authority">${theme.name}</p>` : nothing}</slot>
          <h2>${t.text(definition.title)}</h2>
        </div>
      </div>
      ${
        view.kind === 'confirmation'
          ? renderConfirmation(
              snapshot.submission.status === 'sent' ? snapshot.submission.reference : undefined,
              t.text(definition.confirmation),
              renderReview(definition, snapshot.values, derived.rules, t),
              t,
            )
          : html`<form novalidate @submit=${this.#onSubmit} part="step">
              ${this.#draftNotice ? renderDraftNotice(this.#draftNotice, t) : nothing}
              ${view.kind === 'step' && derived.progress.current === 1 && definition.description ? html`<p class="lead">${t.text(definition.description)}</p>` : nothing}
              <p class="progress">${step ? t.t('progress', derived.progress) : nothing}</p>
              ${renderErrorSummary(definition, derived.summary, t, (id, part) => this.#focusField(id, part))}
              <h3 id="view-heading" tabindex="-1">${step ? t.text(step.title) : t.t('review.title')}</h3>
              ${
                step
                  ? renderStepFields(
                      definition,
                      step,
                      snapshot.values,
                      derived,
                      t,
                      {
                        input: (id, value) => model.input(id, value),
                        leave: (id) => model.leave(id),
                        addItem: (id) => this.#effects.addItem(id),
                        removeItem: (id, index) => this.#effects.removeItem(id, index),
                        addFiles: (id, files) => void this.#effects.addFiles(id, files),
                        removeFile: (id, fileId) => this.#effects.removeFile(id, fileId),
                        locate: (id) => this.#effects.locate(id),
                        notes: this.#effects.notes,
                      },
                      model.prefilled,
                    )
                  : html`${renderReview(
                      definition,
                      snapshot.values,
                      derived.rules,
                      t,
                      // While sending, nothing offers to leave the page: no "Ändern".
                      sending ? undefined : (id) => this.#navigate(model.edit(id), { field: id }),
                    )}
                    ${renderSubmissionStatus(snapshot.submission, t)}`
              }
              <div class="nav" part="nav">
                ${
                  view.kind === 'review' || derived.progress.current > 1
                    ? html`<button
                        type="button"
                        class="button secondary"
                        part="button"
                        aria-disabled=${sending ? 'true' : 'false'}
                        @click=${() => this.#navigate(model.back())}
                      >
                        ${t.t('back')}
                      </button>`
                    : nothing
                }
                <button type="submit" class="button primary" part="button" aria-disabled=${sending ? 'true' : 'false'}>
                  ${step ? t.t(snapshot.returnToReview ? 'backToReview' : 'next') : t.t(snapshot.submission.status === 'failed' ? 'retry' : 'submit')}
                </button>
              </div>
              ${
                this.drafts === 'device' && this.#draft
                  ? renderDraftChoice(this.#onDevice, this.#draft.expiresAt(), t, (keep) => this.#chooseDevice(keep))
                  : nothing
              }
            </form>`
      }
      <div class="footer" part="footer"><slot name="footer"></slot></div>
    </div>`;
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    const model = this.#model!;
    if (model.getSnapshot().view.kind === 'step') {
      const result = model.next();
      this.#navigate(result, result === 'invalid' ? 'summary' : 'heading');
    } else {
      void this.#delivery.submit();
    }
  }

  #navigate(result: NavigationResult, focus: Focus = 'heading', moveFocus = true): void {
    if (result === 'ignored') return;
    if (result === 'moved') this.#draftNotice = undefined;
    if (moveFocus) this.#pendingFocus = result === 'invalid' ? 'summary' : focus;
    const snapshot = this.#model?.getSnapshot();
    const view = snapshot?.view;
    if (view && focus !== 'failure' && result === 'moved') {
      const step = view.kind === 'step' ? (this.#model!.definition.steps[view.index]?.id ?? '') : view.kind;
      this.dispatchEvent(antragEvent('antrag-step-change', { step, index: view.kind === 'step' ? view.index : -1 }));
    }
  }

  protected override updated(): void {
    this.#syncTitle();
    this.#syncStatus();
    const focus = this.#pendingFocus;
    if (!focus) return;
    this.#pendingFocus = undefined;
    if (typeof focus === 'object' && 'field' in focus) return this.#focusField(focus.field);
    if (typeof focus === 'object') {
      const target = this.shadowRoot!.querySelector<HTMLElement>(focus.selector);
      target?.focus();
      return void (target && uncover(target, this));
    }
    const selector = { heading: '#view-heading', summary: '.error-summary', failure: '#submit-failed' }[focus];
    const target = this.shadowRoot!.querySelector<HTMLElement>(selector);
    target?.focus();
    if (target) uncover(target, this);
  }

  /** With `manage-title`: "Fehler: " while the error summary shows, then the page's name, then the host's title. */
  #syncTitle(): void {
    if (!this.manageTitle || !this.#model) return;
    const root = this.shadowRoot!;
    const page = root.querySelector('#view-heading')?.textContent?.trim() ?? '';
    const error = root.querySelector('.error-summary') ? `${this.#t.t('errorPrefix')} ` : '';
    const title = [`${error}${page}`, this.#t.text(this.#model.definition.title), this.#pageTitle].filter(Boolean).join(' – ');
    if (document.title !== title) document.title = title;
  }

  #lastStatus = '';
  /** Sending and retrying are told through the live region, once per change. */
  #syncStatus(): void {
    const status = this.shadowRoot!.querySelector('[part="status"].info')?.textContent?.trim() ?? '';
    // A status that is over is taken back, so that nobody reads "wird gesendet" on the confirmation.
    if (status !== this.#lastStatus) this.#announce(status);
    this.#lastStatus = status;
  }

  /** Focuses a field's control and brings its label or legend into view, as GOV.UK's error summary does. */
  #focusField(fieldId: string, part?: string): void {
    const field = this.#model && fieldById(this.#model.definition, fieldId);
    if (!field) return;
    const control = this.shadowRoot!.getElementById(controlId(field, part));
    const container = control?.closest('.field');
    const label = isGroup(field) ? container?.querySelector('legend') : container?.querySelector('label');
    control?.focus({ preventScroll: true });
    const shown = label ?? control;
    shown?.scrollIntoView({ block: 'start' });
    if (shown) uncover(shown, this);
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

import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { DefinitionError, type DefinitionIssue } from '../definition/definition-issue.js';
import { parseDefinition } from '../definition/parse-definition.js';
import type { Definition } from '../definition/schema.js';
import { createTranslator, type Translator } from '../i18n/translator.js';
import { createAssistantModel, type AssistantModel, type NavigationResult } from '../model/assistant-model.js';
import { derive } from '../model/derive.js';
import { resolvePrefill } from '../model/prefill.js';
import { fieldById } from '../model/repeat.js';
import { toSubmissionPayload } from '../model/submission-payload.js';
import { IntakeRejectedError } from '../submission/intake-errors.js';
import { sendSubmission } from '../submission/send-submission.js';
import { toCustomProperties, type Theme } from '../theme/design-tokens.js';
import { neutral, themes } from '../theme/themes.js';
import { antragEvent } from './events.js';
import { FieldEffects, type FieldFocus } from './field-effects.js';
import { renderErrorSummary } from './render-error-summary.js';
import { controlId, isGroup } from './render-field.js';
import { renderReview } from './render-review.js';
import { renderStepFields } from './render-step.js';
import { renderBroken, renderConfirmation, renderSubmissionStatus } from './render-status.js';
import { styles } from './styles.js';

/** Languages written right to left (Arabic, Hebrew, Persian, Urdu). */
const RTL = /^(ar|he|fa|ur)(-|$)/u;

type Focus = 'heading' | 'summary' | 'failure' | FieldFocus;

/**
 * An application assistant rendered from a JSON definition.
 *
 * @attr src - URL of the definition JSON.
 * @attr endpoint - intake URL the answers are posted to.
 * @attr theme - built-in theme id: `neutral` (default), `musterstadt`, `beispielhausen`.
 * @attr lang - language of the assistant; defaults to the page's language, then the form's first.
 * @attr prefill - answers to start with, as JSON by field id; each says "Bereits ausgefüllt" until changed.
 * @prop definition - the definition as an object (instead of `src`).
 * @prop claims - identity claims from a login the host page performed, mapped to fields by the definition.
 * @fires antrag-ready @fires antrag-step-change @fires antrag-submitted @fires antrag-submit-error @fires antrag-definition-error
 * @csspart header @csspart step @csspart field @csspart label @csspart hint @csspart error @csspart input
 * @csspart error-summary @csspart nav @csspart button @csspart summary-list @csspart status @csspart confirmation
 */
export class AntragAssistant extends LitElement {
  static override styles = styles;
  static override properties = {
    src: { type: String },
    endpoint: { type: String },
    theme: { type: String },
    lang: { type: String, reflect: true },
    definition: { attribute: false },
    prefill: { type: Object },
    claims: { attribute: false },
    loadIssues: { state: true },
  };

  /** Answers to start with, by field id (attribute: JSON). Shown as "Bereits ausgefüllt", always editable. */
  declare prefill: Record<string, unknown> | undefined;
  /** Identity claims from a login the host page performed (e.g. BundID), mapped by the definition's `prefill.claims`. */
  declare claims: Record<string, unknown> | undefined;

  declare src: string | undefined;
  declare endpoint: string | undefined;
  declare theme: string | undefined;
  declare definition: unknown;
  declare loadIssues: readonly DefinitionIssue[] | undefined;

  #model: AssistantModel | undefined;
  #unsubscribe: (() => void) | undefined;
  #t: Translator = createTranslator('de');
  #themeSheet = new CSSStyleSheet();
  #loading: AbortController | undefined;
  #pendingFocus: Focus | undefined;
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
    this.shadowRoot!.adoptedStyleSheets = [...this.shadowRoot!.adoptedStyleSheets, this.#themeSheet];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.#applyTheme(themes[this.theme ?? 'neutral']);
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
    this.#model = createAssistantModel(definition, { prefill: prefill.values, prefillSources: prefill.sources });
    this.#unsubscribe = this.#model.subscribe(() => this.requestUpdate());
    this.#t = createTranslator(this.lang || this.closest('[lang]')?.getAttribute('lang') || definition.languages[0]!, definition.languages);
    this.loadIssues = undefined;
    this.requestUpdate();
    this.dispatchEvent(antragEvent('antrag-ready', { formId: definition.id, version: definition.version }));
  }

  #fail(issues: readonly DefinitionIssue[], source: string): void {
    this.#unsubscribe?.();
    this.#model = undefined;
    this.loadIssues = issues;
    // The console is where a municipal developer looks first; the element shows the same list.
    console.error(new DefinitionError(issues, source));
    this.dispatchEvent(antragEvent('antrag-definition-error', { issues }));
  }

  #applyTheme(theme: Theme | undefined): void {
    if (!theme && this.theme) console.warn(`<antrag-assistant>: unknown theme "${this.theme}", using "neutral".`);
    const properties = toCustomProperties((theme ?? neutral).tokens);
    // Constructable stylesheet and CSSOM: no <style> element, so a strict style-src CSP holds.
    this.#themeSheet.replaceSync(':host {}');
    const rule = this.#themeSheet.cssRules[0] as CSSStyleRule;
    for (const [name, value] of properties) rule.style.setProperty(name, value);
  }

  protected override render() {
    if (this.loadIssues) return renderBroken(this.loadIssues, this.#t);
    const model = this.#model;
    if (!model) return html`<p class="progress" role="status">${this.#t.t('loading')}</p>`;
    const { definition } = model;
    const snapshot = model.getSnapshot();
    const derived = derive(definition, snapshot);
    const t = this.#t;
    const theme = themes[this.theme ?? 'neutral'] ?? neutral;
    const view = snapshot.view;
    const step = view.kind === 'step' ? definition.steps[view.index] : undefined;
    return html`<div class="assistant">
      <header class="header" part="header">
        ${
          theme.logo
            ? html`<svg class="logo" viewBox=${theme.logo.viewBox} aria-hidden="true" focusable="false">
                ${theme.logo.paths.map((p) => svg`<path d=${p.d} fill=${p.fill}></path>`)}
              </svg>`
            : nothing
        }
        <div>
          ${theme.name ? html`<p class="authority">${theme.name}</p>` : nothing}
          <h2>${t.text(definition.title)}</h2>
        </div>
      </header>
      ${
        view.kind === 'confirmation'
          ? renderConfirmation(
              snapshot.submission.status === 'sent' ? snapshot.submission.reference : undefined,
              t.text(definition.confirmation),
              renderReview(definition, snapshot.values, derived.rules, t),
              t,
            )
          : html`<form novalidate @submit=${this.#onSubmit} part="step">
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
                  : html`${renderReview(definition, snapshot.values, derived.rules, t, (id) => this.#navigate(model.edit(id), { field: id }))}
                    ${renderSubmissionStatus(snapshot.submission, t)}`
              }
              <div class="nav" part="nav">
                ${
                  view.kind === 'review' || derived.progress.current > 1
                    ? html`<button type="button" class="button secondary" part="button" @click=${() => this.#navigate(model.back())}>
                        ${t.t('back')}
                      </button>`
                    : nothing
                }
                <button
                  type="submit"
                  class="button primary"
                  part="button"
                  aria-disabled=${snapshot.submission.status === 'sending' ? 'true' : 'false'}
                >
                  ${step ? t.t(snapshot.returnToReview ? 'backToReview' : 'next') : t.t(snapshot.submission.status === 'failed' ? 'retry' : 'submit')}
                </button>
              </div>
            </form>`
      }
    </div>`;
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    const model = this.#model!;
    if (model.getSnapshot().view.kind === 'step') {
      const result = model.next();
      this.#navigate(result, result === 'invalid' ? 'summary' : 'heading');
    } else {
      void this.#submit(model);
    }
  }

  async #submit(model: AssistantModel): Promise<void> {
    const result = model.beginSubmit();
    if (result !== 'moved') return this.#navigate(result, 'summary');
    const payload = toSubmissionPayload(model.definition, model.getSnapshot(), { language: this.#t.language });
    try {
      if (!this.endpoint) throw new Error('<antrag-assistant> has no "endpoint" attribute to send the application to.');
      const receipt = await sendSubmission(this.endpoint, payload, { files: this.#effects.files });
      model.submitSucceeded(receipt.reference);
      this.#navigate('moved', 'heading');
      this.dispatchEvent(antragEvent('antrag-submitted', { ...receipt, payload }));
    } catch (error) {
      const failure =
        error instanceof IntakeRejectedError
          ? {
              reason: error.status >= 500 || error.status === 408 || error.status === 429 ? ('server' as const) : ('rejected' as const),
              status: error.status,
            }
          : { reason: 'network' as const };
      if (!(error instanceof IntakeRejectedError)) console.error(error);
      model.submitFailed(failure);
      this.#navigate('moved', 'failure');
      this.dispatchEvent(antragEvent('antrag-submit-error', { failure }));
    }
  }

  #navigate(result: NavigationResult, focus: Focus = 'heading'): void {
    if (result === 'ignored') return;
    this.#pendingFocus = result === 'invalid' ? 'summary' : focus;
    const snapshot = this.#model?.getSnapshot();
    const view = snapshot?.view;
    if (view && focus !== 'failure' && result === 'moved') {
      const step = view.kind === 'step' ? (this.#model!.definition.steps[view.index]?.id ?? '') : view.kind;
      this.dispatchEvent(antragEvent('antrag-step-change', { step, index: view.kind === 'step' ? view.index : -1 }));
    }
  }

  protected override updated(): void {
    const focus = this.#pendingFocus;
    if (!focus) return;
    this.#pendingFocus = undefined;
    if (typeof focus === 'object' && 'field' in focus) return this.#focusField(focus.field);
    if (typeof focus === 'object') return void this.shadowRoot!.querySelector<HTMLElement>(focus.selector)?.focus();
    const selector = { heading: '#view-heading', summary: '.error-summary', failure: '#submit-failed' }[focus];
    this.shadowRoot!.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Focuses a field's control and brings its label or legend into view, as GOV.UK's error summary does. */
  #focusField(fieldId: string, part?: string): void {
    const field = this.#model && fieldById(this.#model.definition, fieldId);
    if (!field) return;
    const control = this.shadowRoot!.getElementById(controlId(field, part));
    const container = control?.closest('.field');
    const label = isGroup(field) ? container?.querySelector('legend') : container?.querySelector('label');
    control?.focus({ preventScroll: true });
    (label ?? control)?.scrollIntoView({ block: 'start' });
  }
}

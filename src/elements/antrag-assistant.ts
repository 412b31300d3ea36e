import { html, LitElement, nothing } from 'lit';
import type { DraftMode } from '../submission/drafts.js';
import type { TokenGroup } from '../theme/design-tokens.js';
import { AnnouncerController } from './controllers/announcer.js';
import { DeliveryController } from './controllers/delivery.js';
import { DraftsController } from './controllers/drafts.js';
import { FieldEffects } from './controllers/field-effects.js';
import { FocusController } from './controllers/focus.js';
import { FollowUpController } from './controllers/follow-up.js';
import { LanguageController } from './controllers/language.js';
import { SessionController } from './controllers/session.js';
import { ThemeController } from './controllers/theme.js';
import { TitleController } from './controllers/title.js';
import { styles } from './styles.js';
import { renderForm, type FormCommands } from './views/form.js';
import { enterAnswer, formCommands } from './form-commands.js';
import type { FieldValue } from '../model/field-value.js';
import { statusOf, type AssistantStatus } from './assistant-status.js';
import { renderHeader } from './views/header.js';
import { definitionText } from './definition-text.js';
import { renderLanguageSwitcher, switchableLanguages } from './views/languages.js';
import { renderBroken, renderSetupNotice } from './views/broken.js';
import { renderConfirmation } from './views/confirmation.js';

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
 * @attr feedback-endpoint - URL the optional satisfaction question after the confirmation is posted to (anonymous JSON); none: not asked.
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
 * @csspart contact - the authority's contact, when the form cannot be loaded or sent
 * @csspart payment - paying online: "Jetzt bezahlen" on the confirmation, the status after coming back
 * @csspart feedback - the satisfaction question after the confirmation
 * @csspart computed - a computed amount with its breakdown
 * @csspart notice - an information or warning box
 * @csspart repeat-item - one item of a repeated group
 * @csspart group - a group of questions under one legend (a fieldset)
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
    definition: { attribute: false, noAccessor: true },
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
    feedbackEndpoint: { type: String, attribute: 'feedback-endpoint' },
  };

  /** Answers to start with, by field id (attribute: JSON). Shown as "Bereits ausgefüllt", always editable. */
  declare prefill: Record<string, unknown> | undefined;
  /** Identity claims from a login the host page performed (e.g. BundID), mapped by the definition's `prefill.claims`. */
  declare claims: Record<string, unknown> | undefined;

  declare src: string | undefined;
  declare endpoint: string | undefined;
  declare theme: string | TokenGroup | undefined;
  declare themeSrc: string | undefined;
  declare languageSwitcher: boolean | undefined;
  declare manageTitle: boolean | undefined;
  declare drafts: DraftMode | undefined;
  declare draftDays: number | undefined;
  declare encryptionKey: string | undefined;
  declare maxAttempts: number | undefined;
  declare maxWait: number | undefined;
  declare requestTimeout: number | undefined;
  declare feedbackEndpoint: string | undefined;

  readonly #session: SessionController = new SessionController(this, (definition) => this.#drafts.open(definition));
  readonly #drafts: DraftsController = new DraftsController(this, this.#session);
  readonly #language = new LanguageController(this, () => this.#session.model?.definition);
  readonly #theme = new ThemeController(this);
  readonly #focus = new FocusController(this, this.#session);
  readonly #effects = new FieldEffects(() => this.#session.model, this.#focus);
  readonly #delivery = new DeliveryController(this, this.#session, this.#language, this.#effects);
  readonly #followUp = new FollowUpController(this, this.#session, () => this.#language.t.language);

  constructor() {
    super();
    new AnnouncerController(this, this.#session, () => this.#language.t);
    new TitleController(this, this.#session, () => this.#language.t);
  }

  #model = () => this.#session.model;
  readonly #send = () => void this.#delivery.submit();
  readonly #commands: FormCommands = formCommands(this.#model, this.#effects, this.#focus, this.#send);

  /** Where the assistant stands: page, step, errors listed, sending; undefined until a valid definition is loaded. */
  get status(): AssistantStatus | undefined {
    const model = this.#model();
    return model && statusOf(model.definition, model.getSnapshot());
  }

  /** "Weiter", as if pressed: the next page when the step's answers are valid, else the error summary. */
  next(): void {
    this.#model()?.next();
  }

  /** "Absenden" (or "Erneut senden"), as if pressed; resolves when sending has ended or did not start. */
  submit(): Promise<void> {
    return this.#delivery.submit();
  }

  /**
   * Enters an answer as the citizen does (the value, then leaving the question): text, `true` for a ticked box, chosen
   * option values, address parts, or `File`s for a file question. For demos, tests and tools acting for the citizen.
   */
  enter(fieldId: string, value: FieldValue | readonly File[]): Promise<void> {
    return enterAnswer(this.#model(), this.#effects, fieldId, value);
  }

  /** Its check begins when it is given (a stamp's digest runs while the element connects); the form starts at the update. */
  set definition(value: unknown) {
    this.requestUpdate('definition', this.#session.give(value));
  }
  get definition(): unknown {
    return this.#session.given;
  }

  protected override render() {
    const t = this.#language.t;
    const issues = this.#session.issues;
    if (issues) return html`<div class="assistant">${renderBroken(issues, this.#session.authority, t)}</div>`;
    const model = this.#model();
    const current = this.#session.current;
    if (!model || !current || this.#language.settling)
      return html`<div class="assistant"><p class="progress" role="status">${t.t('loading')}</p></div>`;
    const { snapshot, derived } = current;
    const { definition } = model;
    const languages = this.languageSwitcher ? switchableLanguages(definition) : [];
    return html`<div class="assistant">
      <slot name="antrag-status"></slot>
      ${languages.length > 1 ? renderLanguageSwitcher(languages, t, (language) => (this.lang = language)) : nothing}
      ${renderHeader(this.#theme.current, definitionText(t, definition.title), t.text(definition.authority), t.textLanguage(definition.authority))}
      ${this.endpoint || snapshot.view.kind === 'confirmation' ? nothing : renderSetupNotice(definition, t)}
      ${snapshot.view.kind === 'confirmation'
        ? renderConfirmation(definition, current, t, this.#followUp.confirmation(t))
        : (this.#followUp.page(t) ?? renderForm(model, snapshot, derived, t, this.#commands, this.#drafts.deviceExpiry()))}
      <div class="footer" part="footer"><slot name="footer"></slot></div>
    </div>`;
  }
}

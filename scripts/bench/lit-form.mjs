// @ts-check
/**
 * The benchmark's yardstick: the form a competent Lit developer would write by hand for the generated
 * definition, doing the same job as Antrag on that one step. Controlled inputs (`live()`), label, hint and
 * error per question wired with `aria-describedby`, no feedback while typing, the question's problem shown
 * after leaving it changed or after "Weiter", a GOV.UK error summary with links that takes focus, and the
 * same `visibleIf` on the same questions. It trusts its definition (no parsing, no i18n, no drafts): what
 * it does not do is exactly what Antrag's generality and features cost. Bundled by run.mjs with esbuild.
 */
import { LitElement, css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

// The same lenient checks as Antrag's validate-field.ts, so both forms find the same problems.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const TEL = /^\+?[0-9 ()/-]{5,30}$/u;
const NUMBER = /^-?\d+([.,]\d+)?$/u;

/** A definition text: one string, or one per language. */
const text = (value) => (value === undefined ? '' : typeof value === 'string' ? value : (value.de ?? Object.values(value)[0]));

/**
 * The only conditions this form has: `==` and `!=` against an earlier answer. A hand-written form would
 * spell them out in the template; reading them from the definition keeps both forms on the same rules.
 */
function holds(rule, values) {
  if (rule === undefined) return true;
  const [op] = Object.keys(rule);
  const [left, right] = rule[op];
  const answer = values[left.var] ?? '';
  if (op === '!=') return answer !== right;
  if (op === '==') return answer === right;
  throw new Error(`lit-form: unsupported rule ${op}`);
}

/** The problem with one answer, in words, or undefined. */
function problem(field, value) {
  const label = text(field.label);
  const answer = value.trim();
  if (answer === '')
    return field.required
      ? field.type === 'select'
        ? `Bitte wählen Sie bei „${label}“ eine Antwort aus.`
        : `Bitte geben Sie „${label}“ an.`
      : undefined;
  if (field.type === 'email' && !EMAIL.test(answer)) return 'Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de an.';
  if (field.type === 'tel' && !TEL.test(answer)) return 'Bitte geben Sie eine Telefonnummer an, zum Beispiel 0301234567.';
  if (field.type === 'number' && !NUMBER.test(answer)) return `„${label}“ muss eine Zahl sein, zum Beispiel 2,5.`;
  if (field.type === 'select' && !field.options.some((option) => option.value === answer))
    return `Bitte wählen Sie bei „${label}“ eine Antwort aus.`;
  return undefined;
}

/** The hand-written comparison form, `<bench-lit-form>`; `.definition` as for `<antrag-assistant>`. */
export class BenchLitForm extends LitElement {
  static properties = {
    definition: { attribute: false },
    values: { state: true },
    errors: { state: true },
    summary: { state: true },
  };

  static styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
      font-size: 16px;
      line-height: 1.5;
      color: #1b1b1b;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    form {
      max-inline-size: 40em;
    }
    h2 {
      margin: 0 0 24px;
      padding-block-end: 16px;
      border-block-end: 4px solid #1f4e79;
    }
    .progress {
      margin: 0;
      color: #505a5f;
    }
    h3 {
      margin: 0 0 24px;
      font-size: 1.5em;
    }
    .field {
      margin-block-end: 24px;
    }
    .field.has-error {
      padding-inline-start: 12px;
      border-inline-start: 4px solid #d4351c;
    }
    .label {
      display: block;
      margin-block-end: 4px;
      font-weight: 700;
    }
    .optional {
      font-weight: 400;
    }
    .hint {
      margin-block-end: 8px;
      color: #505a5f;
    }
    .error-message {
      margin: 0 0 8px;
      color: #d4351c;
      font-weight: 700;
    }
    .input-row {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .input {
      display: block;
      inline-size: 100%;
      min-block-size: 2.75em;
      padding: 6px;
      font: inherit;
      color: inherit;
      background: #fff;
      border: 2px solid #5f6368;
      border-radius: 4px;
    }
    .input.narrow {
      max-inline-size: 10em;
    }
    .input[aria-invalid='true'] {
      border-color: #d4351c;
    }
    .input:focus,
    .button:focus,
    .error-summary:focus,
    a:focus {
      outline: 3px solid #ffbf47;
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px #0b0c0c;
    }
    .error-summary {
      margin-block-end: 32px;
      padding: 16px;
      border: 4px solid #d4351c;
    }
    .error-summary h3 {
      margin: 0 0 16px;
      font-size: 1.25em;
    }
    .error-summary ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .error-summary a {
      color: #d4351c;
      font-weight: 700;
    }
    .button {
      min-block-size: 2.75em;
      padding: 8px 16px;
      font: inherit;
      font-weight: 700;
      color: #fff;
      background: #1f4e79;
      border: 0;
      border-radius: 4px;
      cursor: pointer;
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px !important;
      block-size: 1px !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
    }
  `;

  constructor() {
    super();
    /** @type {any} */
    this.definition = undefined;
    /** Answers by question id; replaced, never mutated, so Lit sees each change. @type {Record<string, string>} */
    this.values = {};
    /** The problem shown at each question, by id. @type {Record<string, string>} */
    this.errors = {};
    /** The questions the error summary lists, in form order; empty when no summary is due. @type {string[]} */
    this.summary = [];
    this.focusSummary = false;
  }

  get fields() {
    return this.definition?.steps[0]?.fields ?? [];
  }

  byId(id) {
    return this.fields.find((field) => field.id === id);
  }

  // Shared listeners (Lit calls them with this element as `this`): one function for every question, as a
  // careful hand-written form would do, instead of a new closure per question and render.
  onInput(event) {
    const { name, value } = event.target;
    this.values = { ...this.values, [name]: value };
    // A shown problem goes as soon as the answer is fine; a new one never appears while typing.
    if (this.errors[name] && !problem(this.byId(name), value)) {
      const { [name]: _fixed, ...rest } = this.errors;
      this.errors = rest;
    }
  }

  onLeave(event) {
    const container = event.currentTarget;
    if (container.contains(event.relatedTarget)) return;
    const id = container.dataset.field;
    const value = this.values[id] ?? '';
    // Leaving an untouched question says nothing; leaving a changed one checks it.
    if (value === '' && !this.errors[id]) return;
    const message = problem(this.byId(id), value);
    if (message === this.errors[id]) return;
    const { [id]: _old, ...rest } = this.errors;
    this.errors = message ? { ...rest, [id]: message } : rest;
  }

  onSubmit(event) {
    event.preventDefault();
    /** @type {Record<string, string>} */
    const errors = {};
    for (const field of this.fields) {
      if (!holds(field.visibleIf, this.values)) continue;
      const message = problem(field, this.values[field.id] ?? '');
      if (message) errors[field.id] = message;
    }
    this.errors = errors;
    this.summary = Object.keys(errors);
    // This benchmark has one step; a valid step would move on here.
    this.focusSummary = this.summary.length > 0;
  }

  onSummaryLink(event) {
    event.preventDefault();
    const id = event.currentTarget.getAttribute('href').slice(1);
    const control = /** @type {ShadowRoot} */ (this.renderRoot).getElementById(id);
    control?.focus({ preventScroll: true });
    control?.closest('.field')?.querySelector('label')?.scrollIntoView({ block: 'start' });
  }

  updated() {
    if (!this.focusSummary) return;
    this.focusSummary = false;
    const summary = /** @type {HTMLElement | null} */ (this.renderRoot.querySelector('.error-summary'));
    summary?.focus();
    summary?.scrollIntoView({ block: 'start' });
  }

  renderControl(field, value, describedBy, invalid) {
    const id = `f-${field.id}`;
    if (field.type === 'select')
      return html`<select
        id=${id}
        class="input"
        name=${field.id}
        aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${invalid}
        ?required=${field.required}
        .value=${live(value)}
        @change=${this.onInput}
      >
        <option value="">Bitte auswählen</option>
        ${field.options.map((option) => html`<option value=${option.value}>${text(option.label)}</option>`)}
      </select>`;
    const number = field.type === 'number';
    return html`<div class="input-row">
      <input
        id=${id}
        class="input ${number ? 'narrow' : ''}"
        name=${field.id}
        type=${number ? 'text' : field.type}
        inputmode=${ifDefined(number ? 'decimal' : undefined)}
        autocomplete=${ifDefined(field.type === 'email' ? 'email' : field.type === 'tel' ? 'tel' : undefined)}
        aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${invalid}
        ?required=${field.required}
        .value=${live(value)}
        @input=${this.onInput}
      />${field.unit ? html`<span class="suffix">${text(field.unit)}</span>` : nothing}
    </div>`;
  }

  renderField(field) {
    const error = this.errors[field.id];
    const hint = text(field.hint);
    const describedBy = [hint ? `f-${field.id}-hint` : '', error ? `f-${field.id}-error` : ''].filter(Boolean).join(' ') || undefined;
    return html`<div class="field ${error ? 'has-error' : ''}" data-field=${field.id} @focusout=${this.onLeave}>
      <label class="label" for="f-${field.id}"
        >${text(field.label)}${field.required ? nothing : html` <span class="optional">(optional)</span>`}</label
      >
      ${hint ? html`<div class="hint" id="f-${field.id}-hint">${hint}</div>` : nothing}
      ${error ? html`<p class="error-message" id="f-${field.id}-error"><span class="visually-hidden">Fehler:</span> ${error}</p>` : nothing}
      ${this.renderControl(field, this.values[field.id] ?? '', describedBy, error ? 'true' : 'false')}
    </div>`;
  }

  renderSummary() {
    // A question answered since "Weiter" leaves the summary with its message; the rest stay until the next try.
    const listed = this.summary.filter((id) => this.errors[id]);
    if (listed.length === 0) return nothing;
    return html`<div class="error-summary" tabindex="-1">
      <div role="alert">
        <h3>Es gibt ein Problem</h3>
        <ul>
          ${listed.map((id) => html`<li><a href="#f-${id}" @click=${this.onSummaryLink}>${this.errors[id]}</a></li>`)}
        </ul>
      </div>
    </div>`;
  }

  /**
   * The visible questions, as one nested template: Lit then fills them into a detached fragment and puts
   * that into the <form> in one go. Mapping them directly inside the <form> inserts them one by one into
   * the form, and Chromium's form bookkeeping makes that quadratic (about 3× slower at 500 questions).
   */
  renderFields() {
    return html`${this.fields.filter((field) => holds(field.visibleIf, this.values)).map((field) => this.renderField(field))}`;
  }

  render() {
    const definition = this.definition;
    if (!definition) return nothing;
    const step = definition.steps[0];
    return html`<h2>${text(definition.title)}</h2>
      <form novalidate @submit=${this.onSubmit}>
        <p class="progress">Schritt 1 von 1</p>
        ${this.renderSummary()}
        <h3 id="view-heading" tabindex="-1">${text(step.title)}</h3>
        ${this.renderFields()}
        <div class="nav"><button type="submit" class="button">Weiter</button></div>
      </form>`;
  }
}

customElements.define('bench-lit-form', BenchLitForm);

import { html, nothing, type TemplateResult } from 'lit';
import type { Definition } from '../../definition/schema.js';
import type { Translator } from '../../i18n/translator.js';
import type { RuleState } from '../../model/rule-state.js';
import { definitionText } from '../definition-text.js';

/** Computed values (fees) with their breakdown; on a step only those that name it in `showOn`. */
export function renderComputed(definition: Definition, rules: RuleState, t: Translator, stepId?: string): TemplateResult | typeof nothing {
  const shown = (definition.computed ?? []).filter((c) => stepId === undefined || c.showOn?.includes(stepId));
  if (shown.length === 0) return nothing;
  return html`${shown.map((c) => {
    const format = (value: number | null) =>
      value === null ? '–' : c.format === 'currency' ? t.formatCurrency(value) : t.formatNumber(value);
    const lines = rules.breakdown[c.id] ?? [];
    return html`<section class="computed" part="computed" aria-labelledby="computed-${c.id}">
      <h4 id="computed-${c.id}" class="computed-title">
        ${definitionText(t, c.label)}: <span class="computed-value">${format(rules.computed[c.id] ?? null)}</span>
      </h4>
      ${
        lines.length > 0
          ? html`<dl class="breakdown">
              ${lines.map(
                (line) =>
                  html`<div class="breakdown-row">
                    <dt>${definitionText(t, line.label)}</dt>
                    <dd>${format(line.value)}</dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
    </section>`;
  })}`;
}

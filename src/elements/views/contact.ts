import { html, nothing, type TemplateResult } from 'lit';
import type { AuthorityContact } from '../../definition/check-definition.js';
import type { Translator } from '../../i18n/translator.js';

export type { AuthorityContact };

/**
 * The authority's name, telephone, e-mail and contact page, for when the form cannot help (it cannot be
 * loaded or sent); nothing when the definition names no contact.
 */
export function renderContact({ authority, contact }: AuthorityContact, t: Translator): TemplateResult | typeof nothing {
  if (!contact || (!contact.phone && !contact.email && !contact.url)) return nothing;
  const name = t.text(authority);
  // dir="ltr": in an Arabic page "+49 5555 1234-0" would otherwise be reordered into "0-1234 5555 49+".
  return html`<p class="contact" part="contact">
    ${name ? html`<strong>${name}</strong><br />` : nothing}
    ${contact.phone ? html`${t.t('contact.phone')} <a dir="ltr" href="tel:${contact.phone.replace(/[^+0-9]/gu, '')}">${contact.phone}</a><br />` : nothing}
    ${contact.email ? html`${t.t('contact.email')} <a dir="ltr" href="mailto:${contact.email}">${contact.email}</a><br />` : nothing}
    ${contact.url ? html`<a href=${contact.url}>${t.t('contact.url')}</a>` : nothing}
  </p>`;
}

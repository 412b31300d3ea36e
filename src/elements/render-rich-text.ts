import { html, nothing, type TemplateResult } from 'lit';

/**
 * The tiny markdown subset help texts may use: paragraphs (blank line), bulleted lists ("- "), bold
 * ("**…**") and links ("[text](url)"). Everything becomes Lit templates — text stays text, never HTML.
 * Links must be https:, mailto:, tel: or relative on the same origin; anything else is shown as plain text. An https: link
 * opens in a new tab and says so in its text (`newTab`, e.g. "(öffnet in neuem Tab)"), as WCAG G201 asks.
 */
export function renderRichText(source: string, newTab = ''): TemplateResult {
  const plain = source.trim();
  // Most hints are one plain sentence: one paragraph, no lists, no marks (the same DOM, one template less).
  if (!/[\n*[]|^- /u.test(plain)) return html`<p>${plain}</p>`;
  const blocks = source.trim().split(/\n\s*\n/u);
  return html`${blocks.map((block) => {
    const lines = block.split('\n').map((line) => line.trim());
    if (lines.every((line) => line.startsWith('- ')))
      return html`<ul>
        ${lines.map((line) => html`<li>${inline(line.slice(2), newTab)}</li>`)}
      </ul>`;
    return html`<p>${inline(lines.join(' '), newTab)}</p>`;
  })}`;
}

/**
 * True for link targets a definition may use: https:, mailto: and tel: URLs, and relative URLs that stay on
 * the page's origin. A target with a control, invisible or space character is refused before parsing:
 * browsers strip some of them, so "\u0001javascript:…" would look relative here and run as a script there.
 */
export function isAllowedHref(href: string, base: string = document.baseURI): boolean {
  if (href === '' || /[\p{Cc}\p{Cf}\p{Z}\p{Co}\p{Cn}\\]/u.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return false;
  }
  if (/^[a-z][a-z0-9+.-]*:/iu.test(href)) return ['https:', 'mailto:', 'tel:'].includes(url.protocol);
  return url.origin === new URL(base).origin;
}

const TOKEN = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/gu;

function inline(text: string, newTab: string): Array<TemplateResult | string | typeof nothing> {
  const parts: Array<TemplateResult | string> = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    parts.push(text.slice(last, match.index));
    const [whole, bold, label, href] = match;
    if (bold !== undefined) parts.push(html`<strong>${bold}</strong>`);
    else if (href !== undefined && isAllowedHref(href)) {
      const external = /^https:/iu.test(href);
      parts.push(
        external
          ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}${newTab ? ` ${newTab}` : ''}</a>`
          : html`<a href=${href}>${label}</a>`,
      );
    } else parts.push(whole);
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  return parts;
}

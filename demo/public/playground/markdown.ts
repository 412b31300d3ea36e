/**
 * Stands in for codemirror-json-schema's markdown renderer (markdown-it with the shiki highlighter, which
 * compiles WebAssembly — refused under the demo's CSP — and weighs far more than the playground). The
 * schema's messages only use `code` and **bold**: the text is escaped, then those two are marked up.
 */
export function renderMarkdown(markdown: string): string {
  return markdown
    .replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/`([^`]+)`/gu, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/gu, '<strong>$1</strong>');
}

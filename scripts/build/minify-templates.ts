import { transform } from 'lightningcss';
import ts from 'typescript';
import type { Plugin } from 'vite';

const TAGS = new Set(['html', 'css', 'svg']);

/**
 * Shortens the static text of Lit's `html`, `css` and `svg` templates in the script-tag file: a style sheet
 * without substitutions is minified by Lightning CSS; elsewhere a line break
 * with the indentation around it becomes one space. HTML and CSS treat both alike (no template holds `<pre>`,
 * a `<textarea>` body or `white-space: pre`); a no-break space stays, since only spaces, tabs and line breaks
 * are touched. The minifier does not do this, since for JavaScript every character of a string may matter.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'antrag-minify-templates',
    transform(code, id) {
      if (!/\/src\/.+\.ts$/u.test(id) || !/\b(html|css|svg)`/u.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: Array<{ start: number; end: number; text: string }> = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          const template = node.template;
          // A style sheet without substitutions is minified as CSS (comments, spaces around braces, colons and semicolons).
          if (node.tag.text === 'css' && ts.isNoSubstitutionTemplateLiteral(template)) {
            const start = template.getStart(source) + 1;
            const end = template.getEnd() - 1;
            const sheet = code.slice(start, end);
            if (!sheet.includes('\\') && !sheet.includes('`')) {
              const minified = transform({ filename: id, code: Buffer.from(sheet), minify: true }).code.toString();
              edits.push({ start, end, text: minified });
              return;
            }
          }
          const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            // The literal's text lies between "`" or "}" and "`" or "${".
            const start = part.getStart(source) + 1;
            const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            const text = code.slice(start, end).replace(/[ \t\r]*\n[ \t\r\n]*/gu, ' ');
            if (text !== code.slice(start, end)) edits.push({ start, end, text });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (edits.length === 0) return null;
      let result = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, start) + text + result.slice(end);
      return { code: result, map: null };
    },
  };
}

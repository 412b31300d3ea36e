import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Typed access to the tree fast-xml-parser makes (`unknown` in, strings and arrays out), so the FIM reader
 * needs no casts. Namespace prefixes are removed (`xdf:`, `xdf3:` and none read alike); attributes are `@name`.
 */

/** An element as parsed: its children by name, its attributes as `@name`, its text as `#text`. */
export type XmlNode = Record<string, unknown>;

/** Elements that may occur more than once anywhere in XDF 2, XDF 3 and genericode: always arrays. */
const REPEATED = new Set(['struktur', 'regel', 'wert', 'Row', 'Value', 'bezug', 'sprache', 'element', 'Column', 'mediaType', 'stichwort', 'param', 'ziel', 'fehler', 'inhalt']);

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Codes like "01" and versions like "1.0" stay text.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Character references (`&#xD;`, `&#228;`) as the characters they stand for.
  htmlEntities: true,
  isArray: (name) => REPEATED.has(name),
});

/** Thrown for input that is not well-formed XML or not something the reader accepts; its message is for people. */
export class FimImportError extends Error {
  override name = 'FimImportError';
}

/** Parses XML text into nodes, with the line of the first well-formedness error in the message. */
export function parseXml(xml: string, what: string): XmlNode {
  // FIM messages never declare a DTD; refusing one closes entity-expansion attacks before any parsing.
  if (/<!DOCTYPE|<!ENTITY/iu.test(xml)) throw new FimImportError(`${what} declares a DTD or entities (<!DOCTYPE>), which FIM messages never do; refused.`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FimImportError(`${what} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`);
  const parsed: unknown = parser.parse(xml);
  if (!isNode(parsed)) throw new FimImportError(`${what} has no root element.`);
  return parsed;
}

/** True for an element node (an object, not an array). */
export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A child element, or undefined. */
export function child(node: unknown, name: string): XmlNode | undefined {
  if (!isNode(node)) return undefined;
  const value = node[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (isNode(first)) return first;
  // An element with text only is parsed as a string: wrap it so `text()` reads it.
  return typeof first === 'string' ? { '#text': first } : undefined;
}

/** Every child element of a name (repeated elements are arrays). */
export function children(node: unknown, name: string): XmlNode[] {
  if (!isNode(node)) return [];
  const value = node[name];
  const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => (isNode(item) ? item : { '#text': typeof item === 'string' ? item : '' }));
}

/** The text of a child element (or of the node itself when `name` is omitted), trimmed; '' when absent. */
export function text(node: unknown, name?: string): string {
  const target = name === undefined ? node : isNode(node) ? node[name] : undefined;
  const first = Array.isArray(target) ? target[0] : target;
  if (typeof first === 'string') return first.trim();
  if (isNode(first) && typeof first['#text'] === 'string') return first['#text'].trim();
  return '';
}

/** An attribute's value, or undefined. */
export function attribute(node: unknown, name: string): string | undefined {
  const value = isNode(node) ? node[`@${name}`] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The `<code>` of a code-valued element (`feldart`, `datentyp`, `typ`), or ''. */
export function code(node: unknown, name: string): string {
  return text(child(node, name), 'code');
}

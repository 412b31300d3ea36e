import { readPrecision } from './read-precision.js';
import type { CodeListReference, FimField, FimGroup, FimItem, FimRule, FimSchema } from './xdf-model.js';
import { child, children, code, FimImportError, isNode, parseXml, text, type XmlNode } from './xml-node.js';

const XDF2 = 'urn:xoev-de:fim:standard:xdatenfelder_2';
const XDF3 = 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0';
const XDF1 = 'urn:xoev-de:fim:standard:xdatenfelder_1';

/**
 * Reads an XDatenfelder 2.0 or 3.0.0 message (a Stammdatenschema, or a Datenfeldgruppe read as a one-group
 * schema) into the importer's model. XDF 1 and anything else is refused with a `FimImportError`.
 */
export function readXdf(xml: string): FimSchema {
  const document = parseXml(xml, 'The file');
  const [rootName, rootValue] = Object.entries(document).find(([name]) => !name.startsWith('?')) ?? [];
  if (!rootName) throw new FimImportError('The file has no root element.');
  const root = isNode(rootValue) ? rootValue : {};
  // The parser drops namespace declarations with the prefixes; they are read from the text instead.
  const namespaces = [...xml.matchAll(/\bxmlns(?::[\w.-]+)?\s*=\s*["']([^"']+)["']/gu)].map((m) => m[1] ?? '');
  if (namespaces.some((ns) => ns.startsWith(XDF1)))
    throw new FimImportError(
      'This is an XDatenfelder 1 file (namespace urn:xoev-de:fim:standard:xdatenfelder_1). XDF 1 is obsolete; export the schema as XDF 2 or XDF 3 from the FIM portal and import that.',
    );
  const xdf = namespaces.includes(XDF3) ? 3 : namespaces.includes(XDF2) ? 2 : undefined;
  if (!xdf)
    throw new FimImportError(
      `This is not an XDatenfelder 2 or 3 message: its root element <${rootName}> has neither namespace ${XDF2} nor ${XDF3}.`,
    );
  const warnings: string[] = [];
  let schema = child(root, 'stammdatenschema');
  if (!schema) {
    const group = child(root, 'datenfeldgruppe');
    if (!group) throw new FimImportError(`<${rootName}> holds neither a Stammdatenschema nor a Datenfeldgruppe.`);
    warnings.push(`The message is a single Datenfeldgruppe (${rootName}), not a Stammdatenschema: imported as a form with that one group.`);
    schema = { identifikation: child(group, 'identifikation'), bezeichnung: text(group, 'bezeichnungEingabe'), struktur: [{ anzahl: '1:1', enthaelt: { datenfeldgruppe: group } }] };
  }
  const reader = new Reader(xdf);
  const id = text(child(schema, 'identifikation'), 'id');
  if (!id) throw new FimImportError('The Stammdatenschema has no identifikation/id.');
  return {
    xdf,
    id,
    version: text(child(schema, 'identifikation'), 'version'),
    title: text(schema, 'bezeichnung') || text(schema, 'bezeichnungEingabe') || text(schema, 'name') || id,
    description: text(schema, 'hilfetext') || text(schema, 'hilfetextEingabe'),
    legalBasis: children(schema, 'bezug').map((b) => text(b)).filter(Boolean).join(' '),
    rules: reader.rules(schema, id),
    items: reader.items(schema),
    warnings,
  };
}

class Reader {
  constructor(private readonly xdf: 2 | 3) {}

  items(node: XmlNode): FimItem[] {
    return children(node, 'struktur').flatMap((edge): FimItem[] => {
      const contains = child(edge, 'enthaelt');
      const field = child(contains, 'datenfeld');
      const group = child(contains, 'datenfeldgruppe');
      const element = field ? this.field(field) : group ? this.group(group) : undefined;
      if (!element) return [];
      const [min, max] = multiplicity(text(edge, 'anzahl'));
      return [{ min, max, element }];
    });
  }

  rules(node: XmlNode, owner: string): FimRule[] {
    return children(node, 'regel').map((rule) => ({
      id: text(child(rule, 'identifikation'), 'id'),
      version: text(child(rule, 'identifikation'), 'version'),
      name: text(rule, 'name'),
      text: (this.xdf === 3 ? text(rule, 'freitextRegel') : text(rule, 'definition')) || text(rule, 'beschreibung'),
      script: text(rule, this.xdf === 3 ? 'skript' : 'script'),
      kind: code(rule, 'typ'),
      owner,
    }));
  }

  private base(node: XmlNode) {
    const id = text(child(node, 'identifikation'), 'id');
    return {
      id,
      version: text(child(node, 'identifikation'), 'version'),
      name: text(node, 'name'),
      label: text(node, 'bezeichnungEingabe'),
      outputLabel: text(node, 'bezeichnungAusgabe'),
      hint: text(node, 'hilfetextEingabe'),
      rules: this.rules(node, id),
    };
  }

  private group(node: XmlNode): FimGroup {
    return { kind: 'group', ...this.base(node), choice: code(node, 'art') === 'X', items: this.items(node) };
  }

  private field(node: XmlNode): FimField {
    const warnings: string[] = [];
    // Elements the XSD requires; a file without them is read anyway, and the report says so.
    for (const name of this.xdf === 2 ? ['feldart', 'datentyp', 'praezisierung', 'inhalt'] : ['feldart', 'datentyp'])
      if (!(name in node)) warnings.push(`Not valid XDF ${this.xdf}: <${name}> is missing.`);
    if (children(node, 'inhalt').length > 1) warnings.push(`Not valid XDF ${this.xdf}: <inhalt> appears more than once; the first is used.`);
    const values = child(node, 'werte');
    const maxSize = Number(text(node, 'maxSize'));
    return {
      kind: 'field',
      ...this.base(node),
      feldart: code(node, 'feldart'),
      datentyp: code(node, 'datentyp'),
      precision: readPrecision(child(node, 'praezisierung'), (message) => warnings.push(message)),
      content: text(node, 'inhalt'),
      codeList: this.codeList(node),
      ...(values && {
        values: children(values, 'wert').map((wert) => ({ code: text(wert, 'code'), name: text(wert, 'name'), hint: text(wert, 'hilfe') || undefined })),
      }),
      ...(maxSize > 0 && { maxSize }),
      mediaTypes: children(node, 'mediaType').map((m) => text(m)).filter(Boolean),
      warnings,
    };
  }

  private codeList(node: XmlNode): CodeListReference | undefined {
    const reference = child(node, 'codelisteReferenz');
    if (!reference) return undefined;
    // XDF 2 wraps the genericode identification; XDF 3 has its parts right in the reference.
    const identification = child(reference, 'genericodeIdentification') ?? reference;
    const keys = Object.fromEntries(['codeKey', 'nameKey', 'helpKey'].flatMap((key) => (text(node, key) ? [[key, text(node, key)]] : [])));
    return {
      id: text(child(reference, 'identifikation'), 'id'),
      uri: text(identification, 'canonicalIdentification'),
      version: text(identification, 'version'),
      ...keys,
    };
  }
}

/** "1:1" → [1, 1]; "0:*" → [0, null]; anything unreadable counts as "0:1". */
function multiplicity(anzahl: string): [number, number | null] {
  const match = /^(\d+)\s*:\s*(\d+|\*)$/u.exec(anzahl);
  if (!match) return [0, 1];
  return [Number(match[1]), match[2] === '*' ? null : Number(match[2])];
}

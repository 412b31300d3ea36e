import type { Precision } from './xdf-model.js';
import { attribute, isNode, text, type XmlNode } from './xml-node.js';

/**
 * Reads a field's `praezisierung` leniently. XDF 3 has attributes; XDF 2 one free string, by convention
 * JSON, in real files also `"5"`, `"1..31"`, `{"pattern":"Mehrfachauswahl"}`. What cannot be used becomes a
 * warning, never an exception.
 */
export function readPrecision(node: XmlNode | undefined, warn: (message: string) => void): Precision {
  if (!node) return {};
  const raw: Record<string, unknown> = {};
  for (const name of ['minLength', 'maxLength', 'minValue', 'maxValue', 'pattern']) {
    const value = attribute(node, name);
    if (value !== undefined) raw[name] = value;
  }
  const written = text(node);
  if (written) Object.assign(raw, fromString(written, warn));
  const precision: Precision = {};
  for (const name of ['minLength', 'maxLength'] as const) {
    const value = raw[name];
    if (value === undefined) continue;
    const number = Number(value);
    if (Number.isInteger(number) && number >= 0) precision[name] = number;
    else warn(`${name} "${String(value)}" is not a whole number; left out.`);
  }
  for (const name of ['minValue', 'maxValue'] as const) if (raw[name] !== undefined) precision[name] = String(raw[name]).trim();
  if (raw.pattern !== undefined) {
    const pattern = toPattern(String(raw.pattern), warn);
    if (pattern !== undefined) precision.pattern = pattern;
  }
  return precision;
}

/** The XDF 2 string: JSON, a bare length "5", or a range "1..31". */
function fromString(written: string, warn: (message: string) => void): Record<string, unknown> {
  if (written.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(written);
      if (isNode(parsed)) return parsed;
    } catch {
      // Reported below.
    }
  }
  const bare = /^(\d+)$/u.exec(written);
  if (bare) {
    warn(`Präzisierung "${written}" is a bare number; read as maxLength ${bare[1]}.`);
    return { maxLength: bare[1] };
  }
  const range = /^(-?\d+)\s*\.\.\s*(-?\d+)$/u.exec(written);
  if (range) {
    warn(`Präzisierung "${written}" is a range; read as minValue ${range[1]} and maxValue ${range[2]}.`);
    return { minValue: range[1], maxValue: range[2] };
  }
  warn(`Präzisierung "${written.slice(0, 80)}" could not be read; left out.`);
  return {};
}

/**
 * A FIM pattern as a JavaScript `u` regex source, or undefined. Un-escapes the doubled backslashes of the
 * XDF2→XDF3 stylesheet (`[\\p{L}]`), and drops "patterns" that are words (`Mehrfachauswahl`, code-list names).
 */
function toPattern(pattern: string, warn: (message: string) => void): string | undefined {
  let source = pattern.trim();
  if (/^[\p{L} ()-]+$/u.test(source) && !/[[\]\\.*+?{}|^$]/u.test(source)) {
    warn(`pattern "${source}" is a note, not a regular expression; left out.`);
    return undefined;
  }
  if (source.includes('\\\\')) {
    source = source.replaceAll('\\\\', '\\');
    warn(`pattern "${pattern}" had doubled backslashes; read as "${source}".`);
  }
  try {
    new RegExp(`^(?:${source})$`, 'u');
    return source;
  } catch {
    warn(`pattern "${source}" is not a valid regular expression in JavaScript; left out.`);
    return undefined;
  }
}

/**
 * The Latin character set of XÖV String.Latin (the `latinchars.xsd` the XDatenfelder 3 standard ships, which
 * FIM's `text_latin` refers to): single characters, plus the base-and-combining-mark sequences it allows.
 * Names written with other characters cannot be stored by the registers (Melderegister) behind many forms.
 */
const SINGLE =
  '\\t\\n\\r\\u0020-\\u007e\\u00a1-\\u00ac\\u00ae-\\u0107\\u010a-\\u011b\\u011e-\\u0123\\u0126-\\u0131\\u0134-\\u015b\\u015e-\\u016b\\u016e-\\u017e' +
  '\\u018f\\u01a0-\\u01a1\\u01af-\\u01b0\\u01b7\\u01cd-\\u01d4\\u01de-\\u01df\\u01e4-\\u01f0\\u01f4-\\u01f5\\u01fa-\\u01ff\\u0218-\\u021b\\u021e-\\u021f' +
  '\\u022a-\\u022b\\u022e-\\u0233\\u0259\\u0292\\u1e02-\\u1e03\\u1e0a-\\u1e0b\\u1e10-\\u1e11\\u1e1e-\\u1e21\\u1e24-\\u1e27\\u1e30-\\u1e31\\u1e40-\\u1e41' +
  '\\u1e44-\\u1e45\\u1e56-\\u1e57\\u1e60-\\u1e63\\u1e6a-\\u1e6b\\u1e80-\\u1e85\\u1e8c-\\u1e93\\u1e9e\\u1ea0-\\u1ea7\\u1eaa-\\u1eac\\u1eae-\\u1ec1' +
  '\\u1ec4-\\u1ed3\\u1ed6-\\u1edd\\u1ee4-\\u1ef9\\u20ac';
const SEQUENCES = '[MNmnDdLl]\\u0302|J\\u030c';
const ALLOWED = new RegExp(`(?:${SEQUENCES}|[${SINGLE}])`, 'gu');

/** The characters of `text` outside the Latin set, each once, in order; empty when all are allowed. */
export function nonLatinCharacters(text: string): string[] {
  return [...new Set([...text.replace(ALLOWED, '')])];
}

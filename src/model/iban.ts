/** IBAN lengths by country for the SEPA countries citizens are most likely to bank in. */
const LENGTHS: Readonly<Record<string, number>> = {
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  TR: 26,
  UA: 29,
};

/** "de89 3704 0044 0532 0130 00" → "DE89370400440532013000". */
export function normalizeIban(text: string): string {
  return text.replace(/\s+/gu, '').toUpperCase();
}

/** "DE89370400440532013000" → "DE89 3704 0044 0532 0130 00", as printed on bank cards and statements. */
export function formatIban(text: string): string {
  return normalizeIban(text).replace(/(.{4})(?=.)/gu, '$1 ');
}

/** ISO 13616: country code, check digits, the country's length, and the mod-97 checksum equal to 1. */
export function isValidIban(text: string): boolean {
  const iban = normalizeIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/u.test(iban)) return false;
  const length = LENGTHS[iban.slice(0, 2)];
  if (length !== undefined && iban.length !== length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    // Letters count as two digits (A = 10 … Z = 35); the remainder is folded in step by step.
    const digits = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** A BIC: bank, country, location and an optional branch code (8 or 11 characters). */
export function isValidBic(text: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/u.test(text.replace(/\s+/gu, '').toUpperCase());
}

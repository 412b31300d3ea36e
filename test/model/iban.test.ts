import { expect } from '@open-wc/testing';
import { formatIban, isValidBic, isValidIban, normalizeIban } from '../../src/model/iban.js';

describe('IBAN and BIC', () => {
  it('accepts valid IBANs with or without spaces, in any case', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).to.equal(true);
    expect(isValidIban('de89370400440532013000')).to.equal(true);
    expect(isValidIban('AT61 1904 3002 3457 3201')).to.equal(true);
    expect(isValidIban('NL91ABNA0417164300')).to.equal(true);
  });

  it('rejects a typo, a wrong length and a wrong country format', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 01')).to.equal(false);
    expect(isValidIban('DE89 3704 0044 0532 0130')).to.equal(false);
    expect(isValidIban('89 3704 0044 0532 0130 00')).to.equal(false);
  });

  it('stores without spaces and shows in blocks of four', () => {
    expect(normalizeIban(' de89 3704 0044 0532 0130 00 ')).to.equal('DE89370400440532013000');
    expect(formatIban('DE89370400440532013000')).to.equal('DE89 3704 0044 0532 0130 00');
  });

  it('checks BICs of 8 and 11 characters', () => {
    expect(isValidBic('COBADEFFXXX')).to.equal(true);
    expect(isValidBic('cobadeff')).to.equal(true);
    expect(isValidBic('COBADE')).to.equal(false);
  });
});

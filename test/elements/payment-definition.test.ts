import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';

/** A form with a fee (a computed value in euros) and a choice of how to pay. */
const withPayment = (payment: unknown, format: 'currency' | 'number' = 'currency') => ({
  schemaVersion: 1,
  id: 'gebuehr',
  version: '1.0.0',
  languages: ['de'],
  title: 'Gebühr',
  steps: [
    {
      id: 'eins',
      title: 'Eins',
      fields: [{ id: 'zahlung', type: 'radio', label: 'Zahlung', options: [{ value: 'online', label: 'Online' }, { value: 'rechnung', label: 'Rechnung' }] }],
    },
  ],
  computed: [{ id: 'gebuehr', label: 'Gebühr', format, value: 25 }],
  payment,
});

/** The issues of a definition, as "pointer: message". */
function issuesOf(definition: unknown): string[] {
  const result = parseDefinition(definition);
  return result.ok ? [] : result.issues.map((issue) => `${issue.pointer}: ${issue.message}`);
}

describe('the definition\'s "payment" section', () => {
  it('accepts a computed amount paid online only for the online choice, or a rule as the amount', () => {
    const payableIf = { '==': [{ var: 'zahlung' }, 'online'] };
    expect(issuesOf(withPayment({ computed: 'gebuehr', purpose: 'Gebühr {reference}', payableIf }))).to.deep.equal([]);
    expect(issuesOf(withPayment({ amount: { '*': [{ var: 'gebuehr' }, 2] }, purpose: 'Gebühr {reference}' }))).to.deep.equal([]);
  });

  it('needs exactly one of "computed" and "amount"', () => {
    const both = issuesOf(withPayment({ computed: 'gebuehr', amount: 5, purpose: 'Gebühr' }));
    const neither = issuesOf(withPayment({ purpose: 'Gebühr' }));
    for (const issues of [both, neither]) expect(issues).to.deep.equal([
      '/payment: Give the amount either as "computed" (the id of a computed value) or as "amount" (a rule), not both and not neither.',
    ]);
  });

  it('names a missing computed value, one not in euros, an unknown answer in a rule, and a purpose too long for XBezahldienste', () => {
    expect(issuesOf(withPayment({ computed: 'gebuhr', purpose: 'Gebühr' }))).to.deep.equal(['/payment/computed: There is no computed value "gebuhr".']);
    expect(issuesOf(withPayment({ computed: 'gebuehr', purpose: 'Gebühr' }, 'number'))).to.deep.equal([
      '/payment/computed: The computed value "gebuehr" is not shown in euros ("format": "currency").',
    ]);
    const unknown = issuesOf(withPayment({ computed: 'gebuehr', purpose: 'Gebühr', payableIf: { '==': [{ var: 'zahlweise' }, 'online'] } }));
    expect(unknown).to.have.length(1);
    expect(unknown[0]).to.match(/^\/payment\/payableIf/);
    expect(issuesOf(withPayment({ computed: 'gebuehr', purpose: 'Verwaltungsgebühr {reference}' }))).to.deep.equal([
      '/payment/purpose: The purpose has 33 characters with a reference filled in; XBezahldienste allows 27.',
    ]);
  });

  it('refuses unknown keys in "payment" and "feedback"', () => {
    const definition = { ...withPayment({ computed: 'gebuehr', purpose: 'Gebühr', iban: 'DE00' }), feedback: { withReference: 'ja' } };
    const issues = issuesOf(definition);
    expect(issues.some((issue) => issue.startsWith('/payment'))).to.equal(true);
    expect(issues.some((issue) => issue.startsWith('/feedback/withReference'))).to.equal(true);
  });
});

import { expect } from '@open-wc/testing';
import type { Field } from '../../src/definition/schema.js';
import { isIsoDate, parseNumber, validateField } from '../../src/model/validate-field.js';

const code = (field: Field, value: Parameters<typeof validateField>[1]) => validateField(field, value)?.code;

describe('validateField', () => {
  it('requires an answer only for required fields, and whitespace is no answer', () => {
    const field: Field = { id: 'name', type: 'text', label: 'Name', required: true };
    expect(code(field, '   ')).to.equal('required');
    expect(code({ ...field, required: false }, '')).to.equal(undefined);
    expect(code(field, 'Erika')).to.equal(undefined);
  });

  it('checks length and the definition pattern against the whole trimmed answer', () => {
    const plz: Field = { id: 'plz', type: 'text', label: 'PLZ', maxLength: 5, pattern: { regex: '[0-9]{5}', message: 'Fünf Ziffern' } };
    expect(code(plz, '1234')).to.equal('pattern');
    expect(code(plz, '123456')).to.equal('maxLength');
    expect(code(plz, 'a12345b')).to.equal('maxLength');
    expect(code(plz, ' 12345 ')).to.equal(undefined);
    expect(code({ id: 't', type: 'textarea', label: 'T', minLength: 10 }, 'kurz')).to.equal('minLength');
  });

  it('reads numbers as Germans and English speakers type them, with min, max and step', () => {
    const menge: Field = { id: 'menge', type: 'number', label: 'Menge', min: 0.5, max: 5, step: 0.5 };
    expect(parseNumber('2,5')).to.equal(2.5);
    expect(parseNumber('2.5')).to.equal(2.5);
    expect(parseNumber('2,5 m³')).to.equal(undefined);
    expect(code(menge, 'viel')).to.equal('number');
    expect(code(menge, '0,25')).to.equal('min');
    expect(code(menge, '5,5')).to.equal('max');
    expect(code(menge, '1,2')).to.equal('step');
    expect(code(menge, '4,5')).to.equal(undefined);
  });

  it('accepts only real calendar dates and honours date bounds', () => {
    expect(isIsoDate('2026-02-29')).to.equal(false);
    expect(isIsoDate('2028-02-29')).to.equal(true);
    const datum: Field = { id: 'd', type: 'date', label: 'Datum', min: '2026-03-01', max: '2026-03-31' };
    expect(code(datum, '2026-02-30')).to.equal('date');
    expect(code(datum, '2026-02-28')).to.equal('min');
    expect(code(datum, '2026-04-01')).to.equal('max');
    expect(code(datum, '2026-03-15')).to.equal(undefined);
  });

  it('checks times against their window', () => {
    const zeit: Field = { id: 'z', type: 'time', label: 'Zeit', min: '08:00', max: '18:00' };
    expect(code(zeit, '7:30')).to.equal('time');
    expect(code(zeit, '07:30')).to.equal('min');
    expect(code(zeit, '18:01')).to.equal('max');
    expect(code(zeit, '18:00')).to.equal(undefined);
  });

  it('accepts only offered options, and counts checkbox selections', () => {
    const options = [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
      { value: 'c', label: 'C' },
    ];
    expect(code({ id: 'r', type: 'radio', label: 'R', options }, 'x')).to.equal('option');
    const group: Field = { id: 'g', type: 'checkboxes', label: 'G', options, minSelected: 2, maxSelected: 2 };
    expect(code(group, ['a'])).to.equal('minSelected');
    expect(code(group, ['a', 'b', 'c'])).to.equal('maxSelected');
    expect(code(group, ['a', 'a'])).to.equal('option');
    expect(code(group, ['a', 'b'])).to.equal(undefined);
  });

  it('treats an unchecked required checkbox as unanswered', () => {
    const box: Field = { id: 'ok', type: 'checkbox', label: 'Ich bestätige', required: true };
    expect(code(box, false)).to.equal('required');
    expect(code(box, true)).to.equal(undefined);
  });

  it('checks e-mail addresses and phone numbers leniently', () => {
    expect(code({ id: 'e', type: 'email', label: 'E' }, 'erika@müller.de')).to.equal(undefined);
    expect(code({ id: 'e', type: 'email', label: 'E' }, 'erika.mueller')).to.equal('email');
    expect(code({ id: 't', type: 'tel', label: 'T' }, '+49 (0)171 234-5678')).to.equal(undefined);
    expect(code({ id: 't', type: 'tel', label: 'T' }, 'ruf mich an')).to.equal('tel');
  });
});

import { expect } from '@open-wc/testing';
import { loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { $$, answerStep, byId, heading, next, text } from '../support/user.js';

async function atCardStep() {
  const el = await renderAssistant(await loadForm('parkausweis-behinderung'), { theme: 'musterland' });
  await answerStep(el, validAnswers['parkausweis-behinderung']![0]!);
  await next(el);
  await answerStep(el, { fuerWen: 'selbst' });
  await next(el);
  expect(heading(el)).to.equal('Schwerbehindertenausweis');
  return el;
}

describe('Parkausweis (which permit the rules expect)', () => {
  const cases: Array<[string, string[], string]> = [
    ['50', ['aG'], 'Blauer EU-Parkausweis'],
    ['60', ['Bl', 'G'], 'Blauer EU-Parkausweis'],
    ['70', ['G'], 'Orangefarbener Parkausweis'],
    ['80', [], 'Orangefarbener Parkausweis'],
    ['70', [], 'Voraussetzungen wahrscheinlich nicht erfüllt'],
    ['60', ['G', 'B'], 'Voraussetzungen wahrscheinlich nicht erfüllt'],
  ];
  for (const [gdb, merkzeichen, expected] of cases) {
    it(`GdB ${gdb} with ${merkzeichen.join(', ') || 'no markings'}: ${expected}`, async () => {
      const el = await atCardStep();
      await answerStep(el, { gdb, merkzeichen });
      expect($$(el, '.notice-title').map(text)).to.deep.equal([expected]);
    });
  }

  it('lets the applicant submit even when the requirements are probably not met', async () => {
    const el = await atCardStep();
    await answerStep(el, { aktenzeichen: 'VA 1', gdb: '50' });
    await next(el);
    expect(heading(el)).to.equal('Unterlagen');
  });

  it('asks a representative for their name, address and power of attorney', async () => {
    const el = await renderAssistant(await loadForm('parkausweis-behinderung'));
    await answerStep(el, validAnswers['parkausweis-behinderung']![0]!);
    await next(el);
    await answerStep(el, { fuerWen: 'andere' });
    await next(el);
    expect($$(el, '.error-summary a').map(text)).to.deep.equal([
      'Bitte geben Sie „\u2068Ihr Name (Vertretung)\u2069“ an.',
      'Bitte geben Sie „\u2068Ihre Anschrift (Vertretung)\u2069“ an.',
      'Bitte laden Sie „\u2068Vollmacht\u2069“ hoch.',
    ]);
    expect(byId(el, 'f-vollmacht')!.getAttribute('accept')).to.contain('application/pdf');
  });
});

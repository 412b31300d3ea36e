import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { renderAssistant } from '../support/fixtures.js';
import { pointerClick } from '../support/pointer.js';
import { $$, byId, fill, focused, next, text } from '../support/user.js';

/**
 * Found by an attack (2026-11-26): removing an outer item after a failed "Weiter". `checked` is
 * renumbered (afterRemoval), but the error summary (snapshot.summary) keeps the path ids it was written
 * with: its links name items that moved ("Kind 2" is now "Kind 1") and point at ids that no longer exist,
 * so following one by keyboard leaves focus on the link. Failed before removeItem renumbered the summary and the intake's issues.
 */
const FORM = '/test/fixtures/nested-repeat-form.json';
const form = async () => (await fetch(FORM)).json();
const button = (el: AntragAssistant, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label)!;

describe('removing an outer item whose inner items had errors', () => {
  afterEach(() => resetMouse());

  it('the error summary follows the renumbered items, and each link still reaches its question by keyboard', async () => {
    const el = await renderAssistant(await form());
    await fill(el, 'kinder.0.name', 'Mia');
    await pointerClick(el, byId(el, 'f-kinder-add')!);
    await fill(el, 'kinder.1.name', 'Ben');
    // Ben gets a school without a name (required): the only problem on the page.
    await pointerClick(el, byId(el, 'f-kinder.1.schulen-add')!);
    await next(el);
    expect($$(el, '.error-summary a').map(text)).to.deep.equal(['Kind 2, Schule 1: Bitte geben Sie „\u2068Name der Schule\u2069“ an.']);
    // Mia is removed with the keyboard: focus the remove button, Enter.
    button(el, 'Entfernen Kind 1').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(byId<HTMLInputElement>(el, 'f-kinder.0.name')!.value, 'Ben moved up').to.equal('Ben');
    expect(byId(el, 'f-kinder.0.schulen.0.schulname'), "Ben's school is now Kind 1, Schule 1").to.exist;
    const links = $$<HTMLAnchorElement>(el, '.error-summary a');
    // Whatever the summary says after the removal, a link must name an item that exists and lead to its question.
    for (const link of links) {
      link.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)?.tagName, `following "${text(link)}"`).to.equal('INPUT');
      expect(text(link), 'no item that no longer exists').not.to.contain('Kind 2');
    }
  });
});

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renderAssistant } from '../support/fixtures.js';
import { $$, byId, focused } from '../support/user.js';

/**
 * Found by an attack (2026-11-26): after "add", focus goes to the new item's first question
 * (focus.ts, itemAdded: `withoutGroups(repeat.fields)[0]`). When an item starts with an inner repeat (its
 * schools, none at first: min 0), that "question" has no control, so focus stays on the add button — and
 * when the new item reaches `max`, the add button is gone and focus falls to the page's body: a keyboard
 * user is thrown to the top of the page. Failed before focus.ts looked past a first inner repeat.
 */
const definition = {
  schemaVersion: 1,
  id: 'add-focus',
  version: '1.0.0',
  languages: ['de'],
  title: 'Schulweg',
  steps: [
    {
      id: 's',
      title: 'Ihre Kinder',
      fields: [
        {
          id: 'kinder', type: 'repeat', label: 'Kinder', itemLabel: 'Kind', addLabel: 'Weiteres Kind hinzufügen', min: 1, max: 2,
          fields: [
            {
              id: 'schulen', type: 'repeat', label: 'Besuchte Schulen', itemLabel: 'Schule', addLabel: 'Schule hinzufügen', min: 0, max: 3,
              fields: [{ id: 'schulname', type: 'text', label: 'Name der Schule' }],
            },
            { id: 'name', type: 'text', label: 'Vorname des Kindes' },
          ],
        },
      ],
    },
  ],
};

describe('adding an item whose first member is an inner repeat', () => {
  it('by keyboard, focus lands inside the new item (not on the page body), also when the list is then full', async () => {
    const el = await renderAssistant(definition);
    byId(el, 'f-kinder-add')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    const items = $$(el, '.repeat-item').filter((item) => item.querySelector('.repeat-item-label')?.textContent?.trim() === 'Kind 2');
    expect(items, 'Kind 2 was added').to.have.length(1);
    const now = focused(el);
    expect(now, 'focus is somewhere in the form, not on the body').to.not.equal(null);
    expect(items[0]!.contains(now), `focus is in Kind 2, it is on ${now?.outerHTML.slice(0, 80) ?? document.activeElement?.tagName}`).to.equal(true);
  });
});

import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { $, $$, answerStep, byId, focused, heading, next, text, until } from '../support/user.js';

/** A node of Chromium's accessibility tree: what a screen reader gets, not the DOM. */
interface AXNode {
  role: string;
  name?: string;
  description?: string;
  focused?: boolean;
  children?: AXNode[];
}

async function tree(): Promise<AXNode> {
  return (await executeServerCommand('antrag-a11y-tree')) as AXNode;
}

function nodes(node: AXNode): AXNode[] {
  return [node, ...(node.children ?? []).flatMap(nodes)];
}

/** What a screen reader says for the focus: the focused node of Chromium's accessibility tree. */
async function focusedNode(el: AntragAssistant): Promise<AXNode> {
  await el.updateComplete;
  const found = nodes(await tree()).find((node) => node.focused === true);
  if (!found) throw new Error('no focused node in the accessibility tree');
  return found;
}

/**
 * A name as speech has it: Chromium puts a space at the edge of an out-of-flow (visually hidden) span, so
 * "Name des Hundes" + ", Hund 2" is "Name des Hundes , Hund 2" in the tree; no screen reader speaks it.
 */
const spoken = (name: string | undefined) => (name ?? '').replace(/ ,/gu, ',');

const liveRegion = (el: AntragAssistant) => el.querySelector<HTMLElement>('[slot="antrag-status"]')!;

/** Follows the error summary's link for `fieldId` as a person would, and returns the link's words. */
async function followSummaryLink(el: AntragAssistant, targetId: string): Promise<string> {
  const link = $$<HTMLAnchorElement>(el, '.error-summary a').find((a) => a.getAttribute('href') === `#${targetId}`);
  if (!link) throw new Error(`no summary link to #${targetId}`);
  link.click();
  await el.updateComplete;
  expect(focused(el)?.id).to.equal(targetId);
  return text(link)!;
}

describe('what screen readers say (names and descriptions in Chromium’s accessibility tree)', () => {
  describe('a grouped question with an error: the control the summary link focuses carries the error', () => {
    const cases = [
      { kind: 'radio buttons', form: 'maengelmelder', target: 'f-kategorie-0', role: 'radio' },
      { kind: 'checkboxes', form: 'verbrennung-pflanzlicher-abfaelle', target: 'f-art-0', role: 'checkbox' },
      { kind: 'a memorable date', form: 'hundesteuer-anmeldung', target: 'f-geburtsdatum-day', role: 'textbox' },
      { kind: 'an address', form: 'hundesteuer-anmeldung', target: 'f-anschrift-strasse', role: 'textbox' },
    ];
    for (const { kind, form, target, role } of cases) {
      it(`${kind}: the focused control's description is the question's error`, async () => {
        const el = await renderAssistant(await loadForm(form));
        await next(el);
        const message = await followSummaryLink(el, target);
        const node = await focusedNode(el);
        expect(node.role).to.equal(role);
        expect(node.description ?? '', `description of ${target}`).to.equal(`Fehler: ${message}`);
      });
    }

    it('an address: only the part the error is about is described by it', async () => {
      const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
      await next(el);
      const described = $$<HTMLInputElement>(el, 'input[name^="anschrift-"]').filter((input) => input.hasAttribute('aria-describedby'));
      expect(described.map((input) => input.id)).to.deep.equal(['f-anschrift-strasse']);
    });
  });

  describe('repeated items', () => {
    async function dogsStep(): Promise<AntragAssistant> {
      const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
      await answerStep(el, validAnswers['hundesteuer-anmeldung']![0]!);
      await next(el);
      await answerStep(el, validAnswers['hundesteuer-anmeldung']![1]!);
      byId<HTMLButtonElement>(el, 'f-hunde-add')!.click();
      await el.updateComplete;
      return el;
    }

    it('names each item’s questions with their item: "Name des Hundes, Hund 2"', async () => {
      const el = await dogsStep();
      // Focus is on the new item's first question.
      expect(focused(el)?.id).to.equal('f-hunde.1.name');
      const node = await focusedNode(el);
      expect(spoken(node.name)).to.equal('Name des Hundes, Hund 2');
      const names = nodes(await tree()).map((n) => `${n.role}: ${spoken(n.name)}`);
      expect(names).to.include('textbox: Name des Hundes, Hund 1');
      expect(names).to.include('combobox: Rasse, Hund 2');
      // Groups are not in Puppeteer's pruned tree; the legend names the fieldset.
      expect(text(byId(el, 'f-hunde.1.geschlecht-0')!.closest('fieldset')!.querySelector('legend'))).to.equal('Geschlecht des Hundes, Hund 2');
      // The visible label is unchanged: the item's legend shows which dog it is.
      expect(byId(el, 'f-hunde.1.name')!.closest('.field')!.querySelector('label')!.checkVisibility()).to.equal(true);
      expect(text(byId(el, 'f-hunde.1.name')!.closest('.field')!.querySelector('.visually-hidden'))).to.equal(', Hund 2');
    });

    it('says "Hund 2 entfernt" from the status region after "Entfernen", with focus on the add button', async () => {
      const el = await dogsStep();
      const region = liveRegion(el);
      const remove = $$<HTMLButtonElement>(el, '.repeat-item button')[1]!;
      expect(text(remove)).to.equal('Entfernen Hund 2');
      remove.click();
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('f-hunde-add');
      expect($$(el, '.repeat-item')).to.have.length(1);
      // The region was on the page before; it is filled after the removal.
      expect(region.isConnected).to.equal(true);
      await until(() => region.textContent === 'Hund 2 entfernt', 'the removal announcement');
    });
  });

  it('names the focused step heading with the step: "Ihre Hunde Schritt 2 von 5", the visible heading unchanged', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    await answerStep(el, validAnswers['hundesteuer-anmeldung']![0]!);
    await next(el);
    expect(focused(el)?.id).to.equal('view-heading');
    expect(heading(el)).to.equal('Ihre Hunde');
    const node = await focusedNode(el);
    expect(node.role).to.equal('heading');
    expect(node.name).to.equal(`Ihre Hunde ${text($(el, '.progress'))}`);
    expect(node.name).to.match(/Schritt 2 von \d+$/u);
    // The progress is the heading's own text (Orca 43 reads a heading's text, not an aria-labelledby name),
    // visually hidden; the visible line above is hidden from screen readers, so it is not read twice.
    expect($(el, '#view-heading')!.textContent).to.equal(`Ihre Hunde ${text($(el, '.progress'))}`);
    expect($(el, '#view-heading')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect($(el, '.progress')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('names the focused error summary by its title and says its problems once, in order, with no alert racing the focus', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    await next(el);
    expect(focused(el)).to.equal($(el, '.error-summary'));
    const node = await focusedNode(el);
    const problems = $$(el, '.error-summary a').map((a) => text(a));
    expect(node.name).to.equal('Es gibt ein Problem');
    expect(node.description).to.equal(problems.join(' '));
    // An alert would be said besides the focus: twice, in an order that changed from run to run in Orca.
    expect(nodes(await tree()).filter((n) => n.role === 'alert')).to.deep.equal([]);
  });

  it('says the confirmation with its Aktenzeichen from the status region after "Absenden", with focus on its heading', async () => {
    const form = 'verbrennung-pflanzlicher-abfaelle';
    const el = await renderAssistant(await loadForm(form));
    const region = liveRegion(el);
    await answerStep(el, validAnswers[form]![0]!);
    await next(el);
    await next(el);
    await until(() => $(el, '.confirmation') !== null, 'the confirmation');
    expect(focused(el)?.id).to.equal('view-heading');
    const reference = /Ihr Aktenzeichen: (\S+)/u.exec(text($(el, '.reference')) ?? '')?.[1];
    expect(reference, 'a reference number').to.be.a('string');
    await until(() => region.textContent === `Ihr Antrag ist eingegangen. Ihr Aktenzeichen: ${reference}`, 'the confirmation announcement');
  });
});

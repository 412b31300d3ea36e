import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { $, answerStep, next, until } from '../support/user.js';

interface AXNode {
  role: string;
  name?: string;
  children?: AXNode[];
  [state: string]: unknown;
}

/** What changes from run to run (dates ahead of today, reference numbers) is replaced by a placeholder. */
function stable(node: AXNode): AXNode {
  const text = (value: unknown) =>
    typeof value !== 'string'
      ? value
      : value
          .replace(/[A-Z]{2,4}-\d{4}-\d{6}/gu, '<reference>')
          .replace(/\d{1,2}\. [A-Za-zäöü]+ \d{4}/gu, '<date>')
          .replace(/\d{4}-\d{2}-\d{2}/gu, '<date>')
          .replace(/\b\d{1,2}\.\d{1,2}\.\d{4}\b/gu, '<date>');
  const copy: AXNode = { role: node.role };
  for (const [key, value] of Object.entries(node))
    if (key === 'url') copy[key] = new URL(String(value)).hash;
    else if (!['children', 'role', 'backendNodeId', 'loaderId'].includes(key)) copy[key] = text(value);
  if (node.children) copy.children = node.children.map(stable);
  return copy;
}

/**
 * Compares Chromium's accessibility tree of the assistant with the committed contract
 * (test/a11y-tree/<name>.json). After a deliberate change: `UPDATE_A11Y_TREE=1 npx web-test-runner --files
 * test/elements/a11y-tree.test.ts`, then review the diff of the contract files like code.
 */
async function expectTree(el: AntragAssistant, name: string): Promise<void> {
  await el.updateComplete;
  const tree = stable((await executeServerCommand('antrag-a11y-tree')) as AXNode);
  if (await executeServerCommand('antrag-a11y-tree-write', { name, tree })) return;
  const response = await fetch(`/test/a11y-tree/${name}.json`);
  expect(response.ok, `no contract test/a11y-tree/${name}.json: create it with UPDATE_A11Y_TREE=1`).to.equal(true);
  expect(tree).to.deep.equal(await response.json());
}

describe('accessibility tree contracts (names, roles and states as assistive technology gets them)', () => {
  it('Verbrennung: a step, the step with errors, the review, the confirmation', async () => {
    const form = 'verbrennung-pflanzlicher-abfaelle';
    const el = await renderAssistant(await loadForm(form), { theme: 'beispielhausen' });
    await expectTree(el, 'verbrennung-step');
    await next(el);
    await expectTree(el, 'verbrennung-errors');
    await answerStep(el, validAnswers[form]![0]!);
    await next(el);
    await expectTree(el, 'verbrennung-review');
    await next(el);
    await until(() => $(el, '.confirmation') !== null, 'the confirmation');
    await expectTree(el, 'verbrennung-confirmation');
  });

  it('Hundesteuer: a repeated group (two dogs), in German', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { theme: 'musterstadt' });
    await answerStep(el, validAnswers['hundesteuer-anmeldung']![0]!);
    await next(el);
    $<HTMLButtonElement>(el, '#f-hunde-add')!.click();
    await expectTree(el, 'hundesteuer-dogs');
  });

  it('names an optional question with a space before "(optional)"', async () => {
    await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    const names: string[] = [];
    const walk = (node: AXNode) => {
      // A no-break space counts as a space: screen readers pause there as at any other.
      if (node.role === 'combobox' || node.role === 'textbox') names.push((node.name ?? '').replace(/\s/gu, ' '));
      node.children?.forEach(walk);
    };
    walk((await executeServerCommand('antrag-a11y-tree')) as AXNode);
    // Spoken as "Anrede, optional", not run together as one word.
    expect(names).to.include('Anrede (optional)');
    expect(names.filter((name) => /\S\(optional\)/u.test(name))).to.deep.equal([]);
  });

  it('Mängelmelder in Arabic, with errors', async () => {
    const el = await renderAssistant(await loadForm('maengelmelder'), { lang: 'ar' });
    await next(el);
    await expectTree(el, 'maengelmelder-ar-errors');
  });
});

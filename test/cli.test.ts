import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { fieldTypes } from '../src/definition/schema.js';

type Run = { code: number; stdout: string; stderr: string };
const antrag = async (...args: string[]) => (await executeServerCommand('antrag-cli', { args })) as Run;

describe('npx antrag validate', () => {
  it('accepts the demo forms and exits 0', async () => {
    const run = await antrag('validate', 'demo/forms/hundesteuer-anmeldung.json', 'demo/forms/verbrennung-pflanzlicher-abfaelle.json');
    expect(run.code).to.equal(0);
    expect(run.stdout).to.contain('demo/forms/hundesteuer-anmeldung.json: ok (hundesteuer-anmeldung 2.0.0)');
  });

  it('reports five kinds of mistakes with file and JSON pointer, and exits 1', async () => {
    const run = await antrag('validate', 'test/fixtures/five-mistakes.json');
    expect(run.code).to.equal(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).to.deep.equal([
      'test/fixtures/five-mistakes.json: /id: Expected an id: a lowercase letter, then letters, digits, "_" or "-", got "Fünf-Fehler".',
      `test/fixtures/five-mistakes.json: /steps/0/fields/2/type: Unknown field type "slider". Allowed: ${fieldTypes.join(', ')}.`,
      'test/fixtures/five-mistakes.json: /title: Missing the "en" translation (the form declares languages de, en).',
      'test/fixtures/five-mistakes.json: /steps/0/fields/1/id: The field id "name" is already used at /steps/0/fields/0/id; ids must be unique in the whole form.',
      `test/fixtures/five-mistakes.json: /steps/0/fields/3/visibleIf/eval: Unknown operator "eval". Allowed: ${lines[4]!.split('Allowed: ')[1]}`,
      '1 of 1 definition has problems.',
    ]);
  });

  it('explains its usage and a missing file', async () => {
    expect((await antrag()).code).to.equal(2);
    const missing = await antrag('validate', 'gibt-es-nicht.json');
    expect(missing.code).to.equal(1);
    expect(missing.stderr).to.contain('gibt-es-nicht.json: cannot be read (ENOENT)');
  });
});

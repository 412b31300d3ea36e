/**
 * Storybook covers what the source says exists: every field type of src/definition (in every state a tester
 * judges it in) and every definition in demo/forms/ has a story in the built Storybook (dist-stories/).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { fieldTypes } from '../../src/definition/schema.js';
import { builtStories } from './built-stories.js';

const ids = new Set((await builtStories()).map((story) => story.id));
const demoForms = (await executeServerCommand('antrag-demo-forms')) as string[];

/** Storybook's id of a story: its title and its export name, in kebab case. */
const storyId = (title: string, name: string) => `${title}--${name}`.toLowerCase().replace(/[^a-z0-9-]+/gu, '-');

describe('stories: coverage', () => {
  it('has a story for every field type, in every state that applies', () => {
    const missing = fieldTypes.flatMap((type) =>
      (type === 'notice' ? ['pristine'] : ['pristine', 'filled', 'error', 'review', 'read-only'])
        .map((state) => storyId(`field-types-${type}`, state))
        .filter((id) => !ids.has(id)),
    );
    expect(missing, 'field types without a story').to.deep.equal([]);
  });

  it('has a story for every demo form, as first shown and with its errors', () => {
    expect(demoForms.length).to.be.greaterThan(0);
    const missing = demoForms.flatMap((form) => [`demo-forms--${form}`, `demo-forms--${form}-errors`].filter((id) => !ids.has(id)));
    expect(missing, 'demo forms without a story').to.deep.equal([]);
  });
});

import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/locales/ar.js';
import '../../src/locales/tr.js';
import '../../src/locales/uk.js';
import { registeredLocale } from '../../src/i18n/locale-registry.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { de } from '../../src/i18n/messages-de.js';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();
const plural = /_(zero|one|two|few|many|other)$/u;

describe('UI languages beyond de and en', () => {
  for (const language of ['tr', 'uk', 'ar']) {
    it(`${language}: every message, with the plural forms of ${language}, and the same placeholders as German`, () => {
      const messages = registeredLocale(language)!;
      expect(messages, `locale file for ${language} registered`).to.exist;
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const singular = Object.keys(de).filter((key) => !plural.test(key));
      const bases = [
        ...new Set(
          Object.keys(de)
            .filter((key) => plural.test(key))
            .map((key) => key.replace(plural, '')),
        ),
      ];
      const expected = [...singular, ...bases.flatMap((base) => categories.map((category) => `${base}_${category}`))].sort();
      expect(Object.keys(messages).sort()).to.deep.equal(expected);
      for (const [key, text] of Object.entries(messages)) {
        if (!plural.test(key)) {
          expect(placeholders(text), `${language} ${key}`).to.deep.equal(placeholders((de as Record<string, string>)[key]!));
          continue;
        }
        // Plural forms may leave out {{count}} where the form says the number itself ("one answer"), and
        // must keep every other placeholder of the German text.
        const source = placeholders((de as Record<string, string>)[key.replace(plural, '_other')]!);
        const found = placeholders(text);
        expect(
          found.every((name) => source.includes(name)),
          `${language} ${key}: ${found.join(', ')}`,
        ).to.equal(true);
        expect(
          source.filter((name) => name !== 'count').every((name) => found.includes(name)),
          `${language} ${key}`,
        ).to.equal(true);
      }
    });
  }

  it('every German message is used by the code (literally, or under a prefix the code completes, like `failed.${reason}`)', async () => {
    const code = (await executeServerCommand('antrag-source-text')) as string;
    // Template literals such as `issue.${code}` or `draft.${notice}` use every key under their prefix.
    const prefixes = [...code.matchAll(/`([\w.]+\.)\$\{/gu)].map((m) => m[1]!);
    const unused = [...new Set(Object.keys(de).map((key) => key.replace(plural, '')))].filter(
      (key) => !code.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(prefixes.length).to.be.greaterThan(3);
    expect(unused).to.deep.equal([]);
  });

  it('speaks the registered language, with its plural rules, and falls back to German for others', () => {
    expect(createTranslator('uk').t('next')).to.not.equal('Weiter');
    const field = { id: 'f', type: 'checkboxes' as const, label: 'X', options: [{ value: 'a', label: 'A' }] };
    const few = createTranslator('uk').issue(field, { code: 'minSelected', params: { min: 3 } });
    const many = createTranslator('uk').issue(field, { code: 'minSelected', params: { min: 5 } });
    expect(few).to.not.equal(many);
    expect(createTranslator('fr').t('next')).to.equal('Weiter');
  });
});

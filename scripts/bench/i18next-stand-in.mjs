// @ts-check
/**
 * MEASUREMENT ONLY — never in a shipped file. The smallest stand-in for i18next that Antrag's translator
 * (src/i18n/translator.ts) runs on: flat keys, `{{name}}` placeholders, `_one`/`_other` by `count`, German as
 * the fallback. `node scripts/bench/build-without-i18next.mjs` builds the script-tag file with it, so that
 * `npm run bench -- --embed …` shows how much of the start-up i18next itself costs (docs/performance.md).
 * It is not a translator: no nesting, no formatting, no context, no other plural rules.
 */
/** @typedef {Record<string, Record<string, string>>} Bundles */

function createInstance() {
  /** @type {Bundles} */
  const bundles = {};
  /** @param {string} language @param {string} key */
  const find = (language, key) => bundles[language]?.[key] ?? bundles.de?.[key];
  const instance = {
    language: 'de',
    /** @param {{ lng: string, resources: Record<string, { translation: Record<string, string> }> }} options */
    init(options) {
      for (const [language, { translation }] of Object.entries(options.resources)) bundles[language] = translation;
      instance.language = options.lng;
      return Promise.resolve();
    },
    /** @param {string} key */
    exists: (key) => find(instance.language, key) !== undefined,
    /** @param {string} language */
    hasResourceBundle: (language) => language in bundles,
    /** @param {string} language @param {string} _namespace @param {Record<string, string>} messages */
    addResourceBundle(language, _namespace, messages) {
      bundles[language] = messages;
    },
    /** @param {string} key @param {Record<string, string | number>} [params] */
    t(key, params = {}) {
      const plural = typeof params.count === 'number' ? find(instance.language, `${key}_${params.count === 1 ? 'one' : 'other'}`) : undefined;
      const text = plural ?? find(instance.language, key) ?? key;
      return text.replace(/\{\{(\w+)\}\}/gu, (_, name) => String(params[name] ?? ''));
    },
  };
  return instance;
}

export default { createInstance };

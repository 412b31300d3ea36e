/**
 * Antrag's ESM entry point. Importing it has no side effects; import `antrag/define` (or call
 * {@link defineAntragElements}) to register `<antrag-assistant>`.
 */
export * from './core.js';
export { sendSubmission, type SendOptions, type IntakeReceipt } from './submission/send-submission.js';
export { NetworkError, IntakeRejectedError, type IntakeFieldError } from './submission/intake-errors.js';
export { createTranslator, uiLanguages, type Translator } from './i18n/translator.js';
export { registerLocale } from './i18n/locale-registry.js';
export type { LocaleMessages } from './i18n/locale-messages.js';
export { themes, neutral, musterstadt, beispielhausen, musterland, kontrast } from './theme/themes.js';
export { toCustomProperties, type Theme, type DesignToken, type TokenGroup } from './theme/design-tokens.js';
export { AntragAssistant } from './elements/antrag-assistant.js';
export type { AssistantStatus } from './elements/assistant-status.js';
export type { AntragEventDetails, AntragEventName } from './elements/events.js';
export { defineAntragElements } from './define-elements.js';

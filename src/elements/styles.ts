import type { CSSResult } from 'lit';
import { base } from './styles/base.js';
import { buttons } from './styles/buttons.js';
import { choices } from './styles/choices.js';
import { computed } from './styles/computed.js';
import { confirmation } from './styles/confirmation.js';
import { errorSummary } from './styles/error-summary.js';
import { field } from './styles/field.js';
import { focus } from './styles/focus.js';
import { followUp } from './styles/follow-up.js';
import { header } from './styles/header.js';
import { host } from './styles/host.js';
import { inputs } from './styles/inputs.js';
import { languages } from './styles/languages.js';
import { notice } from './styles/notice.js';
import { repeat } from './styles/repeat.js';
import { review } from './styles/review.js';
import { richText } from './styles/rich-text.js';
import { visuallyHidden } from './styles/visually-hidden.js';

/**
 * The assistant's CSS, one module per view or concern. `host` turns the public `--antrag-*` tokens into private
 * `--_*` properties with the neutral theme's values as defaults; every other module reads only those, and uses
 * logical properties so right-to-left languages mirror without extra rules. The order is the cascade order:
 * `fieldset` before `repeat` (a repeated item is both), `field` before `buttons` (the draft choice is both),
 * `focus` before `errorSummary` (its frame and links keep their own focus colours).
 */
export const styles: CSSResult[] = [
  host,
  base,
  visuallyHidden,
  header,
  languages,
  field,
  richText,
  inputs,
  choices,
  notice,
  repeat,
  computed,
  buttons,
  focus,
  errorSummary,
  confirmation,
  followUp,
  review,
];

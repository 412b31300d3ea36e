import type { Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import type { FieldType } from '../src/definition/schema.js';
import type { AntragAssistant } from '../src/elements/antrag-assistant.js';
import { $, answerStep, next, until } from '../test/support/user.js';
import { assistantElement, storyArgs, type StoryGlobals } from './assistant-element.js';
import { fieldExamples, type FieldExample } from './field-examples.js';
import { singleField } from './story-definition.js';

/** A story in one of the states a tester judges a field in. */
export type FieldStory = StoryObj;

/** The assistant of a story, once its first step (or its definition error) is on screen. */
export async function shownAssistant(canvas: HTMLElement): Promise<AntragAssistant> {
  const el = canvas.querySelector('antrag-assistant');
  if (!el) throw new Error('the story has no <antrag-assistant>');
  await until(() => el.shadowRoot?.querySelector('#view-heading, [part~="definition-error"]') != null, 'the assistant to show a page');
  await el.updateComplete;
  return el;
}

/** Enters the example's answers through the UI, as the harness of the tests does. */
async function answer(el: AntragAssistant, example: FieldExample): Promise<void> {
  if (example.answers) await answerStep(el, example.answers);
  const position = example.position;
  if (!position) return;
  const coords = { ...position, altitude: null, altitudeAccuracy: null, heading: null, speed: null, toJSON: () => position };
  // The permission prompt cannot be answered in a story, so the API is replaced at its boundary.
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: { getCurrentPosition: (ok: PositionCallback) => setTimeout(() => ok({ coords, timestamp: Date.now(), toJSON: () => coords })) },
  });
  $<HTMLButtonElement>(el, `#f-${example.field.id}`)?.click();
  await until(() => $(el, '.location-value') !== null, 'the position to be shown');
  await el.updateComplete;
}

/**
 * The stories of one field type, in a one-step form around the example question: `Pristine` (as first shown),
 * `Filled` (answered through the UI), `Error` ("Weiter" with the required answer missing: the error summary and
 * the message at the field), `Review` (the answer on the review page) and `ReadOnly` (sent: the answer in the
 * confirmation page's read-only summary, unfolded). A notice asks nothing, so it has only `Pristine`.
 */
export function fieldStories(type: FieldType) {
  const example: FieldExample = fieldExamples[type];
  const meta = {
    component: 'antrag-assistant',
    args: { ...storyArgs, definition: singleField(example.field) },
    render: (args: Args, { globals }: StoryContext) => assistantElement(args, globals satisfies StoryGlobals),
  } satisfies Meta;
  const Pristine: FieldStory = { play: async ({ canvasElement }) => void (await shownAssistant(canvasElement)) };
  const Filled: FieldStory = {
    play: async ({ canvasElement }) => answer(await shownAssistant(canvasElement), example),
  };
  const Error: FieldStory = {
    play: async ({ canvasElement }) => next(await shownAssistant(canvasElement)),
  };
  const Review: FieldStory = {
    play: async ({ canvasElement }) => {
      const el = await shownAssistant(canvasElement);
      await answer(el, example);
      await next(el);
    },
  };
  const ReadOnly: FieldStory = {
    play: async ({ canvasElement }) => {
      const el = await shownAssistant(canvasElement);
      await answer(el, example);
      await next(el);
      await next(el);
      await until(() => $(el, '[part~="confirmation-summary"]') !== null, 'the confirmation page');
      $<HTMLDetailsElement>(el, 'details[part~="confirmation-summary"]')?.setAttribute('open', '');
      await el.updateComplete;
    },
  };
  return { meta, Pristine, Filled, Error, Review, ReadOnly };
}

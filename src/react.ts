/**
 * `antrag/react`: `<AntragAssistant>` as a React component (made with @lit/react), with typed props and one
 * `on…` prop per event; importing it registers `<antrag-assistant>`. It also types the plain tag in JSX
 * (React 19 sets its properties and listens with `onantrag-submitted`), for apps that prefer the tag.
 */
import React from 'react';
import { createComponent, type EventName, type WebComponentProps } from '@lit/react';
import { defineAntragElements, type AntragEventMap, type AntragEventName } from './define-elements.js';
import { AntragAssistant as AntragAssistantElement } from './elements/antrag-assistant.js';

defineAntragElements();

/**
 * The event's name, carrying its event type for @lit/react's `events` option. An overload instead of a cast:
 * the name is a plain string at run time, the brand exists only for the compiler.
 */
function eventName<N extends AntragEventName>(name: N): EventName<AntragEventMap[N]>;
function eventName(name: string): string {
  return name;
}

/**
 * `<antrag-assistant>` for React: properties such as `definition`, `claims` or a theme object are set as
 * properties, and `onSubmitted={(e) => e.detail.reference}` listens to `antrag-submitted`.
 */
export const AntragAssistant = createComponent({
  react: React,
  tagName: 'antrag-assistant',
  elementClass: AntragAssistantElement,
  displayName: 'AntragAssistant',
  events: {
    onReady: eventName('antrag-ready'),
    onStepChange: eventName('antrag-step-change'),
    onSubmit: eventName('antrag-submit'),
    onSubmitted: eventName('antrag-submitted'),
    onSubmitError: eventName('antrag-submit-error'),
    onDefinitionError: eventName('antrag-definition-error'),
    onThemeError: eventName('antrag-theme-error'),
  },
});

/** The props of {@link AntragAssistant}. */
export type AntragAssistantProps = React.ComponentProps<typeof AntragAssistant>;

/** The plain tag's event props, as React 19 names them: `on` + the event name (`onantrag-submitted`). */
export type AntragAssistantEventProps = { [N in AntragEventName as `on${N}`]?: (event: AntragEventMap[N]) => void };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'antrag-assistant': WebComponentProps<AntragAssistantElement> & AntragAssistantEventProps;
    }
  }
}

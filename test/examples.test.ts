import { expect } from '@open-wc/testing';
import React from 'react';
import { createRoot } from 'react-dom/client';
import type { AntragAssistant } from '../src/elements/antrag-assistant.js';
import { AntragForm } from '../examples/react/AntragForm.js';
import { AntragFormComponent } from '../examples/react/AntragFormComponent.js';
import { mountAntragForm } from '../examples/vue/antrag-form.js';
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AntragComponent } from '../examples/angular/antrag.component.js';
import { validAnswers } from './support/fixtures.js';
import { $, answerStep, next, until } from './support/user.js';
import { recordsOf } from './support/intake-faults.js';

const FORM = 'verbrennung-pflanzlicher-abfaelle';

/** Completes the burning form in the element a framework rendered; returns the status line the app shows. */
async function completeIn(container: HTMLElement): Promise<string> {
  await until(() => container.querySelector('antrag-assistant')?.shadowRoot?.querySelector('#view-heading') != null, 'the assistant');
  const el = container.querySelector<AntragAssistant>('antrag-assistant')!;
  await answerStep(el, validAnswers[FORM]![0]!);
  await next(el);
  await next(el);
  await until(() => $(el, '.confirmation') !== null, 'the confirmation');
  await until(() => container.querySelector('p[role="status"]') !== null, "the app's own status line");
  return container.querySelector('p[role="status"]')!.textContent!;
}

async function expectStored(status: string): Promise<void> {
  const reference = /VPA-\d{4}-\d{6}/u.exec(status)![0];
  const stored = ((await (await fetch('/api/submissions')).json()) as Array<{ reference: string; submissionId: string }>).find(
    (s) => s.reference === reference,
  )!;
  expect(await recordsOf(stored.submissionId)).to.have.length(1);
}

describe('framework examples (examples/): render and submit a form', () => {
  it('React 19: the definition as a property, the antrag-submitted event through onantrag-submitted', async () => {
    const definition = await (await fetch(`/demo/forms/${FORM}.json`)).json();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    try {
      root.render(React.createElement(AntragForm, { definition, endpoint: '/api/submissions' }));
      const status = await completeIn(container);
      expect(status).to.match(/^Gesendet: VPA-/);
      await expectStored(status);
    } finally {
      root.unmount();
      container.remove();
    }
  });

  it('React 19 with antrag/react: typed props set as properties, onStepChange and onSubmitted', async () => {
    const definition = await (await fetch(`/demo/forms/${FORM}.json`)).json();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    try {
      root.render(React.createElement(AntragFormComponent, { definition, endpoint: '/api/submissions' }));
      await until(() => container.querySelector('antrag-assistant')?.shadowRoot?.querySelector('#view-heading') != null, 'the assistant');
      const el = container.querySelector<AntragAssistant>('antrag-assistant')!;
      expect(el.definition, 'definition set as a property').to.equal(definition);
      expect(el.maxAttempts, 'maxAttempts set as a property').to.equal(3);
      expect(el.hasAttribute('definition')).to.equal(false);
      expect(container.querySelector('section > p')!.textContent).to.equal('Schritt 1');
      const status = await completeIn(container);
      expect(status).to.match(/^Gesendet: VPA-/);
      expect(container.querySelector('section > p')!.textContent, 'onStepChange').to.not.equal('Schritt 1');
      await expectStored(status);
    } finally {
      root.unmount();
      container.remove();
    }
  });

  it('Vue 3: isCustomElement, :definition.prop and @antrag-submitted', async () => {
    const definition = await (await fetch(`/demo/forms/${FORM}.json`)).json();
    const container = document.createElement('div');
    document.body.append(container);
    const app = mountAntragForm(container, definition, '/api/submissions');
    try {
      const status = await completeIn(container);
      expect(status).to.match(/^Gesendet: VPA-/);
      await expectStored(status);
    } finally {
      app.unmount();
      container.remove();
    }
  });

  it('Angular 20: CUSTOM_ELEMENTS_SCHEMA, [definition] and (antrag-submitted), zoneless', async () => {
    const definition = await (await fetch(`/demo/forms/${FORM}.json`)).json();
    const container = document.createElement('div');
    container.append(document.createElement('app-antrag'));
    document.body.append(container);
    const app = await bootstrapApplication(AntragComponent, { providers: [provideZonelessChangeDetection()] });
    try {
      app.components[0]!.setInput('definition', definition);
      app.components[0]!.setInput('endpoint', '/api/submissions');
      const status = await completeIn(container);
      expect(status).to.match(/^Gesendet: VPA-/);
      await expectStored(status);
    } finally {
      app.destroy();
      container.remove();
    }
  });
});

/**
 * Angular and <antrag-assistant>: CUSTOM_ELEMENTS_SCHEMA lets the template use the tag, [definition] binds a
 * property, (antrag-submitted) listens to the element's event. In an Angular app this is the usual
 *
 *   @Component({ selector: 'app-antrag', … }) export class AntragComponent { … }
 *
 * written here as the plain function call a decorator is, so the example runs without a decorator compiler.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'antrag/define';
import type { AntragEventMap } from 'antrag/define';

class AntragComponentClass {
  /** Inputs (`@Input()` in decorator syntax). */
  definition: object | undefined;
  endpoint = '/api/antraege';
  readonly reference = signal<string | undefined>(undefined);

  /** `$event` of `(antrag-submitted)`: Angular passes it untyped with CUSTOM_ELEMENTS_SCHEMA, the parameter types it. */
  sent(event: AntragEventMap['antrag-submitted']): void {
    this.reference.set(event.detail.reference);
  }
}

export const AntragComponent = Component({
  selector: 'app-antrag',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  inputs: ['definition', 'endpoint'],
  template: `
    <section>
      @if (definition) {
        <antrag-assistant [definition]="definition" [attr.endpoint]="endpoint" theme="beispielhausen" lang="de"
          (antrag-submitted)="sent($event)"></antrag-assistant>
      }
      @if (reference()) {
        <p role="status">Gesendet: {{ reference() }}</p>
      }
    </section>`,
})(AntragComponentClass);

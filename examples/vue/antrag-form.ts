/**
 * Vue 3 and <antrag-assistant>: tell the compiler the tag is a custom element; `.prop` binds a DOM property
 * (the definition object), `@antrag-submitted` listens to the element's event.
 */
import { createApp, ref } from 'vue';
import 'antrag/define';

export function mountAntragForm(target: Element, definition: object, endpoint: string) {
  const app = createApp({
    setup: () => ({ definition, endpoint, reference: ref<string>() }),
    template: `
      <section>
        <antrag-assistant :definition.prop="definition" :endpoint="endpoint" theme="beispielhausen" lang="de"
          @antrag-submitted="reference = $event.detail.reference"></antrag-assistant>
        <p v-if="reference" role="status">Gesendet: {{ reference }}</p>
      </section>`,
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('antrag-');
  app.mount(target);
  return app;
}

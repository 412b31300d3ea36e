/**
 * Vue 3 and <antrag-assistant>: tell the compiler the tag is a custom element; `.prop` binds a DOM property
 * (the definition object), `@antrag-submitted` listens to the element's event. The `GlobalComponents` entry
 * below types the tag in templates checked by vue-tsc (props, and `$event` of each `@antrag-…` listener).
 */
import { createApp, ref, type DefineComponent } from 'vue';
import 'antrag/define';
import type { AntragAssistant, AntragEventMap } from 'antrag/define';

/** The element's properties, as a Vue template binds them. */
type AntragAssistantProps = Partial<
  Pick<AntragAssistant, 'src' | 'endpoint' | 'theme' | 'themeSrc' | 'lang' | 'definition' | 'prefill' | 'claims' | 'drafts'>
>;
/** One listener per event, `@antrag-submitted="…"` receives `CustomEvent<{ reference?, payload }>`. */
type AntragAssistantEmits = { [N in keyof AntragEventMap]: (event: AntragEventMap[N]) => void };

declare module 'vue' {
  interface GlobalComponents {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    'antrag-assistant': DefineComponent<AntragAssistantProps, {}, {}, {}, {}, {}, {}, AntragAssistantEmits>;
  }
}

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

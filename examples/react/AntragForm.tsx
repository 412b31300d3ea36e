/**
 * React 19 and <antrag-assistant>: no wrapper needed. React 19 sets a property when the element has one
 * (`definition`, `claims`), an attribute otherwise, and listens to custom events with `on` + the event name.
 */
import React, { useState } from 'react';
import 'antrag/define';

export function AntragForm({ definition, endpoint }: { definition: object; endpoint: string }) {
  const [reference, setReference] = useState<string>();
  return (
    <section>
      <antrag-assistant
        definition={definition}
        endpoint={endpoint}
        theme="beispielhausen"
        lang="de"
        onantrag-submitted={(event: CustomEvent<{ reference?: string }>) => setReference(event.detail.reference)}
      />
      {reference && <p role="status">Gesendet: {reference}</p>}
    </section>
  );
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'antrag-assistant': {
        definition?: object;
        src?: string;
        endpoint?: string;
        theme?: string;
        lang?: string;
        'onantrag-submitted'?: (event: CustomEvent<{ reference?: string }>) => void;
      };
    }
  }
}

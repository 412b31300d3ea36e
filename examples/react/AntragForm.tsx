/**
 * React 19 and the plain <antrag-assistant> tag: React 19 sets a property when the element has one
 * (`definition`, `claims`), an attribute otherwise, and listens to custom events with `on` + the event name.
 * `antrag/react` types the tag in JSX (its props and each `onantrag-…` event); the import is types only.
 */
import React, { useState } from 'react';
import 'antrag/define';
import type {} from 'antrag/react';

export function AntragForm({ definition, endpoint }: { definition: object; endpoint: string }) {
  const [reference, setReference] = useState<string>();
  return (
    <section>
      <antrag-assistant
        definition={definition}
        endpoint={endpoint}
        theme="beispielhausen"
        lang="de"
        onantrag-submitted={(event) => setReference(event.detail.reference)}
      />
      {reference && <p role="status">Gesendet: {reference}</p>}
    </section>
  );
}

/**
 * React 19 with `antrag/react`: <AntragAssistant> is a React component (made with @lit/react). Its props are
 * the element's properties, typed; each event is an `on…` prop whose event carries its typed `detail`.
 */
import React, { useState } from 'react';
import { AntragAssistant } from 'antrag/react';

export function AntragFormComponent({ definition, endpoint }: { definition: object; endpoint: string }) {
  const [reference, setReference] = useState<string>();
  const [step, setStep] = useState(0);
  return (
    <section>
      <AntragAssistant
        definition={definition}
        endpoint={endpoint}
        theme="beispielhausen"
        lang="de"
        maxAttempts={3}
        onStepChange={(event) => setStep(event.detail.index)}
        onSubmitted={(event) => setReference(event.detail.reference)}
      />
      <p>Schritt {step + 1}</p>
      {reference && <p role="status">Gesendet: {reference}</p>}
    </section>
  );
}

import type { Definition } from '../definition/schema.js';
import type { Snapshot } from '../model/snapshot.js';

/**
 * Where an assistant stands, as a host page or a test reads it (`assistant.status`): the page shown, the
 * step's id, how many problems the error summary lists, and where sending stands.
 */
export interface AssistantStatus {
  page: 'step' | 'review' | 'confirmation';
  /** The id of the step shown (on a step page only). */
  step?: string;
  /** Problems the error summary lists now (0 when none shows). */
  errors: number;
  submission: 'idle' | 'sending' | 'failed' | 'sent';
  /** The intake's reference, once it confirmed. */
  reference?: string;
}

/** The status of a snapshot of `definition`'s assistant. */
export function statusOf(definition: Definition, snapshot: Snapshot): AssistantStatus {
  const { view, submission } = snapshot;
  const step = view.kind === 'step' ? definition.steps[view.index]?.id : undefined;
  return {
    page: view.kind,
    ...(step !== undefined && { step }),
    errors: snapshot.summary?.length ?? 0,
    submission: submission.status,
    ...(submission.status === 'sent' && submission.reference !== undefined && { reference: submission.reference }),
  };
}

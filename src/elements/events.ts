import type { DefinitionIssue } from '../definition/definition-issue.js';
import type { SubmissionFailure } from '../model/snapshot.js';
import type { SubmissionPayload } from '../model/submission-payload.js';

/** The `detail` of each event `<antrag-assistant>` fires. All bubble and cross the shadow boundary. */
export interface AntragEventDetails {
  'antrag-ready': { formId: string; version: string };
  'antrag-step-change': { step: string | 'review' | 'confirmation'; index: number };
  'antrag-submitted': { reference?: string; payload: SubmissionPayload };
  'antrag-submit-error': { failure: SubmissionFailure };
  'antrag-definition-error': { issues: readonly DefinitionIssue[] };
}

export type AntragEventName = keyof AntragEventDetails;

/** Creates a bubbling, composed event, so host pages can listen on the element or on `document`. */
export function antragEvent<N extends AntragEventName>(name: N, detail: AntragEventDetails[N]): CustomEvent<AntragEventDetails[N]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'antrag-ready': CustomEvent<AntragEventDetails['antrag-ready']>;
    'antrag-step-change': CustomEvent<AntragEventDetails['antrag-step-change']>;
    'antrag-submitted': CustomEvent<AntragEventDetails['antrag-submitted']>;
    'antrag-submit-error': CustomEvent<AntragEventDetails['antrag-submit-error']>;
    'antrag-definition-error': CustomEvent<AntragEventDetails['antrag-definition-error']>;
  }
}

/**
 * The browser side of the test intake's fault injection (test/support/intake-with-faults.mjs around
 * demo/intake.mjs), scoped by a random id so that test files running at the same time never disturb each other.
 */
export interface FaultRule {
  times: number | null;
  status?: number;
  retryAfter?: string;
  delayMs?: number;
  drop?: 'after-body' | 'after-store';
}

export interface LoggedRequest {
  at: number;
  key: string | null;
  contentType: string;
  outcome: number | 'dropped';
}

export interface StoredRecord {
  reference: string;
  submissionId: string;
  encrypted: boolean;
  data: Record<string, unknown>;
  attachments: Array<{ id: string; name: string; size: number; sha256: string }>;
}

/** A fresh scope: its submissions URL and its controls. */
export function faultScope() {
  const scope = Math.random().toString(36).slice(2);
  return {
    endpoint: `/api/submissions?scope=${scope}`,
    async inject(rules: FaultRule[]): Promise<void> {
      const response = await fetch('/api/_faults', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ scope, rules }),
      });
      if (!response.ok) throw new Error(`fault injection refused: HTTP ${response.status}`);
    },
    /** The server comes back: no more faults. */
    async heal(): Promise<void> {
      await fetch(`/api/_faults?scope=${scope}`, { method: 'DELETE' });
    },
    async requests(): Promise<LoggedRequest[]> {
      return ((await (await fetch(`/api/_faults?scope=${scope}`)).json()) as { requests: LoggedRequest[] }).requests;
    },
  };
}

/** Every record the intake stored under one submission id. */
export async function recordsOf(submissionId: string): Promise<StoredRecord[]> {
  return (await fetch(`/api/submissions?submissionId=${encodeURIComponent(submissionId)}`)).json();
}

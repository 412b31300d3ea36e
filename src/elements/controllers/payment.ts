import type { ReactiveControllerHost } from 'lit';
import type { IntakeReceipt } from '../../submission/send-submission.js';
import type { SessionController } from './session.js';

/** The query parameter the intake adds to the page address the payment provider sends the citizen back to. */
export const PAYMENT_RETURN_PARAMETER = 'antrag-payment';

/** A payment's status as the intake reports it from the provider (XBezahldienste, plus OPEN: not started). */
export type PaymentStatus = 'OPEN' | 'INITIAL' | 'PAYED' | 'FAILED' | 'CANCELED';

/** What the assistant shows about paying: on the confirmation page (`due`), or after coming back from the provider. */
export type PaymentView =
  | { kind: 'due'; reference: string; href: string }
  | { kind: 'checking'; reference: string }
  | { kind: 'result'; reference: string; href: string; status: PaymentStatus; amount?: number }
  | { kind: 'unknown'; reference: string; href: string };

/** What the payment controller reads from its element. */
export interface PaymentHost extends ReactiveControllerHost, HTMLElement {
  endpoint: string | undefined;
}

/** What the tab keeps to recognise the citizen's return: the reference, the payment's id and its start address. */
interface PaymentRecord {
  reference: string;
  id: string;
  start: string;
}

const STATUSES: readonly PaymentStatus[] = ['OPEN', 'INITIAL', 'PAYED', 'FAILED', 'CANCELED'];

/**
 * Follows a submission the intake asks to be paid online: offers "Jetzt bezahlen" (a link, never opened by
 * itself), keeps the payment's id in the tab's session, and when the citizen comes back from the provider
 * (the page address carries `antrag-payment=<reference>`) asks the intake for the status — the return
 * itself proves nothing. Nothing is lost if the citizen never comes back: the intake has the submission.
 */
export class PaymentController {
  view: PaymentView | undefined;

  constructor(
    private readonly host: PaymentHost,
    session: SessionController,
  ) {
    host.addEventListener('antrag-submitted', (event) => this.#submitted(event.detail));
    session.listen({ started: (model) => void this.#returned(model.definition.id) });
  }

  /** Whether the assistant shows the citizen's return from the payment provider instead of the form. */
  get returning(): boolean {
    return this.view !== undefined && this.view.kind !== 'due';
  }

  #submitted({ reference, payment, payload }: IntakeReceipt & { payload: { form: { id: string } } }): void {
    const start = payment && reference ? this.#resolve(payment.redirectUrl) : undefined;
    if (!payment || !reference || !start) return;
    const record: PaymentRecord = { reference, id: payment.id, start };
    // Kept even with drafts="off": no answer is in it, only what tells this tab's return from another page's.
    storage()?.setItem(key(payload.form.id), JSON.stringify(record));
    this.view = { kind: 'due', reference, href: payLink(start) };
    this.host.requestUpdate();
  }

  /** After a reload: the citizen is back from the provider when the address names the payment this tab started. */
  async #returned(formId: string): Promise<void> {
    this.view = undefined;
    const reference = new URLSearchParams(location.search).get(PAYMENT_RETURN_PARAMETER);
    const record = reference ? recordOf(storage()?.getItem(key(formId))) : undefined;
    if (!record || record.reference !== reference || !this.host.endpoint) return;
    this.view = { kind: 'checking', reference };
    this.host.requestUpdate();
    const href = payLink(record.start);
    try {
      // GET <endpoint>/<reference>/payment?id=<payment id>: the intake asks the provider.
      const url = new URL(this.host.endpoint, location.href);
      url.pathname = `${url.pathname.replace(/\/+$/u, '')}/${encodeURIComponent(reference)}/payment`;
      url.search = new URLSearchParams({ id: record.id }).toString();
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal: AbortSignal.timeout(15_000) });
      const body: unknown = response.ok ? await response.json() : undefined;
      const status = field(body, 'status');
      const amount = field(body, 'amount');
      const known = STATUSES.find((s) => s === status);
      this.view = known
        ? { kind: 'result', reference, href, status: known, ...(typeof amount === 'number' && { amount }) }
        : { kind: 'unknown', reference, href };
    } catch {
      this.view = { kind: 'unknown', reference, href };
    }
    this.host.requestUpdate();
  }

  /** The intake's start address, absolute, only over http(s) (never a `javascript:` link from a hostile answer). */
  #resolve(address: string): string | undefined {
    try {
      const url = new URL(address, new URL(this.host.endpoint ?? '', location.href));
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }
}

/** "Jetzt bezahlen": the start address with this page (without an earlier return marker) to come back to. */
function payLink(start: string): string {
  const back = new URL(location.href);
  back.searchParams.delete(PAYMENT_RETURN_PARAMETER);
  back.hash = '';
  const url = new URL(start);
  url.searchParams.set('return', back.href);
  return url.href;
}

const key = (formId: string) => `antrag.payment.v1.${formId}`;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;
}

function recordOf(text: string | null | undefined): PaymentRecord | undefined {
  try {
    const value: unknown = JSON.parse(text ?? 'null');
    const [reference, id, start] = [field(value, 'reference'), field(value, 'id'), field(value, 'start')];
    return typeof reference === 'string' && typeof id === 'string' && typeof start === 'string' ? { reference, id, start } : undefined;
  } catch {
    return undefined;
  }
}

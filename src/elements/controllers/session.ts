import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkDefinition, type AuthorityContact, type CheckedDefinition } from '../../definition/check-definition.js';
import { DefinitionError, type DefinitionIssue } from '../../definition/definition-issue.js';
import type { Definition } from '../../definition/schema.js';
import { createAssistantModel, type AssistantModel, type AssistantModelOptions } from '../../model/assistant-model.js';
import { derive, type Derived } from '../../model/derive.js';
import { resolvePrefill } from '../../model/prefill.js';
import type { Snapshot, Transition } from '../../model/snapshot.js';
import { antragEvent } from '../events.js';

/** What the session reads from its element. */
export interface SessionHost extends ReactiveControllerHost, HTMLElement {
  src: string | undefined;
  definition: unknown;
  prefill: Record<string, unknown> | undefined;
  claims: Record<string, unknown> | undefined;
}

/** An effect that follows the session: told when a model starts, and of every transition. */
export interface SessionListener {
  started?(model: AssistantModel): void;
  changed?(snapshot: Snapshot, transition: Transition, model: AssistantModel): void;
}

/**
 * Owns the assistant's model: loads the definition (`src`, abortable, the latest request wins) or takes
 * it as an object, parses it, starts the model with prefill and a restored draft, and tells the other
 * controllers of every transition. A broken definition is shown and reported, never half-rendered.
 */
export class SessionController implements ReactiveController {
  model: AssistantModel | undefined;
  /** What is wrong with the definition, shown instead of the form. */
  issues: readonly DefinitionIssue[] | undefined;
  /** The authority and its contact as far as a broken definition still tells them (they are valid on their own). */
  authority: AuthorityContact = {};
  readonly #listeners: SessionListener[] = [];
  #unsubscribe: (() => void) | undefined;
  #derived: { snapshot: Snapshot; derived: Derived } | undefined;
  /** Counts definitions given: a check that finishes after a newer definition came is dropped. */
  #given = 0;
  /** The definition from `src`: only the last request's answer is used, earlier ones are aborted. */
  readonly #loader: Task<[string | undefined], { text: string; src: string } | undefined>;

  constructor(
    private readonly host: SessionHost,
    /** The draft to continue, read when a model starts. */
    private readonly restore: (definition: Definition) => Pick<AssistantModelOptions, 'restore' | 'draft'>,
  ) {
    host.addController(this);
    this.#loader = new Task(host, {
      // `src` is read only while no definition object is given.
      args: () => [host.definition === undefined ? host.src : undefined],
      task: async ([src], { signal }) => {
        if (!src) return undefined;
        try {
          const response = await fetch(src, { signal, headers: { Accept: 'application/json' } });
          if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
          return { text: await response.text(), src };
        } catch (error) {
          if (signal.aborted) throw error;
          const reason = error instanceof Error ? error.message : String(error);
          this.#given++; // A check still running for an earlier definition does not replace this message.
          this.#fail([{ pointer: '', message: `The definition could not be loaded from ${src}: ${reason}` }], src);
          return undefined;
        }
      },
      onComplete: (loaded) => loaded && this.use(loaded.text, loaded.src),
    });
  }

  /** Adds an effect that follows the session. */
  listen(listener: SessionListener): void {
    this.#listeners.push(listener);
  }

  /** The current snapshot and what follows from it, derived once per snapshot. */
  get current(): { snapshot: Snapshot; derived: Derived } | undefined {
    const model = this.model;
    if (!model) return undefined;
    const snapshot = model.getSnapshot();
    if (this.#derived?.snapshot !== snapshot) this.#derived = { snapshot, derived: derive(model.definition, snapshot) };
    return this.#derived;
  }

  /** The definition given as an object (the element's `definition` property). */
  given: unknown;
  /**
   * Given since the last update, with its check begun then (a stamped definition's digest runs while the
   * element connects, decision 0027; `checked` is missing if the check threw, which the update reports).
   * The form starts from it at the next update, as the element's other properties are read then.
   */
  #early: { checked: ReturnType<typeof checkDefinition> | undefined } | undefined;

  /** Takes the definition object and begins checking it, if it is another; returns the one it replaces. */
  give(value: unknown): unknown {
    const old = this.given;
    this.given = value;
    if (value !== old) this.#early = value === undefined ? undefined : { checked: attempt(() => checkDefinition(value)) };
    return old;
  }

  hostUpdate(): void {
    const early = this.#early;
    this.#early = undefined;
    if (early) this.use(this.given, 'definition property', early.checked);
  }

  /** A definition given as an object or JSON text (`source` names it in error reports). */
  use(input: unknown, source: string, checked = checkDefinition(input)): void {
    const given = ++this.#given;
    const finish = (result: CheckedDefinition) => {
      if (given !== this.#given) return;
      if (result.ok) this.#start(result.definition);
      else this.#fail(result.issues, source, result.authority);
    };
    if (checked instanceof Promise) void checked.then(finish);
    else finish(checked);
  }

  hostDisconnected(): void {
    this.#loader.abort();
  }

  #start(definition: Definition): void {
    this.#unsubscribe?.();
    // Read once when the form starts: later changes to the page URL or the properties do not overwrite answers.
    const prefill = resolvePrefill(definition, { host: this.host.prefill, query: location.search, claims: this.host.claims });
    const model = createAssistantModel(definition, {
      prefill: prefill.values,
      prefillSources: prefill.sources,
      ...this.restore(definition),
    });
    this.model = model;
    this.issues = undefined;
    this.#unsubscribe = model.subscribe((snapshot, transition) => {
      for (const listener of this.#listeners) listener.changed?.(snapshot, transition, model);
      this.#stepChange(snapshot, transition);
      this.host.requestUpdate();
    });
    for (const listener of this.#listeners) listener.started?.(model);
    this.host.requestUpdate();
    this.host.dispatchEvent(antragEvent('antrag-ready', { formId: definition.id, version: definition.version }));
  }

  /** `antrag-step-change` whenever another page shows (not when a step only gains its error summary). */
  #stepChange(snapshot: Snapshot, transition: Transition): void {
    if (transition.kind !== 'moved' && transition.kind !== 'sent' && transition.kind !== 'rejected') return;
    const view = snapshot.view;
    const step = view.kind === 'step' ? (this.model?.definition.steps[view.index]?.id ?? '') : view.kind;
    this.host.dispatchEvent(antragEvent('antrag-step-change', { step, index: view.kind === 'step' ? view.index : -1 }));
  }

  #fail(issues: readonly DefinitionIssue[], source: string, authority: AuthorityContact = {}): void {
    this.#unsubscribe?.();
    this.model = undefined;
    this.issues = issues;
    this.authority = authority;
    this.host.requestUpdate();
    // The console is where a municipal developer looks first; the element shows the same list.
    console.error(new DefinitionError(issues, source));
    this.host.dispatchEvent(antragEvent('antrag-definition-error', { issues }));
  }
}

/** `run()`'s result, or undefined if it threw. */
function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

import type { EditorState } from '@codemirror/state';
import { getJsonPointers } from 'codemirror-json-schema';
import { parseDefinition } from '../../../src/core.js';

/** One problem of the definition being edited: where (JSON pointer, line, offset) and what. */
export interface Problem {
  pointer: string;
  line: number;
  from: number;
  message: string;
}

/**
 * The problems `<antrag-assistant>` would report for the editor's text, found by the library's own
 * `parseDefinition`, each with its JSON pointer and the line it is on: the pointer's key (or value) when it
 * is in the text, else the nearest enclosing one that is (a missing property is reported at its object).
 */
export function findProblems(state: EditorState): { problems: Problem[]; value: unknown } {
  const text = state.doc.toString();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/u.exec(message);
    const from = Math.min(at ? Number(at[1]) : 0, state.doc.length);
    return {
      problems: [{ pointer: '', line: state.doc.lineAt(from).number, from, message: `Kein gültiges JSON: ${message}` }],
      value: undefined,
    };
  }
  const result = parseDefinition(value);
  if (result.ok) return { problems: [], value };
  // codemirror-json-schema's MODES.JSON, which its package does not export.
  const pointers = getJsonPointers(state, 'json4' as Parameters<typeof getJsonPointers>[1]);
  const problems = result.issues.map((issue) => {
    const from = positionOf(pointers, issue.pointer);
    return { pointer: issue.pointer, line: state.doc.lineAt(from).number, from, message: issue.message };
  });
  return { problems, value };
}

function positionOf(pointers: ReturnType<typeof getJsonPointers>, pointer: string): number {
  for (let at = pointer; ; at = at.slice(0, Math.max(0, at.lastIndexOf('/')))) {
    const found = pointers.get(at);
    if (found) return found.keyFrom;
    if (at === '') return 0;
  }
}

import { getContext, setContext } from "svelte";

/** What a `Field` tells the control it labels: the message under it, the error state, whether it is required. */
export type FieldState = { id: string; describedby: string | undefined; invalid: boolean; required: boolean };

const key = Symbol("field");

export function provideField(state: FieldState): void {
  setContext(key, state);
}

/** The surrounding `Field`'s state, if any (it concerns a control only when the ids match). */
export function surroundingField(): FieldState | null {
  return getContext<FieldState | undefined>(key) ?? null;
}

import type { CombinedError } from "@urql/core";
import { SvelteSet } from "svelte/reactivity";
import { fieldErrors } from "$lib/graphql/errors";
import type { Outcome } from "$lib/graphql/mutate";
import { t } from "$lib/i18n";

export type FormOptions<Draft, Saved> = {
  /** The draft the form starts from, and goes back to on `reset()`. Forms whose values live elsewhere leave it out. */
  draft?: () => Draft;
  /** Problems found before asking the server, by input path (e.g. `input.fullName`). */
  validate?: (draft: Draft) => Record<string, string>;
  /** The action: usually one of `features/<domain>/actions.ts`. */
  save: (draft: Draft) => Promise<Outcome<Saved>>;
  saved?: (saved: Saved) => unknown;
  /** The server's refusals by input path; `fieldErrors` unless the form moves some (the card does). */
  fields?: (error: CombinedError | null) => Record<string, string>;
};

/**
 * A form's state in one place: the draft, whether it is saving, and its field errors (the ones
 * found before sending and the server's, by input path). `submit` is the form's `onsubmit`.
 */
export class Form<Draft, Saved = unknown> {
  #options: FormOptions<Draft, Saved>;
  draft = $state() as Draft;
  saving = $state(false);
  /** The last refusal of the server; null after a success or a new submit. */
  error = $state.raw<CombinedError | null>(null);
  /** Problems found before sending. */
  local = $state.raw<Record<string, string>>({});
  /** The server's refusals by input path. */
  readonly server = $derived(this.#fieldErrors(this.error));
  /** Every problem by input path; a problem found here wins over the server's. */
  readonly errors = $derived({ ...this.server, ...this.local });
  /** A refusal no control shows (goes to an alert above the buttons). */
  readonly unplaced = $derived(this.error && Object.keys(this.server).length === 0 ? this.error : null);

  constructor(options: FormOptions<Draft, Saved>) {
    this.#options = options;
    this.draft = options.draft ? options.draft() : (undefined as Draft);
  }

  #fieldErrors(error: CombinedError | null): Record<string, string> {
    return (this.#options.fields ?? fieldErrors)(error);
  }

  /** Validates, saves and hands the result to `saved`; resolves to whether it was saved. */
  submit = async (event?: Event): Promise<boolean> => {
    event?.preventDefault();
    if (this.saving) return false;
    this.error = null;
    this.local = this.#options.validate?.(this.draft) ?? {};
    if (Object.keys(this.local).length > 0) return false;
    this.saving = true;
    const result = await this.#options.save(this.draft);
    this.saving = false;
    if (!result.ok) {
      this.error = result.error;
      return false;
    }
    await this.#options.saved?.(result.data);
    return true;
  };

  /** Starts over from `draft` (or the initial draft) with no problems shown. */
  reset(draft?: Draft): void {
    if (draft !== undefined) this.draft = draft;
    else if (this.#options.draft) this.draft = this.#options.draft();
    this.clearErrors();
  }

  clearErrors(): void {
    this.error = null;
    this.local = {};
  }

  /** Drops the marks of fields the user has just changed. */
  forget(...paths: string[]): void {
    if (paths.some((p) => p in this.local)) this.local = Object.fromEntries(Object.entries(this.local).filter(([p]) => !paths.includes(p)));
    if (this.error && paths.some((p) => p in this.server)) this.error = null;
  }
}

/**
 * Which actions are running, by key (a row's id), so each button disables while its own action runs.
 * `run(action)` without a key is the one busy flag of a block.
 */
export class Busy<Key = string> {
  #keys = new SvelteSet<Key | typeof ANY>();

  has(key: Key): boolean {
    return this.#keys.has(key);
  }

  get active(): boolean {
    return this.#keys.size > 0;
  }

  async run<T>(action: () => Promise<T>, key?: Key): Promise<T> {
    const k = key === undefined ? ANY : key;
    this.#keys.add(k);
    try {
      return await action();
    } finally {
      this.#keys.delete(k);
    }
  }
}

const ANY = Symbol("any");

/** «Обязательное поле» at each input path whose text is blank: `validate` of simple forms. */
export function requireFilled(values: Record<string, string>): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [path, value] of Object.entries(values)) if (!value.trim()) found[path] = t("common.required");
  return found;
}

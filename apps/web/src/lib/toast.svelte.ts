/** A short message in the corner: saves, refusals and conflicts that belong to no single field. */
export type Toast = {
  id: number;
  tone: "error" | "success" | "info";
  message: string;
  /** An optional button, e.g. «Обновить карточку» after a CONFLICT. */
  action?: { label: string; run: () => void };
  testid?: string;
};

export const toasts = $state<{ items: Toast[] }>({ items: [] });

let nextId = 1;

/** Shows a toast; success and info ones go away by themselves, errors stay until dismissed. */
export function toast(input: Omit<Toast, "id">): number {
  const id = nextId++;
  toasts.items = [...toasts.items.filter((item) => item.message !== input.message), { ...input, id }].slice(-4);
  if (input.tone !== "error") setTimeout(() => dismissToast(id), 5000);
  return id;
}

export function dismissToast(id: number): void {
  toasts.items = toasts.items.filter((item) => item.id !== id);
}

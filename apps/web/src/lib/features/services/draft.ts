import type {
  OrderFormFieldInput,
  OrderFormFieldType,
  ServiceCreateInput,
  ServiceDetailsFragment,
  ServiceKind,
  ServiceUpdateInput,
} from "$lib/graphql/generated/graphql";
import { slaMinutes, slaParts, type SlaParts } from "./sla";

export const SERVICE_KINDS = ["STANDARD", "APPOINTMENT", "PAID"] as const satisfies readonly ServiceKind[];
export const FIELD_TYPES = ["TEXT", "NUMBER", "DATE", "SELECT", "CHECKBOX"] as const satisfies readonly OrderFormFieldType[];
export const MAX_EXECUTORS = 4;
export const MAX_FORM_FIELDS = 30;
/** Same rule as the API: lower-case latin, digits and _, starting with a letter, ≤ 40 characters. */
export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

export type OrderFormFieldDraft = {
  /** Local identity for keyed rendering; never sent. */
  uid: number;
  key: string;
  label: string;
  type: OrderFormFieldType;
  required: boolean;
  options: string[];
  /**
   * The key follows the label (a new field); false once it was typed by hand or the field was
   * saved — orders keep their answers under the key, so a saved key never changes by itself.
   */
  autoKey: boolean;
};

/** The service form's state; an SLA is days and hours as typed, both empty meaning «no limit». */
export type ServiceDraft = {
  name: string;
  description: string;
  kind: ServiceKind;
  departmentId: string;
  active: boolean;
  slaReaction: SlaParts;
  slaExecution: SlaParts;
  maxExecutors: number;
  residentMayReopen: boolean;
  documentRequiredToClose: boolean;
  checklistRequiredToClose: boolean;
  refundsAllowed: boolean;
  routingEnabled: boolean;
  orderForm: OrderFormFieldDraft[];
  checklist: ChecklistItemDraft[];
};

/** An item of the checklist template; `uid` is local identity for keyed rendering, never sent. */
export type ChecklistItemDraft = { uid: number; title: string; required: boolean; photoRequired: boolean; noteRequired: boolean };

export const MAX_CHECKLIST_ITEMS = 50;

export function checklistItemDraft(item?: Partial<Omit<ChecklistItemDraft, "uid">>): ChecklistItemDraft {
  return { uid: nextUid++, title: "", required: true, photoRequired: false, noteRequired: false, ...item };
}

let nextUid = 1;

export function fieldDraft(field?: Partial<Omit<OrderFormFieldDraft, "uid">>): OrderFormFieldDraft {
  return { uid: nextUid++, key: "", label: "", type: "TEXT", required: false, options: [], autoKey: false, ...field };
}

export function serviceDraft(service?: ServiceDetailsFragment | null): ServiceDraft {
  return {
    name: service?.name ?? "",
    description: service?.description ?? "",
    kind: service?.kind ?? "STANDARD",
    departmentId: service?.department?.id ?? "",
    active: service?.active ?? true,
    slaReaction: slaParts(service?.slaReactionMinutes),
    slaExecution: slaParts(service?.slaExecutionMinutes),
    maxExecutors: service?.maxExecutors ?? 1,
    residentMayReopen: service?.residentMayReopen ?? true,
    documentRequiredToClose: service?.documentRequiredToClose ?? false,
    checklistRequiredToClose: service?.checklistRequiredToClose ?? false,
    refundsAllowed: service?.refundsAllowed ?? false,
    routingEnabled: service?.routingEnabled ?? false,
    orderForm: (service?.orderForm ?? []).map((f) => fieldDraft({ ...f, options: [...f.options] })),
    checklist: (service?.checklistTemplate ?? []).map((item) => checklistItemDraft(item)),
  };
}

function orderFormInput(fields: readonly OrderFormFieldDraft[]): OrderFormFieldInput[] {
  return fields.map((f) => ({
    key: f.key.trim(),
    label: f.label.trim(),
    type: f.type,
    required: f.required,
    ...(f.type === "SELECT" ? { options: f.options } : {}),
  }));
}

function commonInput(draft: ServiceDraft) {
  const minutes = (parts: SlaParts) => {
    const parsed = slaMinutes(parts);
    return parsed.ok ? parsed.minutes : null;
  };
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    active: draft.active,
    slaReactionMinutes: minutes(draft.slaReaction),
    slaExecutionMinutes: minutes(draft.slaExecution),
    maxExecutors: draft.maxExecutors,
    residentMayReopen: draft.residentMayReopen,
    documentRequiredToClose: draft.documentRequiredToClose,
    checklistRequiredToClose: draft.checklistRequiredToClose,
    refundsAllowed: draft.kind === "PAID" && draft.refundsAllowed,
    routingEnabled: draft.routingEnabled,
    orderForm: orderFormInput(draft.orderForm),
    checklistTemplate: draft.checklist.map(({ title, required, photoRequired, noteRequired }) => ({ title: title.trim(), required, photoRequired, noteRequired })),
  };
}

/** The same input serves create and update: every setting the form shows is sent. */
export function serviceInput(draft: ServiceDraft): ServiceCreateInput & ServiceUpdateInput {
  return {
    ...commonInput(draft),
    departmentId: draft.departmentId || null,
    description: draft.description.trim() || null,
  };
}

/**
 * Problems the API would refuse anyway, found before sending, keyed like `extensions.field`
 * (`input.orderForm[2].key`). Values are catalog keys.
 */
export function serviceDraftProblems(draft: ServiceDraft) {
  const problems: Record<string, ProblemKey> = {};
  if (!draft.name.trim()) problems["input.name"] = "common.required";
  if (!slaMinutes(draft.slaReaction).ok) problems["input.slaReactionMinutes"] = "services.slaInvalid";
  if (!slaMinutes(draft.slaExecution).ok) problems["input.slaExecutionMinutes"] = "services.slaInvalid";
  if (draft.orderForm.length > MAX_FORM_FIELDS) problems["input.orderForm"] = "services.form.tooMany";
  const seen = new Set<string>();
  draft.orderForm.forEach((f, i) => {
    const key = f.key.trim();
    const at = `input.orderForm[${i}]`;
    if (!FIELD_KEY_PATTERN.test(key)) problems[`${at}.key`] = "services.form.keyInvalid";
    else if (seen.has(key)) problems[`${at}.key`] = "services.form.keyDuplicate";
    seen.add(key);
    if (!f.label.trim()) problems[`${at}.label`] = "common.required";
    if (f.type === "SELECT" && f.options.length === 0) problems[`${at}.options`] = "services.form.optionsRequired";
  });
  if (draft.checklist.length > MAX_CHECKLIST_ITEMS) problems["input.checklistTemplate"] = "services.form.tooMany";
  draft.checklist.forEach((item, i) => {
    if (!item.title.trim()) problems[`input.checklistTemplate[${i}].title`] = "common.required";
  });
  return problems;
}

type ProblemKey =
  | "common.required"
  | "services.slaInvalid"
  | "services.form.tooMany"
  | "services.form.keyInvalid"
  | "services.form.keyDuplicate"
  | "services.form.optionsRequired";

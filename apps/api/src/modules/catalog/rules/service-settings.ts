import type { ChecklistTemplateItem, OrderFormField, OrderFormFieldType } from "@domovoy/db/schema";
import { MAX_EXECUTORS_LIMIT, type ModuleReason } from "@domovoy/domain";

export type { ChecklistTemplateItem, OrderFormField, OrderFormFieldType };

export const SERVICE_KINDS = ["STANDARD", "APPOINTMENT", "PAID"] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const ORDER_FORM_FIELD_TYPES = ["TEXT", "NUMBER", "DATE", "SELECT", "CHECKBOX"] as const satisfies readonly OrderFormFieldType[];

export const SERVICE_LIMITS = {
  minExecutors: 1,
  maxExecutors: MAX_EXECUTORS_LIMIT,
  /** A year; an SLA longer than that is a typo, and it keeps the value far inside int4. */
  maxSlaMinutes: 525_600,
  maxOrderFormFields: 30,
  orderFormKey: /^[a-z][a-z0-9_]{0,39}$/,
  maxLabelLength: 100,
  maxOptions: 50,
  maxOptionLength: 100,
  maxChecklistItems: 50,
  maxChecklistTitleLength: 200,
  maxPriceItemNameLength: 200,
  maxUnitLength: 20,
  maxPosition: 10_000,
} as const;

export type SettingsProblemReason = ModuleReason<"catalog">;

export type SettingsProblem = { reason: SettingsProblemReason; field: string; message: string };

/** The settings a service would have after the change (stored values merged with the input). */
export type ServiceSettings = {
  kind: ServiceKind;
  slaReactionMinutes: number | null;
  slaExecutionMinutes: number | null;
  maxExecutors: number;
  refundsAllowed: boolean;
  orderForm: OrderFormField[];
  checklistTemplate: ChecklistTemplateItem[];
};

/** What the database says about the change, looked up by the caller. */
export type ServiceFacts = {
  /** The chosen department belongs to the service's organization (true when none is chosen). */
  departmentFound: boolean;
  /** Active price-list items the service has, or is created with. */
  activePriceListItems: number;
  /**
   * Keys of the order form as stored. Answers already live under them, so they stay valid even
   * when they predate the key pattern; only new keys must follow it.
   */
  storedOrderFormKeys: ReadonlySet<string>;
};

export type OrderFormFieldDraft = {
  key: string;
  label: string;
  type: OrderFormFieldType;
  required?: boolean | null;
  options?: readonly string[] | null;
};

const problem = (reason: SettingsProblemReason, field: string, message: string): SettingsProblem => ({ reason, field, message });

/** Trimmed fields with defaults filled in; nothing is dropped, so every mistake is still reported. */
export function normalizeOrderForm(fields: readonly OrderFormFieldDraft[]): OrderFormField[] {
  return fields.map((f) => ({
    key: f.key.trim(),
    label: f.label.trim(),
    type: f.type,
    required: f.required ?? false,
    options: (f.options ?? []).map((o) => o.trim()),
  }));
}

export type ChecklistItemDraft = { title: string; required?: boolean | null; photoRequired?: boolean | null; noteRequired?: boolean | null };

export function normalizeChecklist(items: readonly ChecklistItemDraft[]): Required<ChecklistTemplateItem>[] {
  return items.map((item) => ({
    title: item.title.trim(),
    required: item.required ?? true,
    photoRequired: item.photoRequired ?? false,
    noteRequired: item.noteRequired ?? false,
  }));
}

function slaProblem(value: number | null, field: string): SettingsProblem | null {
  if (value === null) return null;
  if (Number.isInteger(value) && value >= 1 && value <= SERVICE_LIMITS.maxSlaMinutes) return null;
  return problem("SLA_INVALID", field, `Срок SLA — целое число минут от 1 до ${SERVICE_LIMITS.maxSlaMinutes}, или пусто`);
}

function orderFormProblems(fields: readonly OrderFormField[], storedKeys: ReadonlySet<string>): SettingsProblem[] {
  const L = SERVICE_LIMITS;
  const problems: SettingsProblem[] = [];
  if (fields.length > L.maxOrderFormFields) {
    problems.push(problem("ORDER_FORM_TOO_LONG", "input.orderForm", `Не больше ${L.maxOrderFormFields} полей в форме заказа`));
  }
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    const at = `input.orderForm[${i}]`;
    if (!storedKeys.has(f.key) && !L.orderFormKey.test(f.key)) {
      problems.push(
        problem("ORDER_FORM_KEY_INVALID", `${at}.key`, "Ключ: латинские строчные буквы, цифры и _, начинается с буквы, до 40 символов"),
      );
    }
    if (seen.has(f.key)) problems.push(problem("ORDER_FORM_KEY_DUPLICATE", `${at}.key`, `Ключ «${f.key}» уже есть в форме`));
    seen.add(f.key);
    if (!f.label) problems.push(problem("ORDER_FORM_LABEL_REQUIRED", `${at}.label`, "Укажите название поля"));
    else if (f.label.length > L.maxLabelLength) {
      problems.push(problem("ORDER_FORM_LABEL_TOO_LONG", `${at}.label`, `Название поля не длиннее ${L.maxLabelLength} символов`));
    }
    if (!(ORDER_FORM_FIELD_TYPES as readonly string[]).includes(f.type)) {
      problems.push(problem("ORDER_FORM_TYPE_INVALID", `${at}.type`, "Неизвестный тип поля"));
      return;
    }
    if (f.type !== "SELECT") {
      if (f.options.length > 0) {
        problems.push(problem("ORDER_FORM_OPTIONS_NOT_ALLOWED", `${at}.options`, "Варианты ответа бывают только у поля-списка"));
      }
      return;
    }
    if (f.options.length === 0) {
      problems.push(problem("ORDER_FORM_OPTIONS_REQUIRED", `${at}.options`, "У поля-списка должен быть хотя бы один вариант"));
    } else if (f.options.length > L.maxOptions) {
      problems.push(problem("ORDER_FORM_OPTIONS_TOO_MANY", `${at}.options`, `Не больше ${L.maxOptions} вариантов`));
    }
    const options = new Set<string>();
    f.options.forEach((option, j) => {
      if (!option || option.length > L.maxOptionLength || options.has(option)) {
        problems.push(
          problem("ORDER_FORM_OPTION_INVALID", `${at}.options[${j}]`, `Вариант не пустой, не длиннее ${L.maxOptionLength} символов и не повторяется`),
        );
      }
      options.add(option);
    });
  });
  return problems;
}

function checklistProblems(items: readonly ChecklistTemplateItem[]): SettingsProblem[] {
  const L = SERVICE_LIMITS;
  const problems: SettingsProblem[] = [];
  if (items.length > L.maxChecklistItems) {
    problems.push(problem("CHECKLIST_TOO_LONG", "input.checklistTemplate", `Не больше ${L.maxChecklistItems} пунктов чек-листа`));
  }
  items.forEach((item, i) => {
    const field = `input.checklistTemplate[${i}].title`;
    if (!item.title) problems.push(problem("CHECKLIST_TITLE_REQUIRED", field, "Укажите текст пункта чек-листа"));
    else if (item.title.length > L.maxChecklistTitleLength) {
      problems.push(problem("CHECKLIST_TITLE_TOO_LONG", field, `Пункт чек-листа не длиннее ${L.maxChecklistTitleLength} символов`));
    }
  });
  return problems;
}

/** Every problem with a service's settings, in input order; empty when they may be saved. */
export function serviceSettingsProblems(settings: ServiceSettings, facts: ServiceFacts): SettingsProblem[] {
  const L = SERVICE_LIMITS;
  const problems: SettingsProblem[] = [];
  if (!facts.departmentFound) problems.push(problem("DEPARTMENT_NOT_FOUND", "input.departmentId", "Подразделение не найдено"));
  if (settings.kind !== "PAID" && facts.activePriceListItems > 0) {
    problems.push(
      problem("PRICE_LIST_REQUIRES_PAID", "input.kind", "Прайс-лист бывает только у платной услуги: сначала отключите его позиции"),
    );
  }
  if (settings.kind !== "PAID" && settings.refundsAllowed) {
    problems.push(problem("REFUNDS_REQUIRE_PAID", "input.refundsAllowed", "Возвраты возможны только для платной услуги"));
  }
  for (const [value, field] of [
    [settings.slaReactionMinutes, "input.slaReactionMinutes"],
    [settings.slaExecutionMinutes, "input.slaExecutionMinutes"],
  ] as const) {
    const p = slaProblem(value, field);
    if (p) problems.push(p);
  }
  if (!Number.isInteger(settings.maxExecutors) || settings.maxExecutors < L.minExecutors || settings.maxExecutors > L.maxExecutors) {
    problems.push(
      problem("MAX_EXECUTORS_OUT_OF_RANGE", "input.maxExecutors", `Исполнителей может быть от ${L.minExecutors} до ${L.maxExecutors}`),
    );
  }
  problems.push(...orderFormProblems(settings.orderForm, facts.storedOrderFormKeys));
  problems.push(...checklistProblems(settings.checklistTemplate));
  return problems;
}

export type PriceListItemDraft = { name: string; unit: string; unitPrice: bigint; position: number };

/** Problems with a price-list item of a service of the given kind; `at` is the item's input path. */
export function priceListItemProblems(item: PriceListItemDraft, kind: ServiceKind, at = "input"): SettingsProblem[] {
  const L = SERVICE_LIMITS;
  const problems: SettingsProblem[] = [];
  if (kind !== "PAID") problems.push(problem("PRICE_LIST_REQUIRES_PAID", at, "Прайс-лист бывает только у платной услуги"));
  if (!item.name) problems.push(problem("PRICE_ITEM_NAME_REQUIRED", `${at}.name`, "Укажите название позиции"));
  else if (item.name.length > L.maxPriceItemNameLength) {
    problems.push(problem("PRICE_ITEM_NAME_TOO_LONG", `${at}.name`, `Название позиции не длиннее ${L.maxPriceItemNameLength} символов`));
  }
  if (!item.unit || item.unit.length > L.maxUnitLength) {
    problems.push(problem("PRICE_ITEM_UNIT_INVALID", `${at}.unit`, `Единица измерения: от 1 до ${L.maxUnitLength} символов`));
  }
  if (item.unitPrice < 0n) problems.push(problem("PRICE_NEGATIVE", `${at}.unitPrice`, "Цена не может быть отрицательной"));
  if (!Number.isInteger(item.position) || item.position < 0 || item.position > L.maxPosition) {
    problems.push(problem("POSITION_INVALID", `${at}.position`, `Позиция — целое число от 0 до ${L.maxPosition}`));
  }
  return problems;
}

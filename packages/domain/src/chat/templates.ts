/**
 * Reply templates (§19): an organization's canned answers with placeholders in braces, rendered
 * for one order when a dispatcher inserts them into the chat composer.
 */
export const REPLY_TEMPLATE_PLACEHOLDERS = [
  "client_name",
  "client_first_name",
  "order_number",
  "service_name",
  "address",
  "employee_name",
  "employee_first_name",
  "organization_name",
] as const;

export type ReplyTemplatePlaceholder = (typeof REPLY_TEMPLATE_PLACEHOLDERS)[number];

/** What a template is rendered from; absent values render as an empty string. */
export type ReplyTemplateValues = {
  clientName?: string | null;
  orderNumber?: number | null;
  serviceName?: string | null;
  address?: string | null;
  employeeName?: string | null;
  organizationName?: string | null;
};

export const REPLY_TEMPLATE_MAX_TITLE = 100;
export const REPLY_TEMPLATE_MAX_TEXT = 4000;

/**
 * Russian full names are written «Фамилия Имя Отчество»: the first name is the second word of a
 * three-word name, otherwise the first word (a name typed as «Ирина» or «Ирина Петрова»).
 */
export function firstNameOf(fullName: string | null | undefined): string {
  const words = (fullName ?? "").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "";
  return words.length >= 3 ? words[1]! : words[0]!;
}

function valueOf(key: ReplyTemplatePlaceholder, values: ReplyTemplateValues): string {
  switch (key) {
    case "client_name":
      return values.clientName?.trim() ?? "";
    case "client_first_name":
      return firstNameOf(values.clientName);
    case "order_number":
      return values.orderNumber == null ? "" : String(values.orderNumber);
    case "service_name":
      return values.serviceName?.trim() ?? "";
    case "address":
      return values.address?.trim() ?? "";
    case "employee_name":
      return values.employeeName?.trim() ?? "";
    case "employee_first_name":
      return firstNameOf(values.employeeName);
    case "organization_name":
      return values.organizationName?.trim() ?? "";
  }
}

const PLACEHOLDER = /\{([a-z_]+)\}/g;

function isPlaceholder(key: string): key is ReplyTemplatePlaceholder {
  return (REPLY_TEMPLATE_PLACEHOLDERS as readonly string[]).includes(key);
}

/** Replaces known placeholders; unknown ones stay as typed so a typo is visible, not silently lost. */
export function renderReplyTemplate(text: string, values: ReplyTemplateValues): string {
  return text.replace(PLACEHOLDER, (match, key: string) => (isPlaceholder(key) ? valueOf(key, values) : match));
}

/** Placeholders in a template that are not known; the directory refuses to save such a template. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const [, key] of text.matchAll(PLACEHOLDER)) if (key && !isPlaceholder(key)) unknown.add(key);
  return [...unknown];
}

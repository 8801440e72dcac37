import type { replyTemplates } from "../schema/index.js";
import type { SeedRows } from "./build.js";
import { seedUuid } from "./random.js";

/** Reply templates every demo organization starts with (§19); placeholders as in @domovoy/domain. */
const TEMPLATES = [
  ["Заявка принята", "Здравствуйте, {client_first_name}! Ваша заявка №{order_number} «{service_name}» принята. Мы сообщим, когда назначим исполнителя."],
  ["Мастер назначен", "{client_first_name}, по заявке №{order_number} назначен мастер. Он свяжется с вами перед визитом."],
  ["Нужен доступ в квартиру", "Здравствуйте, {client_first_name}! Для выполнения заявки №{order_number} нужен доступ по адресу {address}. Подскажите, когда вам удобно?"],
  ["Работы выполнены", "Работы по заявке №{order_number} выполнены. Пожалуйста, оцените качество в приложении. С уважением, {employee_first_name}, {organization_name}."],
] as const;

export function buildReplyTemplates(built: SeedRows, now: Date): (typeof replyTemplates.$inferInsert)[] {
  return built.organizations.flatMap((organization) =>
    TEMPLATES.map(([title, text], index) => ({
      id: seedUuid("reply-template", organization.slug, index),
      organizationId: organization.id!,
      title,
      text,
      createdAt: now,
      updatedAt: now,
    })),
  );
}

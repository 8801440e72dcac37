import { REPLY_TEMPLATE_MAX_TEXT, REPLY_TEMPLATE_MAX_TITLE, renderReplyTemplate, unknownPlaceholders, type ReplyTemplateValues } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { requireEmployee, requirePermission } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { badInput, notFound } from "../../shared/errors.js";
import { requiredText } from "../../shared/validate.js";
import type { OrdersService } from "../orders/orders.service.js";
import { ChatRepository, templateContextOf, type ReplyTemplateRow } from "./chat.repository.js";

/**
 * Reply templates (§19), managed in «Справочники» with SERVICES_MANAGE (the permission of the
 * organization's reference data); every employee reads them and inserts them rendered for an order.
 */
export class ReplyTemplatesService {
  constructor(
    private readonly deps: AppDeps,
    private readonly orders: OrdersService,
  ) {}

  private repo(organizationId: string) {
    return new ChatRepository(this.deps.database.db, organizationId);
  }

  list(viewer: Viewer): Promise<ReplyTemplateRow[]> {
    const v = requireEmployee(viewer);
    return this.repo(v.organizationId).templates();
  }

  private clean(input: { title?: string | null; text?: string | null }, partial: boolean) {
    const title = input.title == null && partial ? undefined : requiredText(input.title, "input.title", REPLY_TEMPLATE_MAX_TITLE);
    const text = input.text == null && partial ? undefined : requiredText(input.text, "input.text", REPLY_TEMPLATE_MAX_TEXT);
    const unknown = text ? unknownPlaceholders(text) : [];
    if (unknown.length > 0) throw badInput(`Неизвестные подстановки: ${unknown.map((k) => `{${k}}`).join(", ")}`, "input.text", "UNKNOWN_PLACEHOLDER");
    return { title, text };
  }

  create(viewer: Viewer, input: { title: string; text: string }): Promise<ReplyTemplateRow> {
    const v = requirePermission(viewer, "SERVICES_MANAGE");
    const { title, text } = this.clean(input, false);
    return this.repo(v.organizationId).insertTemplate({ title: title!, text: text!, createdAt: this.deps.clock.now() });
  }

  async update(viewer: Viewer, id: string, input: { title?: string | null; text?: string | null }): Promise<ReplyTemplateRow> {
    const v = requirePermission(viewer, "SERVICES_MANAGE");
    const values = this.clean(input, true);
    const row = await this.repo(v.organizationId).updateTemplate(id, {
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.text !== undefined ? { text: values.text } : {}),
      updatedAt: this.deps.clock.now(),
    });
    if (!row) throw notFound("Шаблон");
    return row;
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const v = requirePermission(viewer, "SERVICES_MANAGE");
    if (!(await this.repo(v.organizationId).templateById(id))) throw notFound("Шаблон");
    return this.repo(v.organizationId).deleteTemplate(id);
  }

  /** The values templates are rendered from for one order the employee may see. */
  async valuesFor(viewer: Viewer, orderId: string, employeeName: string): Promise<ReplyTemplateValues> {
    const v = requireEmployee(viewer);
    const order = await this.orders.get(v, orderId);
    const context = await templateContextOf(this.deps.database.db, v.organizationId, order.id);
    if (!context) throw notFound("Заявка");
    return {
      clientName: context.clientName,
      orderNumber: context.orderNumber,
      serviceName: context.serviceName,
      address: context.premiseNumber ? `${context.buildingAddress}, кв. ${context.premiseNumber}` : context.buildingAddress,
      employeeName,
      organizationName: context.organizationName,
    };
  }

  render(template: Pick<ReplyTemplateRow, "text">, values: ReplyTemplateValues): string {
    return renderReplyTemplate(template.text, values);
  }
}

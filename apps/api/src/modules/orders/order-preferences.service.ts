import { DEFAULT_ORDER_COLUMNS, ORDER_COLUMNS } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { requireEmployee } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { badInput } from "../../shared/errors.js";
import type { OrderFilter } from "./order-filter.type.js";
import { checkOrderFilter } from "./order-input.js";
import { OrderListRepository } from "./order-list.repository.js";
import type { OrderColumnValue, OrderListValue } from "./order.type.js";

/** An employee's saved filters and columns of each orders list. */
export class OrderPreferencesService {
  constructor(private readonly deps: AppDeps) {}

  private repo(organizationId: string) {
    return new OrderListRepository(this.deps.database.db, organizationId);
  }

  async preferences(viewer: Viewer, list: OrderListValue) {
    const v = requireEmployee(viewer);
    const row = await this.repo(v.organizationId).preferences(v.employeeId, list);
    const filter = reviveFilter(row?.filters ?? {});
    const columns = (row?.columns ?? DEFAULT_ORDER_COLUMNS).filter((c): c is OrderColumnValue => (ORDER_COLUMNS as readonly string[]).includes(c));
    return { filter, activeFilterCount: activeFilterCount(filter), columns };
  }

  async savePreferences(viewer: Viewer, list: OrderListValue, values: { filter?: OrderFilter | null; columns?: OrderColumnValue[] | null }) {
    const v = requireEmployee(viewer);
    if (values.columns) {
      if (values.columns.length === 0) throw badInput("Оставьте хотя бы одну колонку", "columns", "NO_COLUMNS");
      if (new Set(values.columns).size !== values.columns.length) throw badInput("Колонка указана дважды", "columns", "DUPLICATE");
    }
    // A saved filter the list would refuse could never be opened again.
    if (values.filter) checkOrderFilter(values.filter, "filter");
    await this.repo(v.organizationId).savePreferences(
      v.employeeId,
      list,
      {
        ...(values.filter !== undefined ? { filters: values.filter ? JSON.parse(JSON.stringify(values.filter)) : null } : {}),
        ...(values.columns !== undefined ? { columns: values.columns } : {}),
      },
      this.deps.clock.now(),
    );
    return this.preferences(v, list);
  }
}

function reviveFilter(saved: Record<string, unknown>): OrderFilter {
  const filter = { ...saved } as OrderFilter & Record<string, unknown>;
  for (const key of ["createdFrom", "createdTo", "updatedFrom", "updatedTo"] as const) {
    if (typeof filter[key] === "string") filter[key] = new Date(filter[key] as unknown as string);
  }
  return filter;
}

/** How many filters apply, for the button's badge; the incident default does not count. */
export function activeFilterCount(filter: OrderFilter): number {
  return Object.entries(filter).filter(([key, value]) => {
    if (value == null) return false;
    if (Array.isArray(value)) return value.length > 0;
    if (key === "incident") return value !== "NOT_ATTACHED";
    return true;
  }).length;
}

import { DEFAULT_ROLE_PERMISSIONS } from "@domovoy/domain";
import { describe, expect, it } from "vitest";
import { navigation, visibleNavigation, type NavGroup } from "./nav";

/** Every item id a viewer would see, children as `parent/child`. */
function ids(groups: NavGroup[]): string[] {
  return groups.flatMap((group) => group.items.flatMap((item) => [item.id, ...(item.children ?? []).map((child) => `${item.id}/${child.id}`)]));
}

describe("visibleNavigation (#15 bug 7)", () => {
  it.each([
    ["executor: no «Интеграции», no dashboard, no «Роли доступа»", DEFAULT_ROLE_PERMISSIONS.Executor, ["directory/integrations", "dashboard", "directory/roles"], ["directory/departments"]],
    ["dispatcher: dashboard, no «Интеграции», no «Роли доступа»", DEFAULT_ROLE_PERMISSIONS.Dispatcher, ["directory/integrations", "directory/roles"], ["dashboard"]],
    ["administrator: everything", DEFAULT_ROLE_PERMISSIONS.Administrator, [], ["directory/integrations", "dashboard", "directory/roles", "directory/departments"]],
  ] as const)("%s", (_name, permissions, hidden, shown) => {
    const visible = ids(visibleNavigation(navigation, permissions));
    for (const id of hidden) expect(visible).not.toContain(id);
    for (const id of shown) expect(visible).toContain(id);
    expect(visible).toContain("orders");
    expect(visible).toContain("directory/services");
  });

  it("hides every item whose permission the viewer lacks, at any depth, and drops emptied groups", () => {
    const withoutAny = visibleNavigation(navigation, []);
    const walk = (groups: NavGroup[]) => groups.flatMap((g) => g.items.flatMap((item) => [item, ...(item.children ?? [])]));
    expect(walk(withoutAny).filter((item) => item.permission)).toEqual([]);
    expect(withoutAny.every((group) => group.items.length > 0)).toBe(true);
    expect(withoutAny.map((group) => group.id)).not.toContain("analytics");
  });
});

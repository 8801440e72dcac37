import { describe, expect, it } from "vitest";
import type { Permission } from "../permissions.js";
import { clientScope, orderScope, scopeAdmits, type OrderScope, type ScopeViewer } from "./scope.js";

const employee = (...permissions: Permission[]): ScopeViewer => ({ kind: "EMPLOYEE", employeeId: "e1", permissions: new Set(permissions) });

describe("orderScope", () => {
  it.each<[string, ScopeViewer, OrderScope]>([
    ["staff with ORDERS_READ_ALL: every order", employee("ORDERS_READ_ALL", "ORDERS_MANAGE"), { kind: "ALL" }],
    ["staff without it: their own orders (executed or created)", employee("ORDERS_MANAGE"), { kind: "OWN", employeeId: "e1" }],
    ["staff with no permissions: still their own executions", employee(), { kind: "OWN", employeeId: "e1" }],
    ["a resident: their own orders", { kind: "RESIDENT", clientId: "c1" }, { kind: "CLIENT", clientId: "c1" }],
    ["an integration token: none", { kind: "INTEGRATION" }, { kind: "NONE" }],
    ["anonymous: none", { kind: "ANONYMOUS" }, { kind: "NONE" }],
  ])("%s", (_name, viewer, expected) => {
    expect(orderScope(viewer)).toEqual(expected);
  });
});

describe("clientScope", () => {
  it.each<[string, ScopeViewer, OrderScope]>([
    ["staff with ORDERS_READ_ALL: every client", employee("ORDERS_READ_ALL"), { kind: "ALL" }],
    ["staff who manage clients: every client", employee("CLIENTS_MANAGE"), { kind: "ALL" }],
    ["other staff: the clients of their own orders", employee("ORDERS_CREATE", "ORDERS_MANAGE"), { kind: "OWN", employeeId: "e1" }],
    ["a resident: themselves", { kind: "RESIDENT", clientId: "c1" }, { kind: "CLIENT", clientId: "c1" }],
    ["an integration token: none", { kind: "INTEGRATION" }, { kind: "NONE" }],
  ])("%s", (_name, viewer, expected) => {
    expect(clientScope(viewer)).toEqual(expected);
  });
});

describe("scopeAdmits", () => {
  const order = { clientId: "c1" };
  it.each<[string, OrderScope, readonly string[], boolean]>([
    ["ALL admits any order", { kind: "ALL" }, [], true],
    ["OWN admits an order the employee executes or created", { kind: "OWN", employeeId: "e1" }, ["e2", "e1"], true],
    ["OWN refuses one they neither execute nor created", { kind: "OWN", employeeId: "e1" }, ["e2"], false],
    ["CLIENT admits the client's order", { kind: "CLIENT", clientId: "c1" }, [], true],
    ["CLIENT refuses another client's order", { kind: "CLIENT", clientId: "c2" }, [], false],
    ["NONE refuses", { kind: "NONE" }, ["e1"], false],
  ])("%s", async (_name, scope, executors, expected) => {
    expect(await scopeAdmits(scope, order, () => executors)).toBe(expected);
  });

  it("reads the owners only for OWN", async () => {
    let reads = 0;
    const executors = () => {
      reads++;
      return ["e1"];
    };
    await scopeAdmits({ kind: "ALL" }, order, executors);
    await scopeAdmits({ kind: "CLIENT", clientId: "c1" }, order, executors);
    expect(reads).toBe(0);
    await scopeAdmits({ kind: "OWN", employeeId: "e1" }, order, executors);
    expect(reads).toBe(1);
  });
});

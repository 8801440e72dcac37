import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reachableRedis } from "./support/redis.js";
import { postGraphQL, startTestServer, type TestServer } from "./support/harness.js";

const redisUrl = await reachableRedis();

/**
 * Sessions are cached per instance; a sign-out, a role change and a deactivation made on one
 * instance take effect on another at once (the broadcast through Redis), and on the instance that
 * made them before it answers.
 */
describe.skipIf(!redisUrl)("the session cache across API instances", () => {
  let t: TestServer;
  let other: Awaited<ReturnType<TestServer["startInstance"]>>;
  const lookups: string[] = [];
  let admin: string;

  beforeAll(async () => {
    t = await startTestServer({ redisUrl: redisUrl! });
    other = await t.startInstance({}, { onQuery: (q) => void (/from "sessions"/.test(q) && lookups.push(q)) });
    admin = await t.login("admin@domovoy.example");
  });
  afterAll(() => t?.close());

  const me = (url: string, token: string) => postGraphQL<{ me: { permissions: string[] } }>(url, `{ me { permissions } }`, {}, { token });
  const code = (result: Awaited<ReturnType<typeof me>>) => result.errors?.[0]?.extensions?.code ?? null;
  /** How long until `check` holds on the other instance (polling every 5 ms, at most 3 s). */
  async function takesEffect(check: () => Promise<boolean>): Promise<number> {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > 3000) throw new Error("the change did not reach the other instance within 3 s");
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return Date.now() - started;
  }
  const employee = async (email: string) => (await t.database.sql`select id, role_id from employees where email = ${email}`)[0]!;

  it("looks a session up once, then answers from the cache", async () => {
    const token = await t.login("dispatcher3@domovoy.example");
    lookups.length = 0;
    for (let i = 0; i < 5; i++) expect(code(await me(other.url, token))).toBeNull();
    expect(lookups).toHaveLength(1);
    expect(other.app.services.auth.sessions.hits).toBeGreaterThanOrEqual(4);
  });

  it("a sign-out on one instance refuses the token on the other at once, and on its own before answering", async () => {
    const token = await t.login("dispatcher@domovoy.example");
    const second = await t.login("dispatcher@domovoy.example");
    expect(code(await me(other.url, token))).toBeNull();
    expect(code(await me(t.url, second))).toBeNull();
    const logout = await postGraphQL(t.url, `mutation { authLogout }`, {}, { token });
    expect(logout.errors).toBeUndefined();
    const ms = await takesEffect(async () => code(await me(other.url, token)) === "UNAUTHENTICATED");
    expect(ms).toBeLessThan(1000);
    // The same instance: the next request is refused, no waiting.
    await postGraphQL(t.url, `mutation { authLogout }`, {}, { token: second });
    expect(code(await me(t.url, second))).toBe("UNAUTHENTICATED");
  });

  it("a role change and a role's permissions take effect on the other instance at once", async () => {
    const token = await t.login("dispatcher2@domovoy.example");
    const before = (await me(other.url, token)).data!.me.permissions;
    expect(before).toContain("ORDERS_READ_ALL");
    const dispatcher2 = await employee("dispatcher2@domovoy.example");
    const [executorRole] = await t.database.sql`select r.id from roles r join employees e on e.organization_id = r.organization_id
      where e.id = ${dispatcher2.id} and r.name = 'Исполнитель'`;
    const changed = await postGraphQL(t.url, `mutation ($id: ID!, $role: ID!) { employeeUpdate(id: $id, input: { roleId: $role }) { id } }`, { id: dispatcher2.id, role: executorRole!.id }, { token: admin });
    expect(changed.errors).toBeUndefined();
    let ms = await takesEffect(async () => !(await me(other.url, token)).data!.me.permissions.includes("ORDERS_READ_ALL"));
    expect(ms).toBeLessThan(1000);
    // The role itself: its permissions change, and the session's follow.
    const [{ permissions }] = await t.database.sql`select permissions from roles where id = ${executorRole!.id}`;
    const widened = await postGraphQL(t.url, `mutation ($id: ID!, $p: [Permission!]!) { roleUpdate(id: $id, input: { permissions: $p }) { id } }`, {
      id: executorRole!.id,
      p: [...(permissions as string[]), "DASHBOARD_VIEW"],
    }, { token: admin });
    expect(widened.errors).toBeUndefined();
    ms = await takesEffect(async () => (await me(other.url, token)).data!.me.permissions.includes("DASHBOARD_VIEW"));
    expect(ms).toBeLessThan(1000);
    const restored = await postGraphQL(t.url, `mutation ($id: ID!, $role: ID!) { employeeUpdate(id: $id, input: { roleId: $role }) { id } }`, { id: dispatcher2.id, role: dispatcher2.role_id }, { token: admin });
    expect(restored.errors).toBeUndefined();
  });

  it("a deactivated employee is refused on the other instance at once", async () => {
    const token = await t.login("dispatcher4@domovoy.example");
    expect(code(await me(other.url, token))).toBeNull();
    expect(code(await me(other.url, token))).toBeNull();
    const { id } = await employee("dispatcher4@domovoy.example");
    const result = await postGraphQL(t.url, `mutation ($id: ID!) { employeeUpdate(id: $id, input: { active: false }) { id } }`, { id }, { token: admin });
    expect(result.errors).toBeUndefined();
    const ms = await takesEffect(async () => code(await me(other.url, token)) === "UNAUTHENTICATED");
    expect(ms).toBeLessThan(1000);
    expect(code(await me(t.url, token))).toBe("UNAUTHENTICATED");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, subscribe, type TestServer } from "./support/harness.js";

const ME = `{ me { kind permissions organization { slug } employee { email } client { phone } } }`;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

describe("staff sign-in", () => {
  it("signs in with email and password, answers `me` with a bearer token", async () => {
    const token = await t.login("Dispatcher@Domovoy.example");
    const me = await t.graphql(ME, {}, { token });
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toMatchObject({ kind: "EMPLOYEE", organization: { slug: "domovoy" }, employee: { email: "dispatcher@domovoy.example" }, client: null });
    expect(me.data!.me.permissions).toContain("ORDERS_MANAGE");
    expect(me.data!.me.permissions).not.toContain("ROLES_MANAGE");
  });

  it("refuses a wrong password and an unknown email the same way", async () => {
    for (const [email, password] of [["dispatcher@domovoy.example", "wrong"], ["nobody@domovoy.example", "domovoy"]]) {
      const result = await t.graphql(`mutation { authLogin(email: "${email}", password: "${password}") { token } }`);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "INVALID_CREDENTIALS" });
      expect(result.data).toBeNull();
    }
  });

  it("refuses an inactive employee", async () => {
    const result = await t.graphql(`mutation { authLogin(email: "plumber5@domovoy.example", password: "domovoy") { token } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("sets an httpOnly SameSite cookie that authenticates the next request", async () => {
    const result = await t.graphql(`mutation { authLogin(email: "admin@domovoy.example", password: "domovoy") { token } }`);
    const setCookie = result.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^domovoy_session=dms_/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(";")[0]!;
    const me = await t.graphql(ME, {}, { cookie });
    expect(me.data!.me.employee.email).toBe("admin@domovoy.example");
  });

  it("logout ends the session for bearer and cookie alike", async () => {
    const token = await t.login("dispatcher2@domovoy.example");
    expect((await t.graphql(ME, {}, { token })).data?.me).toBeTruthy();
    const out = await t.graphql(`mutation { authLogout }`, {}, { token });
    expect(out.data).toEqual({ authLogout: true });
    expect(out.headers.get("set-cookie")).toMatch(/domovoy_session=;/);
    const after = await t.graphql(ME, {}, { token });
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("a session expires after its lifetime", async () => {
    const token = await t.login("electrician@domovoy.example");
    expect((await t.graphql(ME, {}, { token })).data?.me).toBeTruthy();
    t.clock.advance(31 * 24 * 3600_000);
    try {
      const after = await t.graphql(ME, {}, { token });
      expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      t.clock.advance(-31 * 24 * 3600_000);
    }
  });

  it("anonymous `me` is UNAUTHENTICATED; a garbage token is anonymous", async () => {
    for (const token of [undefined, "dms_garbage", "nonsense"]) {
      const result = await t.graphql(ME, {}, { token });
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("resident sign-in with a one-time code", () => {
  it("sends a code through the delivery adapter and signs the resident in", async () => {
    const token = await t.residentLogin("+7 916 000-00-01");
    const me = await t.graphql(ME, {}, { token });
    expect(me.data!.me).toMatchObject({ kind: "RESIDENT", client: { phone: "+79160000001" }, employee: null, permissions: [] });
  });

  it("asks which organization when the phone is a client of several, and accepts the choice", async () => {
    const phone = "+79160000003";
    await t.graphql(`mutation { residentCodeRequest(phone: "${phone}") { phone } }`);
    const code = t.sms.lastCode(phone)!;
    const ambiguous = await t.graphql(`mutation { residentLogin(phone: "${phone}", code: "${code}") { token } }`);
    expect(ambiguous.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ORGANIZATION_REQUIRED" });
    const choices = ambiguous.errors![0]!.extensions!.organizations as { id: string; name: string }[];
    expect(choices).toHaveLength(2);
    const severny = choices.find((c) => c.name.includes("Северный"))!;
    const chosen = await t.graphql(`mutation ($org: ID) { residentLogin(phone: "${phone}", code: "${code}", organizationId: $org) { me { organization { slug } } } }`, { org: severny.id });
    expect(chosen.data!.residentLogin.me.organization.slug).toBe("severny");
    t.clock.advance(61_000);
  });

  it("refuses a wrong code, locks after five attempts, and never reveals unknown phones", async () => {
    const unknown = await t.graphql(`mutation { residentCodeRequest(phone: "+79990001122") { phone resendAfter } }`);
    expect(unknown.data!.residentCodeRequest.phone).toBe("+79990001122");
    expect(t.sms.lastCode("+79990001122")).toBeUndefined();

    const phone = "+79160000002";
    await t.graphql(`mutation { residentCodeRequest(phone: "${phone}") { phone } }`);
    const code = t.sms.lastCode(phone)!;
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) {
      const r = await t.graphql(`mutation { residentLogin(phone: "${phone}", code: "${wrong}") { token } }`);
      expect(r.errors?.[0]?.extensions?.reason).toBe("INVALID_CODE");
    }
    const locked = await t.graphql(`mutation { residentLogin(phone: "${phone}", code: "${code}") { token } }`);
    expect(locked.errors?.[0]?.extensions?.reason).toBe("INVALID_CODE");
    t.clock.advance(61_000);
  });

  it("rate-limits code requests per phone", async () => {
    const phone = "+79160000004";
    expect((await t.graphql(`mutation { residentCodeRequest(phone: "${phone}") { phone } }`)).errors).toBeUndefined();
    const again = await t.graphql(`mutation { residentCodeRequest(phone: "${phone}") { phone } }`);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_REQUESTS", reason: "CODE_RESEND_TOO_SOON" });
    t.clock.advance(61_000);
  });
});

describe("WebSocket authentication", () => {
  it("refuses a socket without a session", async () => {
    const sub = subscribe(t.ws(), `subscription { clientUpdated { id } }`);
    await sub.next(1, 3000).catch(() => undefined);
    expect(sub.events).toHaveLength(0);
    expect(String((sub.error as { reason?: string; code?: number })?.code ?? sub.error)).toMatch(/4403|Forbidden/);
  });

  it("accepts a bearer token in connection_init and delivers events", async () => {
    const token = await t.login("dispatcher@domovoy.example");
    const sub = subscribe(t.ws(token), `subscription { clientUpdated { id note } }`);
    await new Promise((r) => setTimeout(r, 300));
    const { data } = await t.graphql(`{ clients(first: 1) { nodes { id } } }`, {}, { token });
    const id = data!.clients.nodes[0].id;
    const update = await t.graphql(`mutation ($id: ID!) { clientUpdate(id: $id, input: { note: "live" }) { id } }`, { id }, { token });
    expect(update.errors).toBeUndefined();
    const events = await sub.next(1);
    expect(events[0]!.data).toEqual({ clientUpdated: { id, note: "live" } });
  });
});

describe("health", () => {
  it("GET /healthz answers 200 when the database is migrated", async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 when migrations are missing", async () => {
    await t.database.sql`alter table drizzle.__drizzle_migrations rename to __drizzle_migrations_off`;
    try {
      const response = await fetch(`${t.url}/healthz`);
      expect(response.status).toBe(503);
    } finally {
      await t.database.sql`alter table drizzle.__drizzle_migrations_off rename to __drizzle_migrations`;
    }
  });
});

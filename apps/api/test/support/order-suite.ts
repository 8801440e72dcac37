import { afterAll, beforeAll } from "vitest";
import { startTestServer, type TestServer } from "./harness.js";
import { orderFixtures, type OrderFixtures } from "./orders.js";

/** What an orders-area suite starts with: a server, the demo fixtures, and the three usual sign-ins. */
export type OrderSuite = { t: TestServer; f: OrderFixtures; dispatcher: string; executor: string; resident: string };

/**
 * The common start of an orders-area test file: a test server of its own (closed after the file),
 * the order fixtures, a dispatcher, an executor (the plumber) and the demo resident signed in.
 * `ready` receives them once `beforeAll` has them; the file keeps them in its own variables.
 */
export function orderSuite(ready: (suite: OrderSuite) => void): void {
  let t: TestServer | undefined;
  beforeAll(async () => {
    t = await startTestServer();
    const f = await orderFixtures(t);
    const dispatcher = await t.login("dispatcher@domovoy.example");
    const executor = await t.login("plumber@domovoy.example");
    const resident = await t.residentLogin("+79160000001");
    ready({ t, f, dispatcher, executor, resident });
  });
  afterAll(() => t?.close());
}

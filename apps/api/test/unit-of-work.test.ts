import { schema } from "@domovoy/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Topic } from "../src/pubsub.js";
import { unitOfWork } from "../src/shared/unit-of-work.js";
import { CatalogRepository } from "../src/modules/catalog/catalog.repository.js";
import { settle, startTestServer, type TestServer } from "./support/harness.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";

/** The unit of work over the real database and pub/sub: events leave only with a commit. */
let t: TestServer;
let f: OrderFixtures;
const heard: string[] = [];

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  const events = t.pubsub.subscribe(Topic.SERVICE_UPDATED, f.organizationId) as AsyncIterable<{ serviceId: string }>;
  void (async () => {
    for await (const event of events) heard.push(event.serviceId);
  })();
  await settle();
});
afterAll(() => t?.close());

const descriptionOf = async (id: string) =>
  (await t.database.db.select({ description: schema.services.description }).from(schema.services).where(eq(schema.services.id, id)))[0]!.description;

describe("unitOfWork", () => {
  it("publishes a unit's events after its commit, never during it, and none of a unit that rolls back", async () => {
    await unitOfWork(t, f.organizationId, async (uow) => {
      await uow.tx.update(schema.services).set({ description: "committed" }).where(eq(schema.services.id, f.clog));
      uow.publish(Topic.SERVICE_UPDATED, { serviceId: "committed" });
      await settle();
      expect(heard).toEqual([]);
    });
    await expect.poll(() => heard).toEqual(["committed"]);

    const failing = unitOfWork(t, f.organizationId, async (uow) => {
      await uow.tx.update(schema.services).set({ description: "rolled back" }).where(eq(schema.services.id, f.clog));
      uow.publish(Topic.SERVICE_UPDATED, { serviceId: "rolled back" });
      throw new Error("refused");
    });
    await expect(failing).rejects.toThrow("refused");
    expect(await descriptionOf(f.clog)).toBe("committed");

    let ran = false;
    await unitOfWork(t, f.organizationId, async (uow) => {
      uow.afterCommit(() => (ran = true));
      uow.publish(Topic.SERVICE_UPDATED, { serviceId: "after" });
      expect(ran).toBe(false);
    });
    expect(ran).toBe(true);
    await expect.poll(() => heard).toEqual(["committed", "after"]);
  });

  it("sends one ORDER_CHANGED per order however often the unit changed it", async () => {
    const orders: string[] = [];
    const events = t.pubsub.subscribe(Topic.ORDER_CHANGED, f.organizationId) as AsyncIterable<{ orderId: string }>;
    void (async () => {
      for await (const event of events) orders.push(event.orderId);
    })();
    await settle();
    await unitOfWork(t, f.organizationId, async (uow) => {
      for (const id of ["a", "b", "a", "a", "b"]) uow.orderChanged({ id, clientId: null });
      uow.orderChanged({ id: "c", clientId: null });
    });
    await expect.poll(() => orders).toEqual(["a", "b", "c"]);
    await settle();
    expect(orders).toEqual(["a", "b", "c"]);
  });

  it("gives one repository instance per class, bound to the transaction and the organization", async () => {
    await unitOfWork(t, f.organizationId, async (uow) => {
      expect(uow.repo(CatalogRepository)).toBe(uow.repo(CatalogRepository));
      expect((await uow.repo(CatalogRepository).byId(f.clog))?.id).toBe(f.clog);
    });
    await unitOfWork(t, "00000000-0000-4000-8000-000000000000", async (uow) => {
      expect(await uow.repo(CatalogRepository).byId(f.clog)).toBeUndefined();
    });
  });
});

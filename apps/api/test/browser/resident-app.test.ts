/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder, newResidentOrder, tokenOf } from "../support/factories.js";
import { orderFixtures } from "../support/orders.js";
import { startPushEndpoint } from "../support/push-endpoint.js";
import { PNG_1x1 } from "../support/uploads.js";
import { expectPhoneLayout, openPhone, residentSignIn } from "./phone.js";
import { browserSuite, openContext, signIn, skipBrowser, snapshot } from "./support.js";

describe.skipIf(skipBrowser)("the resident app on a phone", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("a resident signs in with a code, orders with a photo, chats, cancels another order and rates a done one; the dispatcher sees each live", async () => {
    const f = await orderFixtures(t);
    const dispatcherToken = await tokenOf(t, "dispatcher@domovoy.example");
    // Another order of the resident, still pending (to cancel), and a done one (to rate).
    const pending = await newResidentOrder(t);
    const created = await newOrder(t, { token: dispatcherToken });
    const manage = async (order: { id: string; version: number }, input: Record<string, unknown>) => {
      const result = await t.graphql<{ orderManage: { id: string; number: number; version: number } }>(
        `mutation ($input: OrderManageInput!) { orderManage(input: $input) { id number version } }`,
        { input: { id: order.id, version: order.version, ...input } },
        { token: dispatcherToken },
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.orderManage;
    };
    const done = await manage(await manage(created, { status: "IN_PROGRESS", executorIds: [f.plumber] }), { status: "DONE" });
    t.clock.advance(61_000); // the factories signed this phone in within the last minute

    // The dispatcher's desk: the list of every order, and the done order's card (its rating block).
    const desk = await openContext(browser, t.url);
    await signIn(desk.page, "dispatcher@domovoy.example");
    await desk.page.goto("/exploitation/dispatcher/orders?tab=all");
    await desk.page.getByTestId("orders-table").waitFor();
    await expect.poll(() => desk.page.getByTestId("realtime-status").getAttribute("title")).toBe("Онлайн");
    const ratingCard = await desk.context.newPage();
    await ratingCard.goto(`/exploitation/dispatcher/orders/${done.number}`);
    await ratingCard.getByTestId("order-rating-empty").waitFor();
    await expect.poll(() => ratingCard.getByTestId("realtime-status").getAttribute("title")).toBe("Онлайн");

    // Sign-in: phone, then the code from the SMS; the app opens on «Мои заявки».
    const phone = await openPhone(browser, t.url);
    const r = phone.page;
    await residentSignIn(t, r, "+79160000001");
    await r.waitForURL("**/r/orders");
    await r.locator(`[data-testid="resident-order"][data-number="${pending.number}"]`).waitFor();
    await r.locator(`[data-testid="resident-order"][data-number="${done.number}"]`).waitFor();
    expect(await r.getByTestId("resident-organization").textContent()).toContain("Домовой");
    await expectPhoneLayout(r, "orders");

    // A new order: the service found by search, its form, a description and a photo.
    await r.getByTestId("resident-nav-new").tap();
    await r.waitForURL("**/r/new");
    await r.getByTestId("resident-new-search").fill("засор");
    await expect.poll(() => r.getByTestId("resident-service").count()).toBe(1);
    await expectPhoneLayout(r, "services");
    await r.locator('[data-testid="resident-service"][data-name="Засор канализации"]').tap();
    await r.getByTestId("resident-new-submit").tap();
    const place = r.locator('[data-testid="resident-form-field"][data-key="place"]');
    await place.locator(".field-error").waitFor(); // the required «Где засор» is checked before sending
    await place.locator("select").selectOption("Кухня");
    expect(await place.locator(".field-error").count()).toBe(0); // answered: the problem goes at once
    await r.getByTestId("resident-new-description").fill("Вода не уходит в раковине на кухне");
    await r.getByTestId("resident-new-photo-input").setInputFiles({ name: "раковина.png", mimeType: "image/png", buffer: PNG_1x1 });
    await r.getByTestId("resident-new-photos").waitFor();
    await expectPhoneLayout(r, "new-order");
    await r.getByTestId("resident-new-submit").tap();
    await r.waitForURL(/\/r\/orders\/\d+$/);
    const number = Number(new URL(r.url()).pathname.split("/").at(-1));
    await expect.poll(() => r.getByTestId("resident-card").getAttribute("data-status")).toBe("PENDING");
    expect(await r.getByTestId("resident-card-description").textContent()).toBe("Вода не уходит в раковине на кухне");
    await r.getByTestId("resident-chat-file").waitFor(); // the photo went with the order, into its chat

    // The dispatcher's list got the order live, from the resident app.
    const row = desk.page.locator(`[data-testid="orders-row"][data-order-number="${number}"]`);
    await row.waitFor();
    expect(await row.getByTestId("status-chip").getAttribute("data-status")).toBe("PENDING");

    // Chat: the dispatcher has the new order's card open (the photo is in its chat); the resident
    // writes and the message arrives there live; it turns READ (two ticks) on the phone live, and
    // the dispatcher's answer arrives live.
    const card = await desk.context.newPage();
    await card.goto(`/exploitation/dispatcher/orders/${number}`);
    expect(await card.getByTestId("chat-message-file").first().textContent()).toContain("раковина.png");
    await expect.poll(() => card.getByTestId("realtime-status").getAttribute("title")).toBe("Онлайн");
    await r.getByTestId("resident-chat-input").fill("Когда придёт мастер?");
    await r.getByTestId("resident-chat-send").tap();
    const mine = r.getByTestId("resident-chat-message").filter({ hasText: "Когда придёт мастер?" });
    await mine.waitFor();
    // No SENT check here: with the desk's thread already on screen it may turn READ at once.
    await card.getByTestId("chat-message").filter({ hasText: "Когда придёт мастер?" }).waitFor();
    expect(await card.getByTestId("chat-message").filter({ hasText: "Когда придёт мастер?" }).count()).toBe(1);
    await card.getByTestId("chat-input").scrollIntoViewIfNeeded(); // the thread counts as read while on screen
    await expect.poll(() => mine.getAttribute("data-state")).toBe("READ");
    await card.getByTestId("chat-input").fill("Мастер придёт сегодня с 15 до 17");
    await card.getByTestId("chat-send").click();
    await r.getByTestId("resident-chat-message").filter({ hasText: "Мастер придёт сегодня с 15 до 17" }).waitFor();
    // Edit within the hour: the dispatcher's thread shows the new text live.
    await mine.getByTestId("resident-chat-edit").tap();
    await r.getByTestId("resident-chat-input").fill("Когда придёт мастер? Я дома после 14:00");
    await r.getByTestId("resident-chat-send").tap();
    await card.getByTestId("chat-message").filter({ hasText: "Я дома после 14:00" }).waitFor();
    await expectPhoneLayout(r, "card");

    // Cancel the other, pending order; the dispatcher's list shows it cancelled, live.
    await r.getByTestId("resident-nav-orders").tap();
    await r.locator(`[data-testid="resident-order"][data-number="${pending.number}"]`).tap();
    await r.waitForURL(`**/r/orders/${pending.number}`);
    await r.getByTestId("resident-cancel").tap();
    await r.getByTestId("resident-status-comment").fill("Засор прошёл сам");
    await expectPhoneLayout(r, "cancel");
    await r.getByTestId("resident-status-confirm").tap();
    await expect.poll(() => r.getByTestId("resident-card").getAttribute("data-status")).toBe("CANCELLED");
    expect(await r.getByTestId("resident-cancel").count()).toBe(0);
    const cancelledRow = desk.page.locator(`[data-testid="orders-row"][data-order-number="${pending.number}"]`);
    await expect.poll(() => cancelledRow.getByTestId("status-chip").getAttribute("data-status")).toBe("CANCELLED");

    // Rate the done order: below 3 needs a comment; the dispatcher's card shows the score live,
    // and a changed rating too.
    await r.getByTestId("resident-nav-orders").tap();
    await r.locator(`[data-testid="resident-order"][data-number="${done.number}"]`).tap();
    await r.waitForURL(`**/r/orders/${done.number}`);
    expect(await r.getByTestId("resident-card-executor").textContent()).toBe("Сергей");
    await r.locator('[data-testid="resident-rating-star"][data-value="2"]').tap();
    await r.getByTestId("resident-rating-submit").tap();
    await r.getByTestId("resident-rating-error").waitFor();
    await r.getByTestId("resident-rating-comment").fill("Мастер опоздал на два часа");
    await expectPhoneLayout(r, "rating");
    await r.getByTestId("resident-rating-submit").tap();
    await expect.poll(() => r.getByTestId("resident-rating").getAttribute("data-score")).toBe("2");
    await expect.poll(() => ratingCard.getByTestId("order-rating-score").getAttribute("data-score")).toBe("2");
    expect(await ratingCard.getByTestId("order-rating-comment").textContent()).toBe("Мастер опоздал на два часа");
    await r.getByTestId("resident-rating-change").tap();
    await r.locator('[data-testid="resident-rating-star"][data-value="5"]').tap();
    await r.getByTestId("resident-rating-comment").fill("Всё исправили, спасибо");
    await r.getByTestId("resident-rating-submit").tap();
    await expect.poll(() => r.getByTestId("resident-rating").getAttribute("data-score")).toBe("5");
    await expect.poll(() => ratingCard.getByTestId("order-rating-score").getAttribute("data-score")).toBe("5");
    await snapshot(r, "resident-rated");

    // The profile lists the resident's premises; English is a choice there.
    await r.getByTestId("resident-nav-profile").tap();
    await r.getByTestId("resident-premise").first().waitFor();
    await expectPhoneLayout(r, "profile");
    await r.getByTestId("resident-locale").selectOption("en");
    await expect.poll(() => r.getByTestId("resident-nav-orders").textContent()).toContain("Requests");
    await r.getByTestId("resident-locale").selectOption("ru");
    await expect.poll(() => r.getByTestId("resident-nav-orders").textContent()).toContain("Заявки");

    await phone.context.close();
    await desk.context.close();
  });

  it("offline: the list and the card open from the phone, marked with when they were saved; messages written offline go once, in order, when the network returns, live on the desk; sign-out forgets what the phone kept", async () => {
    await orderFixtures(t);
    const dispatcherToken = await tokenOf(t, "dispatcher@domovoy.example");
    const order = await newResidentOrder(t);
    const hello = await t.graphql(`mutation ($orderId: ID!) { chatMessageSend(orderId: $orderId, text: "Здравствуйте, заявку приняли") { id } }`, { orderId: order.id }, { token: dispatcherToken });
    expect(hello.errors).toBeUndefined();
    t.clock.advance(61_000);
    const texts = ["Сообщение без сети — первое", "Сообщение без сети — второе"];
    const onServer = async () =>
      (await t.database.sql`select text from chat_messages where order_id = ${order.id} and text in ${t.database.sql(texts)} order by created_at, id`).map((m) => m.text as string);

    // The dispatcher has the order's card open on the desk.
    const desk = await openContext(browser, t.url);
    await signIn(desk.page, "dispatcher@domovoy.example");
    await desk.page.goto(`/exploitation/dispatcher/orders/${order.number}`);
    await desk.page.getByTestId("chat-message").filter({ hasText: "Здравствуйте, заявку приняли" }).waitFor();
    await expect.poll(() => desk.page.getByTestId("realtime-status").getAttribute("title")).toBe("Онлайн");

    // The resident opens «Мои заявки» and the card online; the app's service worker holds the shell.
    const phone = await openPhone(browser, t.url);
    const r = phone.page;
    await residentSignIn(t, r, "+79160000001");
    await r.waitForURL("**/r/orders");
    await r.locator(`[data-testid="resident-order"][data-number="${order.number}"]`).waitFor();
    await expect.poll(() => r.evaluate(async () => (await navigator.serviceWorker.getRegistration("/r/"))?.active?.state ?? null)).toBe("activated");
    await r.locator(`[data-testid="resident-order"][data-number="${order.number}"]`).tap();
    await r.waitForURL(`**/r/orders/${order.number}`);
    await r.getByTestId("resident-chat-message").filter({ hasText: "Здравствуйте, заявку приняли" }).waitFor();
    expect(await r.getByTestId("resident-card-offline").count()).toBe(0);

    // No network, and a reload: the card and its chat come from the phone, saying so and since when.
    await phone.context.setOffline(true);
    await r.getByTestId("resident-offline").waitFor();
    await r.reload();
    await expect.poll(() => r.getByTestId("resident-card").getAttribute("data-number")).toBe(String(order.number));
    const note = r.getByTestId("resident-card-offline");
    await note.waitFor();
    expect(await note.textContent()).toContain("Нет сети. Показано сохранённое на телефоне");
    expect(Date.parse((await note.getAttribute("data-saved-at"))!)).toBeLessThanOrEqual(Date.now());
    await r.getByTestId("resident-chat-message").filter({ hasText: "Здравствуйте, заявку приняли" }).waitFor();

    // Two messages written offline wait on the phone, shown as waiting, in the order written.
    for (const text of texts) {
      await r.getByTestId("resident-chat-input").fill(text);
      await r.getByTestId("resident-chat-send").tap();
      await r.getByTestId("resident-chat-pending").filter({ hasText: text }).waitFor();
    }
    await expect.poll(() => r.getByTestId("resident-waiting").getAttribute("data-count")).toBe("2");
    expect(await r.getByTestId("resident-chat-pending").evaluateAll((items) => items.map((i) => [i.querySelector("[data-testid=resident-chat-text]")?.textContent, (i as HTMLElement).dataset.state]))).toEqual(
      texts.map((text) => [text, "PENDING"]),
    );
    await expectPhoneLayout(r, "card-offline");
    await snapshot(r, "resident-card-offline");

    // The list too, also after a reload with no network.
    await r.getByTestId("resident-nav-orders").tap();
    await r.waitForURL("**/r/orders");
    await r.reload();
    await r.locator(`[data-testid="resident-order"][data-number="${order.number}"]`).waitFor();
    await r.getByTestId("resident-orders-offline").waitFor();
    await expect.poll(() => r.getByTestId("resident-waiting").getAttribute("data-count")).toBe("2");
    await expectPhoneLayout(r, "orders-offline");
    expect(await onServer()).toEqual([]);
    await r.locator(`[data-testid="resident-order"][data-number="${order.number}"]`).tap();
    await r.waitForURL(`**/r/orders/${order.number}`);
    await expect.poll(() => r.getByTestId("resident-chat-pending").count()).toBe(2);

    // The network returns: both go, once each and in order; the desk shows them live.
    await phone.context.setOffline(false);
    await expect.poll(() => r.getByTestId("resident-waiting").count()).toBe(0);
    await expect.poll(() => r.getByTestId("resident-chat-pending").count()).toBe(0);
    for (const text of texts) await r.getByTestId("resident-chat-message").filter({ hasText: text }).waitFor();
    await expect.poll(() => r.getByTestId("resident-card-offline").count()).toBe(0);
    await expect
      .poll(() => desk.page.getByTestId("chat-message").evaluateAll((items, wanted) => items.map((i) => i.textContent ?? "").filter((x) => wanted.some((w) => x.includes(w))).length, texts))
      .toBe(2);
    const deskOrder = await desk.page.getByTestId("chat-message").evaluateAll((items) => items.map((i) => i.textContent ?? ""));
    expect(deskOrder.findIndex((x) => x.includes(texts[0]!))).toBeLessThan(deskOrder.findIndex((x) => x.includes(texts[1]!)));
    expect(await onServer()).toEqual(texts);
    // Nothing more is sent later (the queue is empty; a reload reads each message once).
    await r.reload();
    await r.getByTestId("resident-chat-message").filter({ hasText: texts[1]! }).waitFor();
    expect(await r.getByTestId("resident-chat-message").filter({ hasText: "Сообщение без сети" }).count()).toBe(2);
    expect(await onServer()).toEqual(texts);

    // Sign-out forgets the resident's copies and queue on the phone.
    const keptKeys = () =>
      r.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open("domovoy-field");
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(["kv", "queue"], "readonly");
              const keys = tx.objectStore("kv").getAllKeys();
              const queued = tx.objectStore("queue").count();
              tx.oncomplete = () => {
                open.result.close();
                resolve([...(keys.result as string[]), ...(queued.result > 0 ? [`queue:${queued.result}`] : [])]);
              };
            };
          }),
      );
    expect(await keptKeys()).toEqual(expect.arrayContaining(["r:me", "r:orders", `r:order:${order.number}`, `r:chat:${order.id}`]));
    await r.getByTestId("resident-nav-profile").tap();
    await r.getByTestId("resident-sign-out").tap();
    await r.waitForURL("**/r/login**");
    expect((await keptKeys()).filter((k) => k.startsWith("r:") || k.startsWith("queue:"))).toEqual([]);

    await phone.context.close();
    await desk.context.close();
  });

  it("push: a status change, a staff message and the rating request reach the phone as notifications linking to the card (server → push service → the app's service worker)", async () => {
    const f = await orderFixtures(t);
    const dispatcherToken = await tokenOf(t, "dispatcher@domovoy.example");
    const order = await newResidentOrder(t);
    t.clock.advance(61_000);
    const phone = await openPhone(browser, t.url);
    const r = phone.page;
    await phone.context.grantPermissions(["notifications"]);
    await residentSignIn(t, r, "+79160000001");
    await r.waitForURL("**/r/orders");
    await expect.poll(() => r.evaluate(async () => (await navigator.serviceWorker.getRegistration("/r/"))?.active?.state ?? null)).toBe("activated");

    // The resident's device as the push service knows it (the test push service decrypts what the
    // API sends it, as a browser would); registered with the resident's own session.
    // Notifications written so far (earlier tests') are fanned out now, to no device.
    await t.app.jobs.runDue();
    const push = await startPushEndpoint();
    try {
      const device = push.device();
      const registered = await r.evaluate(
        async (input) => {
          const response = await fetch("/graphql", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: "mutation ($input: PushSubscriptionInput!) { residentPushSubscriptionRegister(input: $input) { id } }", variables: { input } }),
          });
          return (await response.json()) as { data?: unknown; errors?: unknown };
        },
        { endpoint: device.endpoint, p256dh: device.p256dh, auth: device.auth, userAgent: "Test phone" },
      );
      expect(registered.errors).toBeUndefined();

      const manage = async (input: Record<string, unknown>) => {
        const [row] = await t.database.sql`select version from orders where id = ${order.id}`;
        const result = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id } }`, { input: { id: order.id, version: row!.version, ...input } }, { token: dispatcherToken });
        expect(result.errors).toBeUndefined();
      };
      await manage({ status: "IN_PROGRESS", executorIds: [f.plumber] });
      const answer = await t.graphql(`mutation ($orderId: ID!) { chatMessageSend(orderId: $orderId, text: "Мастер будет через час") { id } }`, { orderId: order.id }, { token: dispatcherToken });
      expect(answer.errors).toBeUndefined();
      await manage({ status: "DONE" });
      for (let i = 0; i < 3; i++) await t.app.jobs.runDue();
      // The send jobs run side by side: compare in one order.
      const payloads = push
        .accepted(device)
        .map((p) => p.payload!)
        .sort((a, b) => a.kind.localeCompare(b.kind));
      expect(push.received.filter((p) => p.problem)).toEqual([]);
      expect(payloads.map((p) => p.kind)).toEqual(["CHAT_MESSAGE", "RATE_REQUEST", "STATUS_CHANGED"]);

      // Each message, as the push service hands it to the browser, goes to the app's service worker.
      const cdp = await phone.context.newCDPSession(r);
      const registrations = new Promise<{ registrationId: string; scopeURL: string }[]>((resolve) => cdp.on("ServiceWorker.workerRegistrationUpdated", (event) => resolve(event.registrations)));
      await cdp.send("ServiceWorker.enable");
      const registration = (await registrations).find((x) => new URL(x.scopeURL).pathname === "/r/");
      expect(registration).toBeDefined();
      for (const payload of payloads) {
        await cdp.send("ServiceWorker.deliverPushMessage", { origin: new URL(t.url).origin, registrationId: registration!.registrationId, data: JSON.stringify(payload) });
      }
      const shown = () =>
        r.evaluate(async () =>
          (await (await navigator.serviceWorker.getRegistration("/r/"))!.getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url: string }).url })),
        );
      await expect.poll(async () => (await shown()).length).toBe(3);
      const byTag = (a: { tag: string }, b: { tag: string }) => a.tag.localeCompare(b.tag);
      expect((await shown()).sort(byTag)).toEqual(payloads.map((p) => ({ title: p.title, body: p.body, tag: p.tag, url: p.url })).sort(byTag));
      expect(new Set(payloads.map((p) => p.url))).toEqual(new Set([`/r/orders/${order.number}`]));
      expect(payloads.map((p) => p.title)).toEqual([`Новое сообщение по заявке № ${order.number}`, `Заявка № ${order.number} выполнена`, `Заявка № ${order.number}`]);
    } finally {
      await push.close();
      await phone.context.close();
    }
  });

  it("a paid order's invoice appears on the resident's card, live, once staff issue it", async () => {
    const f = await orderFixtures(t);
    const dispatcherToken = await tokenOf(t, "dispatcher@domovoy.example");
    const order = await newResidentOrder(t, { serviceId: f.electrical });
    t.clock.advance(61_000);
    const phone = await openPhone(browser, t.url);
    const r = phone.page;
    await residentSignIn(t, r, "+79160000001");
    await r.waitForURL("**/r/orders");
    await r.goto(`/r/orders/${order.number}`);
    await r.getByTestId("resident-invoice-slot").waitFor(); // a paid service: where the invoice will be

    const gql = async <T>(query: string, variables: Record<string, unknown>) => {
      const result = await t.graphql<T>(query, variables, { token: dispatcherToken });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    type Invoice = { id: string; version: number };
    const [item] = await t.database.sql`select id from price_list_items where service_id = ${f.electrical} and name = 'Работа электрика'`;
    let invoice = (await gql<{ invoiceCreate: Invoice }>(`mutation ($id: ID!) { invoiceCreate(orderId: $id) { id version } }`, { id: order.id })).invoiceCreate;
    invoice = (
      await gql<{ invoiceLineAdd: Invoice }>(`mutation ($input: InvoiceLineAddInput!) { invoiceLineAdd(input: $input) { id version } }`, {
        input: { invoiceId: invoice.id, version: invoice.version, priceListItemId: item!.id, quantity: "2" },
      })
    ).invoiceLineAdd;
    expect(await r.getByTestId("resident-invoice").count()).toBe(0); // a draft is staff-only
    await gql(`mutation ($id: ID!, $version: Int!) { invoiceIssue(id: $id, version: $version) { id } }`, { id: invoice.id, version: invoice.version });

    const shown = r.getByTestId("resident-invoice");
    await expect.poll(() => shown.getAttribute("data-state")).toBe("ISSUED");
    expect(await r.getByTestId("resident-invoice-line").count()).toBe(1);
    expect(await r.getByTestId("resident-invoice-line").textContent()).toContain("Работа электрика");
    expect((await r.getByTestId("resident-invoice-total").textContent())?.replace(/\s/g, " ")).toBe("2 800,00 ₽");
    await expectPhoneLayout(r, "invoice");
    await phone.context.close();
  });

  it("a phone that is a client of two organizations chooses one at sign-in", async () => {
    const phone = await openPhone(browser, t.url);
    const r = phone.page;
    await residentSignIn(t, r, "+79160000003");
    await r.getByTestId("resident-login-organizations").waitFor();
    const choices = r.getByTestId("resident-login-organization");
    expect(await choices.count()).toBe(2);
    await expectPhoneLayout(r, "organizations");
    await choices.filter({ hasText: "Северный" }).tap();
    await r.waitForURL("**/r/orders");
    expect(await r.getByTestId("resident-organization").textContent()).toContain("Северный");
    await phone.context.close();
  });
});

/// <reference lib="dom" />
import { schema } from "@domovoy/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { uploadRecording, wavTone } from "../support/audio.js";
import type { TestServer } from "../support/harness.js";
import { browserSuite, choose, openContext, signIn, selectValue, skipBrowser, snapshot, WAIT_CEILING_MS } from "./support.js";

const POLL = { timeout: WAIT_CEILING_MS };
const EVENT = `mutation ($input: CallEventInput!) { callEvent(input: $input) { callId changed } }`;

/** Chooses an item in a search select: opens it, types, clicks the matching option. */
async function pick(page: Page, testid: string, search: string, option: string): Promise<void> {
  const input = page.getByTestId(`${testid}-input`);
  await input.click();
  await input.fill(search);
  await page.getByTestId(`${testid}-option`).filter({ hasText: option }).first().click();
  await expect.poll(() => input.inputValue()).toContain(option);
}

describe.skipIf(skipBrowser)("calls in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("a simulated call pops up on the dispatcher's desk, the order created from it shows the call, and its recording plays", async () => {
    const admin = await t.login("admin@domovoy.example");
    const partner = (await t.graphql(`mutation { integrationTokenCreate(name: "АТС") { token } }`, {}, { token: admin })).data!.integrationTokenCreate.token as string;
    const [dispatcher] = await t.database.db.select().from(schema.employees).where(eq(schema.employees.email, "dispatcher@domovoy.example"));
    const extension = dispatcher!.extension!;
    expect(extension).toMatch(/^\d+$/);
    const [resident] = await t.database.db.select().from(schema.clients).where(eq(schema.clients.phone, "+79160000001"));

    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await expect.poll(() => page.getByTestId("realtime-status").getAttribute("title"), POLL).toBe("Онлайн");

    // The PBX reports a call from the resident to the dispatcher's extension.
    const externalCallId = `browser-${Date.now()}`;
    const base = { externalCallId, direction: "INCOMING", callerNumber: "8 (916) 000-00-01", calleeNumber: "+7 495 000-00-00", extension };
    const at = (ms: number) => new Date(Date.now() - ms).toISOString();
    const ringing = await t.graphql(EVENT, { input: { ...base, kind: "RINGING", at: at(20_000) } }, { token: partner });
    expect(ringing.errors).toBeUndefined();
    const callId = ringing.data!.callEvent.callId as string;
    const pop = page.locator(`[data-testid="screen-pop"][data-call-id="${callId}"]`);
    // The socket is online, but its screen-pop subscription may still be on its way: the answer is a second change that pops it too.
    const popped = await pop.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (!popped) expect((await t.graphql(EVENT, { input: { ...base, kind: "ANSWERED", at: at(10_000) } }, { token: partner })).errors).toBeUndefined();
    await pop.waitFor();
    expect(await pop.getByTestId("screen-pop-client-name").first().textContent()).toBe(resident!.fullName);
    expect(await pop.getByTestId("screen-pop-premise").count()).toBeGreaterThan(0);
    await snapshot(page, "calls-screen-pop");

    // «Создать обращение»: the form opens with the call's client and premise filled in.
    await pop.getByTestId("screen-pop-create").first().click();
    await page.waitForURL(/\/orders\/new\?callId=/);
    await page.getByTestId("new-order-from-call").waitFor();
    await expect.poll(() => page.getByTestId("new-order-client-input").inputValue(), POLL).toContain(resident!.fullName);
    expect(await selectValue(page.getByTestId("new-order-channel"))).toBe("INCOMING_CALL");
    await pick(page, "new-order-service", "Засор", "Засор канализации");
    await choose(page.locator('[data-testid="new-order-form-field"][data-key="place"] [data-testid="new-order-form-input"]'), "Кухня");
    await page.getByTestId("new-order-save").click();
    await page.waitForURL(/\/exploitation\/dispatcher\/orders\/\d+$/);
    const number = Number(new URL(page.url()).pathname.split("/").pop());

    // The server linked the order to the call when it was created.
    const [order] = await t.database.db.select().from(schema.orders).where(eq(schema.orders.number, number));
    const links = await t.database.db.select().from(schema.orderCalls).where(eq(schema.orderCalls.orderId, order!.id));
    expect(links.map((l) => l.callId)).toEqual([callId]);
    const card = page.locator(`[data-testid="order-call"][data-call-id="${callId}"]`);
    await card.waitFor();

    // The call ends and the PBX uploads its recording: the card's block gets a player, live.
    if (popped) expect((await t.graphql(EVENT, { input: { ...base, kind: "ANSWERED", at: at(10_000) } }, { token: partner })).errors).toBeUndefined();
    expect((await t.graphql(EVENT, { input: { ...base, kind: "ENDED", at: at(1_000), durationSeconds: 2 } }, { token: partner })).errors).toBeUndefined();
    const wav = wavTone(2);
    expect((await uploadRecording(t.url, partner, externalCallId, wav)).status).toBe(201);
    const player = card.getByTestId("order-call-player");
    await player.waitFor();
    // The browser loads the audio itself: metadata read, two seconds long.
    await expect
      .poll(() => player.evaluate((audio: HTMLAudioElement) => audio.readyState), POLL)
      .toBeGreaterThanOrEqual(1);
    const duration = await player.evaluate((audio: HTMLAudioElement) => audio.duration);
    expect(duration).toBeCloseTo(2, 1);
    const response = await page.evaluate(async (src) => {
      const r = await fetch(src);
      return { status: r.status, type: r.headers.get("content-type"), bytes: (await r.arrayBuffer()).byteLength };
    }, (await player.getAttribute("src"))!);
    expect(response).toEqual({ status: 200, type: "audio/wav", bytes: wav.length });
    await snapshot(page, "calls-order-card");

    // The journal lists the call with its order and the same recording.
    await page.goto("/exploitation/dispatcher/calls");
    const row = page.locator(`[data-testid="calls-row"][data-call-id="${callId}"]`);
    await row.waitFor();
    expect(await row.getByTestId("calls-row-order").textContent()).toBe(`№ ${number}`);
    await row.getByTestId("calls-row-player").waitFor();
    await snapshot(page, "calls-journal");
    await context.close();
  });
});

/// <reference lib="dom" />
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { PNG_1x1, upload } from "../support/uploads.js";
import { browserSuite, openContext, WAIT_CEILING_MS, signIn, skipBrowser, snapshot } from "./support.js";

/** Opens the card on its main tab; the documents block has loaded (empty or not). */
async function openCard(page: Page, number: number): Promise<void> {
  await page.goto(`/exploitation/dispatcher/orders/${number}`);
  await expect.poll(() => page.getByTestId("order-title").textContent(), POLL).toBe(`Заявка № ${number}`);
  await page.locator('[data-testid="document-item"], [data-testid="documents-empty"]').first().waitFor();
}

/** Uploads and live pushes take a moment on a busy machine. */
const POLL = { timeout: WAIT_CEILING_MS };

const documentNames = (page: Page) => page.getByTestId("document-link").allTextContents();

describe.skipIf(skipBrowser)("order documents in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("a dispatcher attaches a document in the card, opens it, and deletes it; a colleague sees both live", async () => {
    const token = await t.login("dispatcher@domovoy.example");
    const { number } = await newOrder(t, { token: token });

    const first = await openContext(browser, t.url);
    const second = await openContext(browser, t.url);
    const a = first.page;
    const b = second.page;
    await Promise.all([signIn(a, "dispatcher@domovoy.example"), signIn(b, "dispatcher2@domovoy.example")]);
    await Promise.all([openCard(a, number), openCard(b, number)]);
    expect(await a.getByTestId("documents-count").textContent()).toBe("0 из 15");
    await expect.poll(() => b.getByTestId("realtime-status").getAttribute("title"), POLL).toBe("Онлайн");

    // Two files chosen at once go up one by one; the client's type claims do not matter.
    await a.getByTestId("documents-file-input").setInputFiles([
      { name: "Акт осмотра №1.png", mimeType: "application/octet-stream", buffer: PNG_1x1 },
      { name: "Смета.txt", mimeType: "text/plain", buffer: Buffer.from("Смета на ремонт стояка\n") },
    ]);
    await expect.poll(() => documentNames(a), POLL).toEqual(["Акт осмотра №1.png", "Смета.txt"]);
    expect(await a.getByTestId("documents-count").textContent()).toBe("2 из 15");
    const meta = await a.getByTestId("document-item").first().textContent();
    expect(meta).toContain("Б");
    await snapshot(a, "documents-card");
    if (process.env.SCREENSHOTS_DIR) await a.getByTestId("order-documents").screenshot({ path: `${process.env.SCREENSHOTS_DIR}/documents-block.png` });

    // The colleague's open card follows live.
    await expect.poll(() => documentNames(b), POLL).toEqual(["Акт осмотра №1.png", "Смета.txt"]);
    // History shows the addition with the file name.
    await expect.poll(() => a.locator('[data-testid="order-history-item"][data-kind="DOCUMENT_ADDED"]').count(), POLL).toBe(2);

    // The link downloads the file with the session cookie: the bytes, the sniffed type and the Cyrillic name.
    const href = await a.getByTestId("document-link").first().getAttribute("href");
    expect(href).toMatch(/^\/files\/[0-9a-f-]+\//);
    const fetched = await a.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, type: response.headers.get("content-type"), disposition: response.headers.get("content-disposition"), size: bytes.length, first: Array.from(bytes.slice(0, 4)) };
    }, href!);
    expect(fetched).toMatchObject({ status: 200, type: "image/png", size: PNG_1x1.length, first: [0x89, 0x50, 0x4e, 0x47] });
    expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(fetched.disposition!)![1]!)).toBe("Акт осмотра №1.png");
    // Clicking the name opens it in a new tab.
    const [popup] = await Promise.all([a.context().waitForEvent("page"), a.getByTestId("document-link").first().click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toContain(href!.split("/")[2]);
    await popup.close();

    // Delete asks first, then removes the document for everyone.
    await a.getByTestId("document-delete").first().click();
    await a.getByTestId("document-confirm").waitFor();
    expect(await documentNames(a)).toHaveLength(2);
    await a.getByTestId("document-delete-confirm").click();
    await expect.poll(() => documentNames(a), POLL).toEqual(["Смета.txt"]);
    expect(await a.getByTestId("documents-count").textContent()).toBe("1 из 15");
    await expect.poll(() => documentNames(b), POLL).toEqual(["Смета.txt"]);
    const gone = await a.evaluate(async (url) => (await fetch(url)).status, href!);
    expect(gone).toBe(404);

    await first.context.close();
    await second.context.close();
  });

  it("shows upload progress on a slow link, and a cancelled upload leaves nothing behind", async () => {
    const token = await t.login("dispatcher@domovoy.example");
    const { id, number } = await newOrder(t, { token: token });
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await openCard(page, number);
    // About 256 KB/s up: a 2 MB file takes several seconds.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 256 * 1024 });
    await page.getByTestId("documents-file-input").setInputFiles([{ name: "Большой скан.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(2 * 1024 * 1024, 0x25) }]);
    const progress = page.getByTestId("document-upload-progress");
    await progress.waitFor();
    expect(await progress.textContent()).toContain("Большой скан.pdf");
    await expect.poll(async () => Number(/(\d+)%/.exec((await progress.textContent()) ?? "")?.[1] ?? 0), POLL).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Отменить загрузку" }).click();
    await progress.waitFor({ state: "detached" });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect(await page.getByTestId("documents-count").textContent()).toBe("0 из 15");
    // The server kept neither a row nor bytes of the cancelled upload.
    await expect.poll(async () => (await t.database.sql`select count(*)::int as n from stored_files where order_id = ${id}`)[0]!.n, POLL).toBe(0);
    await expect.poll(async () => (await readdir(path.join(t.app.deps.config.filesDir, ".tmp")).catch(() => [])).length, POLL).toBe(0);
    await context.close();
  });

  it("shows 15 of 15 and disables «Приложить» on a full order", async () => {
    const token = await t.login("dispatcher@domovoy.example");
    const { id, number } = await newOrder(t, { token: token });
    for (let i = 1; i <= 15; i++) {
      const uploaded = await upload(t, { token, purpose: "ORDER_DOCUMENT", orderId: id, fileName: `Фото ${i}.txt`, body: Buffer.from(`фото ${i}`) });
      const added = await t.graphql(`mutation ($orderId: ID!, $fileId: ID!) { orderDocumentAdd(orderId: $orderId, fileId: $fileId) { id } }`, { orderId: id, fileId: uploaded.body.id }, { token });
      expect(added.errors).toBeUndefined();
    }
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher2@domovoy.example");
    await openCard(page, number);
    await expect.poll(() => page.getByTestId("document-item").count(), POLL).toBe(15);
    expect(await page.getByTestId("documents-count").textContent()).toBe("15 из 15");
    expect(await page.getByTestId("documents-attach").isDisabled()).toBe(true);
    await page.getByTestId("documents-limit").waitFor();
    await context.close();
  });
});

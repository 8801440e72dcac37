import { schema } from "@domovoy/db";
import { and, eq, sql } from "drizzle-orm";
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uploadRecording, wavTone } from "./support/audio.js";
import { startTestServer, type TestServer } from "./support/harness.js";

let t: TestServer;
let admin: string;
let dispatcher: string;
let executor: string;
let resident: string;
let foreignAdmin: string;
let partner: string;
let foreignPartner: string;
let provider: http.Server;
let providerUrl: string;

const MAX_BYTES = 200_000;
const WAV = wavTone(1);
const EVENT = `mutation ($input: CallEventInput!) { callEvent(input: $input) { callId } }`;
const FETCH = `mutation ($input: CallRecordingFetchInput!) { callRecordingFetch(input: $input) { callId contentType size replaced } }`;
const CALL = `query ($id: ID!) { call(id: $id) { id recording { id url contentType size } } }`;

let sequence = 0;
/** A call reported by the telephony (ringing, answered, ended), `daysAgo` before the test clock. */
async function reportedCall(daysAgo = 0, token = partner): Promise<{ externalCallId: string; callId: string }> {
  const externalCallId = `rec-${++sequence}-${Math.random().toString(36).slice(2)}`;
  const start = t.clock.now().getTime() - daysAgo * 86_400_000 - 120_000;
  const base = { externalCallId, direction: "INCOMING", callerNumber: "+7 916 000-00-01", calleeNumber: "+7 495 000-00-00" };
  let callId = "";
  for (const [kind, at] of [
    ["RINGING", start],
    ["ANSWERED", start + 5_000],
    ["ENDED", start + 65_000],
  ] as const) {
    const result = await t.graphql(EVENT, { input: { ...base, kind, at: new Date(at).toISOString() } }, { token });
    expect(result.errors).toBeUndefined();
    callId = result.data!.callEvent.callId;
  }
  return { externalCallId, callId };
}

async function recordingFiles(): Promise<number> {
  const [row] = await t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(schema.storedFiles)
    .where(eq(schema.storedFiles.purpose, "CALL_RECORDING"));
  return row!.n;
}

async function createToken(token: string): Promise<string> {
  const result = await t.graphql(`mutation { integrationTokenCreate(name: "Телефония") { token } }`, {}, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.integrationTokenCreate.token;
}

beforeAll(async () => {
  t = await startTestServer({ config: { callRecordings: { maxBytes: MAX_BYTES, fetchTimeoutMs: 1500, fetchAllowHosts: ["127.0.0.1"] } } });
  admin = await t.login("admin@domovoy.example");
  dispatcher = await t.login("dispatcher@domovoy.example");
  executor = await t.login("plumber@domovoy.example");
  foreignAdmin = await t.login("admin@severny.example");
  resident = await t.residentLogin("+79160000001");
  partner = await createToken(admin);
  foreignPartner = await createToken(foreignAdmin);
  // The telephony provider's file server.
  provider = http.createServer((req, res) => {
    const port = (provider.address() as AddressInfo).port;
    switch (req.url) {
      case "/rec.wav":
        return res.writeHead(200, { "content-type": "audio/wav", "content-length": WAV.length }).end(WAV);
      case "/page":
        return res.writeHead(200, { "content-type": "text/html" }).end("<html>login</html>");
      case "/text.bin":
        return res.writeHead(200, { "content-type": "application/octet-stream" }).end("not audio at all, just text");
      case "/big":
        return res.writeHead(200, { "content-type": "audio/wav", "content-length": MAX_BYTES + 1 }).end();
      case "/lying": {
        // No length: the body goes on past the limit.
        res.writeHead(200, { "content-type": "audio/wav" });
        res.write(WAV);
        const chunk = Buffer.alloc(16_384, 1);
        for (let sent = WAV.length; sent <= MAX_BYTES + chunk.length; sent += chunk.length) res.write(chunk);
        return res.end();
      }
      case "/slow":
        res.writeHead(200, { "content-type": "audio/wav" });
        return res.write(WAV.subarray(0, 100)); // and never ends
      case "/redirect-ok":
        return res.writeHead(302, { location: "/rec.wav" }).end();
      case "/redirect-private":
        return res.writeHead(302, { location: `http://localhost:${port}/rec.wav` }).end();
      case "/loop":
        return res.writeHead(302, { location: "/loop" }).end();
      default:
        return res.writeHead(404).end();
    }
  });
  provider.listen(0, "127.0.0.1");
  await once(provider, "listening");
  providerUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
});
afterAll(async () => {
  provider?.closeAllConnections();
  provider?.close();
  await t?.close();
});

describe("recordings: partner upload", () => {
  it("stores an uploaded WAV for the call, sniffed as audio; a second upload replaces the first", async () => {
    const { externalCallId, callId } = await reportedCall();
    const response = await uploadRecording(t.url, partner, externalCallId, WAV, { fileName: "call.wav" });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ callId, contentType: "audio/wav", size: WAV.length, replaced: false });
    const call = await t.graphql(CALL, { id: callId }, { token: dispatcher });
    expect(call.data!.call.recording).toMatchObject({ contentType: "audio/wav", size: WAV.length });
    const before = await recordingFiles();
    const again = await uploadRecording(t.url, partner, externalCallId, wavTone(0.5));
    expect(await again.json()).toMatchObject({ replaced: true });
    expect(await recordingFiles()).toBe(before);
  });

  it("refuses what is not audio, what is too large, an unknown call, another organization's call and sessions; nothing is kept", async () => {
    const { externalCallId } = await reportedCall();
    const before = await recordingFiles();
    const text = await uploadRecording(t.url, partner, externalCallId, Buffer.from("hello, this is not a recording"));
    expect(text.status).toBe(400);
    expect((await text.json()).error).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOT_AUDIO" });
    const big = await uploadRecording(t.url, partner, externalCallId, Buffer.concat([WAV, Buffer.alloc(MAX_BYTES)]));
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatchObject({ reason: "RECORDING_TOO_LARGE" });
    const unknown = await uploadRecording(t.url, partner, "no-such-call", WAV);
    expect(unknown.status).toBe(404);
    // The same provider id under another organization's token is another (missing) call.
    const foreign = await uploadRecording(t.url, foreignPartner, externalCallId, WAV);
    expect(foreign.status).toBe(404);
    for (const token of [admin, dispatcher]) expect((await uploadRecording(t.url, token, externalCallId, WAV)).status).toBe(403);
    const anonymous = await fetch(`${t.url}/partner/calls/recording?externalCallId=${externalCallId}`, { method: "PUT", body: new Uint8Array(WAV) });
    expect(anonymous.status).toBe(401);
    // A missing, repeated or over-long call id is bad input, typed; nothing is read or kept.
    for (const query of ["", "?externalCallId=a&externalCallId=b", `?externalCallId=${"x".repeat(201)}`]) {
      const response = await fetch(`${t.url}/partner/calls/recording${query}`, { method: "PUT", headers: { authorization: `Bearer ${partner}` }, body: new Uint8Array(WAV) });
      expect(response.status, query).toBe(400);
      expect((await response.json()).error, query).toMatchObject({ code: "BAD_USER_INPUT", reason: expect.stringMatching(/REQUIRED|TOO_LONG/) });
    }
    expect(await recordingFiles()).toBe(before);
  });
});

describe("recordings: bounded fetch from the provider's URL", () => {
  const fetchFor = async (path: string, token = partner) => {
    const { externalCallId, callId } = await reportedCall();
    const url = path.startsWith("http") || path.startsWith("ftp") ? path : `${providerUrl}${path}`;
    return { callId, result: await t.graphql(FETCH, { input: { externalCallId, url } }, { token }) };
  };

  it("fetches and stores the recording (also after a redirect on the same allowed host)", async () => {
    for (const path of ["/rec.wav", "/redirect-ok"]) {
      const { callId, result } = await fetchFor(path);
      expect(result.errors, path).toBeUndefined();
      expect(result.data!.callRecordingFetch).toMatchObject({ callId, contentType: "audio/wav", size: WAV.length, replaced: false });
    }
  });

  it.each([
    ["/page", "NOT_AUDIO"],
    ["/text.bin", "NOT_AUDIO"],
    ["/big", "RECORDING_TOO_LARGE"],
    ["/lying", "RECORDING_TOO_LARGE"],
    ["/slow", "FETCH_TIMEOUT"],
    ["/missing", "FETCH_FAILED"],
    ["/redirect-private", "PRIVATE_ADDRESS"],
    ["/loop", "TOO_MANY_REDIRECTS"],
    ["http://10.20.30.40/rec.wav", "PRIVATE_ADDRESS"],
    ["http://[::1]/rec.wav", "PRIVATE_ADDRESS"],
    ["http://169.254.169.254/latest/meta-data", "PRIVATE_ADDRESS"],
    ["ftp://example.com/rec.wav", "URL_INVALID"],
  ])("%s is refused as %s and leaves nothing", async (path, reason) => {
    const before = await recordingFiles();
    const { callId, result } = await fetchFor(path);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason, field: "input.url" });
    expect(await recordingFiles()).toBe(before);
    const [row] = await t.database.db.select({ recordingFileId: schema.calls.recordingFileId }).from(schema.calls).where(eq(schema.calls.id, callId));
    expect(row!.recordingFileId).toBeNull();
  });

  it("a private host is refused without the allow list, whatever it is named", async () => {
    const strict = await t.startInstance({ callRecordings: { maxBytes: MAX_BYTES, fetchTimeoutMs: 1500, fetchAllowHosts: [] } });
    const { externalCallId } = await reportedCall();
    const result = await fetch(`${strict.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${partner}` },
      body: JSON.stringify({ query: FETCH, variables: { input: { externalCallId, url: `${providerUrl}/rec.wav` } } }),
    }).then((r) => r.json() as Promise<{ errors?: { extensions: Record<string, unknown> }[] }>);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "PRIVATE_ADDRESS" });
    await strict.close();
  });
});

describe("recordings: who may download", () => {
  it("staff with CALLS_READ of the organization get it (ranges too, never cached); executors, residents, other organizations and anonymous do not", async () => {
    const { externalCallId, callId } = await reportedCall();
    await uploadRecording(t.url, partner, externalCallId, WAV);
    const call = await t.graphql(CALL, { id: callId }, { token: admin });
    const url = `${t.url}${call.data!.call.recording.url}`;
    for (const token of [admin, dispatcher]) {
      const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("audio/wav");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(Buffer.from(await response.arrayBuffer()).equals(WAV)).toBe(true);
    }
    const range = await fetch(url, { headers: { authorization: `Bearer ${dispatcher}`, range: "bytes=0-43" } });
    expect(range.status).toBe(206);
    expect((await range.arrayBuffer()).byteLength).toBe(44);
    for (const token of [executor, resident, foreignAdmin]) {
      const refused = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(refused.status).toBe(404);
      expect(refused.headers.get("content-type")).not.toBe("audio/wav");
    }
    expect((await fetch(url)).status).toBe(401);
    // The integration that uploaded it does not read it back either (a download is a staff act).
    expect((await fetch(url, { headers: { authorization: `Bearer ${partner}` } })).status).toBe(404);
    // Executors read neither the call nor its recording field.
    const byExecutor = await t.graphql(CALL, { id: callId }, { token: executor });
    expect(byExecutor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("recordings: retention", () => {
  const SETTINGS = `mutation ($days: Int!) { callSettingsUpdate(recordingRetentionDays: $days) { recordingRetentionDays } }`;

  it("only administrators (INTEGRATIONS_MANAGE) set it, within 1–3650 days; every CALLS_READ employee reads it", async () => {
    expect((await t.graphql(`{ callSettings { recordingRetentionDays } }`, {}, { token: dispatcher })).data!.callSettings.recordingRetentionDays).toBe(365);
    expect((await t.graphql(SETTINGS, { days: 30 }, { token: dispatcher })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const days of [0, 3651, -5]) {
      expect((await t.graphql(SETTINGS, { days }, { token: admin })).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "OUT_OF_RANGE" });
    }
    const set = await t.graphql(SETTINGS, { days: 365 }, { token: admin });
    expect(set.data!.callSettingsUpdate.recordingRetentionDays).toBe(365);
  });

  it("the sweep job deletes recordings older than the organization's period (row, file and bytes) and keeps newer ones and the calls", async () => {
    expect((await t.graphql(SETTINGS, { days: 30 }, { token: admin })).errors).toBeUndefined();
    const old = await reportedCall(40);
    const recent = await reportedCall(10);
    const foreignOld = await reportedCall(40, foreignPartner);
    for (const [call, token] of [
      [old, partner],
      [recent, partner],
      [foreignOld, foreignPartner],
    ] as const) {
      expect((await uploadRecording(t.url, token, call.externalCallId, WAV)).status).toBe(201);
    }
    const fileOf = async (callId: string) => {
      const [row] = await t.database.db.select({ fileId: schema.calls.recordingFileId }).from(schema.calls).where(eq(schema.calls.id, callId));
      return row!.fileId;
    };
    const oldFile = (await fileOf(old.callId))!;
    const [stored] = await t.database.db.select().from(schema.storedFiles).where(eq(schema.storedFiles.id, oldFile));
    await t.app.services.callRecordings.sweep();
    await t.app.jobs.runDue(); // the purge of the bytes
    expect(await fileOf(old.callId)).toBeNull();
    expect(await t.database.db.select().from(schema.storedFiles).where(eq(schema.storedFiles.id, oldFile))).toHaveLength(0);
    await expect(t.app.services.files.storage.open(stored!.storageKey)).rejects.toThrow();
    expect(await fileOf(recent.callId)).not.toBeNull();
    // Another organization keeps its own period (the default 365 days).
    expect(await fileOf(foreignOld.callId)).not.toBeNull();
    // The call itself stays in the journal.
    expect((await t.graphql(CALL, { id: old.callId }, { token: dispatcher })).data!.call).toEqual({ id: old.callId, recording: null });
    // The sweep schedules its next run (one pending at a time).
    const pending = await t.database.db
      .select()
      .from(schema.jobs)
      .where(and(eq(schema.jobs.kind, "calls.recordings-sweep"), eq(schema.jobs.dedupeKey, "calls:recordings-sweep")));
    expect(pending).toHaveLength(1);
    expect(pending[0]!.runAt.getTime()).toBeGreaterThan(t.clock.now().getTime());
    await t.graphql(SETTINGS, { days: 365 }, { token: admin });
  });
});

import { createECDH, createPublicKey, hkdfSync, randomBytes, randomUUID, verify, createDecipheriv } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestServer } from "./harness.js";

/** What the test push service received for one device, decrypted and checked. */
export type ReceivedPush = {
  deviceId: string;
  /** The HTTP status the test push service answered; 0 when the sender hung up before the answer. */
  status: number;
  payload: { title: string; body: string; url: string; tag: string; kind: string } | null;
  topic: string | undefined;
  ttl: string | undefined;
  /** The Retry-After header it answered with, if any. */
  retryAfter?: string;
  /** Set when the request broke the Web Push rules (a bad VAPID token, a body that does not decrypt…). */
  problem?: string;
};

/** A browser's subscription made by the test push service: the device's private key stays here. */
export type TestDevice = {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  /** Status codes (with a Retry-After header where given) to answer the next requests with, in order (then 201). */
  answers: (number | { status: number; retryAfter: string })[];
  /** Milliseconds to wait before answering. */
  delayMs: number;
};

const b64 = (buffer: Buffer) => buffer.toString("base64url");

/**
 * A real push service on 127.0.0.1 for tests, as RFC 8030/8291/8292 describe one: each device
 * (`device()`) is a key pair and an auth secret made here, like a browser's PushManager makes them;
 * a POST to its endpoint must carry a VAPID token (ES256 JWT, audience = this origin, expiring
 * within 24 h, signed by the key the server publishes) and an aes128gcm body that decrypts with the
 * device's private key and auth secret. Every request is recorded with what it decrypted to.
 */
export async function startPushEndpoint(): Promise<{
  url: string;
  received: ReceivedPush[];
  /** Accepted (2xx) pushes of one device. */
  accepted(device: TestDevice): ReceivedPush[];
  device(): TestDevice;
  /** The VAPID public key requests must be signed with (the API's pushPublicKey). */
  expectKey(publicKey: string): void;
  close(): Promise<void>;
}> {
  const devices = new Map<string, TestDevice & { ecdh: ReturnType<typeof createECDH>; secret: Buffer }>();
  const received: ReceivedPush[] = [];
  let expectedKey: string | undefined;
  let origin = "";

  const server: Server = createServer((req, res) => {
    let gaveUp = false;
    res.on("close", () => (gaveUp = !res.writableFinished));
    void handle(req).then(
      ({ record, delayMs }) =>
        setTimeout(() => {
          // A sender that stopped waiting (its time-out) never learns the answer: the push did not count.
          if (gaveUp || res.destroyed) record.status = 0;
          else res.writeHead(record.status, record.retryAfter ? { "retry-after": record.retryAfter } : {}).end();
          received.push(record);
        }, delayMs),
      () => res.writeHead(500).end(),
    );
  });

  async function handle(req: IncomingMessage): Promise<{ record: ReceivedPush; delayMs: number }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const id = /^\/push\/([\w-]+)$/.exec(req.url ?? "")?.[1];
    const device = id ? devices.get(id) : undefined;
    if (req.method !== "POST" || !device) return { record: { deviceId: id ?? "", status: 404, payload: null, topic: undefined, ttl: undefined, problem: "no such device" }, delayMs: 0 };
    const record: ReceivedPush = { deviceId: device.id, status: 201, payload: null, topic: header(req, "topic"), ttl: header(req, "ttl") };
    try {
      checkVapid(header(req, "authorization"));
      if (header(req, "content-encoding") !== "aes128gcm") throw new Error(`content-encoding ${header(req, "content-encoding")}`);
      if (!record.ttl || !/^\d+$/.test(record.ttl)) throw new Error("no TTL");
      record.payload = JSON.parse(decrypt(body, device.ecdh, device.secret).toString("utf8"));
      const answer = device.answers.shift() ?? 201;
      if (typeof answer === "number") record.status = answer;
      else ({ status: record.status, retryAfter: record.retryAfter } = answer);
    } catch (error) {
      record.problem = (error as Error).message;
      record.status = 400;
    }
    return { record, delayMs: device.delayMs };
  }

  function checkVapid(authorization: string | undefined): void {
    const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(authorization ?? "");
    if (!match) throw new Error(`no VAPID authorization: ${authorization}`);
    const [, token, key] = match as unknown as [string, string, string];
    if (expectedKey && key !== expectedKey) throw new Error("signed with another VAPID key");
    const raw = Buffer.from(key, "base64url");
    if (raw.length !== 65 || raw[0] !== 4) throw new Error("k is not an uncompressed P-256 point");
    const publicKey = createPublicKey({ key: { kty: "EC", crv: "P-256", x: b64(raw.subarray(1, 33)), y: b64(raw.subarray(33)) }, format: "jwk" });
    const [head, claims, signature] = token.split(".") as [string, string, string];
    const header = JSON.parse(Buffer.from(head, "base64url").toString());
    if (header.alg !== "ES256") throw new Error(`alg ${header.alg}`);
    if (!verify("sha256", Buffer.from(`${head}.${claims}`), { key: publicKey, dsaEncoding: "ieee-p1363" }, Buffer.from(signature, "base64url"))) {
      throw new Error("VAPID signature does not verify");
    }
    const jwt = JSON.parse(Buffer.from(claims, "base64url").toString()) as { aud?: string; exp?: number; sub?: string };
    if (jwt.aud !== origin) throw new Error(`aud ${jwt.aud} is not ${origin}`);
    const now = Date.now() / 1000;
    if (!jwt.exp || jwt.exp < now || jwt.exp > now + 24 * 3600) throw new Error(`exp ${jwt.exp} not within 24 h`);
    if (!jwt.sub || !/^(mailto:|https:)/.test(jwt.sub)) throw new Error(`sub ${jwt.sub}`);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    received,
    accepted: (device) => received.filter((r) => r.deviceId === device.id && r.status >= 200 && r.status < 300),
    device() {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const secret = randomBytes(16);
      const id = randomUUID();
      const device = { id, endpoint: `${origin}/push/${id}`, p256dh: b64(ecdh.getPublicKey()), auth: b64(secret), answers: [], delayMs: 0, ecdh, secret };
      devices.set(id, device);
      return device;
    },
    expectKey(publicKey) {
      expectedKey = publicKey;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** RFC 8291 (with RFC 8188's aes128gcm): the user agent's side, written from the RFCs, not from the sender's library. */
function decrypt(body: Buffer, ecdh: ReturnType<typeof createECDH>, authSecret: Buffer): Buffer {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20]!;
  const serverKey = body.subarray(21, 21 + idLength);
  const records = body.subarray(21 + idLength);
  if (idLength !== 65) throw new Error(`keyid of ${idLength} bytes`);
  if (records.length > recordSize) throw new Error("more than one record");
  const shared = ecdh.computeSecret(serverKey);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), ecdh.getPublicKey(), serverKey]);
  const ikm = Buffer.from(hkdfSync("sha256", shared, authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(records.subarray(records.length - 16));
  const padded = Buffer.concat([decipher.update(records.subarray(0, records.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("no last-record delimiter");
  return padded.subarray(0, end);
}

/**
 * Runs the job queue until no push job is left: a send answered late is retried after its back-off,
 * so the test clock is moved on between rounds. Delivery tests check what arrives, exactly once, not
 * how fast this machine is.
 */
export async function deliverPushes(t: TestServer): Promise<void> {
  for (let round = 0; round < 6; round++) {
    await t.app.jobs.runDue();
    const [left] = await t.database.sql`select count(*)::int as n from jobs where kind in ('notifications.push', 'push.send')`;
    if (left!.n === 0) return;
    t.clock.advance(10 * 60_000);
  }
  throw new Error("push jobs still queued after six rounds");
}

import express, { type RequestHandler } from "express";
import type { AddressInfo } from "node:net";
import { request } from "node:http";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonBody } from "./json-body.js";

/** One server per parser, answering the parsed body or the error's status and type. */
async function serve(parser: RequestHandler) {
  const app = express();
  app.post("/", parser, (req, res) => void res.json({ body: req.body as unknown }));
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(error.status ?? 500).json({ status: error.status, type: error.type });
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

const send = (port: number, body: Buffer | string, headers: Record<string, string>, chunked = false) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const data = typeof body === "string" ? Buffer.from(body) : body;
    const req = request({ host: "127.0.0.1", port, method: "POST", path: "/", headers: chunked ? headers : { ...headers, "content-length": String(data.length) } }, (res) => {
      let text = "";
      res.on("data", (c) => (text += String(c)));
      res.on("end", () => resolve({ status: res.statusCode!, text }));
    });
    req.on("error", reject);
    if (chunked) {
      req.write(data.subarray(0, 3));
      req.end(data.subarray(3));
    } else req.end(data);
  });

describe("jsonBody", () => {
  let ours: Awaited<ReturnType<typeof serve>>;
  let theirs: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    ours = await serve(jsonBody(100));
    theirs = await serve(express.json({ limit: 100 }));
  });
  afterAll(() => {
    ours.server.close();
    theirs.server.close();
  });

  const json = { "content-type": "application/json" };
  const cases: [string, Buffer | string, Record<string, string>, boolean?][] = [
    ["an object", `{"query":"{ me { kind } }","variables":{"a":"я"}}`, json],
    ["an array", `[{"query":"{ a }"}]`, json],
    ["an empty body", "", json],
    ["whitespace before the object", ` \n{"a":1}`, json],
    ["a BOM", `\uFEFF{"a":1}`, json],
    ["charset utf-8", `{"a":1}`, { "content-type": "application/json; charset=utf-8" }],
    ["charset latin1", `{"a":1}`, { "content-type": "application/json; charset=latin1" }],
    ["a string", `"text"`, json],
    ["a number", ` 12`, json],
    ["broken JSON", `{"query": "{ me }"`, json],
    ["over the limit", `{"a":"${"x".repeat(200)}"}`, json],
    ["exactly the limit", `{"a":"${"x".repeat(92)}"}`, json],
    ["gzip", gzipSync(`{"a":1}`), { ...json, "content-encoding": "gzip" }],
    ["chunked", `{"a":1}`, json, true],
    ["chunked over the limit", `{"a":"${"x".repeat(200)}"}`, json, true],
    ["another type", `{"a":1}`, { "content-type": "text/plain" }],
  ];
  it.each(cases)("answers %s as express.json does", async (_name, body, headers, chunked) => {
    const [a, b] = [await send(ours.port, body, headers, chunked), await send(theirs.port, body, headers, chunked)];
    expect(a).toEqual(b);
  });
});

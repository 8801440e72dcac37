import { randomUUID } from "node:crypto";
import { DEMO_RESIDENTS } from "@domovoy/db/seed";
import { wavTone } from "./wav-tone.js";

/**
 * `npm run calls:simulate`: a telephony simulator for demos. Plays a stream of calls against a
 * running server through the partner API (`callEvent`) with an integration token, the way a PBX
 * would: incoming answered, missed, outgoing; now and then an event is delivered twice or late, as
 * real providers do. Open the web app as a dispatcher to see the calls arrive.
 *
 *   DOMOVOY_INTEGRATION_TOKEN  the token («Интеграции» → «Создать токен»), required
 *   DOMOVOY_API_URL            default http://localhost:4000/graphql
 *   CALLS                      how many calls (default 10)
 *   CALL_PAUSE_MS              pause between the steps of a call (default 3000)
 *   CALL_PHONES                comma-separated outside numbers (default: the demo residents of УК «Домовой»)
 *   CALL_EXTENSIONS            comma-separated staff extensions to route to (default: none, every dispatcher hears)
 *   CALL_LINE                  the organization's line number (default +74950000000)
 *
 * An answered call gets a recording once it ends (a tone as long as the talk), uploaded the way a
 * PBX would: PUT /partner/calls/recording with the same token.
 */
const url = process.env.DOMOVOY_API_URL ?? "http://localhost:4000/graphql";
const token = process.env.DOMOVOY_INTEGRATION_TOKEN;
if (!token) {
  console.error("DOMOVOY_INTEGRATION_TOKEN is required: create one in «Интеграции» as an administrator.");
  process.exit(2);
}
const count = Number(process.env.CALLS ?? 10);
const pause = Number(process.env.CALL_PAUSE_MS ?? 3000);
const line = process.env.CALL_LINE ?? "+74950000000";
const list = (value: string | undefined) => (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
const phones = list(process.env.CALL_PHONES);
if (phones.length === 0) phones.push(...DEMO_RESIDENTS.filter((r) => r.organization === DEMO_RESIDENTS[0]!.organization).map((r) => r.phone));
const extensions = list(process.env.CALL_EXTENSIONS);

const EVENT = `mutation ($input: CallEventInput!) { callEvent(input: $input) { callId status created changed matchedClients } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;

type Kind = "RINGING" | "ANSWERED" | "ENDED" | "MISSED";

async function send(input: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: EVENT, variables: { input } }),
  });
  const body = (await response.json()) as { data?: { callEvent: Record<string, unknown> }; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors) {
    console.error(`  ${String(input.kind)}: ${body.errors[0]!.extensions?.code ?? response.status} ${body.errors[0]!.message}`);
    if (body.errors[0]!.extensions?.code === "UNAUTHENTICATED") process.exit(1);
    return;
  }
  const r = body.data!.callEvent;
  console.log(`  ${String(input.kind).padEnd(8)} → ${String(r.status).padEnd(8)} created=${r.created} changed=${r.changed} clients=${r.matchedClients}`);
}

/** Uploads a recording for an ended call. */
async function uploadRecording(externalCallId: string, seconds: number): Promise<void> {
  const target = new URL("/partner/calls/recording", url);
  target.searchParams.set("externalCallId", externalCallId);
  target.searchParams.set("source", "simulator");
  const response = await fetch(target, { method: "PUT", headers: { authorization: `Bearer ${token}` }, body: new Uint8Array(wavTone(Math.min(seconds, 30))) });
  const body = (await response.json()) as { size?: number; error?: { message: string } };
  console.log(response.ok ? `  recording → ${body.size} bytes` : `  recording: ${response.status} ${body.error?.message ?? ""}`);
}

for (let i = 1; i <= count; i++) {
  const scenario = pick(["ANSWERED", "ANSWERED", "MISSED", "OUTGOING"] as const);
  const outside = pick(phones);
  const extension = extensions.length ? pick(extensions) : null;
  const direction = scenario === "OUTGOING" ? "OUTGOING" : "INCOMING";
  const base = {
    externalCallId: `sim-${randomUUID()}`,
    source: "simulator",
    direction,
    callerNumber: direction === "INCOMING" ? outside : (extension ?? "100"),
    calleeNumber: direction === "INCOMING" ? line : outside,
    extension,
  };
  console.log(`call ${i}/${count}: ${direction === "INCOMING" ? `${outside} → ${line}` : `${base.callerNumber} → ${outside}`}, ${scenario === "MISSED" ? "missed" : "answered"}`);
  const event = (kind: Kind, extra: Record<string, unknown> = {}) => ({ ...base, kind, at: new Date().toISOString(), ...extra });
  const ringing = event("RINGING");
  await send(ringing);
  await sleep(pause);
  if (scenario === "MISSED") {
    await send(event("MISSED"));
  } else {
    const answered = event("ANSWERED");
    await send(answered);
    // Providers redeliver: the same ANSWERED again changes nothing.
    if (Math.random() < 0.3) await send(answered);
    const talk = pause * (1 + Math.floor(Math.random() * 3));
    await sleep(talk);
    await send(event("ENDED", { durationSeconds: Math.round(talk / 1000) }));
    await uploadRecording(base.externalCallId, Math.max(1, Math.round(talk / 1000)));
    // A late RINGING after the end changes nothing either.
    if (Math.random() < 0.3) await send(ringing);
  }
  await sleep(pause);
}

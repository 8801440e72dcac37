import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { BlockList, isIP } from "node:net";
import { PassThrough, type Readable } from "node:stream";
import { AppError, ErrorCode } from "../../shared/errors.js";

/** Redirects a provider's recording link may take before we give up. */
export const MAX_RECORDING_REDIRECTS = 3;

/** Addresses a fetch never reaches unless its host is allowed by name: loopback, private, link-local, CGNAT, multicast, unspecified. */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv6");
}

/** True for an address a server-side fetch must not reach (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return PRIVATE.check(mapped[1]!, "ipv4");
    return PRIVATE.check(address, "ipv6");
  }
  return PRIVATE.check(address, "ipv4");
}

export type FetchRefusal = "URL_INVALID" | "PRIVATE_ADDRESS" | "TOO_MANY_REDIRECTS" | "FETCH_FAILED" | "FETCH_TIMEOUT" | "NOT_AUDIO" | "RECORDING_TOO_LARGE";

const MESSAGES: Record<FetchRefusal, string> = {
  URL_INVALID: "Ссылка на запись должна быть адресом http(s)",
  PRIVATE_ADDRESS: "Ссылка на запись ведёт во внутреннюю сеть",
  TOO_MANY_REDIRECTS: "Слишком много перенаправлений по ссылке на запись",
  FETCH_FAILED: "Не удалось скачать запись разговора",
  FETCH_TIMEOUT: "Запись разговора не скачалась вовремя",
  NOT_AUDIO: "Это не аудиозапись",
  RECORDING_TOO_LARGE: "Запись разговора слишком большая",
};

export function recordingRefusal(reason: FetchRefusal, field = "input.url", extra: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, MESSAGES[reason], { field, reason, ...extra });
}

export type RecordingFetchOptions = {
  maxBytes: number;
  timeoutMs: number;
  /** Host names (lower case) allowed although they resolve to a private address. */
  allowHosts: readonly string[];
};

export type FetchedRecording = {
  body: Readable;
  fileName: string;
  /** Ends the transfer (the deadline passed or the caller gave up). */
  abort(reason: FetchRefusal): void;
  /** Why the body failed, when it did through abort(). */
  failure(): FetchRefusal | null;
};

type Lookup = (hostname: string, options: object, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => void;

/**
 * A DNS lookup that refuses private addresses for hosts not allowed by name. It runs at connect
 * time, so the address checked is the address connected to (no second resolution to rebind).
 */
function guardedLookup(allowed: boolean): Lookup {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...(options as object), all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      if (!allowed && list.some((a) => isPrivateAddress(a.address))) {
        const refusal = Object.assign(new Error("private address"), { code: "PRIVATE_ADDRESS" }) as NodeJS.ErrnoException;
        return callback(refusal, []);
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family);
    });
  };
}

function fileNameOf(url: URL): string {
  const last = decodeURIComponent(url.pathname.split("/").pop() ?? "").trim();
  return last || "recording";
}

/**
 * Fetches a recording from the provider's URL, bounded: http(s) only; every hop's address checked
 * (private, loopback and link-local refused unless the host is allowed by name), at most
 * MAX_RECORDING_REDIRECTS redirects followed by hand; a declared Content-Type that is not audio
 * (or octet-stream) and a declared length over the limit are refused before the body; the whole
 * transfer ends at the deadline. The caller streams `body` into storage with the same byte limit
 * (which stops a body that lies about its length) and checks the sniffed type.
 */
export async function fetchRecording(rawUrl: string, options: RecordingFetchOptions): Promise<FetchedRecording> {
  let failure: FetchRefusal | null = null;
  let current: http.ClientRequest | undefined;
  let response: IncomingMessage | undefined;
  const out = new PassThrough();
  const abort = (reason: FetchRefusal) => {
    if (failure) return;
    failure = reason;
    current?.destroy();
    response?.destroy();
    out.destroy(recordingRefusal(reason));
  };
  const deadline = setTimeout(() => abort("FETCH_TIMEOUT"), options.timeoutMs);
  deadline.unref();
  out.on("close", () => clearTimeout(deadline));

  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    clearTimeout(deadline);
    throw recordingRefusal("URL_INVALID");
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      clearTimeout(deadline);
      throw recordingRefusal("URL_INVALID");
    }
    const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
    const allowed = options.allowHosts.includes(host);
    if (!allowed && isIP(host) && isPrivateAddress(host)) {
      clearTimeout(deadline);
      throw recordingRefusal("PRIVATE_ADDRESS");
    }
    let res: IncomingMessage;
    try {
      res = await new Promise<IncomingMessage>((resolve, reject) => {
        const client = url.protocol === "https:" ? https : http;
        current = client.get(url, { lookup: guardedLookup(allowed) as never, headers: { accept: "audio/*" } }, resolve);
        current.on("error", reject);
      });
    } catch (error) {
      clearTimeout(deadline);
      if (failure) throw recordingRefusal(failure);
      if ((error as NodeJS.ErrnoException).code === "PRIVATE_ADDRESS") throw recordingRefusal("PRIVATE_ADDRESS");
      throw recordingRefusal("FETCH_FAILED");
    }
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= MAX_RECORDING_REDIRECTS) {
        clearTimeout(deadline);
        throw recordingRefusal("TOO_MANY_REDIRECTS");
      }
      try {
        url = new URL(res.headers.location, url);
      } catch {
        clearTimeout(deadline);
        throw recordingRefusal("URL_INVALID");
      }
      continue;
    }
    if (status !== 200) {
      res.resume();
      clearTimeout(deadline);
      throw recordingRefusal("FETCH_FAILED", "input.url", { status });
    }
    const type = (res.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (type && !type.startsWith("audio/") && type !== "application/octet-stream" && type !== "binary/octet-stream") {
      res.resume();
      clearTimeout(deadline);
      throw recordingRefusal("NOT_AUDIO");
    }
    const declared = Number(res.headers["content-length"] ?? NaN);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      res.destroy();
      clearTimeout(deadline);
      throw recordingRefusal("RECORDING_TOO_LARGE", "input.url", { maxBytes: options.maxBytes });
    }
    response = res;
    res.on("error", () => abort(failure ?? "FETCH_FAILED"));
    res.on("aborted", () => abort(failure ?? "FETCH_FAILED"));
    res.pipe(out);
    return { body: out, fileName: fileNameOf(url), abort, failure: () => failure };
  }
}

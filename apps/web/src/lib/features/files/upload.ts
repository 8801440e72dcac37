import { localeTag, t } from "$lib/i18n";
import { refusalText } from "$lib/graphql/errors";

/** What `POST /files` accepts from clients (the server refuses other purposes). */
export type UploadPurpose = "ORDER_DOCUMENT" | "CHAT_ATTACHMENT" | "PREMISES_IMPORT";

/** The server's limits per purpose, checked here too so a too-large file is refused before sending it. */
export const MAX_UPLOAD_BYTES: Record<UploadPurpose, number> = {
  ORDER_DOCUMENT: 40 * 1024 * 1024,
  CHAT_ATTACHMENT: 40 * 1024 * 1024,
  PREMISES_IMPORT: 5 * 1024 * 1024,
};

export type UploadedFile = { id: string; fileName: string; contentType: string; size: number };

/** A refused or failed upload; `message` is ready to show (Russian). */
export class UploadError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when the network failed or the upload was cancelled. */
    readonly status: number,
    readonly code: string,
    readonly reason: string | null = null,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

export type UploadOptions = {
  purpose: UploadPurpose;
  /** The order a document or attachment is for; a premises import has none. */
  orderId?: string;
  file: File;
  /** Called while the bytes go out: sent and total bytes. */
  onProgress?: (loaded: number, total: number) => void;
  /** Aborting cancels the upload (rejects with code ABORTED). */
  signal?: AbortSignal;
};

/**
 * Sends one file to `POST /files` (multipart: `purpose` and `orderId` before `file`) with the
 * session cookie and the CSRF header; resolves to the stored file whose `id` a mutation then
 * claims (`orderDocumentAdd`, a chat message). XMLHttpRequest, because fetch reports no upload progress.
 */
export function uploadFile({ purpose, orderId, file, onProgress, signal }: UploadOptions): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new UploadError(t("files.upload.aborted"), 0, "ABORTED"));
    const limit = MAX_UPLOAD_BYTES[purpose];
    if (file.size > limit) {
      return reject(new UploadError(t("files.upload.tooLarge", { name: file.name, max: Math.round(limit / 1024 / 1024) }), 413, "PAYLOAD_TOO_LARGE", "FILE_TOO_LARGE"));
    }
    const form = new FormData();
    form.append("purpose", purpose);
    if (orderId) form.append("orderId", orderId);
    form.append("file", file, file.name);

    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/files");
    xhr.withCredentials = true;
    xhr.setRequestHeader("X-Domovoy-Upload", "1");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      const body = xhr.response as (UploadedFile & { error?: { code: string; reason: string | null; message: string } }) | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.id) {
        onProgress?.(file.size, file.size);
        resolve({ id: body.id, fileName: body.fileName, contentType: body.contentType, size: body.size });
        return;
      }
      const error = body?.error;
      reject(new UploadError(error ? refusalText({ message: error.message, extensions: { code: error.code, reason: error.reason } }) : t("files.upload.failed"), xhr.status, error?.code ?? "HTTP_" + xhr.status, error?.reason ?? null));
    };
    xhr.onerror = () => reject(new UploadError(t("error.network"), 0, "NETWORK"));
    xhr.onabort = () => reject(new UploadError(t("files.upload.aborted"), 0, "ABORTED"));
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/** «12,3 МБ», «850 КБ», «17 Б». */
export function formatFileSize(bytes: number): string {
  const units = [t("files.size.b"), t("files.size.kb"), t("files.size.mb"), t("files.size.gb")];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(localeTag(), { maximumFractionDigits: digits })} ${units[unit]}`;
}

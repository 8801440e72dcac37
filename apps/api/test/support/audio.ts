export { wavTone } from "../../src/cli/wav-tone.js";

/** PUT /partner/calls/recording: uploads a recording for a reported call with an integration token. */
export function uploadRecording(baseUrl: string, token: string, externalCallId: string, body: Buffer, extra: Record<string, string> = {}) {
  const query = new URLSearchParams({ externalCallId, ...extra });
  return fetch(`${baseUrl}/partner/calls/recording?${query}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream" },
    body: new Uint8Array(body),
  });
}

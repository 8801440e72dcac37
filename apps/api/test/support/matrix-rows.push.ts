import { residentOnly, signedIn, type Actor, type Expectation, type MatrixRow } from "./matrix-kit.js";

/** Employees only (any role): their own devices; a resident has the resident variant. */
const employees: Record<Actor, Expectation> = { ...signedIn, resident: "FORBIDDEN" };

/** A subscription of a made-up device; each actor registers its own endpoint (a row per organization and endpoint). */
const device = ({ actor }: { actor: Actor }) => ({
  input: {
    endpoint: `https://push.example.com/matrix/${actor}`,
    // A real P-256 point (the generator) and a 16-byte secret.
    p256dh: "BGsX0fLhLEJH-Lzm5WOkQPJ3A32BLeszoPShOUXYmMKWT-NC4v4af5uO5-tKfA-eFivOM1drMV7Oy7ZAaDe_UfU",
    auth: "AAAAAAAAAAAAAAAAAAAAAA",
    userAgent: "matrix",
  },
});

/**
 * Web Push: the public key for anyone signed in (employee or resident); registering and
 * unregistering a device for the viewer themselves, staff and resident variants. Which devices
 * hear what, and another person's device, are tested in push.test.ts.
 */
export const pushMatrixRows: MatrixRow[] = [
  { field: "pushPublicKey", document: `{ pushPublicKey }`, expect: { ...signedIn } },
  {
    field: "pushSubscriptionRegister",
    document: `mutation ($input: PushSubscriptionInput!) { pushSubscriptionRegister(input: $input) { id } }`,
    variables: device,
    expect: employees,
  },
  {
    field: "pushSubscriptionUnregister",
    document: `mutation { pushSubscriptionUnregister(endpoint: "https://push.example.com/matrix/none") }`,
    expect: employees,
  },
  {
    field: "residentPushSubscriptionRegister",
    document: `mutation ($input: PushSubscriptionInput!) { residentPushSubscriptionRegister(input: $input) { id } }`,
    variables: device,
    expect: residentOnly,
  },
  {
    field: "residentPushSubscriptionUnregister",
    document: `mutation { residentPushSubscriptionUnregister(endpoint: "https://push.example.com/matrix/none") }`,
    expect: residentOnly,
  },
];

import type { Message } from "../types";
import { ruBase, ruBaseParts } from "./base";
import { ruDesk, ruDeskParts } from "./desk";

/**
 * The parts of the Russian catalog, one per area of the app; a key belongs to exactly one. The
 * app loads them in two pieces: base.ts (every app) and desk.ts (the desk only, a lazy chunk);
 * this module, with both, is for types and tests — the app itself never imports it at run time.
 */
export const ruParts = { ...ruBaseParts, ...ruDeskParts };

/**
 * Russian UI texts: the reference catalog. Every other locale is typed by its keys (`Catalog`).
 * Placeholders are `{name}`; plural messages pick a form by `{count}` (one / few / many / other).
 */
export const ru = { ...ruBase, ...ruDesk } satisfies Record<string, Message>;

export type MessageKey = keyof typeof ru;
export type Catalog = Record<MessageKey, Message>;

/** The keys of one part, e.g. `PartKey<"fieldRu">`: another locale's part is typed by them. */
export type PartKey<P extends keyof typeof ruParts> = keyof (typeof ruParts)[P];

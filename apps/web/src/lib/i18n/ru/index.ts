import type { Message } from "../types";
import { adminRu } from "./admin";
import { callsRu } from "./calls";
import { commonRu } from "./common";
import { dashboardRu } from "./dashboard";
import { orderCardRu } from "./order-card";
import { ordersRu } from "./orders";
import { incidentsRu } from "./incidents";
import { invoicesRu } from "./invoices";
import { paymentsRu } from "./payments";
import { legendRu } from "./legend";
import { paletteRu } from "./palette";
import { placesRu } from "./places";
import { referenceRu } from "./reference";
import { checklistsRu } from "./checklists";
import { fieldRu } from "./field";
import { residentRu } from "./resident";
import { objectsRu } from "./objects";
import { pushRu } from "./push";
import { directoryRu } from "./directory";
import { errorsRu } from "./errors";

/** The parts of the Russian catalog, one per area of the app; a key belongs to exactly one. */
export const ruParts = { commonRu, ordersRu, orderCardRu, dashboardRu, referenceRu, incidentsRu, checklistsRu, invoicesRu, fieldRu, residentRu, callsRu, paymentsRu, adminRu, placesRu, objectsRu, pushRu, paletteRu, legendRu, directoryRu, errorsRu };

/**
 * Russian UI texts: the reference catalog. Every other locale is typed by its keys (`Catalog`).
 * Placeholders are `{name}`; plural messages pick a form by `{count}` (one / few / many / other).
 */
export const ru = { ...commonRu, ...ordersRu, ...orderCardRu, ...dashboardRu, ...referenceRu, ...incidentsRu, ...checklistsRu, ...invoicesRu, ...fieldRu, ...residentRu, ...callsRu, ...paymentsRu, ...adminRu, ...placesRu, ...objectsRu, ...pushRu, ...paletteRu, ...legendRu, ...directoryRu, ...errorsRu } satisfies Record<string, Message>;

export type MessageKey = keyof typeof ru;
export type Catalog = Record<MessageKey, Message>;

/** The keys of one part, e.g. `PartKey<"fieldRu">`: another locale's part is typed by them. */
export type PartKey<P extends keyof typeof ruParts> = keyof (typeof ruParts)[P];

import type { Message } from "../types";
import { adminRu } from "./admin";
import { callsRu } from "./calls";
import { dashboardRu } from "./dashboard";
import { directoryRu } from "./directory";
import { incidentsRu } from "./incidents";
import { invoicesRu } from "./invoices";
import { legendRu } from "./legend";
import { objectsRu } from "./objects";
import { paletteRu } from "./palette";
import { placesRu } from "./places";
import { referenceRu } from "./reference";

/**
 * The parts of the Russian catalog only the desk (routes/(app)) shows: a chunk of their own, which
 * the desk's layout loads before it renders (`loadDeskTexts`), so the phone apps never fetch them.
 */
export const ruDeskParts = { dashboardRu, referenceRu, incidentsRu, invoicesRu, callsRu, adminRu, placesRu, objectsRu, paletteRu, legendRu, directoryRu };

export const ruDesk = { ...dashboardRu, ...referenceRu, ...incidentsRu, ...invoicesRu, ...callsRu, ...adminRu, ...placesRu, ...objectsRu, ...paletteRu, ...legendRu, ...directoryRu } satisfies Record<string, Message>;

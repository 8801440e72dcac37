import type { ruDesk } from "../ru/desk";
import type { Message } from "../types";
import { adminEn } from "./admin";
import { callsEn } from "./calls";
import { dashboardEn } from "./dashboard";
import { directoryEn } from "./directory";
import { incidentsEn } from "./incidents";
import { invoicesEn } from "./invoices";
import { legendEn } from "./legend";
import { objectsEn } from "./objects";
import { paletteEn } from "./palette";
import { placesEn } from "./places";
import { referenceEn } from "./reference";

export const enDeskParts = { dashboardEn, referenceEn, incidentsEn, invoicesEn, callsEn, adminEn, placesEn, objectsEn, paletteEn, legendEn, directoryEn };

/** English for every key of `ru/desk.ts`: loaded only by the desk, in English. */
export const enDesk: Record<keyof typeof ruDesk, Message> = { ...dashboardEn, ...referenceEn, ...incidentsEn, ...invoicesEn, ...callsEn, ...adminEn, ...placesEn, ...objectsEn, ...paletteEn, ...legendEn, ...directoryEn };

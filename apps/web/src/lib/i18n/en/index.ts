import type { Catalog } from "../ru";
import { adminEn } from "./admin";
import { callsEn } from "./calls";
import { checklistsEn } from "./checklists";
import { commonEn } from "./common";
import { dashboardEn } from "./dashboard";
import { directoryEn } from "./directory";
import { errorsEn } from "./errors";
import { fieldEn } from "./field";
import { incidentsEn } from "./incidents";
import { invoicesEn } from "./invoices";
import { legendEn } from "./legend";
import { objectsEn } from "./objects";
import { orderCardEn } from "./order-card";
import { ordersEn } from "./orders";
import { paletteEn } from "./palette";
import { paymentsEn } from "./payments";
import { placesEn } from "./places";
import { pushEn } from "./push";
import { referenceEn } from "./reference";
import { residentEn } from "./resident";

/**
 * English parts, one per Russian part, each typed by every key of its twin
 * (`Record<PartKey<…>, Message>`): a Russian text added without its English one fails the typecheck.
 */
export const enParts = {
  commonEn,
  ordersEn,
  orderCardEn,
  dashboardEn,
  referenceEn,
  incidentsEn,
  checklistsEn,
  invoicesEn,
  fieldEn,
  residentEn,
  callsEn,
  paymentsEn,
  adminEn,
  placesEn,
  objectsEn,
  pushEn,
  paletteEn,
  legendEn,
  directoryEn,
  errorsEn,
};

/** The English catalog: complete (the employee app, the resident app and the desk). */
export const en: Catalog = {
  ...commonEn,
  ...ordersEn,
  ...orderCardEn,
  ...dashboardEn,
  ...referenceEn,
  ...incidentsEn,
  ...checklistsEn,
  ...invoicesEn,
  ...fieldEn,
  ...residentEn,
  ...callsEn,
  ...paymentsEn,
  ...adminEn,
  ...placesEn,
  ...objectsEn,
  ...pushEn,
  ...paletteEn,
  ...legendEn,
  ...directoryEn,
  ...errorsEn,
};

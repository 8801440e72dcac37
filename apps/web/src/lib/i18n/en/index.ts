import type { Catalog } from "../ru";
import { enBase, enBaseParts } from "./base";
import { enDesk, enDeskParts } from "./desk";

/**
 * English parts, one per Russian part, each typed by every key of its twin
 * (`Record<PartKey<…>, Message>`): a Russian text added without its English one fails the typecheck.
 * The app loads them as two chunks, base.ts and desk.ts, like the Russian ones; this module is for tests.
 */
export const enParts = { ...enBaseParts, ...enDeskParts };

/** The English catalog: complete (the employee app, the resident app and the desk). */
export const en: Catalog = { ...enBase, ...enDesk };

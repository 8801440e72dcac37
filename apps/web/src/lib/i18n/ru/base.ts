import type { Message } from "../types";
import { checklistsRu } from "./checklists";
import { commonRu } from "./common";
import { errorsRu } from "./errors";
import { fieldRu } from "./field";
import { orderCardRu } from "./order-card";
import { ordersRu } from "./orders";
import { paymentsRu } from "./payments";
import { pushRu } from "./push";
import { residentRu } from "./resident";

/**
 * The parts of the Russian catalog every app may show: the phone apps (/m, /r), sign-in, the
 * shared components and the errors. In every first load; the desk's own parts (desk.ts) are a
 * chunk its layout loads (issue #14).
 */
export const ruBaseParts = { commonRu, ordersRu, orderCardRu, checklistsRu, fieldRu, residentRu, paymentsRu, pushRu, errorsRu };

export const ruBase = { ...commonRu, ...ordersRu, ...orderCardRu, ...checklistsRu, ...fieldRu, ...residentRu, ...paymentsRu, ...pushRu, ...errorsRu } satisfies Record<string, Message>;

import type { ruBase } from "../ru/base";
import type { Message } from "../types";
import { checklistsEn } from "./checklists";
import { commonEn } from "./common";
import { errorsEn } from "./errors";
import { fieldEn } from "./field";
import { orderCardEn } from "./order-card";
import { ordersEn } from "./orders";
import { paymentsEn } from "./payments";
import { pushEn } from "./push";
import { residentEn } from "./resident";

export const enBaseParts = { commonEn, ordersEn, orderCardEn, checklistsEn, fieldEn, residentEn, paymentsEn, pushEn, errorsEn };

/** English for every key of `ru/base.ts` (the phone apps, sign-in, shared components): a chunk loaded only in English. */
export const enBase: Record<keyof typeof ruBase, Message> = { ...commonEn, ...ordersEn, ...orderCardEn, ...checklistsEn, ...fieldEn, ...residentEn, ...paymentsEn, ...pushEn, ...errorsEn };

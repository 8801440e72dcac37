import type { ParamMatcher } from "@sveltejs/kit";

/** A positive whole number, e.g. an order's human number in its card's address. */
export const match: ParamMatcher = (param) => /^[1-9]\d{0,9}$/.test(param);

export * from "./money.js";
export * from "./state.js";

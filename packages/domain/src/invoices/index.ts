export * from "./money.js";
export * from "./state.js";
export * from "./messages.js";

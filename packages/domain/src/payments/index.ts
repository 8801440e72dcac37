export * from "./amount-in-words.js";
export * from "./refunds.js";

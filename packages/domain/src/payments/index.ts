export * from "./amount-in-words.js";

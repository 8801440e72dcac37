export * from "./requisites.js";
export * from "./premise-number.js";
export * from "./premise-import.js";
export * from "./csv.js";
export * from "./deletion.js";

export * from "./status.js";
export * from "./cascade.js";
export * from "./events.js";
export * from "./matching.js";

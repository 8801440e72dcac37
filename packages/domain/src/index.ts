export * from "./permissions.js";
export * from "./phone.js";
export * from "./orders/index.js";
export * from "./incidents/index.js";
export * from "./calls/index.js";
export * from "./chat/index.js";
export * from "./errors.js";
export * from "./time-zone.js";

export * from "./subscription.js";
export * from "./delivery.js";
export * from "./texts.js";

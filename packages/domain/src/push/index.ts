export * from "./subscription.js";
export * from "./delivery.js";

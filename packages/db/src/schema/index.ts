export * from "./organization.js";
export * from "./staff.js";
export * from "./services.js";
export * from "./auth.js";
export * from "./jobs.js";
export * from "./orders.js";

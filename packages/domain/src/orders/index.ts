export * from "./status.js";
export * from "./sla.js";
export * from "./labels.js";
export * from "./workload.js";
export * from "./form.js";
export * from "./rating.js";
export * from "./scope.js";
export * from "./transitions.js";

export * from "./permissions.js";
export * from "./phone.js";

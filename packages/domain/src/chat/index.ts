export * from "./templates.js";
export * from "./edit-window.js";

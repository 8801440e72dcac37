// Runs the TypeScript sources directly: SWC emits the decorator metadata TypeGraphQL needs.
import "@swc-node/register/esm-register";

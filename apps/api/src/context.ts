import type { Request, Response } from "express";
import type { Loaders } from "./loaders.js";
import type { Viewer } from "./shared/auth/viewer.js";
import type { Services } from "./services.js";

export type Context = {
  viewer: Viewer;
  services: Services;
  loaders: Loaders;
  /** Present for HTTP requests (cookies are set on the response); absent over WebSocket. */
  http?: { req: Request; res: Response };
};

export function createContext(services: Services, viewer: Viewer, http?: Context["http"]): Context {
  return { viewer, services, loaders: services.loadersFor(viewer, { cache: http !== undefined }), http };
}

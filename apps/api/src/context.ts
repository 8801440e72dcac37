import type { NotificationLocale } from "@domovoy/domain";
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
  /**
   * The language the client shows (`X-Domovoy-Locale` over HTTP; over WebSocket the operation's
   * `extensions.locale`, else the connection's `connectionParams.locale`; Russian when absent or
   * unknown): texts the server renders, such as notifications, come in it.
   */
  locale: NotificationLocale;
};


/**
 * A request's or a subscription's context. Its DataLoaders (some forty) are made on first use: an
 * open subscription that pushes a number (the «Новые» counter) or takes shared per-event loaders
 * never needs its own, and 5,000 of them held ~12 KiB of loaders per socket.
 */
class RequestContext implements Context {
  private own: Loaders | undefined;

  constructor(
    readonly services: Services,
    public viewer: Viewer,
    readonly http: Context["http"],
    readonly locale: NotificationLocale,
  ) {}

  get loaders(): Loaders {
    return (this.own ??= this.services.loadersFor(this.viewer, { cache: this.http !== undefined }));
  }

  set loaders(loaders: Loaders) {
    this.own = loaders;
  }

  /** Whether the loaders were made (tests read it). */
  get hasLoaders(): boolean {
    return this.own !== undefined;
  }
}

export function createContext(services: Services, viewer: Viewer, http?: Context["http"], locale: NotificationLocale = "ru"): Context {
  return new RequestContext(services, viewer, http, locale);
}

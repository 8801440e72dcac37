import { parse } from "cookie";
import type { IncomingMessage } from "node:http";
import type { Request, Response } from "express";

export const SESSION_COOKIE = "domovoy_session";

/** The session token from `Authorization: Bearer …`, else from the session cookie. */
export function tokenFromRequest(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (header?.toLowerCase().startsWith("bearer ")) return header.slice(7).trim() || undefined;
  const cookies = req.headers.cookie ? parse(req.headers.cookie) : {};
  return cookies[SESSION_COOKIE] || undefined;
}

export function setSessionCookie(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: expiresAt });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "lax", secure, path: "/" });
}

export function userAgent(req: Request | undefined): string | undefined {
  return req?.headers["user-agent"];
}

/** The client's address as Express sees it (X-Forwarded-For only from the proxies TRUST_PROXY names). */
export function clientAddress(req: Request | undefined): string {
  return req?.ip ?? req?.socket?.remoteAddress ?? "unknown";
}

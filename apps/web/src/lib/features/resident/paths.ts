/** Addresses of the resident app's pages (typed as SvelteKit pathnames for `resolve`). */
export const residentPaths = {
  root: "/r",
  login: "/r/login",
  orders: "/r/orders",
  order: (number: number | string): `/r/orders/${string}` => `/r/orders/${encodeURIComponent(String(number))}`,
  newOrder: "/r/new",
  profile: "/r/profile",
} as const;

/** Whether a path belongs to the resident app (its sign-in is /r/login, not the staff /login). */
export function isResidentPath(pathname: string): boolean {
  return pathname === "/r" || pathname.startsWith("/r/");
}

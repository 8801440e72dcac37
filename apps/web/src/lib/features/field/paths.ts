/** Addresses of the employee app (/m), typed as SvelteKit pathnames for `resolve`. */
export const fieldPaths = {
  home: "/m",
  filters: "/m/filters",
  newOrder: "/m/orders/new",
  profile: "/m/profile",
  order: (number: number | string): `/m/orders/${string}` => `/m/orders/${encodeURIComponent(String(number))}`,
} as const;

/** A phone (a narrow screen with a touch pointer): staff signing in on one land in /m. */
export function onPhone(): boolean {
  return typeof matchMedia === "function" && matchMedia("(pointer: coarse) and (max-width: 760px)").matches;
}

/** Whether a path belongs to the employee app. */
export function isFieldPath(pathname: string): boolean {
  return pathname === "/m" || pathname.startsWith("/m/");
}

import { error, redirect } from "@sveltejs/kit";
import { fetchMe, type Me } from "$lib/features/session/session";
import { errorMessage, isUnauthenticated } from "$lib/graphql/errors";
import { t } from "$lib/i18n";
import { setDisplayTimeZone } from "$lib/i18n/format";
import { recall, remember } from "$lib/pwa/idb";
import { paths } from "$lib/nav";

/**
 * The employee app needs the viewer; without a session it is /login. With no network it opens as
 * the employee it last opened as (kept on the device), so the cached lists and cards show.
 */
export async function load({ url, untrack }) {
  const result = await fetchMe();
  if (isUnauthenticated(result.error)) {
    const next = untrack(() => url.pathname + url.search);
    redirect(307, `${paths.login}?next=${encodeURIComponent(next)}`);
  }
  let me: Me | undefined = result.data?.me;
  const offline = !me && Boolean(result.error?.networkError);
  if (offline) me = await recall<Me>("m:me");
  if (!me) error(503, { message: errorMessage(result.error) || t("error.server") });
  if (me.kind !== "EMPLOYEE" || !me.employee) error(403, { message: t("login.staffOnly") });
  if (!offline) void remember("m:me", me);
  setDisplayTimeZone(me.organization.timeZone);
  return { me };
}

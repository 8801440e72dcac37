import { error, redirect } from "@sveltejs/kit";
import { errorMessage, isUnauthenticated } from "$lib/graphql/errors";
import { fetchMe } from "$lib/features/session/session";
import { setDisplayTimeZone } from "$lib/i18n/format";
import { loadDeskTexts, t } from "$lib/i18n";
import { paths } from "$lib/nav";

/**
 * Every page of the signed-in area needs the viewer; without a session it is /login. The desk's
 * own texts (a chunk the phone apps never load, #14) are fetched beside it, before any page speaks.
 */
export async function load({ url, untrack }) {
  const [result] = await Promise.all([fetchMe(), loadDeskTexts()]);
  if (isUnauthenticated(result.error)) {
    const next = untrack(() => url.pathname + url.search);
    redirect(307, `${paths.login}?next=${encodeURIComponent(next)}`);
  }
  if (result.error || !result.data) error(503, { message: errorMessage(result.error) || t("error.server") });
  const me = result.data.me;
  if (me.kind !== "EMPLOYEE" || !me.employee) error(403, { message: t("login.staffOnly") });
  setDisplayTimeZone(me.organization.timeZone);
  return { me };
}

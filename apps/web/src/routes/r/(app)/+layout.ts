import { error, redirect } from "@sveltejs/kit";
import { errorMessage, isUnauthenticated } from "$lib/graphql/errors";
import { fetchResidentMe } from "$lib/features/resident/session";
import { residentPaths } from "$lib/features/resident/paths";
import { setDisplayTimeZone } from "$lib/i18n/format";
import { t } from "$lib/i18n";

/** Every page of the resident app needs a signed-in resident; without one it is /r/login. */
export async function load({ url, untrack }) {
  const result = await fetchResidentMe();
  if (isUnauthenticated(result.error)) {
    const next = untrack(() => url.pathname + url.search);
    redirect(307, `${residentPaths.login}?next=${encodeURIComponent(next)}`);
  }
  if (result.error || !result.data) error(503, { message: errorMessage(result.error) || t("error.server") });
  const me = result.data.me;
  if (me.kind !== "RESIDENT" || !me.client) redirect(307, `${residentPaths.login}?staff=1`);
  setDisplayTimeZone(me.organization.timeZone);
  return { me: { ...me, client: me.client } };
}

import { error, redirect } from "@sveltejs/kit";
import { errorMessage, isUnauthenticated } from "$lib/graphql/errors";
import { fetchResidentMe, type ResidentMe } from "$lib/features/resident/session";
import { residentPaths } from "$lib/features/resident/paths";
import { setDisplayTimeZone } from "$lib/i18n/format";
import { t } from "$lib/i18n";
import { forget, recall, remember } from "$lib/pwa/idb";

/**
 * Every page of the resident app needs a signed-in resident; without one it is /r/login. With no
 * network it opens as the resident it last opened as (kept on the phone), so the kept list and
 * cards show; another resident signing in on the phone first forgets the previous one's copies.
 */
export async function load({ url, untrack }) {
  const result = await fetchResidentMe();
  if (isUnauthenticated(result.error)) {
    const next = untrack(() => url.pathname + url.search);
    redirect(307, `${residentPaths.login}?next=${encodeURIComponent(next)}`);
  }
  let me: ResidentMe | undefined = result.data?.me;
  const offline = !me && Boolean(result.error?.networkError);
  const kept = await recall<ResidentMe>("r:me");
  if (offline) me = kept;
  if (!me) error(503, { message: errorMessage(result.error) || t("error.server") });
  if (me.kind !== "RESIDENT" || !me.client) redirect(307, `${residentPaths.login}?staff=1`);
  if (!offline) {
    if (kept && (kept.client?.id !== me.client.id || kept.organization.id !== me.organization.id)) await forget("r:");
    void remember("r:me", me);
  }
  setDisplayTimeZone(me.organization.timeZone);
  return { me: { ...me, client: me.client }, offline };
}

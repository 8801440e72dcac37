import { redirect } from "@sveltejs/kit";
import { fetchMe, safeNext } from "$lib/features/session/session";
import { fieldPaths, onPhone } from "$lib/features/field/paths";
import { paths } from "$lib/nav";

/** Someone already signed in goes straight on. */
export async function load({ url }) {
  const result = await fetchMe();
  if (result.data?.me.kind === "EMPLOYEE") redirect(307, safeNext(url.searchParams.get("next"), onPhone() ? fieldPaths.home : paths.home));
  return {};
}

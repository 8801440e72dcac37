import { redirect } from "@sveltejs/kit";
import { fieldPaths, onPhone } from "$lib/features/field/paths";
import { paths } from "$lib/nav";

/** The desktop CRM's list; on a phone, the employee app. */
export function load() {
  redirect(307, onPhone() ? fieldPaths.home : paths.home);
}

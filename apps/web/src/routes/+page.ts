import { redirect } from "@sveltejs/kit";
import { paths } from "$lib/nav";

export function load() {
  redirect(307, paths.home);
}

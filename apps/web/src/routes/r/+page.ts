import { redirect } from "@sveltejs/kit";
import { residentPaths } from "$lib/features/resident/paths";

export function load() {
  redirect(307, residentPaths.orders);
}

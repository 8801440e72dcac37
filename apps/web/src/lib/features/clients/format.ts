import { t } from "$lib/i18n";
import type { ClientListItemFragment } from "$lib/graphql/generated/graphql";

type ClientPremise = ClientListItemFragment["premises"][number];

/** «ул. Ленина, 5, кв. 12» — the building's address when known, then the premise number. */
export function premiseLabel(item: ClientPremise): string {
  const { number, building } = item.premise;
  return building.address ? t("premise.withAddress", { address: building.address, number }) : t("premise.number", { number });
}

import { t } from "$lib/i18n";
import { formatMoney } from "$lib/i18n/format";
import type { ClientListItemFragment } from "$lib/graphql/generated/graphql";

type ClientPremise = ClientListItemFragment["premises"][number];

/** «ул. Ленина, 5, кв. 12» — the building's address when known, then the premise number. */
export function premiseLabel(item: ClientPremise): string {
  const { number, building } = item.premise;
  return building.address ? t("premise.withAddress", { address: building.address, number }) : t("premise.number", { number });
}

/** A premise's utility balance (roubles, negative = debt) as the red «Долг …» / green «Аванс …» line. */
export function utilityBalance(raw: string | null | undefined): { tone: "debt" | "advance" | "none"; text: string } | null {
  if (raw == null) return null;
  const value = Number(raw);
  if (value < 0) return { tone: "debt", text: t("order.client.debt", { amount: formatMoney(raw.replace("-", "")) }) };
  if (value > 0) return { tone: "advance", text: t("order.client.advance", { amount: formatMoney(raw) }) };
  return { tone: "none", text: t("order.client.noDebt") };
}

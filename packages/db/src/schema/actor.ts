import { pgEnum } from "drizzle-orm/pg-core";

/** Who made a change: orders' and incidents' history share it (in its own file, so neither imports the other for it). */
export const actorKind = pgEnum("actor_kind", ["EMPLOYEE", "RESIDENT", "INTEGRATION", "SYSTEM"]);

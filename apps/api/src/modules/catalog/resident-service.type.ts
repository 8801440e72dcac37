import { Field, ID, ObjectType } from "type-graphql";
import type { ServiceKind as Kind } from "./rules/service-settings.js";
import { OrderFormField, ServiceKind } from "./service.type.js";

/**
 * A service as a resident sees it: what to order and the form to fill in. No SLA times, department,
 * executors' limits or checklist — a field added to `Service` stays staff-only until it is added here.
 */
@ObjectType({ description: "A service as a resident sees it when ordering it." })
export class ResidentService {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => ServiceKind)
  kind: Kind;

  @Field(() => [OrderFormField])
  orderForm: OrderFormField[];

  @Field(() => Boolean, { description: "The resident may reopen a done order of this service." })
  residentMayReopen: boolean;

  @Field(() => Boolean, { description: "The resident may ask for a refund (paid services only)." })
  refundsAllowed: boolean;
}

import { Field, InputType } from "type-graphql";

@InputType()
export class ReplyTemplateInput {
  @Field(() => String)
  title: string;

  @Field(() => String, { description: "Placeholders: {client_name}, {client_first_name}, {order_number}, {service_name}, {address}, {employee_name}, {employee_first_name}, {organization_name}." })
  text: string;
}

@InputType()
export class ReplyTemplateUpdateInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  text?: string | null;
}

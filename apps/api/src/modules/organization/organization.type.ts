import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLISODateTime } from "type-graphql";
import { MoneyScalar } from "../../shared/scalars.js";

@ObjectType({ description: "Управляющая организация: the tenant every row belongs to." })
export class Organization {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  slug: string;

  @Field(() => String, { description: "IANA time zone, e.g. Europe/Moscow." })
  timeZone: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;
}

@ObjectType({ description: "Юрлицо." })
export class LegalEntity {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Int, { description: "Bumped by every edit; an edit must carry the version it was made on (else CONFLICT)." })
  version: number;

  @Field(() => String, { nullable: true })
  inn: string | null;

  @Field(() => String, { nullable: true })
  kpp: string | null;

  @Field(() => String, { nullable: true })
  ogrn: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: "Bank of the settlement account (printed on the contract and the act)." })
  bankName: string | null;

  @Field(() => String, { nullable: true, description: "БИК of the bank." })
  bik: string | null;

  @Field(() => String, { nullable: true, description: "Расчётный счёт." })
  settlementAccount: string | null;

  @Field(() => String, { nullable: true, description: "Корреспондентский счёт of the bank." })
  correspondentAccount: string | null;
}

@ObjectType({ description: "Квартал; its administrators are employees." })
export class Quarter {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Int, { description: "Bumped by every edit; an edit must carry the version it was made on (else CONFLICT)." })
  version: number;
}

@ObjectType({ description: "Группа объектов; its administrators are employees." })
export class ObjectGroup {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Int, { description: "Bumped by every edit; an edit must carry the version it was made on (else CONFLICT)." })
  version: number;
}

@ObjectType({ description: "Объект (дом)." })
export class Building {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  address: string;

  @Field(() => Int, { description: "Bumped by every edit; an edit must carry the version it was made on (else CONFLICT)." })
  version: number;

  quarterId: string | null;
  objectGroupId: string | null;
  legalEntityId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it was archived (kept for its orders, closed to new ones); null while in use." })
  archivedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType({ description: "Помещение (квартира)." })
export class Premise {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  number: string;

  @Field(() => Int, { description: "Bumped by every edit; an edit must carry the version it was made on (else CONFLICT)." })
  version: number;

  buildingId: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => String, { nullable: true, description: "Лицевой счёт." })
  personalAccount: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => MoneyScalar, { description: "Utility balance: negative is a debt, positive an advance." })
  utilityBalance: bigint;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it was archived (kept for its orders, closed to new ones); null while in use." })
  archivedAt: Date | null;
}

@ObjectType({ description: "A building as its residents see it." })
export class ResidentBuilding {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  address: string;
}

/** A premise as its resident sees it: no staff tags or note, no other clients. */
@ObjectType({ description: "A premise as its resident sees it." })
export class ResidentPremise {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  number: string;

  buildingId: string;

  @Field(() => String, { nullable: true, description: "Лицевой счёт." })
  personalAccount: string | null;

  @Field(() => MoneyScalar, { description: "Utility balance: negative is a debt, positive an advance." })
  utilityBalance: bigint;
}

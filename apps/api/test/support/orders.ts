import type { TestServer } from "./harness.js";

/** Ids from the demo seed that order tests need, looked up by name. */
export async function orderFixtures(t: TestServer) {
  const sql = t.database.sql;
  const [org] = await sql`select id from organizations where slug = 'domovoy'`;
  const organizationId = org!.id as string;
  const service = async (name: string) => (await sql`select id from services where organization_id = ${organizationId} and name = ${name}`)[0]!.id as string;
  const employee = async (email: string) => (await sql`select id from employees where email = ${email}`)[0]!.id as string;
  const [resident] = await sql`select c.id as client_id, cp.premise_id, p.building_id from clients c
    join client_premises cp on cp.client_id = c.id join premises p on p.id = cp.premise_id
    where c.phone = '+79160000001' and c.organization_id = ${organizationId} order by cp.premise_id limit 1`;
  const [electrical] = await sql`select id from departments where organization_id = ${organizationId} and name = 'Электротехническая служба'`;
  const [plumbing] = await sql`select id from departments where organization_id = ${organizationId} and name = 'Сантехническая служба'`;
  return {
    organizationId,
    clog: await service("Засор канализации"),
    leak: await service("Протечка"),
    intercom: await service("Неисправность домофона"),
    routed: await service("Перепланировка: согласование"),
    appointment: await service("Запись на прием к главному инженеру"),
    // Paid (a price list with «шт.», «м» and «час» items).
    electrical: await service("Электромонтажные работы"),
    plumber: await employee("plumber@domovoy.example"),
    plumber2: await employee("plumber2@domovoy.example"),
    plumber3: await employee("plumber3@domovoy.example"),
    electrician: await employee("electrician@domovoy.example"),
    inactivePlumber: await employee("plumber5@domovoy.example"),
    residentClient: resident!.client_id as string,
    residentPremise: resident!.premise_id as string,
    residentBuilding: resident!.building_id as string,
    plumbingDepartment: plumbing!.id as string,
    electricalDepartment: electrical!.id as string,
  };
}

export type OrderFixtures = Awaited<ReturnType<typeof orderFixtures>>;

export const ORDER_FIELDS = `id number status version statusComment resumeBy labels slaReaction slaExecution executionDueAt reactionDueAt
  firstInProgressAt doneAt channel baseDataLocked executors { id } department { id } client { id } service { id name }
  formAnswers { key value } createdBy { kind employee { id } }`;

/** Answers that satisfy a service's required order-form fields. */
export async function validAnswers(t: TestServer, serviceId: string): Promise<{ key: string; value: string }[]> {
  const [service] = await t.database.sql`select order_form from services where id = ${serviceId}`;
  const form = service!.order_form as { key: string; type: string; required: boolean; options: string[] }[];
  const sample: Record<string, (options: string[]) => string> = {
    SELECT: (options) => options[0]!,
    NUMBER: () => "2",
    CHECKBOX: () => "true",
    DATE: () => "2026-12-01",
    TEXT: () => "текст",
  };
  return form.filter((field) => field.required).map((field) => ({ key: field.key, value: sample[field.type]!(field.options) }));
}

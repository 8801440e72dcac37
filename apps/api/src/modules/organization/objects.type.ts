import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

/** A building's references: null clears (on update), an id must name a row of the organization. */
@InputType()
abstract class BuildingReferencesInput {
  @Field(() => ID, { nullable: true })
  quarterId?: string | null;

  @Field(() => ID, { nullable: true })
  objectGroupId?: string | null;

  @Field(() => ID, { nullable: true })
  legalEntityId?: string | null;
}

@InputType()
export class BuildingCreateInput extends BuildingReferencesInput {
  @Field(() => String)
  address: string;
}

@InputType({ description: "Only the fields given change; null clears a reference." })
export class BuildingUpdateInput extends BuildingReferencesInput {
  @Field(() => Int, { description: "The version the edit was made on." })
  version: number;

  @Field(() => String, { nullable: true })
  address?: string | null;
}

/** What a premise carries besides its number. */
@InputType()
abstract class PremiseDetailsInput {
  @Field(() => String, { nullable: true, description: "Лицевой счёт." })
  personalAccount?: string | null;

  @Field(() => [String], { nullable: true, description: "Replaces the list." })
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class PremiseCreateInput extends PremiseDetailsInput {
  @Field(() => ID)
  buildingId: string;

  @Field(() => String, { description: "Unique within the building («кв. 7» is stored as «7»)." })
  number: string;
}

@InputType({ description: "Only the fields given change; null clears." })
export class PremiseUpdateInput extends PremiseDetailsInput {
  @Field(() => Int, { description: "The version the edit was made on." })
  version: number;

  @Field(() => String, { nullable: true })
  number?: string | null;
}

@InputType({ description: "A quarter or an object group." })
export class ObjectGroupingCreateInput {
  @Field(() => String)
  name: string;

  @Field(() => [ID], { nullable: true, description: "Employees who administer it." })
  administratorIds?: string[] | null;
}

@InputType({ description: "Only the fields given change; administratorIds replaces the list." })
export class ObjectGroupingUpdateInput {
  @Field(() => Int, { description: "The version the edit was made on." })
  version: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [ID], { nullable: true })
  administratorIds?: string[] | null;
}

/** The fields a legal entity's create and update share. */
@InputType()
abstract class LegalEntityFieldsInput {
  @Field(() => String, { nullable: true })
  inn?: string | null;

  @Field(() => String, { nullable: true })
  kpp?: string | null;

  @Field(() => String, { nullable: true })
  ogrn?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  bankName?: string | null;

  @Field(() => String, { nullable: true })
  bik?: string | null;

  @Field(() => String, { nullable: true })
  settlementAccount?: string | null;

  @Field(() => String, { nullable: true })
  correspondentAccount?: string | null;
}

@InputType({ description: "Requisites are checked (format and check digits); spaces and dashes are dropped." })
export class LegalEntityCreateInput extends LegalEntityFieldsInput {
  @Field(() => String)
  name: string;
}

@InputType({ description: "Only the fields given change; null clears. The requisites this edit touches are checked as they will be after it." })
export class LegalEntityUpdateInput extends LegalEntityFieldsInput {
  @Field(() => Int, { description: "The version the edit was made on." })
  version: number;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

export enum PremiseImportAction {
  CREATE = "CREATE",
  UPDATE = "UPDATE",
  UNCHANGED = "UNCHANGED",
}
registerEnumType(PremiseImportAction, { name: "PremiseImportAction", description: "What applying the import does to a row's premise." });

export enum PremisesExportFormat {
  XLSX = "XLSX",
  CSV = "CSV",
}
registerEnumType(PremisesExportFormat, { name: "PremisesExportFormat" });

@ObjectType({ description: "A problem of one row of an import." })
export class PremiseImportProblem {
  @Field(() => String, { nullable: true, description: "The column's header as the export writes it; null for the row as a whole." })
  column: string | null;

  @Field(() => String)
  message: string;
}

@ObjectType({ description: "One row of an import file as it would be applied." })
export class PremiseImportRow {
  @Field(() => Int, { description: "The row's number in the file (the header is row 1)." })
  rowNumber: number;

  @Field(() => String, { nullable: true })
  buildingAddress: string | null;

  @Field(() => ID, { nullable: true })
  buildingId: string | null;

  @Field(() => String)
  number: string;

  @Field(() => String, { nullable: true })
  personalAccount: string | null;

  @Field(() => [String], { nullable: true, description: "Null where the file has no «Теги» column (the premise keeps its tags)." })
  tags: string[] | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => PremiseImportAction, { nullable: true, description: "Null for a row with errors." })
  action: PremiseImportAction | null;

  @Field(() => [PremiseImportProblem])
  errors: PremiseImportProblem[];
}

@ObjectType({ description: "What an import file holds, read on the server; nothing is changed yet." })
export class PremiseImportPreview {
  @Field(() => ID)
  fileId: string;

  @Field(() => String)
  fileName: string;

  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  errorRows: number;

  @Field(() => Int)
  createCount: number;

  @Field(() => Int)
  updateCount: number;

  @Field(() => Int)
  unchangedCount: number;

  @Field(() => [PremiseImportRow], { description: "Rows with errors first, then the others, in file order; at most 500." })
  rows: PremiseImportRow[];
}

@ObjectType({ description: "What an applied import changed." })
export class PremiseImportResult {
  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int, { description: "Rows with errors left out (only with skipInvalidRows)." })
  skipped: number;
}

import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { StoredFile } from "../files/file.type.js";
import {
  BuildingCreateInput,
  BuildingUpdateInput,
  LegalEntityCreateInput,
  LegalEntityUpdateInput,
  ObjectGroupingCreateInput,
  ObjectGroupingUpdateInput,
  PremiseCreateInput,
  PremiseImportPreview,
  PremiseImportResult,
  PremisesExportFormat,
  PremiseUpdateInput,
} from "./objects.type.js";
import { Building, LegalEntity, ObjectGroup, Premise, Quarter } from "./organization.type.js";

/** Changes of buildings, premises, quarters, object groups and legal entities: BUILDINGS_MANAGE. */
@Resolver()
export class ObjectsResolver {
  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => Building)
  buildingCreate(@Arg("input", () => BuildingCreateInput) input: BuildingCreateInput, @Ctx() ctx: Context) {
    return ctx.services.objects.createBuilding(ctx.viewer, input);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => Building, { description: "CONFLICT STALE_VERSION when the building changed since `input.version`." })
  buildingUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => BuildingUpdateInput) input: BuildingUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.objects.updateBuilding(ctx.viewer, id, input);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => ID, {
    description:
      "Deletes a building nothing refers to, with its answer the id. CONFLICT IN_USE (`extensions.holders`: premises, orders, incidents) while anything does: a building with orders is archived instead (`buildingArchive`).",
  })
  buildingDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.objects.deleteBuilding(ctx.viewer, id);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => Building, {
    description: "Archives (or with `archived: false` restores) a building: its orders keep the address, pickers hide it and new orders on it are refused (BUILDING_ARCHIVED).",
  })
  buildingArchive(@Arg("id", () => ID) id: string, @Arg("archived", () => Boolean, { defaultValue: true }) archived: boolean, @Ctx() ctx: Context) {
    return ctx.services.objects.archiveBuilding(ctx.viewer, id, archived);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => ID, {
    description: "Deletes a premise without residents, orders or incidents. CONFLICT IN_USE (`extensions.holders`) otherwise: archive it instead (`premiseArchive`).",
  })
  premiseDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.objects.deletePremise(ctx.viewer, id);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => Premise, { description: "Archives (or restores) a premise: its orders keep it, pickers hide it, new orders on it are refused (PREMISE_ARCHIVED)." })
  premiseArchive(@Arg("id", () => ID) id: string, @Arg("archived", () => Boolean, { defaultValue: true }) archived: boolean, @Ctx() ctx: Context) {
    return ctx.services.objects.archivePremise(ctx.viewer, id, archived);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => ID, { description: "Deletes a quarter no building belongs to (its administrators go with it). CONFLICT IN_USE otherwise." })
  quarterDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.objects.deleteQuarter(ctx.viewer, id);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => ID, { description: "Deletes an object group no building belongs to. CONFLICT IN_USE otherwise." })
  objectGroupDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.objects.deleteObjectGroup(ctx.viewer, id);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => ID, { description: "Deletes a legal entity no building names. CONFLICT IN_USE otherwise." })
  legalEntityDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.objects.deleteLegalEntity(ctx.viewer, id);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => Premise, { description: "CONFLICT PREMISE_NUMBER_TAKEN when the building has a premise with the number." })
  premiseCreate(@Arg("input", () => PremiseCreateInput) input: PremiseCreateInput, @Ctx() ctx: Context) {
    return ctx.services.objects.createPremise(ctx.viewer, input);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => Premise, { description: "CONFLICT STALE_VERSION or PREMISE_NUMBER_TAKEN." })
  premiseUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => PremiseUpdateInput) input: PremiseUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.objects.updatePremise(ctx.viewer, id, input);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => Quarter)
  quarterCreate(@Arg("input", () => ObjectGroupingCreateInput) input: ObjectGroupingCreateInput, @Ctx() ctx: Context) {
    return ctx.services.objects.createQuarter(ctx.viewer, input);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => Quarter)
  quarterUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => ObjectGroupingUpdateInput) input: ObjectGroupingUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.objects.updateQuarter(ctx.viewer, id, input);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => ObjectGroup)
  objectGroupCreate(@Arg("input", () => ObjectGroupingCreateInput) input: ObjectGroupingCreateInput, @Ctx() ctx: Context) {
    return ctx.services.objects.createObjectGroup(ctx.viewer, input);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => ObjectGroup)
  objectGroupUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => ObjectGroupingUpdateInput) input: ObjectGroupingUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.objects.updateObjectGroup(ctx.viewer, id, input);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => LegalEntity, { description: "BAD_USER_INPUT with the requisite's reason (INN_INVALID …) and every problem in `extensions.problems`." })
  legalEntityCreate(@Arg("input", () => LegalEntityCreateInput) input: LegalEntityCreateInput, @Ctx() ctx: Context) {
    return ctx.services.objects.createLegalEntity(ctx.viewer, input);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => LegalEntity)
  legalEntityUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => LegalEntityUpdateInput) input: LegalEntityUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.objects.updateLegalEntity(ctx.viewer, id, input);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => PremiseImportPreview, {
    description:
      "Reads an uploaded premises file (POST /files, purpose PREMISES_IMPORT; XLSX or CSV) and tells what applying it would do, row by row with errors. Changes nothing. With `buildingId` every row is a premise of that building.",
  })
  premisesImportPreview(
    @Arg("fileId", () => ID) fileId: string,
    @Arg("buildingId", () => ID, { nullable: true }) buildingId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.premiseImport.preview(ctx.viewer, fileId, buildingId ?? null);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => PremiseImportResult, {
    description:
      "Applies an uploaded premises file in one transaction: creates premises, updates those with the same building and number. Refused (IMPORT_HAS_ERRORS) while rows have errors, unless skipInvalidRows.",
  })
  premisesImportApply(
    @Arg("fileId", () => ID) fileId: string,
    @Arg("buildingId", () => ID, { nullable: true }) buildingId: string | null,
    @Arg("skipInvalidRows", () => Boolean, { defaultValue: false }) skipInvalidRows: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.premiseImport.apply(ctx.viewer, fileId, buildingId ?? null, skipInvalidRows);
  }

  @Authorized("BUILDINGS_MANAGE")
  @Mutation(() => StoredFile, { description: "The premises of a building (or all) as XLSX or CSV in the import's columns; download from `url`." })
  premisesExport(
    @Arg("buildingId", () => ID, { nullable: true }) buildingId: string | null,
    @Arg("format", () => PremisesExportFormat, { defaultValue: PremisesExportFormat.XLSX }) format: PremisesExportFormat,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.premiseImport.export(ctx.viewer, buildingId ?? null, format);
  }
}

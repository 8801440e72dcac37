import { FieldResolver, Resolver, Root } from "type-graphql";
import { StoredFile } from "./file.type.js";
import { fileUrl, type StoredFileRow } from "./files.service.js";

@Resolver(() => StoredFile)
export class StoredFileResolver {
  @FieldResolver(() => String, { description: "Download path on the API's origin (GET, same session as GraphQL); access is checked per request." })
  url(@Root() file: StoredFileRow): string {
    return fileUrl(file);
  }
}

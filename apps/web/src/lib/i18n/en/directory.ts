import type { PartKey } from "../ru";
import type { Message } from "../types";

/** English texts of deleting and archiving reference data, key for key with `ru/directory.ts`. */
export const directoryEn: Record<PartKey<"directoryRu">, Message> = {
  "directory.delete": "Delete",
  "directory.deleteRow": "Delete: {name}",
  "directory.delete.title.BUILDING": "Delete the building?",
  "directory.delete.title.PREMISE": "Delete the premises?",
  "directory.delete.title.QUARTER": "Delete the quarter?",
  "directory.delete.title.OBJECT_GROUP": "Delete the object group?",
  "directory.delete.title.LEGAL_ENTITY": "Delete the legal entity?",
  "directory.delete.title.DEPARTMENT": "Delete the department?",
  "directory.delete.title.ROLE": "Delete the role?",
  "directory.delete.question": "“{name}” will be deleted for good.",
  "directory.delete.irreversible": "Only what nothing refers to can be deleted: requests, residents, premises, employees.",
  "directory.deleted": "Deleted",
  "directory.archive": "Archive",
  "directory.archived": "Archived",
  "directory.restore": "Restore from the archive",
  "directory.restoreRow": "Restore from the archive: {name}",
  "directory.restored": "Restored from the archive",
  "directory.archivedBadge": "Archived",
  "directory.showArchived": "Archive",
  "directory.archivedEmpty": "The archive is empty",
  "directory.archivedEmptyText": "Buildings and premises with requests that are no longer served go here: the requests keep their address.",
  "directory.openCard": "Building card: {address}",
};

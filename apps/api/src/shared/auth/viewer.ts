import type { Permission } from "@domovoy/domain";

/** Who is making the request. Every authenticated viewer is bound to exactly one organization. */
export type Viewer =
  | { kind: "ANONYMOUS" }
  | {
      kind: "EMPLOYEE";
      organizationId: string;
      employeeId: string;
      sessionId: string;
      permissions: ReadonlySet<Permission>;
    }
  | { kind: "RESIDENT"; organizationId: string; clientId: string; sessionId: string }
  | { kind: "INTEGRATION"; organizationId: string; integrationId: string };

export type EmployeeViewer = Extract<Viewer, { kind: "EMPLOYEE" }>;
export type ResidentViewer = Extract<Viewer, { kind: "RESIDENT" }>;
export type IntegrationViewer = Extract<Viewer, { kind: "INTEGRATION" }>;
export type AuthenticatedViewer = Exclude<Viewer, { kind: "ANONYMOUS" }>;

export const anonymous: Viewer = { kind: "ANONYMOUS" };

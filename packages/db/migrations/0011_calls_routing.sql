ALTER TABLE "employees" ADD COLUMN "extension" text;--> statement-breakpoint
CREATE UNIQUE INDEX "employees_org_extension_uq" ON "employees" USING btree ("organization_id","extension");
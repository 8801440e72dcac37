DROP INDEX "orders_building_idx";--> statement-breakpoint
DROP INDEX "orders_client_idx";--> statement-breakpoint
CREATE INDEX "orders_building_idx" ON "orders" USING btree ("building_id","important_comment_unseen","updated_at","id","organization_id","incident_id");--> statement-breakpoint
CREATE INDEX "orders_client_idx" ON "orders" USING btree ("client_id","important_comment_unseen","updated_at","id","organization_id","incident_id");
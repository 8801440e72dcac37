import "reflect-metadata";
import { readFileSync } from "node:fs";
import { Kind, parse, specifiedRules, validate, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { createPubSub } from "../pubsub.js";
import { buildAppSchema } from "../schema.js";
import { createLogger } from "./logger.js";
import { MAX_PAGE_SIZE } from "./pagination.js";
import { defaultLimits, measureOperation, operationCostErrors, operationLimitsRule } from "./limits.js";

/** Every operation the web app sends, from the generated client's document map. */
function webOperations(): string[] {
  const source = readFileSync(new URL("../../../web/src/lib/graphql/generated/gql.ts", import.meta.url), "utf8");
  const start = source.indexOf("type Documents = {");
  const end = source.indexOf("};", start);
  return [...source.slice(start, end).matchAll(/^ {4}("(?:[^"\\]|\\.)*"): typeof/gm)].map((m) => JSON.parse(m[1]) as string);
}

describe("the web app's operations", () => {
  it("all pass the operation limits, page sizes at their maximum", async () => {
    const pubsub = createPubSub(undefined, createLogger("silent"), "limits-test");
    const schema = await buildAppSchema(pubsub);
    const documents = webOperations();
    expect(documents.length).toBeGreaterThan(20);
    const fragments = documents.filter((d) => /^\s*fragment /.test(d)).join("\n");
    const report: string[] = [];
    for (const text of documents.filter((d) => !/^\s*fragment /.test(d))) {
      const used = [...text.matchAll(/\.\.\.(\w+)/g)].length > 0 ? fragments : "";
      const document = parse(`${text}\n${used}`);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const variables = Object.fromEntries((operation.variableDefinitions ?? []).filter((v) => /^(first|last|limit)$/i.test(v.variable.name.value)).map((v) => [v.variable.name.value, MAX_PAGE_SIZE]));
      const invalid = validate(schema, document, [...specifiedRules, operationLimitsRule(defaultLimits)]).filter((e) => e.extensions.reason);
      const errors = [...invalid, ...operationCostErrors(schema, document, operation, variables, defaultLimits)];
      const measure = measureOperation(schema, document, operation, variables);
      report.push(`${operation.name?.value}: cost ${measure.cost}, fields ${measure.fields}, depth ${measure.depth}`);
      expect(errors.map((e) => `${operation.name?.value}: ${e.message}`)).toEqual([]);
    }
    console.log(report.sort().join("\n"));
    await pubsub.close();
  });
});

import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

export type OperationLimits = {
  maxDepth: number;
  maxAliases: number;
  /** Estimated cost: every field is 1, multiplied by the page sizes (`first`) of the lists above it. */
  maxCost: number;
};

export const defaultLimits: OperationLimits = { maxDepth: 10, maxAliases: 30, maxCost: 20_000 };

const DEFAULT_LIST_SIZE = 25;

type Walk = { depth: number; aliases: number; cost: number };

function walk(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  depth: number,
  multiplier: number,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
  acc: Walk,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      if (selection.alias) acc.aliases += 1;
      acc.cost += multiplier;
      if (selection.selectionSet) {
        acc.depth = Math.max(acc.depth, depth + 1);
        const first = selection.arguments?.find((a) => a.name.value === "first" || a.name.value === "last");
        let size = 1;
        if (first) {
          size = first.value.kind === Kind.INT ? Number(first.value.value) : DEFAULT_LIST_SIZE;
        }
        walk(context, selection.selectionSet, depth + 1, multiplier * Math.max(size, 1), fragments, visiting, acc);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walk(context, selection.selectionSet, depth, multiplier, fragments, visiting, acc);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      walk(context, fragment.selectionSet, depth, multiplier, fragments, visiting, acc);
      visiting.delete(name);
    }
  }
}

/** One validation rule enforcing depth, alias and cost limits; used for HTTP and WebSocket alike. */
export function operationLimitsRule(limits: OperationLimits = defaultLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const acc: Walk = { depth: 0, aliases: 0, cost: 0 };
        walk(context, node.selectionSet, 0, 1, fragments, new Set(), acc);
        const problems: [boolean, string, string][] = [
          [acc.depth > limits.maxDepth, "DEPTH_LIMIT", `Запрос слишком глубокий: ${acc.depth} > ${limits.maxDepth}`],
          [acc.aliases > limits.maxAliases, "ALIAS_LIMIT", `Слишком много псевдонимов: ${acc.aliases} > ${limits.maxAliases}`],
          [acc.cost > limits.maxCost, "COST_LIMIT", `Запрос слишком дорогой: ${acc.cost} > ${limits.maxCost}`],
        ];
        for (const [exceeded, reason, message] of problems) {
          if (exceeded) {
            context.reportError(new GraphQLError(message, { nodes: [node], extensions: { code: "BAD_USER_INPUT", reason } }));
          }
        }
      },
    };
  };
}

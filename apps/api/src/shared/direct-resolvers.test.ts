import "reflect-metadata";
import { graphql } from "graphql";
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root, buildSchema } from "type-graphql";
import { describe, expect, it } from "vitest";
import { directResolvers } from "./direct-resolvers.js";

@ObjectType()
class Thing {
  @Field(() => ID)
  id: string;

  @Authorized("SECRET")
  @Field(() => String, { nullable: true })
  secret: string;
}

type Context = { allowed: boolean; calls: string[] };

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => [Thing])
  things(): Thing[] {
    return [
      { id: "1", secret: "s1" },
      { id: "2", secret: "s2" },
    ];
  }

  @FieldResolver(() => String)
  label(@Root() thing: { id: string }, @Ctx() ctx: Context): string {
    ctx.calls.push(`label ${thing.id}`);
    return `thing ${thing.id}`;
  }

  /** A root of a class type is converted to an instance by TypeGraphQL: it keeps its resolver. */
  @FieldResolver(() => Boolean)
  typed(@Root() thing: Thing): boolean {
    return thing instanceof Thing;
  }

  @Authorized("SECRET")
  @FieldResolver(() => String, { nullable: true })
  guarded(@Root() thing: Thing): string {
    return `guarded ${thing.id}`;
  }

  @FieldResolver(() => String)
  greeting(@Root() thing: Thing, @Arg("name", () => String) name: string): string {
    return `${name} ${thing.id}`;
  }
}

async function schema() {
  const built = await buildSchema({
    resolvers: [ThingResolver],
    authChecker: ({ context }: { context: Context }) => context.allowed,
    validate: false,
  });
  return { built, counts: directResolvers(built, [ThingResolver]) };
}

describe("directResolvers", () => {
  it("answers plain fields and auth-free field resolvers directly, with the same values", async () => {
    const { built, counts } = await schema();
    // Thing.id, Thing.label; not Thing.secret, Thing.guarded (@Authorized), Thing.greeting (an argument) nor Thing.typed.
    expect(counts).toEqual({ properties: 1, fieldResolvers: 1 });
    const context: Context = { allowed: true, calls: [] };
    const result = await graphql({ schema: built, source: `{ things { id label secret guarded greeting(name: "hi") typed } }`, contextValue: context });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      things: [
        { id: "1", label: "thing 1", secret: "s1", guarded: "guarded 1", greeting: "hi 1", typed: true },
        { id: "2", label: "thing 2", secret: "s2", guarded: "guarded 2", greeting: "hi 2", typed: true },
      ],
    });
    expect(context.calls).toEqual(["label 1", "label 2"]);
  });

  it("keeps @Authorized fields and field resolvers behind the auth checker", async () => {
    const { built } = await schema();
    const denied = await graphql({ schema: built, source: `{ things { id label secret } }`, contextValue: { allowed: false, calls: [] } });
    expect(denied.errors?.map((e) => e.path?.join("."))).toEqual(["things.0.secret", "things.1.secret"]);
    expect(denied.data).toEqual({ things: [{ id: "1", label: "thing 1", secret: null }, { id: "2", label: "thing 2", secret: null }] });
    const guarded = await graphql({ schema: built, source: `{ things { guarded } }`, contextValue: { allowed: false, calls: [] } });
    expect(guarded.errors?.length).toBe(2);
    expect(guarded.data).toEqual({ things: [{ guarded: null }, { guarded: null }] });
  });
});

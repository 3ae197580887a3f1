/**
 * Which concrete types implement an interface or union: Apollo's cache needs this to match
 * fragments such as `... on Person` against a `Node`. Kept in step with schema/schema.graphql by
 * test/unit/possibleTypes.test.ts.
 */
export const possibleTypes: Record<string, string[]> = {
  Node: ["Action", "Meeting", "Organisation", "Person", "TargetGroup", "Theme", "Vindplaats"],
  Party: ["Organisation", "Person"],
};

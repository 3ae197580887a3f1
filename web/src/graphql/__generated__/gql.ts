/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment NodeDetails_person on Person {\n    role\n    email\n    phone\n    village\n  }\n": typeof types.NodeDetails_PersonFragmentDoc,
    "\n  fragment NodeDetails_organisation on Organisation {\n    # Aliased: Organisation.kind and Vindplaats.kind are different enums.\n    organisationKind: kind\n    village\n    website\n  }\n": typeof types.NodeDetails_OrganisationFragmentDoc,
    "\n  fragment NodeDetails_theme on Theme {\n    description\n    programme\n    domain\n    trekker {\n      id\n      name\n    }\n  }\n": typeof types.NodeDetails_ThemeFragmentDoc,
    "\n  fragment NodeDetails_vindplaats on Vindplaats {\n    # Aliased: kind is another enum than Organisation.kind, village non-null unlike elsewhere.\n    vindplaatsKind: kind\n    vindplaatsVillage: village\n    capacity\n  }\n": typeof types.NodeDetails_VindplaatsFragmentDoc,
    "\n  fragment NodeDetails_targetGroup on TargetGroup {\n    description\n  }\n": typeof types.NodeDetails_TargetGroupFragmentDoc,
    "\n  fragment NodeDetails_action on Action {\n    status\n    goal\n  }\n": typeof types.NodeDetails_ActionFragmentDoc,
    "\n  fragment NodeDetails_meeting on Meeting {\n    date\n    village\n  }\n": typeof types.NodeDetails_MeetingFragmentDoc,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      ...NodeDetails_person\n      ...NodeDetails_organisation\n      ...NodeDetails_theme\n      ...NodeDetails_vindplaats\n      ...NodeDetails_targetGroup\n      ...NodeDetails_action\n      ...NodeDetails_meeting\n      relations {\n        id\n        type\n        direction\n        themeName\n        agreed\n        strength\n        role\n        perYear\n        other {\n          id\n          type\n          name\n        }\n      }\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query ExplorerNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      nodes {\n        ...GraphView_node\n      }\n      edges {\n        ...GraphView_edge\n      }\n    }\n  }\n": typeof types.ExplorerNetworkDocument,
    "\n  query FilterOptions {\n    villages\n    # The API's maximum page; a municipality has tens of themes, not hundreds.\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n": typeof types.FilterOptionsDocument,
    "\n  query SearchNodes($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      type\n      name\n      village\n    }\n  }\n": typeof types.SearchNodesDocument,
    "\n  fragment GraphView_node on MapNode {\n    id\n    type\n    name\n    village\n    kind\n    degree\n  }\n": typeof types.GraphView_NodeFragmentDoc,
    "\n  fragment GraphView_edge on MapEdge {\n    id\n    type\n    source\n    target\n    themeId\n    themeName\n    agreed\n    strength\n  }\n": typeof types.GraphView_EdgeFragmentDoc,
};
const documents: Documents = {
    "\n  fragment NodeDetails_person on Person {\n    role\n    email\n    phone\n    village\n  }\n": types.NodeDetails_PersonFragmentDoc,
    "\n  fragment NodeDetails_organisation on Organisation {\n    # Aliased: Organisation.kind and Vindplaats.kind are different enums.\n    organisationKind: kind\n    village\n    website\n  }\n": types.NodeDetails_OrganisationFragmentDoc,
    "\n  fragment NodeDetails_theme on Theme {\n    description\n    programme\n    domain\n    trekker {\n      id\n      name\n    }\n  }\n": types.NodeDetails_ThemeFragmentDoc,
    "\n  fragment NodeDetails_vindplaats on Vindplaats {\n    # Aliased: kind is another enum than Organisation.kind, village non-null unlike elsewhere.\n    vindplaatsKind: kind\n    vindplaatsVillage: village\n    capacity\n  }\n": types.NodeDetails_VindplaatsFragmentDoc,
    "\n  fragment NodeDetails_targetGroup on TargetGroup {\n    description\n  }\n": types.NodeDetails_TargetGroupFragmentDoc,
    "\n  fragment NodeDetails_action on Action {\n    status\n    goal\n  }\n": types.NodeDetails_ActionFragmentDoc,
    "\n  fragment NodeDetails_meeting on Meeting {\n    date\n    village\n  }\n": types.NodeDetails_MeetingFragmentDoc,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      ...NodeDetails_person\n      ...NodeDetails_organisation\n      ...NodeDetails_theme\n      ...NodeDetails_vindplaats\n      ...NodeDetails_targetGroup\n      ...NodeDetails_action\n      ...NodeDetails_meeting\n      relations {\n        id\n        type\n        direction\n        themeName\n        agreed\n        strength\n        role\n        perYear\n        other {\n          id\n          type\n          name\n        }\n      }\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query ExplorerNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      nodes {\n        ...GraphView_node\n      }\n      edges {\n        ...GraphView_edge\n      }\n    }\n  }\n": types.ExplorerNetworkDocument,
    "\n  query FilterOptions {\n    villages\n    # The API's maximum page; a municipality has tens of themes, not hundreds.\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n": types.FilterOptionsDocument,
    "\n  query SearchNodes($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      type\n      name\n      village\n    }\n  }\n": types.SearchNodesDocument,
    "\n  fragment GraphView_node on MapNode {\n    id\n    type\n    name\n    village\n    kind\n    degree\n  }\n": types.GraphView_NodeFragmentDoc,
    "\n  fragment GraphView_edge on MapEdge {\n    id\n    type\n    source\n    target\n    themeId\n    themeName\n    agreed\n    strength\n  }\n": types.GraphView_EdgeFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_person on Person {\n    role\n    email\n    phone\n    village\n  }\n"): (typeof documents)["\n  fragment NodeDetails_person on Person {\n    role\n    email\n    phone\n    village\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_organisation on Organisation {\n    # Aliased: Organisation.kind and Vindplaats.kind are different enums.\n    organisationKind: kind\n    village\n    website\n  }\n"): (typeof documents)["\n  fragment NodeDetails_organisation on Organisation {\n    # Aliased: Organisation.kind and Vindplaats.kind are different enums.\n    organisationKind: kind\n    village\n    website\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_theme on Theme {\n    description\n    programme\n    domain\n    trekker {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NodeDetails_theme on Theme {\n    description\n    programme\n    domain\n    trekker {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_vindplaats on Vindplaats {\n    # Aliased: kind is another enum than Organisation.kind, village non-null unlike elsewhere.\n    vindplaatsKind: kind\n    vindplaatsVillage: village\n    capacity\n  }\n"): (typeof documents)["\n  fragment NodeDetails_vindplaats on Vindplaats {\n    # Aliased: kind is another enum than Organisation.kind, village non-null unlike elsewhere.\n    vindplaatsKind: kind\n    vindplaatsVillage: village\n    capacity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_targetGroup on TargetGroup {\n    description\n  }\n"): (typeof documents)["\n  fragment NodeDetails_targetGroup on TargetGroup {\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_action on Action {\n    status\n    goal\n  }\n"): (typeof documents)["\n  fragment NodeDetails_action on Action {\n    status\n    goal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_meeting on Meeting {\n    date\n    village\n  }\n"): (typeof documents)["\n  fragment NodeDetails_meeting on Meeting {\n    date\n    village\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      ...NodeDetails_person\n      ...NodeDetails_organisation\n      ...NodeDetails_theme\n      ...NodeDetails_vindplaats\n      ...NodeDetails_targetGroup\n      ...NodeDetails_action\n      ...NodeDetails_meeting\n      relations {\n        id\n        type\n        direction\n        themeName\n        agreed\n        strength\n        role\n        perYear\n        other {\n          id\n          type\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      ...NodeDetails_person\n      ...NodeDetails_organisation\n      ...NodeDetails_theme\n      ...NodeDetails_vindplaats\n      ...NodeDetails_targetGroup\n      ...NodeDetails_action\n      ...NodeDetails_meeting\n      relations {\n        id\n        type\n        direction\n        themeName\n        agreed\n        strength\n        role\n        perYear\n        other {\n          id\n          type\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      nodes {\n        ...GraphView_node\n      }\n      edges {\n        ...GraphView_edge\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      nodes {\n        ...GraphView_node\n      }\n      edges {\n        ...GraphView_edge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterOptions {\n    villages\n    # The API's maximum page; a municipality has tens of themes, not hundreds.\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query FilterOptions {\n    villages\n    # The API's maximum page; a municipality has tens of themes, not hundreds.\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchNodes($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      type\n      name\n      village\n    }\n  }\n"): (typeof documents)["\n  query SearchNodes($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      type\n      name\n      village\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphView_node on MapNode {\n    id\n    type\n    name\n    village\n    kind\n    degree\n  }\n"): (typeof documents)["\n  fragment GraphView_node on MapNode {\n    id\n    type\n    name\n    village\n    kind\n    degree\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphView_edge on MapEdge {\n    id\n    type\n    source\n    target\n    themeId\n    themeName\n    agreed\n    strength\n  }\n"): (typeof documents)["\n  fragment GraphView_edge on MapEdge {\n    id\n    type\n    source\n    target\n    themeId\n    themeName\n    agreed\n    strength\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
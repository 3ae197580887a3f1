/** GraphQL output types of the analytics queries. Every answer names the nodes and edges involved. */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";

import { NodeType } from "../../model/node-types.js";
import { GapType, Severity } from "./gaps.rules.js";
import { LoadStatus } from "./load.math.js";

registerEnumType(GapType, {
  name: "GapType",
  description: "The kinds of gap in the network (DESIGN.md §5).",
  valuesConfig: {
    THEME_WITHOUT_TREKKER: {
      description: "A theme that no person is trekker of (no TREKKER_OF to the theme). MEDIUM.",
    },
    THEME_WITHOUT_PROVIDER: {
      description:
        "A theme with at least one signaller (SIGNALS) but no organisation that WORKS_ON it. HIGH.",
    },
    SIGNAL_WITHOUT_ROUTE: {
      description:
        "Someone SIGNALS theme T, and their organisation (for an organisation: itself; for a person: each organisation they WORK_FOR) neither WORKS_ON T nor has a REFERS_TO for T to an organisation that does. A person with several organisations has a route when any one of them does; a person without organisation has none. HIGH.",
    },
    UNREACHED_TARGET_GROUP: {
      description:
        "A theme CONCERNS target group G, but nobody signalling or working on it is ACTIVE_AT a vindplaats that REACHES G. 'Nobody' = persons and organisations that SIGNAL or WORK_ON the theme, or whose organisation does. HIGH.",
    },
    OVERLOADED_VINDPLAATS: {
      description:
        "A vindplaats with load > 1 (distinct organisations active there directly or through their people, divided by capacity). HIGH from load 1.5, else MEDIUM.",
    },
    SINGLE_PROVIDER: {
      description:
        "All referral routes for a theme end at one organisation: exactly one provider (WORKS_ON), at least one REFERS_TO for the theme, and all of them end there. MEDIUM.",
    },
    BROKER_DEPENDENCY: {
      description:
        "A person or organisation whose removal splits the network: an articulation point of the undirected graph of people and organisations over KNOWS, WORKS_FOR, COLLABORATES_WITH and REFERS_TO. nodeIds: the broker, then the nodes cut off from the largest remaining part. HIGH when 3 or more are cut off, MEDIUM for 2, LOW for 1.",
    },
    ISOLATED_ORGANISATION: {
      description:
        "An organisation with no relationships except its own people's WORKS_FOR, whose people have no KNOWS outside it. MEDIUM.",
    },
    SILO: {
      description:
        "An organisation with 2 or more people who have KNOWS ties, all of them to colleagues in the organisation, while the organisation itself has other relationships (is not isolated). MEDIUM.",
    },
    INFORMAL_ROUTE: {
      description:
        "A REFERS_TO with agreed=false that is used: perYear > 0 or not given. MEDIUM from 10 a year, else LOW.",
    },
  },
});

registerEnumType(Severity, { name: "GapSeverity", description: "How urgent a gap is." });

registerEnumType(LoadStatus, {
  name: "LoadStatus",
  description: "How busy a vindplaats is, from load = parties / capacity.",
  valuesConfig: {
    OK: { description: "load < 0.8" },
    BUSY: { description: "0.8 ≤ load ≤ 1" },
    OVERLOADED: { description: "load > 1" },
    UNKNOWN: { description: "no capacity recorded" },
  },
});

@ObjectType({ description: "A text in Dutch and English." })
export class LocalizedText {
  @Field(() => String)
  nl: string;

  @Field(() => String)
  en: string;
}

@ObjectType({ description: "A node named in an analytics answer." })
export class NodeRef {
  @Field(() => ID)
  id: string;

  @Field(() => NodeType)
  type: NodeType;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  village?: string | null;
}

@ObjectType({ description: "A gap in the network, with the nodes and relationships involved." })
export class Gap {
  @Field(() => ID, {
    description: "Stable per subject: the type and the node(s) or relationship it is about.",
  })
  id: string;

  @Field(() => GapType)
  type: GapType;

  @Field(() => Severity)
  severity: Severity;

  @Field(() => LocalizedText)
  explanation: LocalizedText;

  @Field(() => LocalizedText, { description: "A suggested next step." })
  suggestion: LocalizedText;

  @Field(() => [ID])
  nodeIds: string[];

  @Field(() => [ID])
  edgeIds: string[];

  @Field(() => [ID], { description: "The themes the gap is about." })
  themeIds: string[];
}

@ObjectType({ description: "An organisation relying on a vindplaats." })
export class LoadParty {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Boolean, {
    description: "Active at the vindplaats itself (not only through its people).",
  })
  direct: boolean;

  @Field(() => [ID], { description: "Its people active at the vindplaats." })
  viaPersonIds: string[];
}

@ObjectType({
  description: "How often a theme is asked at a vindplaats: ACTIVE_AT ties naming it.",
})
export class ThemeAsk {
  @Field(() => ID)
  themeId: string;

  @Field(() => String)
  themeName: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "The load of one vindplaats." })
export class VindplaatsLoad {
  @Field(() => NodeRef)
  vindplaats: NodeRef;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;

  @Field(() => Int, {
    description: "Distinct organisations active there directly or through their people.",
  })
  partyCount: number;

  @Field(() => [LoadParty])
  parties: LoadParty[];

  @Field(() => [ThemeAsk])
  asks: ThemeAsk[];

  @Field(() => Float, { nullable: true, description: "parties / capacity; null without capacity." })
  load?: number | null;

  @Field(() => LoadStatus)
  status: LoadStatus;

  @Field(() => Boolean, {
    description: "Reaches a target group that no other vindplaats with active parties reaches.",
  })
  underused: boolean;

  @Field(() => [NodeRef], {
    description: "The target groups only this vindplaats reaches (among those with parties).",
  })
  uniqueTargetGroups: NodeRef[];

  @Field(() => [ID])
  nodeIds: string[];

  @Field(() => [ID])
  edgeIds: string[];

  @Field(() => LocalizedText)
  explanation: LocalizedText;
}

@ObjectType({
  description: "One vindplaats reaching the target group, and who is active there for the theme.",
})
export class CoverageCell {
  @Field(() => NodeRef)
  vindplaats: NodeRef;

  @Field(() => [NodeRef], {
    description:
      "People and organisations active here that signal or work on the theme, or whose organisation does. Empty: a gap.",
  })
  actors: NodeRef[];

  @Field(() => [ID])
  edgeIds: string[];
}

@ObjectType({
  description: "A theme and a target group it concerns, with the vindplaatsen reaching that group.",
})
export class CoverageRow {
  @Field(() => NodeRef)
  theme: NodeRef;

  @Field(() => NodeRef)
  targetGroup: NodeRef;

  @Field(() => Boolean, {
    description: "Someone involved in the theme is active at a vindplaats reaching the group.",
  })
  covered: boolean;

  @Field(() => [CoverageCell])
  cells: CoverageCell[];

  @Field(() => [ID])
  nodeIds: string[];

  @Field(() => [ID])
  edgeIds: string[];

  @Field(() => LocalizedText)
  explanation: LocalizedText;
}

@ObjectType({
  description: "A chain of people (and their organisations) through which one can be introduced.",
})
export class IntroductionPath {
  @Field(() => Int, { description: "Number of relationships on the path." })
  hops: number;

  @Field(() => [NodeRef])
  nodes: NodeRef[];

  @Field(() => [ID])
  nodeIds: string[];

  @Field(() => [ID])
  edgeIds: string[];
}

@ObjectType({
  description:
    "The parts of a partner score (score = 3·themes + 2·vindplaatsen + 1·target groups + 2·Adamic–Adar + 4·complementarity).",
})
export class ScoreParts {
  @Field(() => Int)
  sharedThemes: number;

  @Field(() => Int)
  sharedVindplaatsen: number;

  @Field(() => Int)
  sharedTargetGroups: number;

  @Field(() => Float, { description: "Adamic–Adar index over common contacts: Σ 1/ln(degree)." })
  commonContacts: number;

  @Field(() => Int)
  commonContactCount: number;

  @Field(() => Int, { description: "Themes one signals and the other provides help for." })
  complementarity: number;
}

@ObjectType({ description: "A suggested partner not yet connected, with the reasons." })
export class PartnerCandidate {
  @Field(() => NodeRef)
  candidate: NodeRef;

  @Field(() => Float)
  score: number;

  @Field(() => ScoreParts)
  parts: ScoreParts;

  @Field(() => [LocalizedText])
  reasons: LocalizedText[];

  @Field(() => NodeRef, {
    nullable: true,
    description: "Whom to contact: the person, or someone of the organisation.",
  })
  contactPerson?: NodeRef | null;

  @Field(() => IntroductionPath, {
    nullable: true,
    description: "Shortest path over KNOWS/WORKS_FOR from the asker (for a theme: its trekker).",
  })
  introductionPath?: IntroductionPath | null;

  @Field(() => [ID])
  nodeIds: string[];

  @Field(() => [ID])
  edgeIds: string[];
}

@ObjectType({ description: "Centrality of one person or organisation." })
export class NodeMetric {
  @Field(() => ID)
  id: string;

  @Field(() => NodeType)
  type: NodeType;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  degree: number;

  @Field(() => Float, { description: "Normalised betweenness (divided by (n−1)(n−2)/2)." })
  betweenness: number;

  @Field(() => Float, {
    description: "Closeness, Wasserman–Faust corrected for disconnected graphs.",
  })
  closeness: number;

  @Field(() => Int, { description: "Louvain community number." })
  community: number;
}

@ObjectType({
  description:
    "Network health figures over people and organisations (KNOWS, WORKS_FOR, COLLABORATES_WITH, REFERS_TO).",
})
export class NetworkHealth {
  @Field(() => Int, {
    description: "Graph version these figures belong to (they are cached per version).",
  })
  graphVersion: number;

  @Field(() => Int)
  nodes: number;

  @Field(() => Int, { description: "Relationships between the nodes in scope." })
  relationships: number;

  @Field(() => Int, { description: "Distinct connected pairs (what density counts)." })
  connectedPairs: number;

  @Field(() => Float)
  density: number;

  @Field(() => Int)
  components: number;

  @Field(() => Int)
  largestComponent: number;

  @Field(() => Float, { description: "Freeman degree centralisation." })
  degreeCentralisation: number;

  @Field(() => Float, {
    nullable: true,
    description: "Mean shortest-path length over connected pairs.",
  })
  averagePathLength?: number | null;

  @Field(() => Int)
  communities: number;

  @Field(() => Float, { description: "Modularity of the Louvain partition." })
  modularity: number;

  @Field(() => Boolean, {
    description:
      "Betweenness, closeness and path length estimated from seeded pivots (components above 2500 nodes).",
  })
  sampled: boolean;

  @Field(() => Int, { description: "Number of pivots used when sampled." })
  pivots: number;

  @Field(() => [NodeMetric])
  nodeMetrics: NodeMetric[];

  @Field(() => [NodeMetric], { description: "The ten nodes with the highest betweenness." })
  topBrokers: NodeMetric[];

  @Field(() => LocalizedText)
  explanation: LocalizedText;
}

@ObjectType({ description: "One part of a component that falls apart." })
export class ComponentPart {
  @Field(() => [ID])
  nodeIds: string[];
}

@ObjectType({
  description: "A connected part of the network that splits when the nodes are removed.",
})
export class ComponentSplit {
  @Field(() => Int)
  sizeBefore: number;

  @Field(() => [ComponentPart], { description: "Largest first." })
  parts: ComponentPart[];
}

@ObjectType({ description: "What the network loses when these nodes disappear." })
export class WhatIfResult {
  @Field(() => [ID])
  removedNodeIds: string[];

  @Field(() => [ID])
  removedEdgeIds: string[];

  @Field(() => [Gap], {
    description: "Gaps in the report after removal that were not there before.",
  })
  gapsAppearing: Gap[];

  @Field(() => [Gap], {
    description: "Gaps that disappear (often because their subject is removed).",
  })
  gapsResolved: Gap[];

  @Field(() => [NodeRef], {
    description: "Target groups no vindplaats with active parties reaches any more.",
  })
  targetGroupsNoLongerReached: NodeRef[];

  @Field(() => [NodeRef], { description: "Themes that lose their last provider." })
  themesWithoutProvider: NodeRef[];

  @Field(() => [NodeRef], {
    description: "Themes that lose their last referral route to a provider.",
  })
  themesWithoutRoute: NodeRef[];

  @Field(() => Int)
  componentsBefore: number;

  @Field(() => Int)
  componentsAfter: number;

  @Field(() => [ComponentSplit])
  splits: ComponentSplit[];

  @Field(() => [ID])
  nodeIds: string[];

  @Field(() => [ID])
  edgeIds: string[];

  @Field(() => LocalizedText)
  explanation: LocalizedText;
}

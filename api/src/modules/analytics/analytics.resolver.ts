import { Arg, Args, Authorized, Ctx, Query, Resolver } from "type-graphql";

import { Role } from "../../auth/roles.js";
import type { Context } from "../../context.js";
import {
  CoverageFilter,
  GapFilter,
  HealthScope,
  ListWindow,
  LoadFilter,
  PartnerArgs,
  PathArgs,
  WhatIfArgs,
  windowOf,
} from "./analytics.input.js";
import {
  CoverageRow,
  Gap,
  IntroductionPath,
  NetworkHealth,
  PartnerCandidate,
  VindplaatsLoad,
  WhatIfResult,
} from "./analytics.type.js";

@Resolver()
export class AnalyticsResolver {
  @Authorized(Role.VIEWER)
  @Query(() => [Gap], {
    description:
      "The gap report: every gap with severity, explanation, suggestion and the nodes/edges involved, most severe first.",
  })
  async gaps(
    @Arg("filter", () => GapFilter, { nullable: true }) filter: GapFilter | null,
    @Args(() => ListWindow) window: ListWindow,
    @Ctx() ctx: Context,
  ) {
    return windowOf(await ctx.services.analytics.gaps(filter ?? {}), window);
  }

  @Authorized(Role.VIEWER)
  @Query(() => [VindplaatsLoad], {
    description:
      "Per vindplaats: organisations relying on it, asks per theme, load = parties / capacity and status; highest load first.",
  })
  async vindplaatsLoad(
    @Arg("filter", () => LoadFilter, { nullable: true }) filter: LoadFilter | null,
    @Args(() => ListWindow) window: ListWindow,
    @Ctx() ctx: Context,
  ) {
    return windowOf(await ctx.services.analytics.vindplaatsLoad(filter ?? {}), window);
  }

  @Authorized(Role.VIEWER)
  @Query(() => [CoverageRow], {
    description:
      "The theme × target group × vindplaats matrix: for every theme and target group it concerns, the vindplaatsen reaching the group and who is active there for the theme. Rows that are not covered are gaps.",
  })
  coverage(
    @Arg("filter", () => CoverageFilter, { nullable: true }) filter: CoverageFilter | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.analytics.coverage(filter ?? {});
  }

  @Authorized(Role.VIEWER)
  @Query(() => [PartnerCandidate], {
    description:
      "Partners not yet connected to a person, organisation or theme (give exactly one), ranked by score, with reasons, a contact person and the shortest introduction path.",
  })
  partnerSuggestions(@Args(() => PartnerArgs) args: PartnerArgs, @Ctx() ctx: Context) {
    return ctx.services.analytics.partnerSuggestions(args);
  }

  @Authorized(Role.VIEWER)
  @Query(() => [IntroductionPath], {
    description:
      "The k shortest paths between two people over KNOWS and WORKS_FOR (colleagues), at most maxHops relationships long, shortest first.",
  })
  introductionPaths(@Args(() => PathArgs) args: PathArgs, @Ctx() ctx: Context) {
    return ctx.services.analytics.introductionPaths(args);
  }

  @Authorized(Role.VIEWER)
  @Query(() => NetworkHealth, {
    description:
      "Size, density, components, centralisation, path length, centrality per node, Louvain communities and top brokers, for the whole network, a theme or a village. Cached per graph version.",
  })
  networkHealth(
    @Arg("scope", () => HealthScope, { nullable: true }) scope: HealthScope | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.analytics.networkHealth(scope ?? {});
  }

  @Authorized(Role.VIEWER)
  @Query(() => WhatIfResult, {
    description:
      "What the network loses when these people, organisations or vindplaatsen disappear: new gaps, target groups no longer reached, themes without provider or route, components that split. Nothing is changed.",
  })
  whatIf(@Args(() => WhatIfArgs) { removeNodeIds }: WhatIfArgs, @Ctx() ctx: Context) {
    return ctx.services.analytics.whatIf(removeNodeIds);
  }
}

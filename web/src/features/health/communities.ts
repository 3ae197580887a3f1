export interface CommunityMember {
  id: string;
  name: string;
  degree: number;
  community: number;
}

export interface Community {
  community: number;
  members: CommunityMember[];
}

/** Louvain communities, largest first; members by degree (the best-connected first). */
export function toCommunities(metrics: readonly CommunityMember[]): Community[] {
  const byCommunity = new Map<number, CommunityMember[]>();
  for (const m of metrics) {
    const list = byCommunity.get(m.community) ?? [];
    list.push(m);
    byCommunity.set(m.community, list);
  }
  return [...byCommunity]
    .map(([community, members]) => ({
      community,
      members: [...members].sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => b.members.length - a.members.length || a.community - b.community);
}

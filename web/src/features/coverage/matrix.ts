/** The coverage rows as a theme × target group matrix (only pairs the theme concerns have a row). */
export function toMatrix<R extends { theme: { id: string; name: string }; targetGroup: { id: string; name: string } }>(
  rows: readonly R[],
) {
  const themes = new Map<string, string>();
  const groups = new Map<string, string>();
  const cells = new Map<string, R>();
  for (const row of rows) {
    themes.set(row.theme.id, row.theme.name);
    groups.set(row.targetGroup.id, row.targetGroup.name);
    cells.set(cellKey(row.theme.id, row.targetGroup.id), row);
  }
  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1]);
  return {
    themes: [...themes].sort(byName).map(([id, name]) => ({ id, name })),
    groups: [...groups].sort(byName).map(([id, name]) => ({ id, name })),
    cell: (themeId: string, groupId: string) => cells.get(cellKey(themeId, groupId)),
  };
}

export function cellKey(themeId: string, groupId: string) {
  return `${themeId}|${groupId}`;
}

/** The id of the UNREACHED_TARGET_GROUP gap for a row that is not covered (see the API's gap ids). */
export function unreachedGapId(themeId: string, groupId: string) {
  return `UNREACHED_TARGET_GROUP:${themeId}:${groupId}`;
}

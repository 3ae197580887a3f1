/**
 * Factories for the small graphs tests need. They write through the same idempotent upsert as
 * the seed and import, with unique ids so tests never depend on the demo network.
 */
import { randomUUID } from "node:crypto";

import { NodeType } from "../../src/model/node-types.js";
import { relationshipId, RelationshipType } from "../../src/model/relationship-types.js";
import type { DocumentEdge, DocumentNode } from "../../src/modules/import-export/document.js";
import { UpsertService } from "../../src/modules/import-export/upsert.service.js";
import { testExecutor } from "../helpers/test-db.js";

type Props = Record<string, unknown>;

function uniqueId(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

async function buildNode(
  type: NodeType,
  prefix: string,
  defaults: Props,
  props: Props,
): Promise<DocumentNode> {
  const node = { id: uniqueId(prefix), ...defaults, ...props, type } as DocumentNode;
  await new UpsertService(testExecutor()).upsert({ nodes: [node], edges: [] });
  return node;
}

export const buildPerson = (props: Props = {}) =>
  buildNode(NodeType.PERSON, "per", { name: "Test Persoon", role: "medewerker" }, props);

export const buildOrganisation = (props: Props = {}) =>
  buildNode(
    NodeType.ORGANISATION,
    "org",
    { name: "Testorganisatie", kind: "WELZIJN", village: "Twello" },
    props,
  );

export const buildTheme = (props: Props = {}) =>
  buildNode(
    NodeType.THEME,
    "thema",
    { name: "Testthema", description: "Een thema", domain: "SOCIAAL" },
    props,
  );

export const buildVindplaats = (props: Props = {}) =>
  buildNode(
    NodeType.VINDPLAATS,
    "vp",
    { name: "Testschool", kind: "SCHOOL", village: "Twello", capacity: 3 },
    props,
  );

export const buildTargetGroup = (props: Props = {}) =>
  buildNode(NodeType.TARGET_GROUP, "dg", { name: "Testgroep" }, props);

export const buildAction = (props: Props = {}) =>
  buildNode(NodeType.ACTION, "actie", { title: "Testactie", status: "RUNNING" }, props);

export const buildMeeting = (props: Props = {}) =>
  buildNode(
    NodeType.MEETING,
    "bijeenkomst",
    { title: "Netwerkbijeenkomst", date: "2026-03-12" },
    props,
  );

/** Creates a relationship between two built nodes; returns its id. */
export async function relate(
  type: RelationshipType,
  from: { id: string },
  to: { id: string },
  props: Props = {},
): Promise<string> {
  const edge = { type, from: from.id, to: to.id, ...props } as DocumentEdge;
  await new UpsertService(testExecutor()).upsert({ nodes: [], edges: [edge] });
  return relationshipId(type, from.id, to.id, props.themeId as string | undefined);
}

export const buildReferralRoute = (
  from: { id: string },
  to: { id: string },
  theme: { id: string },
  props: Props = {},
) => relate(RelationshipType.REFERS_TO, from, to, { themeId: theme.id, agreed: true, ...props });

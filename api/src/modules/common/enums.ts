import { registerEnumType } from "type-graphql";

export enum OrganisationKind {
  GEMEENTE = "GEMEENTE",
  WELZIJN = "WELZIJN",
  ONDERWIJS = "ONDERWIJS",
  ZORG = "ZORG",
  BIBLIOTHEEK = "BIBLIOTHEEK",
  SPORT = "SPORT",
  VRIJWILLIGERS = "VRIJWILLIGERS",
  KERK = "KERK",
  WONEN = "WONEN",
  BEDRIJF = "BEDRIJF",
  BEWONERSINITIATIEF = "BEWONERSINITIATIEF",
  JEUGD = "JEUGD",
}

export enum VindplaatsKind {
  SCHOOL = "SCHOOL",
  HUISARTSENPRAKTIJK = "HUISARTSENPRAKTIJK",
  CONSULTATIEBUREAU = "CONSULTATIEBUREAU",
  BIBLIOTHEEK = "BIBLIOTHEEK",
  SPORTVERENIGING = "SPORTVERENIGING",
  DORPSHUIS = "DORPSHUIS",
  VOEDSELBANK = "VOEDSELBANK",
  KERK = "KERK",
  WIJKTEAM = "WIJKTEAM",
}

export enum Domain {
  SOCIAAL = "SOCIAAL",
  FYSIEK = "FYSIEK",
}

export enum ActionStatus {
  IDEA = "IDEA",
  RUNNING = "RUNNING",
  DONE = "DONE",
  STALLED = "STALLED",
}

export enum Direction {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
}

registerEnumType(OrganisationKind, { name: "OrganisationKind" });
registerEnumType(VindplaatsKind, { name: "VindplaatsKind" });
registerEnumType(Domain, {
  name: "Domain",
  description: "Social or physical domain (Omgevingswet).",
});
registerEnumType(ActionStatus, { name: "ActionStatus" });
registerEnumType(Direction, { name: "Direction" });

// Netwerkkaart graph schema: constraints and indexes, applied idempotently at start
// (`npm run db:migrate`). Every statement uses IF NOT EXISTS; add new ones at the end.

// One id per node, unique per label.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT vindplaats_id IF NOT EXISTS FOR (n:Vindplaats) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_group_id IF NOT EXISTS FOR (n:TargetGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT action_id IF NOT EXISTS FOR (n:Action) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;

// Lookups by name, village and kind.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX person_village IF NOT EXISTS FOR (n:Person) ON (n.village);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX organisation_village IF NOT EXISTS FOR (n:Organisation) ON (n.village);
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX theme_name IF NOT EXISTS FOR (n:Theme) ON (n.name);
CREATE INDEX vindplaats_name IF NOT EXISTS FOR (n:Vindplaats) ON (n.name);
CREATE INDEX vindplaats_village IF NOT EXISTS FOR (n:Vindplaats) ON (n.village);
CREATE INDEX vindplaats_kind IF NOT EXISTS FOR (n:Vindplaats) ON (n.kind);
CREATE INDEX target_group_name IF NOT EXISTS FOR (n:TargetGroup) ON (n.name);
CREATE INDEX action_title IF NOT EXISTS FOR (n:Action) ON (n.title);
CREATE INDEX meeting_title IF NOT EXISTS FOR (n:Meeting) ON (n.title);
CREATE INDEX meeting_village IF NOT EXISTS FOR (n:Meeting) ON (n.village);

// Relationship ids (type:from:to[:theme]) for updates, deletes and idempotent imports.
CREATE INDEX works_for_id IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() ON (r.id);
CREATE INDEX knows_id IF NOT EXISTS FOR ()-[r:KNOWS]-() ON (r.id);
CREATE INDEX trekker_of_id IF NOT EXISTS FOR ()-[r:TREKKER_OF]-() ON (r.id);
CREATE INDEX works_on_id IF NOT EXISTS FOR ()-[r:WORKS_ON]-() ON (r.id);
CREATE INDEX signals_id IF NOT EXISTS FOR ()-[r:SIGNALS]-() ON (r.id);
CREATE INDEX active_at_id IF NOT EXISTS FOR ()-[r:ACTIVE_AT]-() ON (r.id);
CREATE INDEX refers_to_id IF NOT EXISTS FOR ()-[r:REFERS_TO]-() ON (r.id);
CREATE INDEX collaborates_with_id IF NOT EXISTS FOR ()-[r:COLLABORATES_WITH]-() ON (r.id);
CREATE INDEX run_by_id IF NOT EXISTS FOR ()-[r:RUN_BY]-() ON (r.id);
CREATE INDEX reaches_id IF NOT EXISTS FOR ()-[r:REACHES]-() ON (r.id);
CREATE INDEX concerns_id IF NOT EXISTS FOR ()-[r:CONCERNS]-() ON (r.id);
CREATE INDEX takes_part_in_id IF NOT EXISTS FOR ()-[r:TAKES_PART_IN]-() ON (r.id);
CREATE INDEX contributes_to_id IF NOT EXISTS FOR ()-[r:CONTRIBUTES_TO]-() ON (r.id);
CREATE INDEX attended_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.id);

// A counter bumped by every write, so analytics can be cached per graph version.
MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.value = 0;

// The change log (history and undo): (:Change) nodes, not connected to the network.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_seq IF NOT EXISTS FOR (c:Change) ON (c.seq);
CREATE INDEX change_batch IF NOT EXISTS FOR (c:Change) ON (c.batch);
CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.targetId);

// Accounts and sessions (api/src/auth): not part of the network. Sessions hold only the SHA-256
// of the cookie's token; sign-in throttling is per hashed (email, IP).
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE;
CREATE CONSTRAINT session_token_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE;
CREATE INDEX session_user IF NOT EXISTS FOR (s:Session) ON (s.userId);
CREATE CONSTRAINT login_throttle_key IF NOT EXISTS FOR (t:LoginThrottle) REQUIRE t.key IS UNIQUE;

// The audit log (api/src/audit): who did what to which node, without personal values.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE INDEX audit_actor IF NOT EXISTS FOR (a:AuditEntry) ON (a.actorId);
CREATE INDEX audit_target IF NOT EXISTS FOR (a:AuditEntry) ON (a.targetId);

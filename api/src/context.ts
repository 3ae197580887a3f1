import { AuditRecorder } from "./audit/audit.recorder.js";
import { AuditService } from "./audit/audit.service.js";
import { type AuthOptions, AuthService, type SessionUser } from "./auth/auth.service.js";
import { noCookies, type SessionCookies } from "./auth/session.js";
import type { Executor } from "./db/executor.js";
import { AnalyticsService } from "./modules/analytics/analytics.service.js";
import { GraphSnapshots, type WarmingOptions } from "./modules/analytics/graph-snapshots.js";
import { HistoryService } from "./modules/history/history.service.js";
import { DuplicatesService } from "./modules/import-export/duplicates.service.js";
import { ExportService } from "./modules/import-export/export.service.js";
import { ImportService } from "./modules/import-export/import.service.js";
import { NetworkService } from "./modules/network/network.service.js";
import { Loaders } from "./modules/node/node.loaders.js";
import { NodeService } from "./modules/node/node.service.js";
import { RelationshipService } from "./modules/relationship/relationship.service.js";
import { PrivacyService } from "./privacy/privacy.service.js";

/** The domain services; created once per process, independent of HTTP. */
export interface Services {
  executor: Executor;
  nodes: NodeService;
  relationships: RelationshipService;
  network: NetworkService;
  analytics: AnalyticsService;
  /** The in-memory graph for the current graph version, shared by analytics and maps. */
  snapshots: GraphSnapshots;
  history: HistoryService;
  imports: ImportService;
  exports: ExportService;
  duplicates: DuplicatesService;
  auth: AuthService;
  audit: AuditService;
  privacy: PrivacyService;
}

export function createServices(
  executor: Executor,
  auth?: AuthOptions,
  /** Keep the snapshot loaded for maps too (see `GraphSnapshots.warmWhenQuiet`); off when null. */
  warming: WarmingOptions | null = null,
): Services {
  // One in-memory snapshot of the graph per graph version, for analytics and maps alike.
  const snapshots = new GraphSnapshots(executor, warming);
  return {
    executor,
    nodes: new NodeService(executor),
    relationships: new RelationshipService(executor),
    network: new NetworkService(executor, snapshots),
    analytics: new AnalyticsService(executor, snapshots),
    snapshots,
    history: new HistoryService(executor),
    imports: new ImportService(executor),
    exports: new ExportService(executor),
    duplicates: new DuplicatesService(executor),
    auth: new AuthService(executor, auth),
    audit: new AuditService(executor),
    privacy: new PrivacyService(executor),
  };
}

/** What every resolver gets: the services and this request's loaders. */
export interface Context {
  requestId: string;
  services: Services;
  loaders: Loaders;
  /** The signed-in user (from the session cookie, looked up once per request), or null. */
  user?: SessionUser | null;
  /** PUBLIC_READ: anonymous requests may read, except contact fields. */
  publicRead?: boolean;
  /** The client's address, for sign-in throttling. */
  ip: string;
  /** This request's session cookie: read, set on sign-in, cleared on sign-out. */
  session: SessionCookies;
  /** Batches this request's audit entries for reads of contact fields. */
  audit: AuditRecorder;
}

export interface RequestAuth {
  user?: SessionUser | null;
  publicRead?: boolean;
  ip?: string;
  session?: SessionCookies;
}

export function createContext(
  services: Services,
  requestId: string,
  auth: RequestAuth = {},
): Context {
  const context: Context = {
    requestId,
    services,
    loaders: new Loaders(services.executor),
    user: auth.user ?? null,
    publicRead: auth.publicRead ?? false,
    ip: auth.ip ?? "unknown",
    session: auth.session ?? noCookies(),
    // The actor is read when the batch is written: sign-in sets the user during the request.
    audit: new AuditRecorder(services.audit, () => context.user?.id ?? "anonymous", requestId),
  };
  return context;
}

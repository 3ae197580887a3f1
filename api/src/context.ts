import type { Executor } from "./db/executor.js";
import { NetworkService } from "./modules/network/network.service.js";
import { Loaders } from "./modules/node/node.loaders.js";
import { NodeService } from "./modules/node/node.service.js";
import { RelationshipService } from "./modules/relationship/relationship.service.js";

/** The domain services; created once per process, independent of HTTP. */
export interface Services {
  executor: Executor;
  nodes: NodeService;
  relationships: RelationshipService;
  network: NetworkService;
}

export function createServices(executor: Executor): Services {
  return {
    executor,
    nodes: new NodeService(executor),
    relationships: new RelationshipService(executor),
    network: new NetworkService(executor),
  };
}

/** What every resolver gets: the services and this request's loaders. */
export interface Context {
  requestId: string;
  services: Services;
  loaders: Loaders;
}

export function createContext(services: Services, requestId: string): Context {
  return { requestId, services, loaders: new Loaders(services.executor) };
}

import { graphql } from "../../graphql/__generated__";

export const NetworkHealthQuery = graphql(`
  query NetworkHealth($scope: HealthScope) {
    networkHealth(scope: $scope) {
      nodes
      relationships
      density
      components
      largestComponent
      degreeCentralisation
      averagePathLength
      communities
      modularity
      sampled
      explanation {
        nl
        en
      }
      topBrokers {
        id
        name
        type
        betweenness
        closeness
        degree
        community
      }
      nodeMetrics {
        id
        name
        type
        degree
        community
      }
    }
  }
`);

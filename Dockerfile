# The app image: the API serving the built web. Neo4j runs in its own container (docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV SKIP_LOCAL_NEO4J=true
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY web/package.json web/
COPY neo4j-local/build.mjs neo4j-local/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/api/package.json api/
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/web/dist web/dist
COPY --from=build /app/schema schema
COPY --from=build /app/seed/voorst seed/voorst
USER node
EXPOSE 4000
# A bounded heap: the collector works before the process grows (100k nodes: ~750 MB RSS).
CMD ["node", "--max-old-space-size=768", "--max-semi-space-size=32", "api/dist/main.js"]

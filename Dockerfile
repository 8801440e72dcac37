# Domovoy: one image serving the web CRM and the API on one port.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npx turbo run build --filter=@domovoy/web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000
COPY --from=build /app /app
# Uploaded and generated files; mount a volume shared by every API instance here.
RUN mkdir -p /data/files && chown -R node:node /data
ENV FILES_DIR=/data/files
VOLUME /data/files
EXPOSE 4000
USER node
CMD ["npm", "run", "start", "--workspace", "@domovoy/api"]

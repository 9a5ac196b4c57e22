# The front end's container: build with Node, serve the static files with nginx as a non-root user.
# Not built on the project's own machines (they have no Docker engine), but the nginx site config
# it uses (deploy/nginx/app.conf with the build's security headers) is the one the test suite runs.
#
#   docker build --build-arg VITE_JITSI_DOMAIN=meet.bretten.de -t peter-ruft-paul .
#   docker run -p 8080:8080 peter-ruft-paul      # behind the town's TLS proxy

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The town's own Jitsi server; a production build refuses any other unless explicitly allowed.
ARG VITE_JITSI_DOMAIN
ARG ALLOW_EXTERNAL_JITSI=false
RUN test -n "$VITE_JITSI_DOMAIN" || (echo "Set --build-arg VITE_JITSI_DOMAIN=<the town's Jitsi host>" >&2; exit 1)
RUN VITE_JITSI_DOMAIN="$VITE_JITSI_DOMAIN" ALLOW_EXTERNAL_JITSI="$ALLOW_EXTERNAL_JITSI" npm run build
# The same substitutions as scripts/nginxConfig.mjs renderSite: the two snippets the build writes.
RUN mkdir -p /out \
 && mv dist/.nginx/security-headers.conf /out/security-headers.conf \
 && mv dist/.nginx/languages.conf /out/languages.conf \
 && rm -rf dist/.nginx \
 && sed -e 's#__PORT__#8080#g' \
        -e 's#__ROOT__#/usr/share/nginx/html#g' \
        -e 's#__SECURITY_HEADERS__#/etc/nginx/snippets/security-headers.conf#g' \
        -e 's#__LANGUAGE_MAPS__#/etc/nginx/snippets/languages.conf#g' \
        deploy/nginx/app.conf > /out/default.conf

FROM nginxinc/nginx-unprivileged:1.28-alpine
COPY --from=build /out/default.conf /etc/nginx/conf.d/default.conf
COPY --from=build /out/security-headers.conf /etc/nginx/snippets/security-headers.conf
COPY --from=build /out/languages.conf /etc/nginx/snippets/languages.conf
COPY --from=build /app/dist /usr/share/nginx/html
USER nginx
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --retries=3 \
  CMD wget -q --spider http://127.0.0.1:8080/ || exit 1

# Builds the `handover` binary and a small runtime image for docker-compose.
FROM rust:1.95.0-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# The dependencies first, in a layer of their own built from Cargo.toml and
# Cargo.lock alone (with an empty main.rs and lib.rs): a change to the source
# then rebuilds only the app, not its several hundred dependencies.
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && touch src/lib.rs \
    && cargo build --release --locked \
    && rm -rf src
COPY . .
# COPY keeps the files' times, which can be older than the placeholder build:
# touch the crate roots so cargo rebuilds the app itself.
RUN touch src/main.rs src/lib.rs && cargo build --release --locked

FROM debian:bookworm-20260803-slim
# Noto and emoji fonts: the PDF packets print every script a signer types
# (src/packets/fonts.rs finds them through fontconfig's folders).
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 ca-certificates \
    fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji fonts-noto-mono fonts-symbola \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/handover /usr/local/bin/handover
# For a key file in a volume (HANDOVER_DATA_KEY_FILE=/keys/data.key), where
# HANDOVER_DATA_KEY is not used; docker-compose.yml uses HANDOVER_DATA_KEY.
RUN mkdir /keys && chown nobody /keys && chmod 700 /keys
USER nobody
# Reachable from outside the container; `handover healthcheck` asks
# 127.0.0.1:8080 by default.
ENV HANDOVER_BIND=0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["handover"]
CMD ["serve"]

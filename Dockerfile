# Builds the `handover` binary and a small runtime image for docker-compose.
FROM rust:1-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM debian:bookworm-slim
# Noto and emoji fonts: the PDF packets print every script a signer types
# (src/packets/fonts.rs finds them through fontconfig's folders).
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 ca-certificates \
    fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji fonts-noto-mono fonts-symbola \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/handover /usr/local/bin/handover
# Where docker-compose keeps the data key file (a volume initialised from here).
RUN mkdir /keys && chown nobody /keys && chmod 700 /keys
USER nobody
EXPOSE 8080
ENTRYPOINT ["handover"]
CMD ["serve"]

# The native rhetlint on a minimal base: docker build -t rhetlint . && docker run --rm -v "$PWD:/work" rhetlint check .
# Build stage: NativeAOT links with clang (zlib1g-dev as Microsoft's prerequisites list), for the builder's own
# architecture (--use-current-runtime), so the same file builds amd64 and arm64 images.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends clang zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Rhetlint.Cli -c Release --use-current-runtime -p:PublishAot=true -p:DebugType=none -o /out

# The runtime-deps "chiseled-extra" image holds what a NativeAOT binary loads (glibc, ICU for culture-aware text,
# tzdata) and no shell or package manager; it defines the non-root user app ($APP_UID).
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra
COPY --from=build /out/rhetlint /usr/local/bin/rhetlint
USER $APP_UID
WORKDIR /work
ENTRYPOINT ["rhetlint"]
CMD ["--help"]

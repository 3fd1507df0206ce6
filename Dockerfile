# Teamgate's image, made from the executable jar that Maven built on the host (the build needs no
# network inside Docker):
#   ./mvnw -B -DskipTests package && docker build -t teamgate .
# BASE_IMAGE is any image with a Java 17+ runtime, `curl` (for the health check) and `useradd`;
# CI builds a local one from Debian packages (.ci/docker.sh) and passes it here.
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

RUN (getent group teamgate || groupadd --system teamgate) \
 && (id teamgate || useradd --system --gid teamgate --home-dir /app --shell /usr/sbin/nologin teamgate) \
 && mkdir -p /app/data && chown teamgate:teamgate /app/data
WORKDIR /app
COPY target/teamgate-*-exec.jar /app/teamgate.jar

# Listen on every interface inside the container; publish the port on 127.0.0.1 on the host
# (docker run -p 127.0.0.1:8080:8080). The sandbox profile keeps its H2 files in the volume.
ENV SERVER_ADDRESS=0.0.0.0 \
    SERVER_PORT=8080 \
    TEAMGATE_SANDBOX_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/app/data"]
USER teamgate
EXPOSE 8080
# Readiness, not liveness: the seed is loaded and every vendor routed once it answers 200.
HEALTHCHECK --interval=5s --timeout=3s --start-period=300s --retries=3 \
  CMD curl -fs "http://127.0.0.1:${SERVER_PORT}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "-jar", "/app/teamgate.jar"]

# syntax=docker/dockerfile:1
# Teamgate: build with the Maven wrapper and Spring AOT, run on a JDK 25 JRE with its AOT cache
# (JEP 483/514/515) and -Dspring.aot.enabled=true, as a non-root user. The code stays at Java 17 language level; only the runtime is 25.
# Start-up measurements and why this layout: docs/startup.md.
# Untested on the development machine (it has no Docker engine); kept deliberately standard.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
# The aot-cache profile's Spring AOT step (process-aot: bean definitions generated as code) without
# its extract and training steps (exec.skip): those happen below, in the runtime stage's own JVM.
# The JDK can cache classes only from plain jars on the class path, so the Boot jar is extracted
# (application jar + lib/), split into layers so a code change rebuilds only the last ones.
RUN ./mvnw -B -q -DskipTests -Paot-cache -Dexec.skip=true package \
 && java -Djarmode=tools -jar target/teamgate-*.jar extract --layers --application-filename teamgate.jar \
      --destination /layers

FROM eclipse-temurin:25-jre
RUN groupadd --system teamgate && useradd --system --gid teamgate --home /app teamgate \
 && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
RUN mkdir -p /app/data && chown teamgate:teamgate /app/data
ENV SERVER_ADDRESS=0.0.0.0 \
    TEAMGATE_SANDBOX_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Xss512k"
# G1 and the full JIT: C1-only and SerialGC each started faster but answered a third as many
# requests (measured in docs/startup.md and docs/performance.md).
# Training run in this stage, so the cache is written by exactly the JVM that reads it and with the
# same JAVA_TOOL_OPTIONS (a cache made by another JDK build or GC is ignored). It stops once the
# context is refreshed (Flyway, Hibernate, MVC), before Tomcat listens; the temporary port and
# sandbox dir keep it from touching anything.
RUN java -XX:AOTCacheOutput=teamgate.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar teamgate.jar \
      --server.port=0 --server.address=127.0.0.1 \
 && rm -f teamgate.aot.config
USER teamgate
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fs http://127.0.0.1:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=teamgate.aot", "-Dspring.aot.enabled=true", "-jar", "teamgate.jar"]

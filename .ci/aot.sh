#!/usr/bin/env bash
# The Spring AOT launch that the Dockerfile and bench/run use (docs/startup.md), built in a copy of
# the sources while ./mvnw -B verify runs: verify's tests use one core most of the time, and this
# build (process-aot starts the application context) uses the other. At the lowest CPU priority, so
# it takes only what verify leaves idle and never slows verify itself. The copy has its own target/,
# so the two Maven builds never write the same files. Sourced by .ci/run.

AOT_TREE=target/aot-build

start_aot_build_in_background() {
  rm -rf "$AOT_TREE"
  mkdir -p "$AOT_TREE"
  # The working tree as it is (a local run may have changes not yet committed), without build output.
  tar --exclude=./target --exclude=./.git --exclude=node_modules --exclude=./data -cf - \
    pom.xml mvnw .mvn src | tar -C "$AOT_TREE" -xf -
  # No training run (CI tests Spring AOT, not the JDK's cache); tests compiled, not run: the process
  # tests run from this copy against its AOT jar once verify is done.
  ( cd "$AOT_TREE" && nice -n 19 ./mvnw -B -q -DskipTests -Paot-cache -Daot-cache.skip-record=true package ) \
    > target/aot-build.log 2>&1 &
  AOT_BUILD_PID=$!
}

# Spring AOT decides bean definitions at build time. Our code decides everything that depends on a
# profile or a setting at run time, so one AOT build serves every profile; the postgres profile (another
# driver, another database) and the run-time settings test prove it against the AOT launch. The
# sandbox profile changes only the H2 URL, which Spring AOT leaves to run time; its durability test
# runs in verify.
run_aot_process_tests() {
  wait "$AOT_BUILD_PID" || { cat target/aot-build.log; echo "Spring AOT build failed"; return 1; }
  ( cd "$AOT_TREE" && ./mvnw -B failsafe:integration-test failsafe:verify \
      -Dit.test='PostgresProfileIT,RunTimeSettingsIT' \
      -Dteamgate.it.jar=target/app/teamgate.jar -Dteamgate.it.jvm-args=-Dspring.aot.enabled=true )
}

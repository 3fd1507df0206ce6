#!/usr/bin/env bash
# CI's side track: the work that does not need verify's output, run while ./mvnw -B verify runs, in
# a copy of the sources (its own target/, so it never writes what verify writes) and in the kernel's
# idle scheduling class (chrt --idle): it gets a core only when verify leaves one idle, and verify's
# threads take it back at once. Verify's tests keep about 1.3 of the 2 cores busy; measured here,
# surefire took 147 s alone, 149 s beside a busy loop in the idle class and 159 s beside one at
# nice 19. In order:
#   1. the Spring AOT launch that bench/run uses (docs/startup.md: the aot-cache profile without its
#      training run) and the process tests against it;
#   2. the Docker image and its Testcontainers tests.
# Sourced by .ci/run; the output goes to target/side-track.log, which .ci/run prints once it ends.

SIDE_TREE=target/side-track

start_side_track_in_background() {
  rm -rf "$SIDE_TREE"
  mkdir -p "$SIDE_TREE"
  # The working tree as it is (a local run may have changes not yet committed), without build output.
  tar --exclude=node_modules -cf - pom.xml mvnw .mvn src Dockerfile .dockerignore | tar -C "$SIDE_TREE" -xf -
  ( chrt --idle 0 bash -c 'source .ci/docker.sh; source .ci/side-track.sh; run_side_track' ) \
    > target/side-track.log 2>&1 &
  SIDE_TRACK_PID=$!
}

run_side_track() {
  set -euo pipefail
  side_phase() { echo "== side track: $1 (at $(date -u +%H:%M:%S))"; }
  side_phase "debootstrap in the background; Spring AOT build"
  prepare_base_rootfs_in_background
  # Chromium for the main track's browser step, fetched while the builds run (.ci/browser.sh).
  ( source .ci/browser.sh; install_chromium ) &
  cd "$SIDE_TREE"
  # Tests compiled, not run: the process and Docker tests below run from this copy.
  ./mvnw -B -q -DskipTests -Paot-cache -Daot-cache.skip-record=true package
  side_phase "process tests against the Spring AOT launch"
  run_aot_process_tests
  side_phase "Docker image"
  start_docker
  build_images
  side_phase "Docker tests"
  run_docker_tests
  stop_docker
  side_phase done
}

# Spring AOT decides bean definitions at build time. Our code decides everything that depends on a
# profile or a setting at run time, so one AOT build serves every profile; the postgres profile
# (another driver, another database) and the run-time settings test prove it against the AOT launch.
# The sandbox profile changes only the H2 URL, which Spring AOT leaves to run time; its durability
# test runs in verify. A database of its own, as verify's postgres tests may run at the same time; a
# longer start-up allowance, as the idle class may wait for a core.
run_aot_process_tests() {
  TEAMGATE_TEST_POSTGRES_URL="$TEAMGATE_TEST_POSTGRES_SIDE_URL" \
    ./mvnw -B failsafe:integration-test failsafe:verify -Dit.test='PostgresProfileIT,RunTimeSettingsIT' \
      -Dteamgate.it.jar=target/app/teamgate.jar -Dteamgate.it.jvm-args=-Dspring.aot.enabled=true \
      -DargLine=-Dteamgate.test.start-timeout=PT10M
}

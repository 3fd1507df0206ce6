#!/usr/bin/env bash
# The Docker side of CI: Debian's Docker engine, a base image built from Debian packages (no image
# registry is reachable here), Teamgate's image from the jar Maven built, then the Testcontainers
# tests (tagged docker, left out of ./mvnw verify); and the separate example project against the
# installed artifact. Sourced by .ci/run and its side track (.ci/side-track.sh); everything it makes
# stays inside this run (the debootstrap directory lives under target/ of the fresh clone).

DOCKER_IMAGE=teamgate:ci
DOCKER_BASE_IMAGE=teamgate-base:ci

install_docker_packages() {
  if ! command -v dockerd >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1; then
    echo "Installing Docker and debootstrap (Debian packages)…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 docker.io debootstrap >/dev/null
  fi
}

# The base image's Debian root (a JRE and curl) is fetched and unpacked in the background while
# the Maven builds run: it waits on the network and the disk more than on the two cores, and it
# runs in the side track's idle scheduling class (.ci/side-track.sh).
BASE_ROOTFS=$PWD/target/debootstrap
prepare_base_rootfs_in_background() {
  install_docker_packages
  mkdir -p target
  if [ ! -x "$BASE_ROOTFS/usr/bin/java" ]; then
    rm -rf "$BASE_ROOTFS"
    debootstrap --variant=minbase --include=openjdk-17-jre-headless,curl bookworm "$BASE_ROOTFS" \
      >target/debootstrap.log 2>&1 &
    BASE_ROOTFS_PID=$!
  fi
}

start_docker() {
  install_docker_packages
  if ! docker info >/dev/null 2>&1; then
    dockerd > target/dockerd.log 2>&1 &
    DOCKERD_PID=$!
    for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  fi
  docker version --format 'Docker engine {{.Server.Version}}, API {{.Server.APIVersion}}'
}

stop_docker() {
  if [ -n "${DOCKERD_PID:-}" ]; then
    kill "$DOCKERD_PID" 2>/dev/null || true
    wait "$DOCKERD_PID" 2>/dev/null || true
  fi
}

build_images() {
  if [ -n "${BASE_ROOTFS_PID:-}" ]; then
    wait "$BASE_ROOTFS_PID" || { tail -n 20 target/debootstrap.log; return 1; }
  elif [ ! -x "$BASE_ROOTFS/usr/bin/java" ]; then
    debootstrap --variant=minbase --include=openjdk-17-jre-headless,curl bookworm "$BASE_ROOTFS" \
      >target/debootstrap.log 2>&1 || { tail -n 20 target/debootstrap.log; return 1; }
  fi
  tar -C "$BASE_ROOTFS" -c . | docker import - "$DOCKER_BASE_IMAGE" >/dev/null
  docker build -q --build-arg BASE_IMAGE="$DOCKER_BASE_IMAGE" -t "$DOCKER_IMAGE" .
}

# The plain jar and the exec jar that verify built, into ~/.m2 (the example project depends on them),
# without building them again.
install_built_jars() {
  local exec_jar
  exec_jar=$(ls target/teamgate-*-exec.jar | head -n 1)
  ./mvnw -B -q install:install-file -Dfile="${exec_jar%-exec.jar}.jar" -DpomFile=pom.xml
  ./mvnw -B -q install:install-file -Dfile="$exec_jar" -DpomFile=pom.xml -Dclassifier=exec
}

# The separate example project (examples/junit5) against the installed artifact, as a user's build runs it.
run_example_project() {
  ./mvnw -B -f examples/junit5/pom.xml test
}

# From the folder whose target/ holds the compiled tests, once build_images has made the image. The
# side track may wait for a core, so a container gets 10 minutes to start.
run_docker_tests() {
  # Ryuk and the start-up checks need images from a registry; the engine speaks API 1.41; this
  # machine may itself be a container, so name the host Testcontainers should use.
  TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1 \
    ./mvnw -B failsafe:integration-test failsafe:verify -Dit.test='TeamgateContainerIT,ImageModeExtensionIT' \
      -Dgroups=docker -DexcludedGroups=none-excluded -Dteamgate.test.image="$DOCKER_IMAGE" \
      "-DargLine=-Dapi.version=1.41 -Dteamgate.test.start-timeout=PT10M"
}

#!/usr/bin/env bash
# Swagger UI and the dashboard in a real browser, and the OpenAPI lint, against the jar that ./mvnw -B verify built.
# Installs what it needs: Debian's Chromium (if missing) and the pinned npm packages of
# src/test/browser (playwright-core drives the system Chromium; Redocly CLI lints).

# The side track starts this install early (.ci/side-track.sh) so that a fresh machine does not
# fetch Chromium after verify; the lock makes the browser step wait for that install, not race it.
CHROMIUM_INSTALL_LOCK=/tmp/teamgate-ci-chromium.lock

install_chromium() {
  (
    flock 9
    if ! command -v chromium >/dev/null 2>&1; then
      echo "Installing Chromium (Debian package)…"
      if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
      $SUDO apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=300 chromium >/dev/null
    fi
  ) 9>"$CHROMIUM_INSTALL_LOCK"
}

run_browser_tests() {
  install_chromium
  (cd src/test/browser && npm ci --no-audit --no-fund --loglevel=error)

  local port=18765 jar
  jar=$(ls target/teamgate-*-exec.jar | head -n 1)
  # The client compiler only and the serial collector, as the process tests start it: half the CPU.
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" --server.port=$port --server.address=127.0.0.1 > target/browser-server.log 2>&1 &
  local pid=$!
  # Runs in a subshell of its own (.ci/run): this trap stops only the server started here.
  trap "kill $pid 2>/dev/null || true" EXIT
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
    sleep 1
  done
  (cd src/test/browser && BASE_URL="http://127.0.0.1:$port" node lint-openapi.mjs)
  (cd src/test/browser && BASE_URL="http://127.0.0.1:$port" node swagger-ui.test.mjs)
  (cd src/test/browser && BASE_URL="http://127.0.0.1:$port" node dashboard.test.mjs)
  kill $pid 2>/dev/null || true
}

#!/usr/bin/env bash
# Builds what the Waypoint preview needs and starts it in the foreground (Ctrl-C stops it).
# Usage, from anywhere:  preview/run.sh [--port=N] [--data=PATH] [--reset] [--strict] [--no-jobs] [--db=JDBC_URL] [--help]
# Needs a JDK 21+ (found by scripts/with-jdk21), Maven, and Node/npm for AUI; reaches Maven Central and npm only.
set -euo pipefail
cd "$(dirname "$0")/.."

# The app and the modules the preview runs on, into ~/.m2 (tests are run by the test command, not here).
scripts/with-jdk21 mvn -B -ntp -q install -DskipTests

# npm ci only when package-lock.json is newer than the last install (npm writes node_modules/.package-lock.json).
npm_skip=false
if [ preview/node_modules/.package-lock.json -nt preview/package-lock.json ]; then npm_skip=true; fi

exec scripts/with-jdk21 mvn -B -ntp -q -f preview/pom.xml -Dpreview.npm.skip="$npm_skip" \
  process-classes exec:java -Dexec.args="$*"

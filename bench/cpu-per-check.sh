#!/usr/bin/env bash
# CPU time of the checking thread per check of the realistic case (FULL), after a warm-up: unlike
# JMH's wall-clock rates this stays steady while other builds share the machine. Runs, one after
# the other: the engine before the optimisations (BEFORE_JAR, optional), the engine now, the engine
# with the DMN memory off, and the plain-Java baseline. Each run is bounded (SECONDS + WARMUP).
#
#   bench/cpu-per-check.sh   # after: mvn -B -q -pl bench -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=bench/target/benchmarks.jar
SECONDS_RUN=${SECONDS_RUN:-20}
WARMUP=${WARMUP:-10}
OPTS="-Xms512m -Xmx512m"
echo "# $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${BEFORE_JAR:-}" ]; then
    # this build's Loop class in front of the old build's engine
    LOOP=$(mktemp -d /tmp/nk-loop.XXXXXX)
    (cd "$LOOP" && unzip -q "$OLDPWD/$JAR" 'se/namndkoll/bench/Loop.class' 'se/namndkoll/bench/Loop$*.class' 2>/dev/null || true)
    echo -n "before the optimisations: "
    # shellcheck disable=SC2086
    timeout 300 java $OPTS -cp "$LOOP:$BEFORE_JAR" se.namndkoll.bench.Loop "$SECONDS_RUN" FULL "$WARMUP" 2>/dev/null | tail -1
    rm -rf "$LOOP"
fi
# shellcheck disable=SC2086
echo -n "now: "; timeout 300 java $OPTS -cp "$JAR" se.namndkoll.bench.Loop "$SECONDS_RUN" FULL "$WARMUP" 2>/dev/null | tail -1
# shellcheck disable=SC2086
echo -n "now, DMN memory off: "; timeout 300 java $OPTS -Dnamndkoll.dmn.memo=false -cp "$JAR" se.namndkoll.bench.Loop "$SECONDS_RUN" FULL "$WARMUP" 2>/dev/null | tail -1
# shellcheck disable=SC2086
echo -n "plain Java: "; timeout 300 java $OPTS -cp "$JAR" se.namndkoll.bench.Loop "$SECONDS_RUN" FULL "$WARMUP" plain 2>/dev/null | tail -1

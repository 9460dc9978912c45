#!/usr/bin/env bash
# Measurement 5 of issue #7: time from `java -jar` to a healthy /actuator/health, the CPU time that
# took, and resident memory after start, for the JVM options that matter for start-up. Each variant
# starts the jar RUNS times (default 3) on 127.0.0.1, waits for health and stops it again.
#
#   bench/load/startup.sh [service/target/namndkoll.jar]
#
# The class-data-sharing archives are made first (an extracted jar and one training start that stops
# when the context is refreshed, as Spring Boot documents it): one for the Spring context generated at
# build time (the jar's default) and one for the ordinary context (-Dspring.aot.enabled=false). Stops by itself; only the processes it
# starts are stopped.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${1:-service/target/namndkoll.jar}
RUNS=${RUNS:-3}
source bench/load/lib.sh
trap nk_stop EXIT

WORK=$(mktemp -d /tmp/nk-startup.XXXXXX)
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
APP="$WORK/app/$(basename "$JAR")"
# A static archive from the classes one start loads: the dynamic archive (-XX:ArchiveClassesAtExit)
# crashes this JDK 17 build in SystemDictionaryShared::adjust_lambda_proxy_class_dictionary.
# archive NAME [java options of the training start]: makes $WORK/NAME.jsa.
archive() {
    local name=$1; shift
    timeout 300 java -XX:ErrorFile=/dev/null "$@" -XX:DumpLoadedClassList="$WORK/$name.lst" -Dspring.context.exit=onRefresh \
        -jar "$APP" --namndkoll.data-dir="$WORK/training-$name" --server.port=0 > "$WORK/training-$name.log" 2>&1 || true
    # The lambda proxies of the list crash the dump as well (same JDK bug): archive the classes only.
    grep -v '^@lambda' "$WORK/$name.lst" > "$WORK/$name-classes-only.lst"
    timeout 300 java -XX:ErrorFile=/dev/null -Xshare:dump -XX:SharedClassListFile="$WORK/$name-classes-only.lst" \
        -XX:SharedArchiveFile="$WORK/$name.jsa" -cp "$APP" > "$WORK/dump-$name.log" 2>&1 || true
    [ -f "$WORK/$name.jsa" ] || { echo "no CDS archive made; see $WORK/training-$name.log and dump-$name.log" >&2; exit 1; }
    echo "CDS archive $name: $(wc -l < "$WORK/$name.lst") classes listed, $(( $(stat -c %s "$WORK/$name.jsa") / 1048576 )) MB"
}
# The jar starts the Spring context generated at build time (Spring AOT) unless -Dspring.aot.enabled=false;
# each way gets an archive of the classes it loads.
archive app
archive no-aot -Dspring.aot.enabled=false

measure() {
    local name=$1 jar=$2; shift 2
    for i in $(seq 1 "$RUNS"); do
        nk_start "$jar" "$@"
        printf '%-44s run %d: healthy after %6d ms, %6d ms CPU, RSS %4d MB (load %s)\n' "$name" "$i" "$NK_START_MS" \
            "$NK_START_CPU_MS" $(( NK_RSS_KB / 1024 )) "$(cut -d' ' -f1 /proc/loadavg)"
        nk_stop
    done
}

measure "fat jar, default JVM" "$JAR" --
measure "fat jar, no AOT context" "$JAR" -Dspring.aot.enabled=false --
measure "extracted jar" "$APP" --
measure "extracted jar + CDS archive" "$APP" -XX:SharedArchiveFile="$WORK/app.jsa" --
measure "extracted jar + CDS + C1 only" "$APP" -XX:SharedArchiveFile="$WORK/app.jsa" -XX:TieredStopAtLevel=1 --
measure "extracted jar + CDS + C1 + SerialGC, 128 MB heap" "$APP" -XX:SharedArchiveFile="$WORK/app.jsa" \
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx128m --
measure "the same, no AOT context" "$APP" -XX:SharedArchiveFile="$WORK/no-aot.jsa" -Dspring.aot.enabled=false \
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx128m --
rm -rf "$WORK"

#!/usr/bin/env bash
# Measurement 5 of issue #7, under load: resident memory of the service while it checks the realistic
# case, for each set of JVM options given, one start each: start, WARMUP_SECONDS of wrk on
# POST /api/v1/checks (1 thread, 8 connections), then MEASURE_SECONDS measured; prints the peak, the
# service's CPU per request over the measured part, RSS after start, after the run and its
# high-water mark (VmHWM). Bounded in time; stops only the jar it started.
#
#   bench/load/memory.sh '-XX:+UseSerialGC -Xmx128m' '-XX:+UseSerialGC -Xmx96m'
#   JAR=app/namndkoll.jar bench/load/memory.sh '-XX:SharedArchiveFile=app.jsa -XX:+UseSerialGC -Xmx128m'
#   JAR=service/target/namndkoll bench/load/memory.sh ''     # the README's command, the launcher's own options
#
# After: mvn -B -q -pl bench,service -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-service/target/namndkoll.jar}
BENCH=bench/target/benchmarks.jar
WARMUP_SECONDS=${WARMUP_SECONDS:-90}
MEASURE_SECONDS=${MEASURE_SECONDS:-30}
source bench/load/lib.sh
trap nk_stop EXIT

REQ=$(mktemp -d /tmp/nk-requests.XXXXXX)
java -cp "$BENCH" se.namndkoll.bench.load.WriteRequests "$REQ"
export BODY_FILE="$REQ/check-request.json" CONTENT_TYPE="application/json"
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $JAR"
for opts in "$@"; do
    # shellcheck disable=SC2086
    nk_start "$JAR" $opts --
    url="$NK_BASE/api/v1/checks"
    timeout $((WARMUP_SECONDS + 30)) wrk -t1 -c8 -d${WARMUP_SECONDS}s -s bench/load/post.lua "$url" > /dev/null
    cpu0=$(nk_cpu_ms)
    out=$(timeout $((MEASURE_SECONDS + 30)) wrk -t1 -c8 -d${MEASURE_SECONDS}s --latency -s bench/load/post.lua "$url")
    cpu1=$(nk_cpu_ms)
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    printf "%-48s healthy %6d ms, RSS after start %4d MB | peak %s req/s, p99 %s, CPU %s ms/request | RSS after %4d MB, high-water %4d MB\n" \
        "'$opts'" "$NK_START_MS" $(( NK_RSS_KB / 1024 )) "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
        "$(echo "$out" | awk '$1 == "99%" {print $2}')" "$(awk -v c=$((cpu1 - cpu0)) -v n="$requests" 'BEGIN {printf "%.2f", c / n}')" \
        $(( $(nk_rss_kb) / 1024 )) $(( $(nk_peak_rss_kb) / 1024 ))
    nk_stop
done
rm -rf "$REQ"

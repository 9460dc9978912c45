#!/usr/bin/env bash
# Measurement 4 of issue #7: HTTP throughput and latency of POST /api/v1/checks (the realistic case)
# and POST /api/v1/documents/check (seed 003, a protocol) against the running jar on 127.0.0.1,
# with the decision log on and off.
#
#   bench/load/http-load.sh            # after: mvn -B -q -pl bench,service -am package -DskipTests
#
# For each setting of the decision log it starts the jar, warms it up, measures the peak with wrk
# (closed loop, 1 thread, 8 connections, --latency), then runs the fixed-rate open-loop generator
# (se.namndkoll.bench.load.FixedRateLoad) at each rate of CHECK_RATES / DOC_RATES, and records
# resident memory. Everything is bounded in time (wrk -d, the generator's seconds, timeout) and the
# script stops the jar it started when it ends, however it ends.
#
# Settings (environment): JAR, JVM_OPTS (default none: the plain `java -jar`), LOGS ("on off"),
# CHECK_RATES, DOC_RATES, RATE_SECONDS, CONNECTIONS, WARMUP_SECONDS, OUT (results directory).
#
# The warm-up is 90 s per endpoint: after 15 s the JIT's C2 compiler was still busy with the rule
# set's and Jackson's code (a quarter of a core after three minutes of load), so a peak measured
# then was 30-40 % below the server's steady state (docs/performance.md, section 4).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-service/target/namndkoll.jar}
BENCH=bench/target/benchmarks.jar
LOGS=${LOGS:-"on off"}
CHECK_RATES=${CHECK_RATES:-"20 40 80 5000"}
DOC_RATES=${DOC_RATES:-"10 20 40"}
RATE_SECONDS=${RATE_SECONDS:-20}
CONNECTIONS=${CONNECTIONS:-16}
WARMUP_SECONDS=${WARMUP_SECONDS:-90}
JVM_OPTS=${JVM_OPTS:-}
OUT=${OUT:-bench/results}
mkdir -p "$OUT"
source bench/load/lib.sh
trap nk_stop EXIT

REQ=$(mktemp -d /tmp/nk-requests.XXXXXX)
java -cp "$BENCH" se.namndkoll.bench.load.WriteRequests "$REQ"
export LOAD_CSV="$OUT/http-fixed-rate.csv"

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), JVM_OPTS='${JVM_OPTS}'"
for log in $LOGS; do
    enabled=true; [ "$log" = off ] && enabled=false
    # shellcheck disable=SC2086
    nk_start "$JAR" $JVM_OPTS -- --namndkoll.evaluations.enabled=$enabled
    echo "== decision log $log: healthy after ${NK_START_MS} ms, RSS after start $(( NK_RSS_KB / 1024 )) MB"
    for endpoint in checks documents; do
        if [ "$endpoint" = checks ]; then
            url="$NK_BASE/api/v1/checks"; body="$REQ/check-request.json"; type="application/json"; rates=$CHECK_RATES
        else
            url="$NK_BASE/api/v1/documents/check"; body="$REQ/document-request.txt"; type="text/plain;charset=UTF-8"; rates=$DOC_RATES
        fi
        export BODY_FILE="$body" CONTENT_TYPE="$type"
        timeout $((WARMUP_SECONDS + 30)) wrk -t1 -c8 -d${WARMUP_SECONDS}s -s bench/load/post.lua "$url" > /dev/null   # warm-up (JIT)
        echo "-- $endpoint, peak (wrk -t1 -c8 -d20s), load $(cut -d' ' -f1 /proc/loadavg):"
        timeout 60 wrk -t1 -c8 -d20s --latency -s bench/load/post.lua "$url" | grep -E 'Requests/sec|50%|90%|99%|non-2xx|errors'
        for rate in $rates; do
            secs=$RATE_SECONDS; [ "$rate" -ge 1000 ] && secs=10
            echo -n "-- $endpoint, fixed rate: "
            LOAD_LABEL="$endpoint,log-$log" timeout 200 java -cp "$BENCH" se.namndkoll.bench.load.FixedRateLoad \
                "$url" "$body" "$type" "$rate" "$secs" "$CONNECTIONS" 3
        done
    done
    echo "== decision log $log: RSS now $(( $(nk_rss_kb) / 1024 )) MB, peak $(( $(nk_peak_rss_kb) / 1024 )) MB"
    nk_stop
done
rm -rf "$REQ"

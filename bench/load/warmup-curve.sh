#!/usr/bin/env bash
# How long the service takes to reach its steady state under load: starts the jar on 127.0.0.1,
# then runs wrk against POST /api/v1/checks (the realistic case; closed loop, 1 thread,
# 8 connections) in consecutive windows and prints, per window, the throughput, p50 and p99, and the
# CPU per request of the request threads and of the JIT's compiler threads (from /proc).
#
#   bench/load/warmup-curve.sh     # after: mvn -B -q -pl bench,service -am package -DskipTests
#
# Settings (environment): JAR, JVM_OPTS (default none: the plain `java -jar`), WINDOWS (default 16),
# WINDOW_SECONDS (default 30), LOG (on|off, the decision log; default on). Bounded: WINDOWS x
# WINDOW_SECONDS plus the start; the script stops the jar it started however it ends.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-service/target/namndkoll.jar}
BENCH=bench/target/benchmarks.jar
WINDOWS=${WINDOWS:-16}
WINDOW_SECONDS=${WINDOW_SECONDS:-30}
LOG=${LOG:-on}
JVM_OPTS=${JVM_OPTS:-}
source bench/load/lib.sh
trap nk_stop EXIT

REQ=$(mktemp -d /tmp/nk-requests.XXXXXX)
java -cp "$BENCH" se.namndkoll.bench.load.WriteRequests "$REQ"
export BODY_FILE="$REQ/check-request.json" CONTENT_TYPE="application/json"

enabled=true; [ "$LOG" = off ] && enabled=false
# shellcheck disable=SC2086
nk_start "$JAR" $JVM_OPTS -- --namndkoll.evaluations.enabled=$enabled
echo "# $(date -u +%FT%TZ) $(nproc) cores, JVM_OPTS='${JVM_OPTS}', decision log $LOG, healthy after ${NK_START_MS} ms"

# CPU ticks (user + system) of the process's threads whose name starts with $1, summed; one awk
# over every thread's stat (the name is between the parentheses and may hold spaces: "C2 CompilerThre")
ticks() {
    awk -v prefix="$1" '{
        o = index($0, "("); c = 0
        for (i = length($0); i > 0; i--) if (substr($0, i, 1) == ")") { c = i; break }
        name = substr($0, o + 1, c - o - 1)
        split(substr($0, c + 2), f, " ")
        if (index(name, prefix) == 1) sum += f[12] + f[13]
    } END { print sum + 0 }' /proc/"$NK_PID"/task/*/stat 2>/dev/null
}
hz=$(getconf CLK_TCK)
printf '%-9s %9s %9s %9s %14s %14s\n' "minutes" "req/s" "p50 ms" "p99 ms" "request CPU" "compiler CPU"
printf '%-9s %9s %9s %9s %14s %14s\n' "" "" "" "" "ms/request" "ms/request"
elapsed=0
for _ in $(seq 1 "$WINDOWS"); do
    req0=$(ticks http-nio); jit0=$(( $(ticks "C1 Comp") + $(ticks "C2 Comp") ))
    out=$(timeout $((WINDOW_SECONDS + 30)) wrk -t1 -c8 -d"${WINDOW_SECONDS}s" --latency -s bench/load/post.lua "$NK_BASE/api/v1/checks")
    req1=$(ticks http-nio); jit1=$(( $(ticks "C1 Comp") + $(ticks "C2 Comp") ))
    n=$(echo "$out" | awk '/requests in/ {print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    elapsed=$(( elapsed + WINDOW_SECONDS ))
    awk -v m="$elapsed" -v r="$rps" -v a="$p50" -v b="$p99" -v rq=$((req1 - req0)) -v jt=$((jit1 - jit0)) -v n="$n" -v hz="$hz" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        BEGIN { printf "%-9.1f %9.0f %9.1f %9.1f %14.2f %14.2f\n", m / 60, r, ms(a), ms(b), rq * 1000 / hz / n, jt * 1000 / hz / n }'
done
echo "RSS after the load: $(( $(nk_rss_kb) / 1024 )) MB (high-water $(( $(nk_peak_rss_kb) / 1024 )) MB)"
rm -rf "$REQ"

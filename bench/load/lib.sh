# Shared by the load scripts: start the service jar on 127.0.0.1, wait for health, stop it.
# Only processes these scripts start are ever stopped (by their PID).

NK_PORT=${NK_PORT:-18090}
NK_BASE="http://127.0.0.1:${NK_PORT}"

# nk_start JAR|LAUNCHER [java options...] -- [application arguments...]
# Sets NK_PID, NK_START_MS (java -jar to a healthy /actuator/health) and NK_RSS_KB (resident after start).
nk_start() {
    local jar=$1; shift
    local jvm=() app=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do jvm+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    app=("$@")
    NK_DATA=$(mktemp -d /tmp/nk-bench-data.XXXXXX)
    local t0 t1
    t0=$(date +%s%N)
    if [[ $jar == *.jar ]]; then
        java "${jvm[@]}" -jar "$jar" --server.address=127.0.0.1 --server.port="$NK_PORT" \
            --namndkoll.data-dir="$NK_DATA" "${app[@]}" > "$NK_DATA/service.log" 2>&1 &
    else
        # The launcher (service/target/namndkoll), which execs java: the same PID. Java options go
        # through JAVA_OPTS, after the launcher's own.
        JAVA_OPTS="${jvm[*]}" "$jar" --server.address=127.0.0.1 --server.port="$NK_PORT" \
            --namndkoll.data-dir="$NK_DATA" "${app[@]}" > "$NK_DATA/service.log" 2>&1 &
    fi
    NK_PID=$!
    for _ in $(seq 1 1200); do
        if curl -sf -o /dev/null "$NK_BASE/actuator/health"; then
            t1=$(date +%s%N)
            NK_START_MS=$(( (t1 - t0) / 1000000 ))
            NK_RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$NK_PID/status")
            NK_START_CPU_MS=$(nk_cpu_ms)
            return 0
        fi
        if ! kill -0 "$NK_PID" 2>/dev/null; then
            echo "service died; log:" >&2; tail -20 "$NK_DATA/service.log" >&2; return 1
        fi
        sleep 0.05
    done
    echo "service not healthy within 60 s" >&2
    return 1
}

# CPU time (user + system, all threads) the service has used so far, in ms.
nk_cpu_ms() {
    local ticks hz
    ticks=$(awk '{print $14 + $15}' "/proc/$NK_PID/stat")
    hz=$(getconf CLK_TCK)
    echo $(( ticks * 1000 / hz ))
}

nk_peak_rss_kb() {
    awk '/VmHWM/ {print $2}' "/proc/$NK_PID/status"
}

nk_rss_kb() {
    awk '/VmRSS/ {print $2}' "/proc/$NK_PID/status"
}

nk_stop() {
    if [ -n "${NK_PID:-}" ] && kill -0 "$NK_PID" 2>/dev/null; then
        kill "$NK_PID"
        for _ in $(seq 1 300); do kill -0 "$NK_PID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$NK_PID" 2>/dev/null && kill -9 "$NK_PID"
        wait "$NK_PID" 2>/dev/null || true
    fi
    NK_PID=
    [ -n "${NK_DATA:-}" ] && rm -rf "$NK_DATA"
    NK_DATA=
}

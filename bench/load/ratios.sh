#!/usr/bin/env bash
# Issue 21's start and command-line targets, each as a ratio to a peer started side by side in the same
# run, RUNS rounds (default 3), the order alternating within a round; prints every run, then the medians
# and their ratios:
#   start    the README's command (service/target/namndkoll) to a healthy /actuator/health, against a bare
#            Spring Boot 3.5 web application with Actuator (bench/peer/target/peer.jar, plain java -jar);
#            also the fat jar with plain java -jar, for reference
#   check    service/target/namndkoll check SEED (one document, wall time), against a Java "hello world"
#            jar (made here with javac) and the fat jar's java -jar … check
#
#   mvn -B -q -pl rules,documents,testcases,service,bench/peer package -DskipTests && bench/load/ratios.sh [SEED]
#
# The machine is shared: only the figures of one run compare. Stops only the processes it starts.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-3}
SEED=${1:-../shared/seeds/002_521353b1cf404329.txt}
LAUNCHER=service/target/namndkoll
JAR=service/target/namndkoll.jar
PEER=bench/peer/target/peer.jar
source bench/load/lib.sh
trap nk_stop EXIT
[ -x "$LAUNCHER" ] && [ -f "$PEER" ] && [ -f "$SEED" ] || { echo "build first (see the header); seed: $SEED" >&2; exit 2; }

WORK=$(mktemp -d /tmp/nk-ratios.XXXXXX)
mkdir -p "$WORK/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello world"); } }\n' > "$WORK/hello/Hello.java"
javac -d "$WORK/hello" "$WORK/hello/Hello.java"
printf 'Main-Class: Hello\n' > "$WORK/hello/manifest.txt"
jar cfm "$WORK/hello.jar" "$WORK/hello/manifest.txt" -C "$WORK/hello" Hello.class

# nk_start's service arguments (port, address, data dir) are harmless to the peer.
start() { # NAME JAR|LAUNCHER: one start, one line
    nk_start "$2" --
    printf '%-34s healthy %6d ms  CPU %6d ms  RSS %4d MB  (load %s)\n' "$1" "$NK_START_MS" "$NK_START_CPU_MS" \
        $(( NK_RSS_KB / 1024 )) "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$WORK/start.txt"
    nk_stop
}
wall() { # NAME command...: one run, wall time in ms
    local t0 t1
    t0=$(date +%s%N)
    "${@:2}" > /dev/null 2>&1 || true # check's exit status is 1 when the document has an error
    t1=$(date +%s%N)
    printf '%-34s wall %6d ms  (load %s)\n' "$1" $(( (t1 - t0) / 1000000 )) "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$WORK/check.txt"
}

echo "# $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), seed $(basename "$SEED")"
for i in $(seq 1 "$RUNS"); do
    if (( i % 2 )); then
        start "peer (java -jar peer.jar)" "$PEER"; start "namndkoll (launcher)" "$LAUNCHER"
    else
        start "namndkoll (launcher)" "$LAUNCHER"; start "peer (java -jar peer.jar)" "$PEER"
    fi
    start "namndkoll (java -jar, reference)" "$JAR"
    wall "hello world (java -jar)" java -jar "$WORK/hello.jar"
    wall "check (launcher)" "$LAUNCHER" check "$SEED"
    wall "check (java -jar, reference)" java -jar "$JAR" check "$SEED"
done

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
of() { grep -F "$2" "$WORK/$1.txt" | sed -E "s/.*$3 +([0-9]+) ms.*/\1/" | median; }
peer=$(of start 'peer (' healthy); svc=$(of start 'namndkoll (launcher)' healthy); plain=$(of start 'namndkoll (java -jar' healthy)
hello=$(of check 'hello world' wall); cli=$(of check 'check (launcher)' wall); cliplain=$(of check 'check (java -jar' wall)
echo "## medians of $RUNS"
printf 'start: peer %d ms, launcher %d ms (%.2fx the peer), java -jar %d ms (%.2fx)\n' "$peer" "$svc" \
    "$(awk -v a="$svc" -v b="$peer" 'BEGIN {print a / b}')" "$plain" "$(awk -v a="$plain" -v b="$peer" 'BEGIN {print a / b}')"
printf 'check: hello world %d ms, launcher %d ms, java -jar %d ms\n' "$hello" "$cli" "$cliplain"
rm -rf "$WORK"

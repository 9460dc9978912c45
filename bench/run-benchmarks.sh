#!/usr/bin/env bash
# Measurements 1–3 of issue #7 (JMH), results in bench/results/ (JSON for the plots, text for reading).
#
#   mvn -B -q -pl bench -am package -DskipTests && bench/run-benchmarks.sh
#
# BEFORE_JAR: a benchmarks.jar built from an earlier commit (a release, or the commit before a change);
# when given, its EngineBenchmark.engine and OptimisationsBenchmark run right before this build's,
# with the same options, for the before/after (docs/performance.md §6: comparisons are made between
# two builds, no old code is kept in the tree).
# JMH_OPTS overrides the iteration settings. Every run is bounded by JMH's own iteration counts.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=bench/target/benchmarks.jar
OUT=${OUT:-bench/results}
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 5 -w 2s -i 5 -r 2s"}
mkdir -p "$OUT"
echo "# $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
    local name=$1; shift
    echo "## $name: load $(cut -d' ' -f1-3 /proc/loadavg)"
    # shellcheck disable=SC2086
    java -jar "$@" $JMH_OPTS -rf json -rff "$OUT/jmh-$name.json" > "$OUT/jmh-$name.txt" 2>&1
    sed -n '/^Benchmark /,$p' "$OUT/jmh-$name.txt"
}
if [ -n "${BEFORE_JAR:-}" ]; then
    run engine-before "$BEFORE_JAR" 'EngineBenchmark.engine$' -p variant=FULL
    run optimisations-before "$BEFORE_JAR" 'OptimisationsBenchmark'
fi
run engine "$JAR" 'EngineBenchmark' -p variant=FULL
run engine-2-threads "$JAR" 'EngineBenchmark.(engine|plainJava)$' -p variant=FULL -t 2
run optimisations "$JAR" 'OptimisationsBenchmark'
run dmn "$JAR" 'DmnBenchmark'
run documents "$JAR" 'DocumentBenchmark' -p document=000_98187ae94434c6d8.txt,001_a72ccbcc8286b434.txt,002_521353b1cf404329.txt,003_539db65e0945b6ea.txt,004_62536bea066c2397.txt,synthetic-10,synthetic-50,synthetic-200
# CAMUNDA_721_JAR: a benchmarks.jar built with -Dcamunda-dmn.version=7.21.0 (the version the stack
# notes measured); its Camunda benchmark runs after the newest version's.
if [ -n "${CAMUNDA_721_JAR:-}" ]; then
    run dmn-camunda-7.21 "$CAMUNDA_721_JAR" 'DmnBenchmark.camunda$'
fi

#!/bin/sh
# Run by the build (service/pom.xml, package phase, after the fat jar is repackaged):
#   make-launcher.sh TARGET_DIR SAMPLE_DOCUMENT true|false
# writes, beside TARGET_DIR/namndkoll.jar,
#   namndkoll-app/   the jar extracted (java -Djarmode=tools extract): the application and its libraries
#                    as plain jars, which the JVM opens faster than a fat jar's nested jars
#   namndkoll        the launcher (src/launcher/namndkoll), the README's command
#   namndkoll.jsa    with true: a class-data-sharing archive of the classes a training start of the
#                    service (up to its refreshed context, the rule set loaded) and a training check
#                    of SAMPLE_DOCUMENT load, so that a start maps them instead of reading, parsing and
#                    verifying them again
# The archive is static (-Xshare:dump from the list of loaded classes, without the lambda entries):
# this JDK 17 build crashes on the dynamic archive (-XX:ArchiveClassesAtExit) and on the lambda
# entries of the list (docs/performance.md). The class path is written as an absolute path, as the
# launcher gives it; a failed archive step leaves no archive and fails nothing.
set -eu
target=$(cd "$1" && pwd -P)
sample=$2
cds=$3
launcher_src=$(cd "$(dirname "$0")" && pwd -P)/namndkoll
app="$target/namndkoll-app"
work="$target/cds-training"
rm -rf "$app" "$work" "$target/namndkoll.jsa" "$target/namndkoll"
java -Djarmode=tools -jar "$target/namndkoll.jar" extract --destination "$app" > /dev/null
cp "$launcher_src" "$target/namndkoll"
chmod +x "$target/namndkoll"
[ "$cds" = "true" ] || exit 0

mkdir -p "$work"
# A start that ends when the context is refreshed (Spring Boot's training run; the rule set is then loaded).
java -XX:DumpLoadedClassList="$work/service.lst" -Dspring.context.exit=onRefresh -jar "$app/namndkoll.jar" \
    --server.address=127.0.0.1 --server.port=0 --namndkoll.data-dir="$work/data" > "$work/service.log" 2>&1 || true
# A check of one document (exit status 1: it has findings).
java -XX:DumpLoadedClassList="$work/check.lst" -jar "$app/namndkoll.jar" check "$sample" > "$work/check.log" 2>&1 || true
cat "$work/service.lst" "$work/check.lst" | grep -v '^[@#]' | awk '!seen[$0]++' > "$work/classes.lst" || true
if java -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$target/namndkoll.jsa" \
        -cp "$app/namndkoll.jar" > "$work/dump.log" 2>&1 && [ -f "$target/namndkoll.jsa" ]; then
    echo "namndkoll: class-data-sharing archive of $(wc -l < "$work/classes.lst") classes written"
    rm -rf "$work/data"
else
    rm -f "$target/namndkoll.jsa"
    echo "namndkoll: no class-data-sharing archive (see $work/dump.log); the launcher starts without it" >&2
fi

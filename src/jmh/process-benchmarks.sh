#!/usr/bin/env bash
# Whole-process benchmark of the command line and the editor's opening, as users meet them:
# `java -jar target/argumap.jar convert|check|render …` and `open`, beside Argdown's `argdown json`
# and `argdown map` where those run, on generated debates (DebateMaps, seed 42). Writes a Markdown
# table with the machine and the date. See performance.md, "Whole-process benchmark".
#
#   mvn -o -q package -DskipTests && mvn -o -q test-compile     # the jar and the generator's classes
#   src/jmh/process-benchmarks.sh                                # 1k, 10k, 100k and 1M statements
#   SIZES="1000 10000" RUNS=10 src/jmh/process-benchmarks.sh
#
# Settings (environment): SIZES, RUNS (runs per command below 100,000 statements, default 5),
# LARGE_RUNS (from 100,000, default 2), TIMEOUT (seconds per single run, default 600), JAR
# (default target/argumap.jar), WORK (generated files and outputs, default target/process-benchmarks),
# OUT (the table, default WORK/results.md), ARGDOWN (Argdown's command line; default `argdown` on the
# PATH or node_modules/.bin/argdown, as `npm install @argdown/cli@1.7.5` leaves it), OPEN=no to leave
# out the editor. Timing is by hyperfine when installed (one warm-up is the probe run), else a loop.
set -u
cd "$(dirname "$0")/../.." || exit 2

SIZES=${SIZES:-"1000 10000 100000 1000000"}
RUNS=${RUNS:-5}
LARGE_RUNS=${LARGE_RUNS:-2}
TIMEOUT=${TIMEOUT:-600}
JAR=${JAR:-target/argumap.jar}
WORK=${WORK:-target/process-benchmarks}
OUT=${OUT:-$WORK/results.md}
OPEN=${OPEN:-yes}
JAVA=${JAVA:-java}

if [ ! -f "$JAR" ]; then
    echo "no $JAR: build it first (mvn -o -q package -DskipTests)" >&2
    exit 2
fi
mkdir -p "$WORK/out" "$WORK/classes"

# Argdown's command line, if it can run here.
if [ -z "${ARGDOWN:-}" ]; then
    if command -v argdown > /dev/null; then
        ARGDOWN=$(command -v argdown)
    elif [ -x node_modules/.bin/argdown ]; then
        ARGDOWN=node_modules/.bin/argdown
    fi
fi
notes=()
if [ -z "${ARGDOWN:-}" ] || ! "$ARGDOWN" --version > /dev/null 2>&1; then
    notes+=("Argdown's command line was not found (set ARGDOWN, or \`npm install @argdown/cli@1.7.5\`): its rows are left out.")
    ARGDOWN=
fi

# The editor needs a display; xvfb-run lends one where there is none.
DISPLAY_RUN=()
if [ "$OPEN" = yes ] && [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run > /dev/null; then
        DISPLAY_RUN=(xvfb-run -a)
    else
        notes+=("No display and no xvfb-run: the editor's opening is left out.")
        OPEN=no
    fi
fi

# An editor without argumap.quitWhenShown would never quit: look for the property in its classes first.
if [ "$OPEN" = yes ] && command -v unzip > /dev/null && ! unzip -p "$JAR" 'org/argumap/*' | grep -aq quitWhenShown; then
    notes+=("This build's editor has no argumap.quitWhenShown: opening is left out.")
    OPEN=no
fi

# The debates, written by DebateFiles from the test classes' generator.
classpath="target/classes:target/test-classes:$(ls target/lib/*.jar | tr '\n' ':')"
if [ ! -f target/test-classes/org/argumap/model/DebateMaps.class ]; then
    echo "no generator: run mvn -o -q test-compile first" >&2
    exit 2
fi
if ! "$JAVA" -cp "$classpath" -version > /dev/null 2>&1 \
        || ! javac -d "$WORK/classes" -cp "$classpath" src/jmh/java/org/argumap/bench/DebateFiles.java; then
    echo "could not compile src/jmh/java/org/argumap/bench/DebateFiles.java" >&2
    exit 2
fi
# shellcheck disable=SC2086
"$JAVA" -Xmx8g -cp "$WORK/classes:$classpath" org.argumap.bench.DebateFiles "$WORK" $SIZES || exit 2

HAVE_HYPERFINE=no
command -v hyperfine > /dev/null && HAVE_HYPERFINE=yes
HAVE_TIME=no
[ -x /usr/bin/time ] && HAVE_TIME=yes

rows=()
declare -A median_of

json_field() { # file field: a number from hyperfine's JSON
    grep -o "\"$2\": *[0-9.e+-]*" "$1" | head -1 | sed 's/.*: *//'
}
seconds() { awk -v s="$1" 'BEGIN { printf "%.2f", s }'; }

# time_command KEY LABEL SIZE RUNS COMMAND...: one probe run (also the warm-up; gives the resident
# memory and says whether it runs at all), then RUNS timed runs. Exit status 1 counts as success
# (check finds problems in generated debates).
time_command() {
    local key=$1 label=$2 size=$3 runs=$4
    shift 4
    local probe_err="$WORK/out/probe.err" rss="" status
    if [ "$HAVE_TIME" = yes ]; then
        /usr/bin/time -f "%M" -o "$WORK/out/rss" timeout "$TIMEOUT" "$@" > /dev/null 2> "$probe_err"
        status=$?
        rss=$(tail -1 "$WORK/out/rss" 2> /dev/null)
    else
        timeout "$TIMEOUT" "$@" > /dev/null 2> "$probe_err"
        status=$?
    fi
    if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
        local why
        if [ "$status" -eq 124 ]; then why="over ${TIMEOUT} s"; else why="fails ($status): $(grep -v '^\s*$' "$probe_err" | tail -1 | cut -c1-80)"; fi
        rows+=("| $size | $label | $why | | | | |")
        return
    fi
    local median min max cpu
    if [ "$HAVE_HYPERFINE" = yes ]; then
        local result="$WORK/out/hyperfine.json"
        hyperfine -N -i --runs "$runs" --export-json "$result" --style none -- "$(printf '%q ' "$@")" > /dev/null 2>&1
        median=$(json_field "$result" median); min=$(json_field "$result" min); max=$(json_field "$result" max)
        cpu=$(awk -v u="$(json_field "$result" user)" -v s="$(json_field "$result" system)" 'BEGIN { print u + s }')
    else
        local times=() i start end
        for ((i = 0; i < runs; i++)); do
            start=$(date +%s%N); timeout "$TIMEOUT" "$@" > /dev/null 2>&1; end=$(date +%s%N)
            times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { print (b - a) / 1e9 }')")
        done
        local sorted
        sorted=$(printf '%s\n' "${times[@]}" | sort -g)
        min=$(echo "$sorted" | head -1); max=$(echo "$sorted" | tail -1)
        median=$(echo "$sorted" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
        cpu=""
    fi
    median_of[$key]=$median
    local mem=""
    [ -n "$rss" ] && mem="$((rss / 1024)) MB"
    local cpu_shown=""
    [ -n "$cpu" ] && cpu_shown="$(seconds "$cpu") s"
    rows+=("| $size | $label | $(seconds "$median") s | $(seconds "$min")–$(seconds "$max") s | $cpu_shown | $mem | RATIO:$key |")
}

# The editor: started with argumap.quitWhenShown, it prints "shown MS" (milliseconds since the first
# JVM started, also when QuickStart runs the editor in a second one with its class archive,
# target/argumap-editor.jsa) and quits once the file's first view is drawn. Older builds lack the property: the first
# run that times out without saying "shown" drops the editor from the table.
time_open() {
    local size=$1 file=$2 runs=$3 i shown=() line start end walls=()
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        line=$(timeout "$TIMEOUT" "${DISPLAY_RUN[@]}" "$JAVA" -Dargumap.quitWhenShown=true -jar "$JAR" open "$file" 2> /dev/null | grep -m1 '^shown ')
        end=$(date +%s%N)
        if [ -z "$line" ]; then
            notes+=("The editor did not report \`shown\` for $file (no argumap.quitWhenShown in this build, or it failed): opening is left out.")
            OPEN=no
            return
        fi
        shown+=("${line#shown }")
        walls+=("$(awk -v a="$start" -v b="$end" 'BEGIN { print (b - a) / 1e9 }')")
    done
    local ms wall
    ms=$(printf '%s\n' "${shown[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
    wall=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
    rows+=("| $size | \`open\`: first view drawn (whole process to exit) | $(seconds "$(awk -v m="$ms" 'BEGIN { print m / 1000 }')") s ($(seconds "$wall") s) | $(printf '%s\n' "${shown[@]}" | sort -g | head -1)–$(printf '%s\n' "${shown[@]}" | sort -g | tail -1) ms | | | |")
}

for size in $SIZES; do
    runs=$RUNS
    [ "$size" -ge 100000 ] && runs=$LARGE_RUNS
    ad="$WORK/debate-$size.argdown"
    js="$WORK/debate-$size.argumap.json"
    o="$WORK/out"
    if [ -n "$ARGDOWN" ]; then
        time_command "adjson$size" "\`argdown json\`" "$size" "$runs" "$ARGDOWN" json "$ad" "$o"
    fi
    time_command "convert$size" "\`convert\` Argdown → JSON" "$size" "$runs" "$JAVA" -jar "$JAR" convert "$ad" "$o/converted.argumap.json"
    time_command "toargdown$size" "\`convert\` JSON → Argdown" "$size" "$runs" "$JAVA" -jar "$JAR" convert "$js" "$o/converted.argdown"
    time_command "check$size" "\`check\` JSON" "$size" "$runs" "$JAVA" -jar "$JAR" check "$js"
    time_command "checkad$size" "\`check\` Argdown" "$size" "$runs" "$JAVA" -jar "$JAR" check "$ad"
    if [ -n "$ARGDOWN" ]; then
        time_command "admap$size" "\`argdown map --format svg\`" "$size" "$runs" "$ARGDOWN" map --format svg "$ad" "$o"
    fi
    time_command "render$size" "\`render\` Argdown → SVG" "$size" "$runs" "$JAVA" -jar "$JAR" render "$ad" "$o/rendered.svg"
    if [ "$OPEN" = yes ]; then
        time_open "$size" "$js" "$runs"
    fi
done

# Ratios against Argdown measured in the same run: convert against argdown json, render against argdown map.
ratio() { # ours theirs
    [ -n "$1" ] && [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { r = b / a; if (r >= 1) printf "%.1f × faster than Argdown", r; else printf "Argdown %.1f × faster", 1 / r }'
}
{
    echo "# Whole-process benchmark"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -n): $(nproc) processors ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')),"
    echo "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) of memory, load average $(cut -d' ' -f1-3 /proc/loadavg);"
    echo "$("$JAVA" -version 2>&1 | head -1); timing by $([ "$HAVE_HYPERFINE" = yes ] && hyperfine --version || echo 'a shell loop');"
    echo "Argdown: ${ARGDOWN:-none}$([ -n "$ARGDOWN" ] && echo " $("$ARGDOWN" --version 2>/dev/null | head -1)"). $RUNS runs below 100,000 statements, $LARGE_RUNS from there, after one probe run."
    echo
    echo "| statements | command | median | range | CPU (user + system, mean) | max resident | against Argdown |"
    echo "|---|---|---|---|---|---|---|"
    for row in "${rows[@]}"; do
        key=${row##*RATIO:}
        key=${key% |}
        if [ "$key" != "$row" ]; then
            size=${key//[!0-9]/}
            case $key in
                convert*) against=$(ratio "${median_of[$key]:-}" "${median_of[adjson$size]:-}") ;;
                render*) against=$(ratio "${median_of[$key]:-}" "${median_of[admap$size]:-}") ;;
                *) against="" ;;
            esac
            row="${row%RATIO:*}$against |"
        fi
        echo "$row"
    done
    echo
    for note in "${notes[@]}"; do
        echo "- $note"
    done
} > "$OUT"
cat "$OUT"

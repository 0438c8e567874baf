#!/bin/sh
# Measures how long the README's run command takes to serve its first page with the embedded
# MariaDB and demo data, and how much heap the application holds once started.
#
#   scripts/measure-startup.sh [runs]      (default 3 runs; builds the jar first if it is missing)
#
# Each run starts on an empty data directory the first time ("cold": MariaDB is unpacked and
# installed, migrations run, demo data loads) and once more on the same directory ("warm").
set -eu
cd "$(dirname "$0")/.."
runs="${1:-3}"
jar=deploy/target/cellpath.jar
[ -f "$jar" ] || mvn -q -DskipTests package
port=18080
work="$(mktemp -d /var/tmp/cellpath-startup.XXXXXX)"
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

measure() {
	label="$1"
	start=$(now_ms)
	java -jar "$jar" --spring.profiles.active=demo --server.port=$port --server.address=127.0.0.1 \
		--cellpath.database.data-dir="$work/data" --cellpath.database.base-dir="$work/base" \
		>"$work/$label.log" 2>&1 &
	pid=$!
	until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
		kill -0 "$pid" 2>/dev/null || { echo "the application exited; see below"; tail -40 "$work/$label.log"; exit 1; }
		sleep 0.1
	done
	first_page=$(( $(now_ms) - start ))
	# Wait for the demo data to be in place, then for the heap to settle.
	until grep -q "Demo sign-ins" "$work/$label.log"; do sleep 0.2; done
	sleep 5
	jcmd "$pid" GC.run >/dev/null
	heap_kb=$(jcmd "$pid" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | awk '{s+=$1} END {print s}')
	rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
	db_rss_kb=$(for p in $(pgrep -f "$work/base/bin/mariadbd" || true); do awk '/VmRSS/ {print $2}' "/proc/$p/status"; done | awk '{s+=$1} END {print s+0}')
	printf '%-6s first page %6d ms   heap used after GC %4d MiB   JVM RSS %4d MiB   mariadbd RSS %4d MiB\n' \
		"$label" "$first_page" $((heap_kb / 1024)) $((rss_kb / 1024)) $((db_rss_kb / 1024))
	kill "$pid"
	wait "$pid" 2>/dev/null || true
}

java -version 2>&1 | head -1
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%d GiB", $2/1048576}' /proc/meminfo)"
i=1
while [ "$i" -le "$runs" ]; do
	rm -rf "$work/data" "$work/base"
	measure cold
	measure warm
	i=$((i + 1))
done

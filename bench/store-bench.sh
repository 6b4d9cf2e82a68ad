#!/usr/bin/env bash
# Compares Semina's Azure Blob backend with the official JavaScript client @azure/storage-blob
# on Azurite, in the same run: upload and download of 1 GiB of random data in 4 MiB blocks,
# 4 blocks in flight for both (Semina's default StoreOptions), every download checked with
# SHA-256 against the source.
#   Semina uploads with putFrom (Content-MD5 on every block, the whole object's MD5 set on the
#   blob) and downloads twice: with its default check of every byte against the blob's MD5, and
#   as the vault reads its own objects (authenticated by AES-256-GCM, so without that MD5).
#   The official client runs its documented calls (uploadFile, downloadToFile: no checksums),
#   which is the issue's target, and, for a like-for-like figure, the same checks Semina does
#   through its public calls (bench/store-bench.mjs upload-checked, download-checked).
# Every upload runs against a fresh Azurite, so no client inherits another's heap; each round's
# downloads share one fresh Azurite holding Semina's blob, in an order that rotates per round.
# Each measurement runs ROUNDS times (default 3); the best and the median are printed.
#   bench/store-bench.sh [BUILD_DIR]        default BUILD_DIR: build
# Environment: ROUNDS, SIZE_MIB (default 1024), STORE_BENCH (another store_bench binary, to
# compare two builds). Needs a configured build; builds store_bench.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rounds=${ROUNDS:-3}
size_mib=${SIZE_MIB:-1024}
block=$((4 * 1024 * 1024))
concurrency=4
store_bench=${STORE_BENCH:-$build/bench/store_bench}
tools=tools/azurite

if [ ! -x "$tools/node_modules/.bin/azurite-blob" ] || [ ! -d "$tools/node_modules/@azure/storage-blob" ]; then
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
fi
cmake --build "$build" --target store_bench -j2 >/dev/null

work=$(mktemp -d "${TMPDIR:-/tmp}/semina-store-bench.XXXXXX")
azurite_pid=
stop_azurite() {
    if [ -n "$azurite_pid" ]; then
        kill "$azurite_pid" 2>/dev/null || true
        wait "$azurite_pid" 2>/dev/null || true
        azurite_pid=
    fi
}
cleanup() {
    stop_azurite
    rm -rf "$work"
}
trap cleanup EXIT

# A fresh Azurite on a free loopback port, keeping blobs in memory so the disk does not bound
# it; exports the connection string. The official client speaks a newer x-ms-version than
# Azurite 3.35 knows, hence the skip.
start_azurite() {
    stop_azurite
    "$tools/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort 0 --inMemoryPersistence \
        --skipApiVersionCheck --silent --disableTelemetry </dev/null >"$work/azurite.log" 2>&1 &
    azurite_pid=$!
    local endpoint=
    for _ in $(seq 300); do
        endpoint=$(sed -n 's/.*listens on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$work/azurite.log" | head -n 1)
        [ -n "$endpoint" ] && break
        kill -0 "$azurite_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$endpoint" ]; then
        echo "Azurite did not start; its log follows." >&2
        cat "$work/azurite.log" >&2
        exit 1
    fi
    # The emulator's documented development key, passed in the environment, never as an argument.
    local key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
    export AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=$endpoint/devstoreaccount1;"
}

source_file="$work/source.bin"
echo "Generating $size_mib MiB of random data..."
openssl rand -out "$source_file" $((size_mib * 1024 * 1024))
bytes=$(stat -c %s "$source_file")
expected=$(openssl dgst -sha256 -r "$source_file" | cut -d' ' -f1)

# run CLIENT MODE BLOB FILE -> prints the seconds the client measured around its one transfer.
# CLIENT: semina, semina-authenticated (Semina's download without the transport MD5), official
# (uploadFile / downloadToFile), official-checked (the same checks as Semina's default).
run() {
    local client=$1 mode=$2 blob=$3 file=$4 out
    case "$client" in
    semina) out=$("$store_bench" "$mode" bench "$blob" "$file") ;;
    semina-authenticated) out=$("$store_bench" "$mode-authenticated" bench "$blob" "$file") ;;
    official) out=$(node bench/store-bench.mjs "$mode" bench "$blob" "$file" "$block" "$concurrency") ;;
    official-checked) out=$(node bench/store-bench.mjs "$mode-checked" bench "$blob" "$file" "$block" "$concurrency") ;;
    esac
    case "$out" in
    "bytes=$bytes seconds="*) echo "${out##*seconds=}" ;;
    *)
        echo "$client $mode moved the wrong number of bytes: $out (expected $bytes)" >&2
        exit 1
        ;;
    esac
}

declare -A times # KEY -> the seconds of every round, space-separated
record() { times[$1]="${times[$1]:-} $2"; }
best() { tr ' ' '\n' <<<"${times[$1]}" | sed '/^$/d' | sort -g | head -n 1; }
median() {
    tr ' ' '\n' <<<"${times[$1]}" | sed '/^$/d' | sort -g |
        awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
mbps() { awk -v b="$bytes" -v s="$1" 'BEGIN { printf "%.1f", b / 1e6 / s }'; }
# rotate N WORD... -> the words starting at the N-th (0-based, modulo their count)
rotate() {
    local n=$1
    shift
    local words=("$@") i
    for ((i = 0; i < ${#words[@]}; i++)); do
        printf '%s ' "${words[$(((i + n) % ${#words[@]}))]}"
    done
}

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "load average before: $(load)"
for round in $(seq "$rounds"); do
    for client in $(rotate "$round" semina official official-checked); do
        start_azurite
        seconds=$(run "$client" upload "$client.bin" "$source_file")
        record "$client-upload" "$seconds"
        echo "round $round $client upload:   $(mbps "$seconds") MB/s ($seconds s)"
    done
    # The downloads read Semina's blob, which carries the MD5 its upload set.
    start_azurite
    run semina upload semina.bin "$source_file" >/dev/null
    for client in $(rotate "$round" semina semina-authenticated official official-checked); do
        target="$work/$client.down"
        seconds=$(run "$client" download semina.bin "$target")
        actual=$(openssl dgst -sha256 -r "$target" | cut -d' ' -f1)
        if [ "$actual" != "$expected" ]; then
            echo "$client download of round $round does not match the uploaded bytes (sha256 $actual)" >&2
            exit 1
        fi
        rm -f "$target"
        record "$client-download" "$seconds"
        echo "round $round $client download: $(mbps "$seconds") MB/s ($seconds s, sha256 ok)"
    done
    stop_azurite
done
echo "load average after: $(load)"

ratio() { awk -v s="$1" -v o="$2" 'BEGIN { printf "%.2f", o / s }'; }
row() { # LABEL SEMINA-KEY OFFICIAL-KEY
    local sb so sm om
    sb=$(best "$2") so=$(best "$3") sm=$(median "$2") om=$(median "$3")
    printf '%-72s %7s %7s %5s   %7s %7s %5s\n' "$1" "$(mbps "$sb")" "$(mbps "$so")" "$(ratio "$sb" "$so")" \
        "$(mbps "$sm")" "$(mbps "$om")" "$(ratio "$sm" "$om")"
}
echo
echo "$rounds rounds, $size_mib MiB in blocks of $((block / 1024 / 1024)) MiB, $concurrency in flight (MB/s, MB = 10^6 bytes):"
printf '%-72s %23s   %23s\n' "" "best of $rounds" "median"
printf '%-72s %7s %7s %5s   %7s %7s %5s\n' "" Semina other ratio Semina other ratio
echo "Against the official client's documented calls (no checksums), the issue's target:"
row "  upload (Semina: Content-MD5 per block + the object's MD5)" semina-upload official-upload
row "  download, Semina MD5-checked (default)" semina-download official-download
row "  download, Semina as the vault reads (AEAD; no transport MD5)" semina-authenticated-download official-download
echo "Against the official client doing the same checks (like for like):"
row "  upload, both: Content-MD5 per block + the object's MD5" semina-upload official-checked-upload
row "  download, both: every byte checked against the blob's MD5" semina-download official-checked-download
echo "(ratio = Semina MB/s / other MB/s; above 1 means Semina is faster)"

#!/usr/bin/env bash
# Compares Semina's Azure Blob backend with the official JavaScript client @azure/storage-blob
# on the same Azurite, in the same run: upload and download of 1 GiB of random data in 4 MiB
# blocks, 4 blocks in flight for both (Semina's default StoreOptions), every download checked
# with SHA-256. Semina downloads twice: with its default check of every byte against the blob's
# MD5, and as the vault reads its own objects (authenticated by AES-256-GCM, so without that
# transport MD5). Each measurement runs ROUNDS times (default 2), interleaved, and the best counts.
#   bench/store-bench.sh [BUILD_DIR]        default BUILD_DIR: build
# Environment: ROUNDS, SIZE_MIB (default 1024), STORE_BENCH (another store_bench binary, to
# compare two builds). Needs a configured build; builds store_bench.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rounds=${ROUNDS:-2}
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
cleanup() {
    if [ -n "$azurite_pid" ]; then
        kill "$azurite_pid" 2>/dev/null || true
        wait "$azurite_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Azurite on a free loopback port, keeping blobs in memory so the disk does not bound it.
# The official client speaks a newer x-ms-version than Azurite 3.35 knows, hence the skip.
"$tools/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort 0 --inMemoryPersistence \
    --skipApiVersionCheck --silent --disableTelemetry </dev/null >"$work/azurite.log" 2>&1 &
azurite_pid=$!
endpoint=
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
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
export AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=$endpoint/devstoreaccount1;"

source_file="$work/source.bin"
echo "Generating $size_mib MiB of random data..."
openssl rand -out "$source_file" $((size_mib * 1024 * 1024))
bytes=$(stat -c %s "$source_file")
expected=$(openssl dgst -sha256 -r "$source_file" | cut -d' ' -f1)

# run CLIENT MODE BLOB FILE -> prints the seconds the client measured around its one call.
# CLIENT semina-authenticated is Semina downloading without the transport MD5 check.
run() {
    local client=$1 mode=$2 blob=$3 file=$4 out
    if [ "$client" = semina ]; then
        out=$("$store_bench" "$mode" bench "$blob" "$file")
    elif [ "$client" = semina-authenticated ]; then
        out=$("$store_bench" "$mode-authenticated" bench "$blob" "$file")
    else
        out=$(node bench/store-bench.mjs "$mode" bench "$blob" "$file" "$block" "$concurrency")
    fi
    case "$out" in
    "bytes=$bytes seconds="*) echo "${out##*seconds=}" ;;
    *)
        echo "$client $mode moved the wrong number of bytes: $out (expected $bytes)" >&2
        exit 1
        ;;
    esac
}

declare -A best
better() { # KEY SECONDS: keeps the shortest time
    if [ -z "${best[$1]:-}" ] || awk -v a="$2" -v b="${best[$1]}" 'BEGIN { exit !(a < b) }'; then
        best[$1]=$2
    fi
}
mbps() { awk -v b="$bytes" -v s="$1" 'BEGIN { printf "%.1f", b / 1e6 / s }'; }

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "load average before: $(load)"
for round in $(seq "$rounds"); do
    for client in semina official; do
        blob="$client-$round.bin"
        seconds=$(run "$client" upload "$blob" "$source_file")
        better "$client-upload" "$seconds"
        echo "round $round $client upload:   $(mbps "$seconds") MB/s ($seconds s)"
    done
    for client in semina semina-authenticated official; do
        target="$work/$client.down"
        # Both Semina downloads read Semina's blob, which carries the MD5 its upload set.
        blob="${client%-authenticated}-$round.bin"
        seconds=$(run "$client" download "$blob" "$target")
        actual=$(openssl dgst -sha256 -r "$target" | cut -d' ' -f1)
        if [ "$actual" != "$expected" ]; then
            echo "$client download of round $round does not match the uploaded bytes (sha256 $actual)" >&2
            exit 1
        fi
        rm -f "$target"
        better "$client-download" "$seconds"
        echo "round $round $client download: $(mbps "$seconds") MB/s ($seconds s, sha256 ok)"
    done
done
echo "load average after: $(load)"

ratio() { awk -v s="$1" -v o="$2" 'BEGIN { printf "%.2f", o / s }'; }
row() { # LABEL SEMINA-KEY OFFICIAL-KEY
    printf '%-86s %8s %9s %6s\n' "$1" "$(mbps "${best[$2]}")" "$(mbps "${best[$3]}")" "$(ratio "${best[$2]}" "${best[$3]}")"
}
echo
echo "Best of $rounds, $size_mib MiB in blocks of $((block / 1024 / 1024)) MiB, $concurrency in flight (MB = 10^6 bytes):"
printf '%-86s %8s %9s %6s\n' "" "Semina" "official" "ratio"
row "upload" semina-upload official-upload
row "download, Semina MD5-checked (default)" semina-download official-download
row "download, Semina as the vault reads (content authenticated by AEAD, no transport MD5)" \
    semina-authenticated-download official-download
echo "(MB/s; ratio = Semina MB/s / official MB/s; above 1 means Semina is faster)"

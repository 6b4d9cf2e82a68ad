#!/usr/bin/env bash
# Compares Semina's Azure Blob backend with the official JavaScript client @azure/storage-blob
# on the same Azurite, in the same run: upload and download of 1 GiB of random data in 4 MiB
# blocks, 4 blocks in flight for both (Semina's default StoreOptions), every download checked
# with SHA-256. Each measurement runs ROUNDS times (default 2), interleaved, and the best counts.
#   bench/store-bench.sh [BUILD_DIR]        default BUILD_DIR: build
# Environment: ROUNDS, SIZE_MIB (default 1024). Needs a configured build; builds store_bench.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rounds=${ROUNDS:-2}
size_mib=${SIZE_MIB:-1024}
block=$((4 * 1024 * 1024))
concurrency=4
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

# run CLIENT MODE BLOB FILE -> prints the seconds the client measured around its one call
run() {
    local client=$1 mode=$2 blob=$3 file=$4 out
    if [ "$client" = semina ]; then
        out=$("$build/bench/store_bench" "$mode" bench "$blob" "$file")
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

for round in $(seq "$rounds"); do
    for client in semina official; do
        blob="$client-$round.bin"
        seconds=$(run "$client" upload "$blob" "$source_file")
        better "$client-upload" "$seconds"
        echo "round $round $client upload:   $(mbps "$seconds") MB/s ($seconds s)"
    done
    for client in semina official; do
        target="$work/$client.down"
        seconds=$(run "$client" download "$client-$round.bin" "$target")
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

ratio() { awk -v s="$1" -v o="$2" 'BEGIN { printf "%.2f", o / s }'; }
echo
echo "Best of $rounds, $size_mib MiB in blocks of $((block / 1024 / 1024)) MiB, $concurrency in flight (MB = 10^6 bytes):"
printf '%-10s %14s %14s %8s\n' "" "Semina MB/s" "official MB/s" "ratio"
printf '%-10s %14s %14s %8s\n' upload "$(mbps "${best[semina-upload]}")" "$(mbps "${best[official-upload]}")" \
    "$(ratio "${best[semina-upload]}" "${best[official-upload]}")"
printf '%-10s %14s %14s %8s\n' download "$(mbps "${best[semina-download]}")" "$(mbps "${best[official-download]}")" \
    "$(ratio "${best[semina-download]}" "${best[official-download]}")"
echo "(ratio = Semina MB/s / official MB/s; above 1 means Semina is faster)"

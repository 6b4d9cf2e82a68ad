#!/usr/bin/env bash
# Compares Semina's vault with restic 0.14 and borg 1.2 (zlib,6, repokey) on one deterministic
# mixed corpus of about 2 GiB, back to back in one run: first backup, a backup with no change,
# a backup after 1% of the files changed, and a full restore (checked against the corpus).
# Also Semina's first backup of the text part alone against `tar | pigz -1 -p2`, the
# compression-only baseline. Prints seconds, MB/s (MB = 10^6 bytes of corpus), peak RSS,
# stored size, the ratios to each peer and the targets of issue #17 with PASS/FAIL.
#   bench/vault-bench.sh [--quick] [--only semina] [--keep] [--cold] [--build DIR]
#     --quick        a ~200 MB corpus (every part scaled by 0.1), to try the script fast
#     --only semina  skip restic and borg (pigz still runs: it is the text target's baseline)
#     --keep         keep the repositories and restored trees in the work folder
#     --cold         drop the page cache before each step (root only) instead of warming it
#     --build DIR    the CMake build folder (default build)
# Environment: SEMINA_BENCH_DIR (default /var/tmp/semina-bench): corpus/ holds the generated
# corpora (reused while their stamp matches the generator), work/ is emptied at each run.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=tools/packages.sh
source tools/packages.sh

build=build
quick=0
only=all
keep=0
cache_policy=warm
while [ $# -gt 0 ]; do
    case "$1" in
    --quick) quick=1 ;;
    --only)
        shift
        [ "${1:-}" = semina ] || { echo "--only takes: semina" >&2; exit 2; }
        only=semina
        ;;
    --keep) keep=1 ;;
    --cold) cache_policy=cold ;;
    --build)
        shift
        build=${1:?--build needs a folder}
        ;;
    -h | --help)
        sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "Unknown option $1 (see --help)" >&2
        exit 2
        ;;
    esac
    shift
done
if [ "$cache_policy" = cold ] && [ "$(id -u)" -ne 0 ]; then
    echo "--cold drops the page cache and so needs root." >&2
    exit 2
fi

packages="pigz time"
[ "$only" = all ] && packages="$packages restic borgbackup"
# shellcheck disable=SC2086
semina_ensure_packages $packages

cmake --build "$build" -j2 --target semina-cli corpus_gen >/dev/null
cli=$(realpath "$build/app/semina-cli")
generator=$(realpath "$build/bench/corpus_gen")

base=${SEMINA_BENCH_DIR:-/var/tmp/semina-bench}
if [ "$quick" = 1 ]; then
    scale=0.1
    corpus_name=quick
else
    scale=1
    corpus_name=full
fi

# The corpus: generated once per generator version and scale, then reused.
cache="$base/corpus/$corpus_name"
stamp="$("$generator" version) scale $scale"
if [ "$(cat "$cache/stamp" 2>/dev/null || true)" != "$stamp" ]; then
    echo "Generating the corpus into $cache (once; later runs reuse it)..."
    rm -rf "$cache"
    mkdir -p "$cache"
    "$generator" generate "$cache/tree.tmp" "$scale" | tee "$cache/composition.txt"
    mv "$cache/tree.tmp" "$cache/tree"
    echo "$stamp" >"$cache/stamp"
else
    echo "Reusing the corpus in $cache ($stamp)."
    cat "$cache/composition.txt"
fi

work="$base/work"
rm -rf "$work"
mkdir -p "$work/logs"
cleanup() {
    if [ "$keep" = 0 ]; then
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# The tools read a copy, so that the 1% edits never touch the cached corpus.
corpus="$work/corpus"
cp -a "$cache/tree" "$corpus"
corpus_bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
text_bytes=$(find "$corpus/text" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')

# Fixed benchmark passphrases, given the way each tool documents for scripts.
export SEMINA_PASSWORD=semina-bench-passphrase
export RESTIC_PASSWORD=semina-bench-passphrase
export BORG_PASSPHRASE=semina-bench-passphrase
export RESTIC_CACHE_DIR="$work/restic-cache"
export BORG_BASE_DIR="$work/borg-base"
export BORG_RELOCATED_REPO_ACCESS_IS_OK=yes
export BORG_DISPLAY_PASSPHRASE=no

declare -A seconds=() peak_kib=() stored=() load=()

# Page cache handling before each timed step (see docs/PERFORMANCE.md): flush what the previous
# step wrote, then either drop the cache or read the step's input once, the same for every tool.
prepare() {
    sync
    if [ "$cache_policy" = cold ]; then
        echo 3 >/proc/sys/vm/drop_caches
    else
        find "$@" -type f -print0 | xargs -0 -P2 -n 256 cat >/dev/null
    fi
}

# measure KEY INPUT... -- COMMAND...: times COMMAND (after prepare INPUT...), keeps its output in
# logs/KEY.log; a failed tool is reported and recorded, and the run goes on.
measure() {
    local key=$1
    shift
    local inputs=()
    while [ "$1" != -- ]; do
        inputs+=("$1")
        shift
    done
    shift
    prepare "${inputs[@]}"
    load[$key]=$(cut -d' ' -f1 /proc/loadavg)
    local status=0
    /usr/bin/time -f '%e %M' -o "$work/logs/$key.time" "$@" >"$work/logs/$key.log" 2>&1 || status=$?
    # Exit 1 is "done with warnings" for Semina and borg alike.
    if [ "$status" -gt 1 ]; then
        echo "  $key FAILED (exit $status); the end of its log:" >&2
        tail -n 5 "$work/logs/$key.log" >&2
        return 0
    fi
    local wall peak
    read -r wall peak < <(tail -n 1 "$work/logs/$key.time")
    seconds[$key]=$wall
    peak_kib[$key]=$peak
    printf '  %-24s %8.1f s %8.0f MB peak (load %s)\n' "$key" "${seconds[$key]}" \
        "$(awk -v k="${peak_kib[$key]}" 'BEGIN { print k * 1024 / 1e6 }')" "${load[$key]}"
}

size_of() { du -sb "$1" | cut -f1; }

# A sorted checksum list of every file under a tree, paths relative to it.
checksums() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -P2 -n 512 md5sum | sort -k2); }

tools=(semina)
[ "$only" = all ] && tools+=(restic borg)

init_repo() {
    case "$1" in
    semina) "$cli" init --vault "$work/semina-repo" >"$work/logs/semina-init.log" 2>&1 ;;
    restic) restic -r "$work/restic-repo" init >"$work/logs/restic-init.log" 2>&1 ;;
    borg) borg init --encryption=repokey "$work/borg-repo" >"$work/logs/borg-init.log" 2>&1 ;;
    esac
}

# backup TOOL KEY: one backup of the working corpus.
backup() {
    case "$1" in
    semina) measure "$2" "$corpus" -- "$cli" backup --vault "$work/semina-repo" "$corpus" ;;
    restic) measure "$2" "$corpus" -- restic -r "$work/restic-repo" backup "$corpus" ;;
    borg) measure "$2" "$corpus" -- env -C "$work" borg create --compression zlib,6 "$work/borg-repo::$2" corpus ;;
    esac
    stored[$2]=$(size_of "$work/$1-repo")
}

# restore TOOL KEY: the latest snapshot into an empty folder, then compared with the corpus.
declare -A verified=()
restore() {
    local target="$work/restore-$1"
    mkdir -p "$target"
    case "$1" in
    semina) measure "$2" "$work/semina-repo" -- "$cli" restore --vault "$work/semina-repo" --target "$target" ;;
    restic) measure "$2" "$work/restic-repo" -- restic -r "$work/restic-repo" restore latest --target "$target" ;;
    borg)
        local archive
        archive=$(borg list --last 1 --format '{archive}' "$work/borg-repo")
        measure "$2" "$work/borg-repo" -- env -C "$target" borg extract "$work/borg-repo::$archive"
        ;;
    esac
    local tree
    tree=$(find "$target" -type d -name corpus -print -quit)
    if [ -n "$tree" ] && checksums "$tree" | cmp -s - "$work/corpus.md5"; then
        verified[$1]=yes
    else
        verified[$1]=NO
        echo "  $1: the restored tree differs from the corpus" >&2
    fi
    # Restored trees stay until the run ends: deleting one here would leave the next tool's
    # restore allocating inodes among 58,803 just freed, which ext4 without a journal skips one
    # by one while they are recent (find_inode_bit / recently_deleted): a third of a restore.
}

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB RAM; $(uptime)"
echo "Page cache: $cache_policy ($([ "$cache_policy" = cold ] && echo 'dropped before each step' || echo 'each step'"'"'s input read once before it, for every tool'))"
echo "Corpus: $(awk -v b="$corpus_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB, text part $(awk -v b="$text_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
uptime_start=$(uptime)

echo "Compression-only baseline and the text part:"
measure pigz-text "$corpus/text" -- sh -c "tar -cf - -C '$corpus' text | pigz -1 -p2 >'$work/text.tar.gz'"
stored[pigz-text]=$(size_of "$work/text.tar.gz")
rm -f "$work/text.tar.gz"
"$cli" init --vault "$work/semina-text-repo" >"$work/logs/semina-text-init.log" 2>&1
measure semina-text "$corpus/text" -- "$cli" backup --vault "$work/semina-text-repo" "$corpus/text"
stored[semina-text]=$(size_of "$work/semina-text-repo")
[ "$keep" = 1 ] || rm -rf "$work/semina-text-repo"
measure pigz-all "$corpus" -- sh -c "tar -cf - -C '$work' corpus | pigz -1 -p2 >'$work/corpus.tar.gz'"
stored[pigz-all]=$(size_of "$work/corpus.tar.gz")
rm -f "$work/corpus.tar.gz"

for tool in "${tools[@]}"; do init_repo "$tool"; done
echo "First backup:"
for tool in "${tools[@]}"; do backup "$tool" "$tool-first"; done
echo "Second backup, nothing changed:"
for tool in "${tools[@]}"; do backup "$tool" "$tool-nochange"; done
echo "Backup after changing 1% of the files:"
"$generator" mutate "$corpus" | sed 's/^/  /'
for tool in "${tools[@]}"; do backup "$tool" "$tool-changed"; done
checksums "$corpus" >"$work/corpus.md5"
echo "Full restore into an empty folder (then compared with the corpus by MD5 of every file):"
for tool in "${tools[@]}"; do restore "$tool" "$tool-restore"; done
uptime_end=$(uptime)

# ---- The table ---------------------------------------------------------------------------
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
cell_s() { [ -n "${seconds[$1]:-}" ] && printf '%.1f' "${seconds[$1]}" || printf -- '-'; }
cell_rate() { [ -n "${seconds[$1]:-}" ] && awk -v b="$2" -v s="${seconds[$1]}" 'BEGIN { printf "%.0f", b / 1e6 / (s > 0 ? s : 0.01) }' || printf -- '-'; }
cell_peak() { [ -n "${peak_kib[$1]:-}" ] && awk -v k="${peak_kib[$1]}" 'BEGIN { printf "%.0f", k * 1024 / 1e6 }' || printf -- '-'; }
# speed ratio: the peer's time over Semina's (above 1: Semina faster)
speed() { [ -n "${seconds[$1]:-}" ] && [ -n "${seconds[$2]:-}" ] && awk -v p="${seconds[$2]}" -v s="${seconds[$1]}" 'BEGIN { printf "%.2f", p / (s > 0 ? s : 0.01) }' || printf -- '-'; }
memory() { [ -n "${peak_kib[$1]:-}" ] && [ -n "${peak_kib[$2]:-}" ] && awk -v s="${peak_kib[$1]}" -v p="${peak_kib[$2]}" 'BEGIN { printf "%.2f", s / p }' || printf -- '-'; }
size_ratio() { [ -n "${stored[$1]:-}" ] && [ -n "${stored[$2]:-}" ] && awk -v s="${stored[$1]}" -v p="${stored[$2]}" 'BEGIN { printf "%.3f", s / p }' || printf -- '-'; }
cell_size() { [ -n "${stored[$1]:-}" ] && mb "${stored[$1]}" || printf -- '-'; }

report() {
    echo "Vault benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), corpus $(mb "$corpus_bytes") MB ($corpus_name), page cache $cache_policy"
    echo "Load before: ${uptime_start#*load average: }; after: ${uptime_end#*load average: }"
    echo "MB = 10^6 bytes of corpus; MB/s = corpus MB / seconds; peak = max RSS in MB; speed ratios = peer s / Semina s"
    echo
    printf '| %-17s | %6s | %8s | %6s | %6s | %8s | %6s | %6s | %8s | %6s | %9s | %7s | %7s | %4s |\n' \
        step 'Sem s' 'Sem MB/s' 'Sem pk' 'res s' 'res MB/s' 'res pk' 'borg s' 'brg MB/s' 'brg pk' 'vs restic' 'vs borg' 'mem S/r' load
    printf '|%s|\n' '-------------------|-------:|---------:|-------:|-------:|---------:|-------:|-------:|---------:|-------:|----------:|--------:|--------:|-----:'
    local step label
    for step in first nochange changed restore; do
        case $step in
        first) label='first backup' ;;
        nochange) label='no-change backup' ;;
        changed) label='1% changed backup' ;;
        restore) label='full restore' ;;
        esac
        printf '| %-17s | %6s | %8s | %6s | %6s | %8s | %6s | %6s | %8s | %6s | %9s | %7s | %7s | %4s |\n' "$label" \
            "$(cell_s "semina-$step")" "$(cell_rate "semina-$step" "$corpus_bytes")" "$(cell_peak "semina-$step")" \
            "$(cell_s "restic-$step")" "$(cell_rate "restic-$step" "$corpus_bytes")" "$(cell_peak "restic-$step")" \
            "$(cell_s "borg-$step")" "$(cell_rate "borg-$step" "$corpus_bytes")" "$(cell_peak "borg-$step")" \
            "$(speed "semina-$step" "restic-$step")" "$(speed "semina-$step" "borg-$step")" \
            "$(memory "semina-$step" "restic-$step")" "${load[semina-$step]:--}"
    done
    echo
    echo "Compression-only baseline, tar | pigz -1 -p2 (MB/s of the part it reads):"
    printf '| %-26s | %6s | %8s | %6s | %9s | %13s |\n' what s 'MB/s' 'peak' 'stored MB' 'pigz s / Sem s'
    printf '|%s|\n' '----------------------------|-------:|---------:|-------:|----------:|---------------:'
    printf '| %-26s | %6s | %8s | %6s | %9s | %14s |\n' "Semina, text part" "$(cell_s semina-text)" \
        "$(cell_rate semina-text "$text_bytes")" "$(cell_peak semina-text)" "$(cell_size semina-text)" \
        "$(speed semina-text pigz-text)"
    printf '| %-26s | %6s | %8s | %6s | %9s | %14s |\n' "pigz, text part" "$(cell_s pigz-text)" \
        "$(cell_rate pigz-text "$text_bytes")" "$(cell_peak pigz-text)" "$(cell_size pigz-text)" ''
    printf '| %-26s | %6s | %8s | %6s | %9s | %14s |\n' "pigz, whole corpus" "$(cell_s pigz-all)" \
        "$(cell_rate pigz-all "$corpus_bytes")" "$(cell_peak pigz-all)" "$(cell_size pigz-all)" ''
    echo
    echo "Stored size (du -sb of the repository, MB) after each backup; restic's and borg's local caches not counted:"
    printf '| %-18s | %9s | %9s | %9s | %11s |\n' after Semina restic borg 'Semina/borg'
    printf '|%s|\n' '--------------------|----------:|----------:|----------:|------------:'
    for step in first nochange changed; do
        case $step in
        first) label='first backup' ;;
        nochange) label='no-change backup' ;;
        changed) label='1% changed backup' ;;
        esac
        printf '| %-18s | %9s | %9s | %9s | %11s |\n' "$label" "$(cell_size "semina-$step")" \
            "$(cell_size "restic-$step")" "$(cell_size "borg-$step")" "$(size_ratio "semina-$step" "borg-$step")"
    done
    echo
    local tool
    printf 'Restored trees equal the corpus:'
    for tool in "${tools[@]}"; do printf ' %s %s;' "$tool" "${verified[$tool]:-not run}"; done
    echo
    echo
    # Targets of issue #17.
    target() { # NAME VALUE OPERATOR LIMIT
        local verdict
        if [ "$2" = - ]; then
            verdict='n/a'
        else
            verdict=$(awk -v v="$2" -v l="$4" -v o="$3" 'BEGIN { ok = (o == ">=") ? v >= l : v <= l; print ok ? "PASS" : "FAIL" }')
        fi
        printf '| %-46s | %8s | %2s %-5s | %-4s |\n' "$1" "$2" "$3" "$4" "$verdict"
    }
    local semina_peak=0 restic_peak=0 key
    for key in "${!peak_kib[@]}"; do
        case $key in
        semina-first | semina-nochange | semina-changed | semina-restore)
            [ "${peak_kib[$key]}" -gt "$semina_peak" ] && semina_peak=${peak_kib[$key]} ;;
        restic-*) [ "${peak_kib[$key]}" -gt "$restic_peak" ] && restic_peak=${peak_kib[$key]} ;;
        esac
    done
    local peak_ratio=-
    [ "$semina_peak" -gt 0 ] && [ "$restic_peak" -gt 0 ] && peak_ratio=$(awk -v s="$semina_peak" -v r="$restic_peak" 'BEGIN { printf "%.2f", s / r }')
    echo "Targets (issue #17):"
    printf '| %-46s | %8s | %8s | %-4s |\n' target value limit ''
    printf '|%s|\n' '------------------------------------------------|---------:|----------|------'
    target "first backup, speed vs restic" "$(speed semina-first restic-first)" '>=' 3
    target "text part, speed vs pigz -1 -p2" "$(speed semina-text pigz-text)" '>=' 1.5
    target "no-change backup, speed vs restic" "$(speed semina-nochange restic-nochange)" '>=' 3
    target "1% changed backup, speed vs restic" "$(speed semina-changed restic-changed)" '>=' 3
    target "full restore, speed vs restic" "$(speed semina-restore restic-restore)" '>=' 2.5
    target "stored size vs borg (after the 3 backups)" "$(size_ratio semina-changed borg-changed)" '<=' 1
    target "peak memory vs restic (max over the 4 steps)" "$peak_ratio" '<=' 1
}

echo
report | tee "$base/last-result.txt"
echo
echo "(Also in $base/last-result.txt; logs in $work/logs$([ "$keep" = 1 ] || echo ', removed at exit: use --keep to read them').)"

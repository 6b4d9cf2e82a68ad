#!/bin/sh
# Fails when a C++ source is not formatted as .clang-format says; fix with:
#   git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -eu
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app engine ui tests bench -name '*.cpp' -o -name '*.h')
if ! echo "$files" | xargs clang-format --dry-run --Werror >/dev/null 2>&1; then
    echo "These sources are not formatted as .clang-format says:" >&2
    for f in $files; do clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || echo "  $f" >&2; done
    echo "Fix them with: git ls-files '*.cpp' '*.h' | xargs clang-format -i" >&2
    exit 1
fi

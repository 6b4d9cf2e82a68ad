#!/bin/sh
# The manual pages of semina-cli render without a single groff warning, and man shows their
# sections. Usage: man-test.sh PAGE...
set -eu
for page in "$@"; do
    warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
    if [ -n "$warnings" ]; then
        echo "groff warns about $page:" >&2
        echo "$warnings" >&2
        exit 1
    fi
    rendered=$(MANWIDTH=100 man -l "$page" 2>&1)
    for section in SEMINA-CLI account backup offline-backup jobs; do
        case "$rendered" in
        *"$section"*) ;;
        *)
            echo "man -l $page shows no \"$section\":" >&2
            echo "$rendered" | head -40 >&2
            exit 1
            ;;
        esac
    done
done
echo "manual pages render cleanly: $*"

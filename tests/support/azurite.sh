#!/bin/sh
# Starts or stops the Azurite blob emulator for the tests. It keeps its blobs in memory: the
# fixture is never restarted, and Azurite then looks blobs up far faster.
#   azurite.sh start STATE_DIR TOOLS_DIR   -> STATE_DIR/endpoint holds http://127.0.0.1:PORT
#   azurite.sh stop STATE_DIR
set -eu
action=$1
state=$2

stop() {
    if [ -f "$state/pid" ]; then
        pid=$(cat "$state/pid")
        kill "$pid" 2>/dev/null || true
        i=0
        while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
        kill -9 "$pid" 2>/dev/null || true
        rm -f "$state/pid" "$state/endpoint"
    fi
}

case "$action" in
start)
    tools=$3
    bin="$tools/node_modules/.bin/azurite-blob"
    if [ ! -x "$bin" ]; then
        echo "Azurite is not installed in $tools: run ./test.sh, which installs it with npm ci." >&2
        exit 1
    fi
    stop
    mkdir -p "$state"
    # Detached from CTest's pipes so CTest does not wait for it.
    "$bin" --blobHost 127.0.0.1 --blobPort 0 --inMemoryPersistence --silent --disableTelemetry \
        </dev/null >"$state/log" 2>&1 &
    echo $! >"$state/pid"
    i=0
    while [ $i -lt 300 ]; do
        url=$(sed -n 's/.*listens on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$state/log" | head -n 1)
        if [ -n "$url" ]; then
            echo "$url" >"$state/endpoint"
            echo "Azurite listens on $url"
            exit 0
        fi
        if ! kill -0 "$(cat "$state/pid")" 2>/dev/null; then break; fi
        sleep 0.1
        i=$((i + 1))
    done
    echo "Azurite did not start; its log follows." >&2
    cat "$state/log" >&2
    stop
    exit 1
    ;;
stop)
    stop
    ;;
*)
    echo "usage: azurite.sh start|stop STATE_DIR [TOOLS_DIR]" >&2
    exit 2
    ;;
esac

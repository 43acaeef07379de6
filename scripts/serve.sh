#!/bin/sh
# Start the dashboard and warm it up: the one way every deployment starts it (the systemd unit, the
# container, several processes behind nginx), and the way the tests and benchmarks start theirs.
#
#   PORT=8501 ADDRESS=127.0.0.1 BASE_PATH=dash scripts/serve.sh [more streamlit options]
#
# Exits non-zero, and stops the server, when the warm-up cannot prove that a deep link renders without
# "Page not found" (see scripts/warmup.py); otherwise runs until the server stops.
set -eu
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
port=${PORT:-8501}
address=${ADDRESS:-127.0.0.1}
base=${BASE_PATH:-}
app=${APP:-app.py}
"$python" -m streamlit run "$app" --server.port "$port" --server.address "$address" \
  --server.baseUrlPath "$base" --server.headless true --server.fileWatcherType none "$@" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; exit 143' TERM INT
if ! "$python" scripts/warmup.py "http://127.0.0.1:$port/$base" --page "${WARMUP_PAGE-figures}" \
    --query "${WARMUP_QUERY:-}"; then
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  exit 1
fi
wait "$server"

#!/usr/bin/env bash
# What Orca says while a keyboard user walks the Hundesteuer demo: Orca (with its speech log) and Chromium
# (with a real window) under Xvfb, real key presses, then the transcript and a check that the expected
# phrases come in order. Slow (about two minutes) and needs Linux packages, so it is not part of `npm test`.
# See docs/screen-reader-transcripts.md.
#
# Usage: scripts/screen-reader/orca-transcript.sh [output directory]   (after `node scripts/build.mjs`)
# Needs (Debian 12): apt-get install orca xvfb at-spi2-core python3-pyatspi dbus xdotool speech-dispatcher
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${1:-${TMPDIR:-/tmp}/antrag-orca-$(date +%Y%m%d-%H%M%S)}"
PORT="${PORT:-8135}"
DEVTOOLS_PORT="${DEVTOOLS_PORT:-9335}"
SCREEN="${SCREEN_NUMBER:-:97}"
CHROMIUM="${CHROME_PATH:-/usr/bin/chromium}"

# Orca talks to Chromium over the accessibility bus, which lives on a D-Bus session bus: start one of our own.
if [ -z "${ANTRAG_ORCA_IN_SESSION:-}" ]; then
  for tool in orca speech-dispatcher Xvfb xdotool dbus-run-session "$CHROMIUM" /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (see the header of $0)" >&2; exit 2; }
  done
  [ -f "$ROOT/dist/antrag.embed.js" ] || { echo "build first: node scripts/build.mjs" >&2; exit 2; }
  mkdir -p "$OUT"
  ANTRAG_ORCA_IN_SESSION=1 exec dbus-run-session -- "$0" "$OUT"
fi

PIDS=()
cleanup() {
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do kill "${PIDS[i]}" 2>/dev/null || true; done
  sleep 1
  # speech-dispatcher may ignore TERM while a module hangs: only the processes this script started.
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

Xvfb "$SCREEN" -screen 0 1280x1024x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
PIDS+=($!)
export DISPLAY="$SCREEN"
sleep 1
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$OUT/at-spi.log" 2>&1 &
PIDS+=($!)
gsettings set org.gnome.desktop.interface toolkit-accessibility true 2>/dev/null || true

(cd "$ROOT" && PORT="$PORT" exec node demo/server.mjs) >"$OUT/demo-server.log" 2>&1 &
PIDS+=($!)

# A speech server of this run's own: Orca waits forever on one left over from an earlier session (its
# default socket is shared per user). Words go to espeak-ng; without a sound card nothing is heard, and
# Orca's log has every utterance anyway.
# Without a sound card, speech-dispatcher's pulse output fails and Orca stalls waiting on it after its first
# words: espeak-ng speaks into ALSA's null device instead (as fast as it can, nothing is heard).
cp -r /etc/speech-dispatcher "$OUT/speechd-config"
printf '\nAudioOutputMethod "alsa"\nAddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\nDefaultModule espeak-ng\n' >>"$OUT/speechd-config/speechd.conf"
printf '</usr/share/alsa/alsa.conf>\npcm.!default { type null }\n' >"$OUT/asound.conf"
export ALSA_CONFIG_PATH="$OUT/asound.conf"
speech-dispatcher --run-single --timeout 0 --communication-method unix_socket --socket-path "$OUT/speechd.sock" \
  --config-dir "$OUT/speechd-config" --log-dir "$OUT" --log-level 3 >"$OUT/speechd.log" 2>&1 &
PIDS+=($!)
export SPEECHD_ADDRESS="unix_socket:$OUT/speechd.sock"
for _ in $(seq 1 50); do [ -S "$OUT/speechd.sock" ] && break; sleep 0.3; done
[ -S "$OUT/speechd.sock" ] || { echo "speech-dispatcher did not start; see $OUT/speechd.log" >&2; exit 3; }

# Orca's own settings: no "say all" and no page summary when a page loads (they would drown the transcript).
mkdir -p "$OUT/orca-prefs"
cat >"$OUT/orca-prefs/user-settings.conf" <<'JSON'
{
  "general": { "firstStart": false, "sayAllOnLoad": false, "pageSummaryOnLoad": false, "enableSpeech": true,
               "activeProfile": ["Default", "default"], "startingProfile": ["Default", "default"] },
  "profiles": { "default": { "profile": ["Default", "default"], "sayAllOnLoad": false, "pageSummaryOnLoad": false,
                             "pronunciations": {}, "keybindings": {} } },
  "pronunciations": {},
  "keybindings": {}
}
JSON
/usr/bin/python3 "$ROOT/scripts/screen-reader/orca-line-buffered.py" --replace --user-prefs "$OUT/orca-prefs" --debug-file "$OUT/orca-debug.log" >"$OUT/orca.log" 2>&1 &
ORCA=$!
PIDS+=($ORCA)
sleep 4

# The demo's preview page (a municipality's page with nothing but the assistant); the driver puts the Hundesteuer in it.
URL="http://127.0.0.1:$PORT/preview.html"
for _ in $(seq 1 50); do curl -sf "$URL" >/dev/null && break; sleep 0.3; done
"$CHROMIUM" --no-sandbox --force-renderer-accessibility --remote-debugging-port="$DEVTOOLS_PORT" \
  --user-data-dir="$OUT/chromium-profile" --no-first-run --no-default-browser-check --disable-gpu \
  --disable-background-networking --disable-component-update --disable-sync --disable-features=Translate,TranslateUI --lang=de \
  --window-position=0,0 --window-size=1280,1000 --app="$URL" >"$OUT/chromium.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 50); do
  curl -sf "http://127.0.0.1:$DEVTOOLS_PORT/json/version" >/dev/null && break
  sleep 0.3
done

node "$ROOT/scripts/screen-reader/drive-hundesteuer.mjs" "$DEVTOOLS_PORT" "$URL" "$OUT/marks.txt"

# Orca writes its log through a buffer: let it stop on its own terms, so the last words are in the file.
kill -TERM "$ORCA" 2>/dev/null || true
for _ in $(seq 1 20); do kill -0 "$ORCA" 2>/dev/null || break; sleep 0.3; done

node "$ROOT/scripts/screen-reader/check-transcript.mjs" "$OUT/orca-debug.log" "$OUT/marks.txt" "$OUT/transcript.txt"

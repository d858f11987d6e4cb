#!/usr/bin/env bash
# Renders `compare --format html` in headless Chromium and takes a screenshot, so a person can look
# at the report as a browser shows it (and CI can check that a browser opens it at all).
#
#   examples/scripts/check-html-report.sh [OUT_DIR] [compare options...]
#
# Without compare options it compares the demo work type `matter` between the built-in fake
# server's environments uat and vnext. OUT_DIR (default target/html-report-check) receives
# report.html, report.png (the screenshot) and report.dom.html (the DOM Chromium built).
# Needs Chromium (Debian: apt-get install -y chromium) and the tool's jar
# (mvn -B -q package -DskipTests); exits non-zero when either is missing or the check fails.
set -euo pipefail
cd "$(dirname "$0")/../.."

out="${1:-target/html-report-check}"
shift || true
jar=examples/target/sharedo-export.jar
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
  echo "error: Chromium is not installed (Debian: apt-get install -y chromium)" >&2
  exit 2
fi
if [[ ! -f "$jar" ]]; then
  echo "error: $jar is missing; build it with: mvn -B -q package -DskipTests" >&2
  exit 2
fi
mkdir -p "$out"
report="$(cd "$out" && pwd)/report.html"

compare=("$@")
if [[ ${#compare[@]} -eq 0 ]]; then
  compare=(--type worktype --system-name matter --left uat --right vnext)
fi
# Exit 1 only means "differences found".
java -jar "$jar" compare "${compare[@]}" --format html --output "$report" --progress none || [[ $? -eq 1 ]]

# Root (CI, containers) needs --no-sandbox; a throw-away profile keeps the user's own untouched.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chrome=("$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile")
"${chrome[@]}" --window-size=1280,1600 --screenshot="$out/report.png" "file://$report" 2>/dev/null
"${chrome[@]}" --dump-dom "file://$report" 2>/dev/null > "$out/report.dom.html"

# What a reader needs must be in the page Chromium built: the title, the summary and a component table.
for wanted in '<h1>Export comparison' 'Components that differ' '<table>'; do
  if ! grep -q "$wanted" "$out/report.dom.html"; then
    echo "error: the rendered report lacks '$wanted' (see $out/report.dom.html)" >&2
    exit 1
  fi
done
size=$(stat -c %s "$out/report.png")
if (( size < 10000 )); then
  echo "error: the screenshot $out/report.png is only $size bytes: Chromium drew next to nothing" >&2
  exit 1
fi
echo "report rendered: $out/report.png ($size bytes), DOM in $out/report.dom.html"

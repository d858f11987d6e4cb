#!/usr/bin/env bash
# What a user would write instead of the library (figure 7): fetch a token, create the export job,
# poll its progress every 0.5 s until it is complete with its package, download the package and
# check it with unzip -t. Prints the number of progress requests it made.
#
#   export-with-curl.sh IDENTITY_URL BASE_URL CLIENT_ID CLIENT_SECRET OUT.zip
set -euo pipefail
identity=$1 base=$2 client=$3 secret=$4 out=$5

token=$(curl -sS -f -u "$client:$secret" -d grant_type=client_credentials -d scope=sharedo \
  "$identity/connect/token" | sed -E 's/.*"access_token" *: *"([^"]+)".*/\1/')
auth="Authorization: Bearer $token"

job=$(curl -sS -f -H "$auth" -H 'Content-Type: application/json' -H 'Accept: application/json' \
  -d '{"exportConfigName":"VeryBasic","items":[{"systemName":"sharedo-type","selector":{"systemName":"matter"}}]}' \
  "$base/api/modeller/importexport/export/package" | sed -E 's/.*"exportJobId" *: *"([^"]+)".*/\1/')

polls=0
while :; do
  polls=$((polls + 1))
  progress=$(curl -sS -f -H "$auth" -H 'Accept: application/json' \
    "$base/api/modeller/importexport/export/package/$job/progress/?_=$(date +%s%3N)")
  if [[ $progress =~ \"complete\"\ *:\ *true ]] && [[ $progress =~ \"packageAvailable\"\ *:\ *true ]]; then
    break
  fi
  if [[ $progress == *FAILED* ]]; then
    echo "export failed: $progress" >&2
    exit 1
  fi
  sleep 0.5
done

curl -sS -f -o "$out" -H "$auth" "$base/modeller/__importexport/export/package/$job/download"
unzip -tq "$out" > /dev/null
echo "progress requests: $polls"

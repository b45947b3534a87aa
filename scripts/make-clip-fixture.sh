#!/usr/bin/env bash
# Makes the recording the quote-clip browser test plays (e2e/fixtures/clips/interview.ogg): a short
# interview spoken by espeak-ng, one line after another with a second of silence between, encoded as
# Ogg Opus. Run once by hand (espeak-ng, sox and ffmpeg are not in CI); the file is committed, and so
# is the WebVTT transcript written for it, whose cue times were read off the recording's silences:
#   ffmpeg -i e2e/fixtures/clips/interview.ogg -af silencedetect=noise=-40dB:d=0.4 -f null -
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/e2e/fixtures/clips"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
lines=(
  "en-us+m3|Welcome back. Ada, what changed when your team stopped shipping on Fridays?"
  "en-us+f3|We stopped shipping on Fridays, and our weekend pages fell by two thirds in one quarter."
  "en-us+m3|And what about the tests?"
  "en-us+f3|The slow tests were never the problem; the tests nobody trusted were, so we deleted forty of them."
  "en-us+m3|What would you tell a new team lead?"
  "en-us+f3|Write the decision down on the day you make it, because nobody remembers the reasons a month later."
)
sox -n -r 24000 -c 1 "$work/gap.wav" trim 0 1.0
parts=()
for i in "${!lines[@]}"; do
  voice="${lines[$i]%%|*}"
  text="${lines[$i]#*|}"
  espeak-ng -v "$voice" -s 165 -w "$work/raw-$i.wav" "$text"
  sox "$work/raw-$i.wav" -r 24000 -c 1 "$work/line-$i.wav"
  parts+=("$work/gap.wav" "$work/line-$i.wav")
done
parts+=("$work/gap.wav")
sox "${parts[@]}" "$work/interview.wav"
ffmpeg -hide_banner -loglevel error -y -i "$work/interview.wav" -c:a libopus -b:a 20k -ac 1 "$out/interview.ogg"
for i in "${!lines[@]}"; do echo "line $i: $(soxi -D "$work/line-$i.wav") s"; done
echo "total: $(soxi -D "$work/interview.wav") s, $(stat -c %s "$out/interview.ogg") bytes"

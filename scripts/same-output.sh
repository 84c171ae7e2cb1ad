#!/usr/bin/env bash
# Check that the working tree reads the shared evaluation inputs exactly as a
# git revision does: byte-identical JSON Lines on dev and check.
#
#   scripts/same-output.sh                  # HEAD~1 against the working tree
#   scripts/same-output.sh 2765bd5          # any revision against the working tree
#   scripts/same-output.sh 2765bd5 HEAD     # two revisions
#   scripts/same-output.sh 2765bd5 DIR      # a revision against another source tree
#
# A revision is checked out in a temporary git worktree (removed on exit).
# Every tree runs with this checkout's .venv and its own src/ first on
# PYTHONPATH, so each reads with its own code and its own bundled data.
# Exits 0 when every output is identical, 1 when one differs (both outputs are
# kept for a diff), 2 on a usage or set-up error.  WAQIA_SAME_INPUTS replaces
# the inputs (paths separated by spaces).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$repo/.venv/bin/python}
shared=${WAQIA_SHARED:-$repo/../shared}
inputs=${WAQIA_SAME_INPUTS:-"$shared/eval/dev-input.jsonl $shared/eval/check-input.jsonl"}

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit "$1"; }
case "${1:-}" in -h|--help) usage 0 ;; esac
[ $# -le 2 ] || usage 2 >&2
old=${1:-HEAD~1}
new=${2:-}

[ -x "$python" ] || { echo "same-output: no Python at $python (make the .venv first)" >&2; exit 2; }
for input in $inputs; do
  [ -f "$input" ] || { echo "same-output: input $input not found (is ../shared there?)" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/same-output.XXXXXX")
trees=()
cleanup() {
  for t in "${trees[@]}"; do git -C "$repo" worktree remove --force "$t" >/dev/null 2>&1 || true; done
  rm -rf "$work"
  git -C "$repo" worktree prune >/dev/null 2>&1 || true
}
trap cleanup EXIT

checkout() {  # checkout REV NAME -> prints the tree's path
  local sha
  sha=$(git -C "$repo" rev-parse --verify --quiet "$1^{commit}") || {
    echo "same-output: $1 is not a revision of $repo" >&2; exit 2; }
  git -C "$repo" worktree add --quiet --detach "$work/$2" "$sha" >&2
  trees+=("$work/$2")
}

checkout "$old" old
old_tree="$work/old"
old_name=$(git -C "$repo" rev-parse --short "$old^{commit}")
if [ -z "$new" ]; then
  new_tree=$repo
  new_name="the working tree"
elif [ -d "$new/src/waqia" ]; then
  new_tree=$(cd "$new" && pwd)
  new_name=$new_tree
else
  checkout "$new" new
  new_tree="$work/new"
  new_name=$(git -C "$repo" rev-parse --short "$new^{commit}")
fi

extract() {  # extract TREE INPUT OUTPUT
  # From $work, so that no src/ is found through the current directory.
  local found
  found=$(cd "$work" && PYTHONPATH="$1/src" "$python" -c 'import waqia; print(waqia.__file__)')
  [ "$found" = "$1/src/waqia/__init__.py" ] || {
    echo "same-output: $1/src is not the waqia Python imports ($found)" >&2; exit 2; }
  (cd "$work" && PYTHONPATH="$1/src" "$python" -m waqia.cli extract "$2" \
     -o "$3" --overwrite --no-progress -q)
}

status=0
for input in $inputs; do
  name=$(basename "$input" .jsonl)
  extract "$old_tree" "$input" "$work/$name.old.jsonl"
  extract "$new_tree" "$input" "$work/$name.new.jsonl"
  if cmp -s "$work/$name.old.jsonl" "$work/$name.new.jsonl"; then
    echo "same-output: $name: identical ($(wc -l < "$work/$name.new.jsonl") records) at $old_name and in $new_name"
  else
    status=1
    keep=${keep:-$(mktemp -d "${TMPDIR:-/tmp}/same-output-diff.XXXXXX")}
    cp "$work/$name.old.jsonl" "$keep/$name.old.jsonl"
    cp "$work/$name.new.jsonl" "$keep/$name.new.jsonl"
    echo "same-output: $name: OUTPUT DIFFERS between $old_name and $new_name:" \
      "$(cmp "$work/$name.old.jsonl" "$work/$name.new.jsonl" | sed 's/.* differ: //')" >&2
    echo "same-output: both outputs kept in $keep ($name.old.jsonl, $name.new.jsonl)" >&2
  fi
done
exit $status

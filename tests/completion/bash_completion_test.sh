#!/usr/bin/env bash
# The bash completion, sourced into bash and called as bash calls it on TAB (COMP_WORDS,
# COMP_CWORD): options from --help, fixed values from --list-values, files for paths.
# Usage: bash_completion_test.sh BIN_DIR COMPLETION_FILE
set -uo pipefail
export PATH="$(realpath "$1"):$PATH"
# shellcheck source=/dev/null
source "$2"
failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" && mkdir news.db && touch notes.txt

# complete WORD... : the candidates for the last word, sorted, on one line.
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _morgue "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}

expect() {  # EXPECTED WORD...
  local expected=$1 got
  shift
  got=$(complete_words "$@")
  if [ "$got" = "$expected" ]; then
    echo "ok: $* <TAB> -> $got"
  else
    echo "FAIL: $* <TAB> gave '$got', expected '$expected'" >&2
    failures=$((failures + 1))
  fi
}

one_line() { sort | tr '\n' ' ' | sed 's/ $//'; }

complete -p morgue-index morgue-search morgue-serve >/dev/null || { echo "FAIL: not registered with complete" >&2; exit 1; }

expect "--sort" morgue-search --so
expect "newest oldest relevance" morgue-search --sort ""
expect "newest" morgue-search --sort ne
expect "newest" morgue-search --sort = ne        # --sort=ne, split at "=" by bash
expect "newest oldest relevance" morgue-search --sort =
expect "byline month place section source topic year" morgue-search --facet ""
expect "$(morgue-search --list-values facet | one_line)" morgue-search --facet ""
expect "month" morgue-search --db news.db --facet mo
expect "--facet --facet-limit" morgue-search --fa
expect "news.db notes.txt" morgue-search --db ""
expect "news.db" morgue-search --db ne
expect "" morgue-search --limit ""               # a number: nothing to offer
expect "" morgue-search --db news.db oi          # the query
expect "$(morgue-search --help | grep -oE '^  (-[[:alnum:]], |    )--[[:alnum:]-]+' | grep -oE -- '--[[:alnum:]-]+$' | one_line)" morgue-search --

expect "reuters" morgue-index --format reu
expect "german" morgue-index --lang germ
expect "--db --delete" morgue-index --d
expect "news.db notes.txt" morgue-index --db news.db ""   # files and folders to index

expect "--token-file --token-for-reads" morgue-serve --tok
expect "notes.txt" morgue-serve --token-file no

[ "$failures" -eq 0 ] || { echo "$failures failures" >&2; exit 1; }

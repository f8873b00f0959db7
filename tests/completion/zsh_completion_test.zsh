#!/usr/bin/env zsh
# The zsh completion in a real interactive zsh, driven through a pseudo-terminal (zsh/zpty): a
# line is typed, TAB pressed, and what zsh then shows (the completed line, or the list of
# candidates) is checked. Usage: zsh_completion_test.zsh BIN_DIR COMPLETION_DIR
emulate -L zsh
setopt err_return no_unset
zmodload zsh/zpty
bin_dir=$1 completion_dir=$2
work=$(mktemp -d)
trap 'zpty -d shell 2>/dev/null; rm -rf $work' EXIT
mkdir $work/news.db && touch $work/notes.txt
integer failures=0

zpty -b shell env -i HOME=$work TERM=dumb PATH=$bin_dir:/usr/bin:/bin zsh -f -i
# A line ending in ^X^B writes the buffer to a file and clears it, so each case starts afresh.
zpty -w shell "cd $work; fpath=($completion_dir \$fpath); autoload -Uz compinit; compinit -u -d $work/compdump"
zpty -w shell "LISTMAX=0; zstyle ':completion:*' list-prompt ''; unsetopt beep"
zpty -w shell 'dump() { print -r -- "$BUFFER" >| buffer.$((++n)); BUFFER=; zle -R }; zle -N dump; bindkey "^X^B" dump; n=0; PS1="ready> "'

integer case_number=0
# type TEXT: types TEXT and TAB, then ^X^B; sets $line (the line after TAB) and $shown (the screen).
type_tab() {
  (( ++case_number ))
  zpty -w -n shell "$1"$'\t'$'\C-x\C-b'
  local waited=0 chunk
  shown=
  while [[ ! -e $work/buffer.$case_number ]] && (( waited++ < 100 )); do
    zpty -r -t shell chunk 2>/dev/null && shown+=$chunk
    sleep 0.1
  done
  while zpty -r -t shell chunk 2>/dev/null; do shown+=$chunk; done
  line=$(<$work/buffer.$case_number)
}

expect_line() {  # TYPED COMPLETED
  type_tab $1
  if [[ $line == $2 ]]; then print "ok: $1<TAB> -> $line"
  else print -u2 "FAIL: $1<TAB> gave '$line', expected '$2'"; (( ++failures )); fi
}

expect_listed() {  # TYPED CANDIDATE...
  type_tab $1
  local candidate missing=()
  (( $# > 1 )) || { print -u2 "FAIL: $1<TAB>: no candidates to look for"; (( ++failures )); return }
  for candidate in ${@:2}; do [[ $shown == *[[:space:]]${candidate}[[:space:]]* ]] || missing+=($candidate); done
  if (( $#missing )); then print -u2 "FAIL: $1<TAB> does not list ${missing[*]}; shown: ${(V)shown}"; (( ++failures ))
  else print "ok: $1<TAB> lists ${@:2}"; fi
}

expect_line 'morgue-search --so' 'morgue-search --sort='   # zsh's form of an option with a value
expect_listed 'morgue-search --sort ' newest oldest relevance
expect_line 'morgue-search --sort ne' 'morgue-search --sort newest '
expect_line 'morgue-search --sort=ol' 'morgue-search --sort=oldest '
expect_listed 'morgue-search --facet ' ${(f)"$($bin_dir/morgue-search --list-values facet)"}
expect_line 'morgue-search --facet byl' 'morgue-search --facet byline '
expect_line 'morgue-search --db new' 'morgue-search --db news.db/'
expect_line 'morgue-index --format reu' 'morgue-index --format reuters '
expect_line 'morgue-index --lang germ' 'morgue-index --lang german '
expect_line 'morgue-index --db news.db not' 'morgue-index --db news.db notes.txt '
expect_listed 'morgue-serve --token-f' --token-file --token-for-reads
expect_line 'morgue-serve --token-fi' 'morgue-serve --token-file='

(( failures == 0 )) || { print -u2 "$failures failures"; exit 1 }

#!/usr/bin/env bash
# Holds each program's manual page to its --help: every long option --help lists is documented in
# the page's OPTIONS (an option is the line after a .TP), and every option documented there exists;
# every value `--list-values OPTION` prints appears in that option's paragraph, unless the
# paragraph points to --list-values for the list; EXIT STATUS gives the codes --help ends with.
# Each page must also render without groff warnings and give whatis its NAME line.
# Usage: man_pages_test.sh BIN_DIR MAN_DIR PROGRAM...
set -euo pipefail
bin_dir=$1
man_dir=$2
shift 2
failures=0

fail() {
  echo "FAIL $program: $*" >&2
  failures=$((failures + 1))
}

# "sort ORDER" or "json": the long options of --help, as the bash completion reads them too.
help_options() {
  sed -nE 's/^  (-[[:alnum:]], |    )--([[:alnum:]-]+)( ([^ ]+))?( .*)?$/\2 \4/p' <<<"$help"
}

# Lines of section $1 of the page (between its .SH and the next).
section() {
  awk -v name="$1" '/^\.SH / { inside = ($0 == ".SH " name || $0 == ".SH \"" name "\"") ; next } inside' "$page"
}

# The options documented: every \-\-name on a line after .TP in OPTIONS.
page_options() {
  section OPTIONS | awk 'tp { print } { tp = ($0 == ".TP") }' | grep -oE '\\-\\-[[:alnum:]-]+' | sed 's/^\\-\\-//' | sort -u
}

# The paragraph of option $1 in OPTIONS: from the .TP whose tag names it to the next .TP, .PP or .SS.
option_paragraph() {
  section OPTIONS | awk -v tag="\\\\-\\\\-$1" '
    /^\.(TP|PP|SS)/ { inside = 0; tp = ($0 == ".TP"); next }
    tp { tp = 0; inside = (index($0, tag " ") || substr($0, length($0) - length(tag) + 1) == tag) }
    inside'
}

for program in "$@"; do
  page=$man_dir/$program.1
  failures_before=$failures
  [ -f "$page" ] || { fail "no manual page $page"; continue; }
  help=$("$bin_dir/$program" --help)

  documented=$(page_options)
  listed=$(help_options | cut -d' ' -f1 | sort -u)
  [ -n "$listed" ] || fail "no options found in --help"
  for option in $(comm -23 <(echo "$listed") <(echo "$documented")); do
    fail "--$option is in --help but not in the OPTIONS of $page"
  done
  for option in $(comm -13 <(echo "$listed") <(echo "$documented")); do
    fail "$page documents --$option, which --help does not list"
  done

  while read -r option placeholder; do
    [ -n "$placeholder" ] || continue
    values=$("$bin_dir/$program" --list-values "$option" 2>/dev/null) || continue
    paragraph=$(option_paragraph "$option")
    [ -n "$paragraph" ] || { fail "no paragraph for --$option in $page"; continue; }
    grep -q -- "list-values $option" <<<"$paragraph" && continue  # the page points to the list
    for value in $values; do
      grep -qw -- "$value" <<<"$paragraph" || fail "--$option takes '$value' (--list-values), not in its paragraph of $page"
    done
  done < <(help_options)

  help_codes=$(sed -n '/^Exit codes:/,$p' <<<"$help" | sed -nE 's/^  ([0-9]+)  .*/\1/p' | sort -n | tr '\n' ' ')
  page_codes=$(section "EXIT STATUS" | awk 'tp { print } { tp = ($0 == ".TP") }' | sed -nE 's/^\.B ([0-9]+)$/\1/p' | sort -n | tr '\n' ' ')
  [ -n "$help_codes" ] || fail "--help lists no exit codes"
  [ "$help_codes" = "$page_codes" ] || fail "exit codes: --help gives '$help_codes', EXIT STATUS of $page gives '$page_codes'"

  warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z "$page" 2>&1) || true
  [ -z "$warnings" ] || fail "groff warns: $warnings"
  if command -v lexgrog >/dev/null; then
    lexgrog "$page" >/dev/null || fail "whatis finds no NAME line in $page"
  fi
  [ "$failures" -eq "$failures_before" ] &&
    echo "$program: $(wc -l <<<"$listed") options, their values and exit codes ${help_codes}match $page"
done

[ "$failures" -eq 0 ] || { echo "$failures problems" >&2; exit 1; }

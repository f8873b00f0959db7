# bash completion for morgue-index, morgue-search, morgue-serve and morgue-shard-server.
# Nothing is copied here: the options come from the program's --help, the values of an option with
# a fixed list (--sort, --facet, --format, --lang) from `PROGRAM --list-values OPTION`, and paths
# complete as file names. Installed under each program's name in bash-completion's completions/.

# The long options in PROGRAM's --help, one a line: "sort ORDER" (takes a value) or "json".
_morgue_options() {
    "$1" --help 2>/dev/null | sed -nE 's/^  (-[[:alnum:]], |    )--([[:alnum:]-]+)( ([^ ]+))?( .*)?$/\2 \4/p'
}

_morgue_complete_files() {
    compopt -o filenames 2>/dev/null  # directories get a slash, names are quoted (in a completion only)
    local IFS=$'\n'
    COMPREPLY=($(compgen -f -- "$1"))
}

_morgue() {
    local program=$1 cur=${COMP_WORDS[COMP_CWORD]} option=
    # "--sort=new": bash splits the word at "=", so the option is the word before the "=".
    if [[ $cur == "=" && $COMP_CWORD -ge 1 ]]; then
        option=${COMP_WORDS[COMP_CWORD-1]} cur=
    elif [[ $COMP_CWORD -ge 2 && ${COMP_WORDS[COMP_CWORD-1]} == "=" ]]; then
        option=${COMP_WORDS[COMP_CWORD-2]}
    elif [[ $COMP_CWORD -ge 1 ]]; then
        option=${COMP_WORDS[COMP_CWORD-1]}
    fi
    COMPREPLY=()

    local name placeholder listed
    while read -r name placeholder; do
        [[ -n $placeholder && $option == "--$name" ]] || continue
        if listed=$("$program" --list-values "$name" 2>/dev/null) && [[ -n $listed ]]; then
            COMPREPLY=($(compgen -W "$listed" -- "$cur"))
        elif [[ $placeholder =~ ^(PATH|FILE|DIR|DATABASE)$ ]]; then
            _morgue_complete_files "$cur"
        fi
        return 0
    done < <(_morgue_options "$program")

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_morgue_options "$program" | sed 's/^/--/; s/ .*//')" -- "$cur"))
        return 0
    fi
    case ${program##*/} in
        morgue-index | morgue-shard-server) _morgue_complete_files "$cur" ;;  # files and folders, databases
    esac                                                                      # morgue-search: a query
    return 0
}

complete -F _morgue morgue-index morgue-search morgue-serve morgue-shard-server

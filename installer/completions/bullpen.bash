# SPDX-License-Identifier: MIT
# bash completion for bullpen. The candidates come from bullpen itself
# (`bullpen __complete WORDS...`, app/cli/manual.cpp), read from each command's
# --help, the template in the current folder and the event catalogue, so that
# this file never needs to change when a command does.
_bullpen()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local IFS=$'\n'
    local -a candidates
    candidates=($("${COMP_WORDS[0]}" __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)) || return 0
    local files=0 c quoted
    COMPREPLY=()
    # Each candidate as the shell must read it ($LATEST as \$LATEST), offered
    # where it starts with what was typed (compgen -W would expand it instead).
    for c in "${candidates[@]}"; do
        if [[ $c == :files ]]; then
            files=1
        else
            printf -v quoted '%q' "$c"
            [[ $quoted == "$cur"* ]] && COMPREPLY+=("$quoted")
        fi
    done
    if ((files)); then
        COMPREPLY+=($(compgen -f -- "$cur"))
        compopt -o filenames 2>/dev/null
    fi
    return 0
}
complete -F _bullpen bullpen

#!/bin/bash

__enplan_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__enplan_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__enplan_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__enplan_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_enplan() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __enplan_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    tui|demo|list|show|import|check|audit|report|close|pause|reopen|assign|note|decide|purge|archive|users|session|init|help)
        # Offer subcommand argument completions
        "_enplan_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'tui demo list show import check audit report close pause reopen assign note decide purge archive users session init help' -- "${cur}"))
        ;;
    esac
}

_enplan_tui() {
    repeating_flags=()
    non_repeating_flags=(--read-only --demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --theme)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--theme')
        __enplan_add_completions -W 'default'$'\n''light'$'\n''high-contrast'$'\n''monochrome'
        return
        ;;
    esac
}

_enplan_demo() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --citizens --coordinators --seed)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--citizens')
        return
        ;;
    '--coordinators')
        return
        ;;
    '--seed')
        return
        ;;
    esac
}

_enplan_list() {
    repeating_flags=()
    non_repeating_flags=(--overdue --all --names --reveal-cpr --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --coordinator --format)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--coordinator')
        return
        ;;
    '--format')
        __enplan_add_completions -W 'table'$'\n''csv'$'\n''json'$'\n''excel'$'\n''ics'
        return
        ;;
    esac
}

_enplan_show() {
    repeating_flags=()
    non_repeating_flags=(--reveal-cpr --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --format)
    __enplan_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--format')
        __enplan_add_completions -W 'text'$'\n''md'$'\n''html'$'\n''json'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __enplan_add_completions -W "$(__enplan_custom_complete ---completion show -- positional@0 "${COMP_CWORD}" "$(__enplan_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_enplan_import() {
    repeating_flags=()
    non_repeating_flags=(--strict --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir)
    __enplan_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    esac
}

_enplan_check() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    esac
}

_enplan_audit() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __enplan_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    verify|show|repair|anchor)
        # Offer subcommand argument completions
        "_enplan_audit_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'verify show repair anchor' -- "${cur}"))
        ;;
    esac
}

_enplan_audit_verify() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    esac
}

_enplan_audit_show() {
    repeating_flags=()
    non_repeating_flags=(--for-citizen --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --format)
    __enplan_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--format')
        __enplan_add_completions -W 'table'$'\n''csv'$'\n''json'$'\n''excel'$'\n''md'$'\n''html'
        return
        ;;
    esac
}

_enplan_audit_repair() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    esac
}

_enplan_audit_anchor() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    esac
}

_enplan_report() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __enplan_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    compliance|caseload|deadlines)
        # Offer subcommand argument completions
        "_enplan_report_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'compliance caseload deadlines' -- "${cur}"))
        ;;
    esac
}

_enplan_report_compliance() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --from --to --format --by)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--format')
        __enplan_add_completions -W 'table'$'\n''csv'$'\n''json'$'\n''excel'
        return
        ;;
    '--by')
        __enplan_add_completions -W 'citizen'$'\n''coordinator'$'\n''target-group'
        return
        ;;
    esac
}

_enplan_report_caseload() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --from --to --format)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--format')
        __enplan_add_completions -W 'table'$'\n''csv'$'\n''json'$'\n''excel'
        return
        ;;
    esac
}

_enplan_report_deadlines() {
    repeating_flags=()
    non_repeating_flags=(--names --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --days --format --coordinator)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--days')
        return
        ;;
    '--format')
        __enplan_add_completions -W 'table'$'\n''csv'$'\n''json'$'\n''excel'$'\n''ics'
        return
        ;;
    '--coordinator')
        return
        ;;
    esac
}

_enplan_close() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --reason --date --note)
    __enplan_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--reason')
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    esac
}

_enplan_pause() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --until --date --note)
    __enplan_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--until')
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    esac
}

_enplan_reopen() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --date --note)
    __enplan_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    esac
}

_enplan_assign() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --from --to)
    __enplan_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    esac
}

_enplan_note() {
    repeating_flags=()
    non_repeating_flags=(--in-letter --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --kind --text --who --date)
    __enplan_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--kind')
        return
        ;;
    '--text')
        return
        ;;
    '--who')
        return
        ;;
    '--date')
        return
        ;;
    esac
}

_enplan_decide() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --effort --outcome --reason --date --legal-basis)
    __enplan_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--effort')
        return
        ;;
    '--outcome')
        return
        ;;
    '--reason')
        return
        ;;
    '--date')
        return
        ;;
    '--legal-basis')
        return
        ;;
    esac
}

_enplan_purge() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --yes --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --archive)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--archive')
        __enplan_add_completions -d
        return
        ;;
    esac
}

_enplan_archive() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __enplan_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    verify)
        # Offer subcommand argument completions
        "_enplan_archive_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'verify' -- "${cur}"))
        ;;
    esac
}

_enplan_archive_verify() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir)
    __enplan_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __enplan_add_completions -d
        return
        ;;
    esac
}

_enplan_users() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __enplan_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|list|remove|set-role)
        # Offer subcommand argument completions
        "_enplan_users_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add list remove set-role' -- "${cur}"))
        ;;
    esac
}

_enplan_users_add() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --authorized-keys --role --key --full-name --phone)
    __enplan_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--authorized-keys')
        return
        ;;
    '--role')
        return
        ;;
    '--key')
        return
        ;;
    '--full-name')
        return
        ;;
    '--phone')
        return
        ;;
    esac
}

_enplan_users_list() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --format)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--format')
        __enplan_add_completions -W 'table'$'\n''csv'$'\n''json'$'\n''excel'
        return
        ;;
    esac
}

_enplan_users_remove() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --authorized-keys)
    __enplan_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--authorized-keys')
        return
        ;;
    esac
}

_enplan_users_set-role() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --authorized-keys)
    __enplan_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--authorized-keys')
        return
        ;;
    esac
}

_enplan_session() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir --user --role --key-fingerprint)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    '--user')
        return
        ;;
    '--role')
        return
        ;;
    '--key-fingerprint')
        return
        ;;
    esac
}

_enplan_init() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--data --as --lang --audit-dir)
    __enplan_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __enplan_add_completions -d
        return
        ;;
    '--as')
        return
        ;;
    '--lang')
        __enplan_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--audit-dir')
        __enplan_add_completions -d
        return
        ;;
    esac
}

_enplan_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __enplan_offer_flags_options -1
}

complete -o filenames -F _enplan enplan

function __enplan_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __enplan_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __enplan_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __enplan_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __enplan_parse_tokens -S
    set -l unparsed_tokens (__enplan_tokens -pc)
    switch $unparsed_tokens[1]
    case 'enplan'
        __enplan_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'tui'
            __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'read-only' 'theme=' 'demo' 'version' 'h/help'
        case 'demo'
            __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'citizens=' 'coordinators=' 'seed=' 'force' 'version' 'h/help'
        case 'list'
            __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'coordinator=' 'overdue' 'all' 'format=' 'names' 'reveal-cpr' 'version' 'h/help'
        case 'show'
            __enplan_parse_subcommand 1 'data=' 'as=' 'lang=' 'audit-dir=' 'format=' 'reveal-cpr' 'version' 'h/help'
        case 'import'
            __enplan_parse_subcommand 1 'data=' 'as=' 'lang=' 'audit-dir=' 'strict' 'version' 'h/help'
        case 'check'
            __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'version' 'h/help'
        case 'audit'
            __enplan_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'verify'
                __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'version' 'h/help'
            case 'show'
                __enplan_parse_subcommand 1 'data=' 'as=' 'lang=' 'audit-dir=' 'format=' 'for-citizen' 'version' 'h/help'
            case 'repair'
                __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'version' 'h/help'
            case 'anchor'
                __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'version' 'h/help'
            end
        case 'report'
            __enplan_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'compliance'
                __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'from=' 'to=' 'format=' 'by=' 'version' 'h/help'
            case 'caseload'
                __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'from=' 'to=' 'format=' 'version' 'h/help'
            case 'deadlines'
                __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'days=' 'format=' 'coordinator=' 'names' 'version' 'h/help'
            end
        case 'close'
            __enplan_parse_subcommand 1 'data=' 'as=' 'lang=' 'audit-dir=' 'reason=' 'date=' 'note=' 'version' 'h/help'
        case 'pause'
            __enplan_parse_subcommand 1 'data=' 'as=' 'lang=' 'audit-dir=' 'until=' 'date=' 'note=' 'version' 'h/help'
        case 'reopen'
            __enplan_parse_subcommand 1 'data=' 'as=' 'lang=' 'audit-dir=' 'date=' 'note=' 'version' 'h/help'
        case 'assign'
            __enplan_parse_subcommand -r 1 'data=' 'as=' 'lang=' 'audit-dir=' 'from=' 'to=' 'version' 'h/help'
        case 'note'
            __enplan_parse_subcommand 1 'data=' 'as=' 'lang=' 'audit-dir=' 'kind=' 'text=' 'who=' 'date=' 'in-letter' 'version' 'h/help'
        case 'decide'
            __enplan_parse_subcommand 1 'data=' 'as=' 'lang=' 'audit-dir=' 'effort=' 'outcome=' 'reason=' 'date=' 'legal-basis=' 'version' 'h/help'
        case 'purge'
            __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'dry-run' 'yes' 'archive=' 'version' 'h/help'
        case 'archive'
            __enplan_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'verify'
                __enplan_parse_subcommand 1 'data=' 'as=' 'lang=' 'audit-dir=' 'version' 'h/help'
            end
        case 'users'
            __enplan_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'add'
                __enplan_parse_subcommand 1 'data=' 'as=' 'lang=' 'audit-dir=' 'authorized-keys=' 'role=' 'key=' 'full-name=' 'phone=' 'version' 'h/help'
            case 'list'
                __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'format=' 'version' 'h/help'
            case 'remove'
                __enplan_parse_subcommand 1 'data=' 'as=' 'lang=' 'audit-dir=' 'authorized-keys=' 'version' 'h/help'
            case 'set-role'
                __enplan_parse_subcommand 2 'data=' 'as=' 'lang=' 'audit-dir=' 'authorized-keys=' 'version' 'h/help'
            end
        case 'session'
            __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'user=' 'role=' 'key-fingerprint=' 'version' 'h/help'
        case 'init'
            __enplan_parse_subcommand 0 'data=' 'as=' 'lang=' 'audit-dir=' 'version' 'h/help'
        case 'help'
            __enplan_parse_subcommand -r 1 'version'
        end
    end
end

function __enplan_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __enplan_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __enplan_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __enplan_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__enplan_tokens -p)
    if test -z "$(__enplan_tokens -t)"
        set -l index (count (__enplan_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'enplan' -f
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'tui' -d 'The interactive terminal UI (the default).'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'demo' -d 'Write a realistic demo caseload into the data folder (made-up people).'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'list' -d 'List the caseload: one citizen a row, CPR numbers masked.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'show' -d 'Show one citizen\'s whole plan; \'md\' and \'html\' are the letter for the citizen to read and sign.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'import' -d 'Create citizens from a CSV file, all or nothing.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'check' -d 'Verify every document, the index, the catalogues, the audit chain and the permissions.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'audit' -d 'The audit trail: who viewed and changed which plan, when.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'report' -d 'Reports for supervisors.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'close' -d 'Close a citizen\'s case, with a reason; its history stays.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'pause' -d 'Pause a citizen\'s case: no follow-ups or meetings are due while it rests.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'reopen' -d 'Make a paused or closed case active again.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'assign' -d 'Hand citizens, or a coordinator\'s whole active caseload, to another coordinator.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'note' -d 'Write a case note: what was learnt by phone, e-mail, in conversation or from a partner.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'decide' -d 'Record a decision (afgørelse) on an effort: granted, refused, changed or stopped, with reasons.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'purge' -d 'Delete cases closed longer ago than the retention setting, and audit months past theirs.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'archive' -d 'Check the archive packages purge wrote before deleting.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'users' -d 'The team: who may come in over ssh, with which key and role.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'session' -d 'The interactive screen for a team member who came in over ssh (forced by authorized_keys).'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'init' -d 'Make the data ready: a database gets enplan\'s schema or its upgrade; a folder is created.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan tui" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan tui" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan tui" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan tui" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan tui" read-only' -l 'read-only' -d 'Browse every caseload without being able to change anything.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan tui" theme' -l 'theme' -d 'Colour theme: default, light, high-contrast, monochrome, or a path to a .toml file.' -rfka 'default light high-contrast monochrome'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan tui" demo' -l 'demo' -d 'Open on a fresh demo caseload in a temporary folder.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan tui" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan tui" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan demo" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan demo" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan demo" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan demo" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan demo" citizens' -l 'citizens' -d 'How many citizens (1 to 1000000).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan demo" coordinators' -l 'coordinators' -d 'How many coordinators (1 to 100).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan demo" seed' -l 'seed' -d 'The same seed (and day) gives the same caseload.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan demo" force' -l 'force' -d 'Replace an earlier demo folder.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan demo" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan demo" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan list" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan list" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan list" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan list" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan list" coordinator' -l 'coordinator' -d 'Only this coordinator\'s citizens.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan list" overdue' -l 'overdue' -d 'Only citizens whose follow-up is overdue.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan list" all' -l 'all' -d 'Closed cases too (left out by default).'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan list" format' -l 'format' -d 'Output format: table, csv, json (csv and json are stable for scripts), excel (a spreadsheet for people, in the language of --lang, with phone, e-mail and address, that \'enplan import\' reads back) or ics (the next follow-ups as a calendar for Outlook: initials only, no CPR number, no health data).' -rfka 'table csv json excel ics'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan list" names' -l 'names' -d 'With --format ics: the citizens\' names in the calendar instead of their initials.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan list" reveal-cpr' -l 'reveal-cpr' -d 'With --format excel: the full CPR numbers, so an import elsewhere carries them (each is recorded in the audit trail). Without it the spreadsheet holds them masked, and an import leaves them out.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan list" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan show" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan show" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan show" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan show" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan show" -eq 1' -fka '(__enplan_custom_completion ---completion show -- positional@0 (count (__enplan_tokens -pc)) (__enplan_tokens -tC))'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan show" format' -l 'format' -d 'text, md or html (the letter for the citizen), or json.' -rfka 'text md html json'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan show" reveal-cpr' -l 'reveal-cpr' -d 'Show the full CPR number (recorded in the audit trail).'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan show" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan import" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan import" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan import" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan import" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan import" strict' -l 'strict' -d 'Refuse a file with a column the import does not read, instead of leaving the column out.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan import" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan check" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan check" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan check" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan check" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan check" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan audit" -eq 1' -fa 'verify' -d 'Verify the keyed chain and that every plan revision on disk was audited.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan audit" -eq 1' -fa 'show' -d 'Print who changed and who viewed that citizen, when.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan audit" -eq 1' -fa 'repair' -d 'Move a damaged tail of the audit trail aside (kept as evidence) so work can go on.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan audit" -eq 1' -fa 'anchor' -d 'Keep the head of a database\'s audit chain outside it, keyed by this account (sessions do it on exit).'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit verify" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit verify" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit verify" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit verify" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit verify" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit show" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit show" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit show" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit show" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit show" format' -l 'format' -d 'table, csv, json or excel; with --for-citizen, md (the default) or html.' -rfka 'table csv json excel md html'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit show" for-citizen' -l 'for-citizen' -d 'A letter to the citizen about who looked at their case.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit show" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit repair" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit repair" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit repair" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit repair" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit repair" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit repair" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit anchor" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit anchor" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit anchor" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit anchor" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit anchor" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan audit anchor" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan report" -eq 1' -fa 'compliance' -d 'Meetings held per citizen against what ordinary rules would require, per coordinator or target group.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan report" -eq 1' -fa 'caseload' -d 'One row per coordinator: active, overdue, due this week, measurements due, without consent, mentor periods ending, compliance.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan report" -eq 1' -fa 'deadlines' -d 'Every deadline in the caseload, overdue first: follow-ups, contact course meetings, mentor periods, measurements.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report compliance" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report compliance" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report compliance" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report compliance" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report compliance" from' -l 'from' -d 'First day (22.11.2026 or 2026-11-22); default one year before --to.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report compliance" to' -l 'to' -d 'Last day (22.11.2026 or 2026-11-22); default today.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report compliance" format' -l 'format' -d 'Output format: table, csv, json or excel.' -rfka 'table csv json excel'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report compliance" by' -l 'by' -d 'citizen (each citizen\'s rule, window and met, missed or pending), or totals per coordinator or target-group.' -rfka 'citizen coordinator target-group'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report compliance" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report compliance" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report caseload" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report caseload" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report caseload" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report caseload" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report caseload" from' -l 'from' -d 'First day (22.11.2026 or 2026-11-22); default one year before --to.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report caseload" to' -l 'to' -d 'Last day (22.11.2026 or 2026-11-22); default today.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report caseload" format' -l 'format' -d 'Output format: table, csv, json or excel.' -rfka 'table csv json excel'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report caseload" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report caseload" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report deadlines" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report deadlines" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report deadlines" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report deadlines" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report deadlines" days' -l 'days' -d 'How many days ahead (overdue deadlines are always listed).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report deadlines" format' -l 'format' -d 'Output format: table, csv, json, excel or ics (a calendar: initials only, no rule text).' -rfka 'table csv json excel ics'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report deadlines" coordinator' -l 'coordinator' -d 'Only this coordinator\'s citizens.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report deadlines" names' -l 'names' -d 'With --format ics: the citizens\' names instead of their initials.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report deadlines" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan report deadlines" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan close" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan close" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan close" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan close" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan close" reason' -l 'reason' -d 'Why: job, education, moved, other-municipality, deceased or other.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan close" date' -l 'date' -d 'The day it was closed (22.11.2026 or 2026-11-22); default today.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan close" note' -l 'note' -d 'A note for the record.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan close" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan close" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan pause" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan pause" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan pause" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan pause" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan pause" until' -l 'until' -d 'The day it is expected to resume (22.11.2026 or 2026-11-22).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan pause" date' -l 'date' -d 'The day it was paused (22.11.2026 or 2026-11-22); default today.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan pause" note' -l 'note' -d 'Why (for the record).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan pause" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan pause" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan reopen" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan reopen" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan reopen" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan reopen" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan reopen" date' -l 'date' -d 'The day (22.11.2026 or 2026-11-22); default today.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan reopen" note' -l 'note' -d 'A note for the record.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan reopen" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan reopen" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan assign" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan assign" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan assign" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan assign" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan assign" from' -l 'from' -d 'Hand over this coordinator\'s whole active and paused caseload.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan assign" to' -l 'to' -d 'The coordinator who takes over.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan assign" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan assign" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan note" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan note" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan note" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan note" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan note" kind' -l 'kind' -d 'How it came: phone, email, conversation, partner or other.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan note" text' -l 'text' -d 'The note; \'-\' reads it from standard input.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan note" who' -l 'who' -d 'From or with whom ("the citizen\'s mother", "GP").' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan note" date' -l 'date' -d 'The day it happened (22.11.2026 or 2026-11-22); default today.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan note" in-letter' -l 'in-letter' -d 'Show the note in the letter to the citizen.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan note" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan note" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan decide" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan decide" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan decide" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan decide" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan decide" effort' -l 'effort' -d 'The effort: its id (as \'show --format json\' gives it) or its title.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan decide" outcome' -l 'outcome' -d 'granted, refused, changed or stopped.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan decide" reason' -l 'reason' -d 'Why, in words the citizen can follow; \'-\' reads them from standard input.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan decide" date' -l 'date' -d 'The day of the decision (22.11.2026 or 2026-11-22); default today.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan decide" legal-basis' -l 'legal-basis' -d 'The reference in the legal basis catalogue ("LAB § 91"); default the effort\'s.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan decide" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan decide" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan purge" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan purge" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan purge" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan purge" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan purge" dry-run' -l 'dry-run' -d 'Only list what would be deleted.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan purge" yes' -l 'yes' -d 'Do not ask before deleting.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan purge" archive' -l 'archive' -d 'Archive each case into this folder before deleting it (instead of archive_dir; a database needs it).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan purge" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan purge" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan archive" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan archive" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan archive" -eq 1' -fa 'verify' -d 'Check a package (or a folder of packages): every file is there, none was added, and each matches its SHA-256.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan archive verify" -eq 1' -fa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan archive verify" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan archive verify" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan archive verify" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan archive verify" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan archive verify" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan archive verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan users" -eq 1' -fa 'add' -d 'Add a person with their public key.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan users" -eq 1' -fa 'list' -d 'List the team.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan users" -eq 1' -fa 'remove' -d 'Remove a person: their key no longer gets in.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_positional "enplan users" -eq 1' -fa 'set-role' -d 'Change a person\'s role.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users add" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users add" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users add" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users add" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users add" authorized-keys' -l 'authorized-keys' -d 'The service account\'s authorized_keys file (default ~/.ssh/authorized_keys).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users add" role' -l 'role' -d 'coordinator or supervisor.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users add" key' -l 'key' -d 'Their public key file.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users add" full-name' -l 'full-name' -d 'The name a citizen sees on the printed plan.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users add" phone' -l 'phone' -d 'The number a citizen can call.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users add" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users list" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users list" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users list" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users list" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users list" format' -l 'format' -d 'Output format: table, csv, json or excel.' -rfka 'table csv json excel'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users list" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users remove" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users remove" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users remove" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users remove" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users remove" authorized-keys' -l 'authorized-keys' -d 'The service account\'s authorized_keys file (default ~/.ssh/authorized_keys).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users remove" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users set-role" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users set-role" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users set-role" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users set-role" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users set-role" authorized-keys' -l 'authorized-keys' -d 'The service account\'s authorized_keys file (default ~/.ssh/authorized_keys).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users set-role" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan users set-role" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan session" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan session" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan session" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan session" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan session" user' -l 'user' -d 'The team member\'s login, as in users.json.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan session" role' -l 'role' -d 'coordinator or supervisor.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan session" key-fingerprint' -l 'key-fingerprint' -d 'The fingerprint of the key the person came in with.' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan session" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan session" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan init" data' -l 'data' -d 'The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan init" as' -l 'as' -d 'Act as this user instead of the OS user (only in folders that allow it: demo and tests).' -rfka ''
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan init" lang' -l 'lang' -d 'Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).' -rfka 'da en'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan init" audit-dir' -l 'audit-dir' -d 'Write the audit trail here instead of the data folder (to browse a read-only copy).' -rfa '(__enplan_complete_directories)'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan init" version' -l 'version' -d 'Show the version.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'enplan' -n '__enplan_should_offer_completions_for_flags_or_options "enplan help" version' -l 'version' -d 'Show the version.'

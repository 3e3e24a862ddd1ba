#ifndef ENPLAN_CRASH_GUARD_H
#define ENPLAN_CRASH_GUARD_H

// What happens when enplan traps (a bug, or data that slipped past every check): the terminal is
// given back as it was and the process ends by the signal, as the default action would. Nothing is
// handed to the Swift runtime's interactive backtracer, which takes over a terminal ("Press space to
// interact") and can read process memory, which holds the data folder's key.

// Takes over the fatal signals; `note` (copied; may be NULL) is written to standard error before the
// process ends. The terminal modes of standard input as they are now (before a full-screen program
// changes them) are put back first.
void enplan_crash_guard_install(const char *note);

// The terminal's own sequences that leave full-screen mode, show the cursor and reset colours, written
// to standard output on a crash (copied; NULL forgets them, as when the terminal was given back).
void enplan_crash_guard_set_restore(const char *restore);

#endif

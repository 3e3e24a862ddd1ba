#ifndef ENPLAN_CSPAWN_H
#define ENPLAN_CSPAWN_H
#include <spawn.h>

/// Closes every descriptor from `fd` up in the spawned child (glibc's addclosefrom_np, which needs
/// _GNU_SOURCE and so is invisible to Swift).
int enplan_spawn_close_from(posix_spawn_file_actions_t *actions, int fd);

/// No signal blocked and every signal at its default in the spawned child. A test thread blocks
/// signals, a spawned child inherits that mask, and a program in a tmux pane that blocks SIGHUP and
/// SIGTERM outlives kill-server and the test run.
int enplan_spawnattr_default_signals(posix_spawnattr_t *attr);

/// glibc's wcwidth in the C.UTF-8 locale (what ncursesw and tmux use) of `count` code points from
/// `first`, into `out`, without changing the process's locale; -1 when that locale is missing.
int enplan_glibc_wcwidths(unsigned int first, unsigned int count, int *out);

#endif

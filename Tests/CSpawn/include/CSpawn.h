#ifndef ENPLAN_CSPAWN_H
#define ENPLAN_CSPAWN_H
#include <spawn.h>

/// Closes every descriptor from `fd` up in the spawned child (glibc's addclosefrom_np, which needs
/// _GNU_SOURCE and so is invisible to Swift).
int enplan_spawn_close_from(posix_spawn_file_actions_t *actions, int fd);

#endif

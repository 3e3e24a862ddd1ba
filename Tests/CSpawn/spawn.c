#define _GNU_SOURCE
#include <spawn.h>
#include "CSpawn.h"

int enplan_spawn_close_from(posix_spawn_file_actions_t *actions, int fd) {
    return posix_spawn_file_actions_addclosefrom_np(actions, fd);
}

#include <signal.h>

int enplan_spawnattr_default_signals(posix_spawnattr_t *attr) {
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    if (posix_spawnattr_setsigmask(attr, &none) != 0) return -1;
    if (posix_spawnattr_setsigdefault(attr, &all) != 0) return -1;
    return posix_spawnattr_setflags(attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
}

#include <locale.h>
#include <wchar.h>

int enplan_glibc_wcwidths(unsigned int first, unsigned int count, int *out) {
    locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (utf8 == (locale_t)0) return -1;
    locale_t old = uselocale(utf8);
    for (unsigned int i = 0; i < count; i++) out[i] = wcwidth((wchar_t)(first + i));
    uselocale(old);
    freelocale(utf8);
    return 0;
}

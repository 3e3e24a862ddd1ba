#include "crash_guard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// A signal handler can reach nothing but static storage, and may call only async-signal-safe
// functions (tcsetattr, write, signal, raise): everything it needs is copied here beforehand.
static struct termios saved_modes;
static volatile sig_atomic_t have_modes;
static char restore_bytes[512];
static volatile sig_atomic_t restore_length;
static char note_bytes[512];
static volatile sig_atomic_t note_length;
static char alternate_stack[65536];

static const int fatal_signals[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE };

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t n = write(fd, bytes, length);
        if (n <= 0) return;
        bytes += n;
        length -= (size_t)n;
    }
}

static void on_fatal_signal(int signal_number) {
    if (have_modes) tcsetattr(0, TCSANOW, &saved_modes);
    if (restore_length > 0) write_all(1, restore_bytes, (size_t)restore_length);
    if (note_length > 0) write_all(2, note_bytes, (size_t)note_length);
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static sig_atomic_t copy(char *to, size_t capacity, const char *from) {
    if (from == NULL) return 0;
    size_t length = strlen(from);
    if (length >= capacity) length = capacity - 1;
    memcpy(to, from, length);
    return (sig_atomic_t)length;
}

void enplan_crash_guard_install(const char *note) {
    note_length = 0;
    note_length = copy(note_bytes, sizeof note_bytes, note);
    have_modes = isatty(0) && tcgetattr(0, &saved_modes) == 0;

    // A stack overflow must still reach the handler.
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    sigaltstack(&stack, NULL);

    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_fatal_signal;
    action.sa_flags = SA_ONSTACK | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++) {
        sigaction(fatal_signals[i], &action, NULL);
    }
}

void enplan_crash_guard_set_restore(const char *restore) {
    restore_length = 0;
    restore_length = copy(restore_bytes, sizeof restore_bytes, restore);
    if (restore == NULL) have_modes = 0;
}

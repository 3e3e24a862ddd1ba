#ifndef ENPLAN_CNCURSESW_SHIM_H
#define ENPLAN_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags: without these the wide-character API is silently hidden.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <string.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

// Swift cannot use C globals as shared mutable state, and macros do not import: wrap each one.
static inline WINDOW *enplan_stdscr(void) { return stdscr; }
// A terminal that cannot move the cursor (TERM=dumb) would get every row drawn onto one line.
static inline int enplan_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
// A terminfo string capability, or NULL when the terminal has none.
static inline const char *enplan_terminfo_string(const char *name) {
    char *value = tigetstr(name);
    return value == (char *)-1 ? NULL : value;
}
static inline int enplan_lines(void) { return LINES; }
static inline int enplan_cols(void) { return COLS; }
static inline int enplan_colors(void) { return COLORS; }
static inline int enplan_color_pairs(void) { return COLOR_PAIRS; }
static inline int enplan_err(void) { return ERR; }
static inline int enplan_ok(void) { return OK; }
static inline int enplan_key_code_yes(void) { return KEY_CODE_YES; }

static inline unsigned int enplan_a_normal(void) { return A_NORMAL; }
static inline unsigned int enplan_a_bold(void) { return A_BOLD; }
static inline unsigned int enplan_a_reverse(void) { return A_REVERSE; }
static inline unsigned int enplan_a_underline(void) { return A_UNDERLINE; }
static inline unsigned int enplan_a_dim(void) { return A_DIM; }

static inline int enplan_key_up(void) { return KEY_UP; }
static inline int enplan_key_down(void) { return KEY_DOWN; }
static inline int enplan_key_left(void) { return KEY_LEFT; }
static inline int enplan_key_right(void) { return KEY_RIGHT; }
static inline int enplan_key_home(void) { return KEY_HOME; }
static inline int enplan_key_end(void) { return KEY_END; }
static inline int enplan_key_npage(void) { return KEY_NPAGE; }
static inline int enplan_key_ppage(void) { return KEY_PPAGE; }
static inline int enplan_key_backspace(void) { return KEY_BACKSPACE; }
static inline int enplan_key_dc(void) { return KEY_DC; }
static inline int enplan_key_enter(void) { return KEY_ENTER; }
static inline int enplan_key_btab(void) { return KEY_BTAB; }
static inline int enplan_key_resize(void) { return KEY_RESIZE; }
static inline int enplan_key_f(int n) { return KEY_F(n); }

/// Is the current locale's codeset UTF-8?
static inline int enplan_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// Draws one cell: a spacing character plus its combining marks, with attributes and a colour pair.
static inline int enplan_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) {
        return ERR;
    }
    return mvwadd_wch(win, y, x, &cell);
}

/// Draws a run of wide characters with attributes: for text that setcchar cannot hold in one cell.
static inline int enplan_put_text(WINDOW *win, int y, int x, const wchar_t *text, int n, attr_t attrs, short pair) {
    wattr_set(win, attrs, pair, NULL);
    int rc = mvwaddnwstr(win, y, x, text, n);
    wattr_set(win, A_NORMAL, 0, NULL);
    return rc;
}

/// The window size the OS reports for the terminal, or 0 when it cannot say.
static inline int enplan_window_size(int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) {
        return 0;
    }
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 1;
}

static inline int enplan_get_wch(WINDOW *win, wint_t *out) { return wget_wch(win, out); }

#endif

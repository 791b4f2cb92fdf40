/* The staff exit: how staff leave kiosk mode without a shell.  Staff press a key
 * sequence (staff_exit=, default F12 F12), then type the code (staff_code=) and
 * Enter.  A wrong code does nothing visible; after STAFF_MAX_TRIES wrong codes the
 * sequence is ignored for STAFF_LOCKOUT_MS.  Without a configured code there is no
 * keyboard exit at all (only SIGTERM/SIGHUP from the supervisor).
 *
 * Curses-free: the UI loop translates each key into a staff_key and feeds it with
 * the time (a monotonic clock in milliseconds), then obeys the verdict. */
#ifndef VE_STAFF_H
#define VE_STAFF_H

#include <stdbool.h>
#include <stddef.h>

/* A key as the staff exit sees it: a character (its Unicode code point, > 0), or
 * one of the negative codes below. */
typedef long staff_key;

#define STAFF_KEY_FN(n) (-(long)(n)) /* function key Fn, n = 1..12 */
enum {
    STAFF_KEY_ENTER = '\n',          /* '\r' is taken as Enter as well */
    STAFF_KEY_BACKSPACE = -100,
    STAFF_KEY_OTHER = -101,          /* any other key, a mouse click or touch */
    STAFF_KEY_NONE = -102,           /* not input (a resize, a timer tick): changes nothing */
};

enum {
    STAFF_SEQ_MAX = 8,               /* keys in a sequence */
    STAFF_CODE_MIN = 4,              /* digits in a code */
    STAFF_CODE_MAX = 12,
    STAFF_MAX_TRIES = 5,             /* wrong codes before the lockout */
};
#define STAFF_ENTRY_MS 15000L        /* the code must follow within this time of the last key */
#define STAFF_LOCKOUT_MS 300000L     /* 5 minutes */

/* What the configuration says; filled by kiosk_config (src/kiosk/config.h). */
typedef struct staff_spec {
    staff_key seq[STAFF_SEQ_MAX];
    size_t nseq;                     /* 0: the default, F12 F12 */
    char code[STAFF_CODE_MAX + 1];   /* "" : staff exit disabled */
} staff_spec;

typedef enum {
    STAFF_PASS,    /* not for us: the UI handles the key as usual (kiosk rules apply) */
    STAFF_SWALLOW, /* part of a staff exit in progress: the UI must ignore the key */
    STAFF_EXIT,    /* the right code: leave the program (exit status KIOSK_EXIT_STAFF) */
} staff_verdict;

/* The exit status after a staff exit, so that a supervisor does not restart the
 * program (the systemd unit's RestartPreventExitStatus). */
enum { KIOSK_EXIT_STAFF = 10 };

typedef struct staff_exit {
    staff_spec spec;
    size_t matched;                  /* keys of the sequence matched so far */
    bool entering;                   /* the sequence is complete; reading the code */
    char typed[STAFF_CODE_MAX + 1];
    size_t ntyped;
    bool overflow;                   /* more digits than any code has: wrong */
    long last_ms;                    /* time of the last key that moved the state */
    int wrong;                       /* wrong codes since the last lockout */
    long locked_until;               /* no staff exit before this time; 0: not locked */
    bool locked;
} staff_exit;

void staff_exit_init(staff_exit *s, const staff_spec *spec);

/* Feeds one key pressed at now_ms. */
staff_verdict staff_exit_feed(staff_exit *s, staff_key k, long now_ms);

/* Forgets a half-typed sequence or code (the idle reset calls it); the count of
 * wrong codes and the lockout stay. */
void staff_exit_reset(staff_exit *s);

/* Whether a staff exit is possible at all (a code is configured). */
bool staff_exit_enabled(const staff_exit *s);

/* Parses a key name: "F1".."F12" (any case) or one printable ASCII character other
 * than a space.  Returns false for anything else. */
bool staff_key_parse(const char *name, staff_key *out);

#endif

#include "ui/action.h"

#include <stddef.h>

#include "core/i18n.h"

#define ACTION_LABEL_(id, label, help) label,
#define ACTION_HELP_(id, label, help) help,
#define ACTION_NAME_(id, label, help) #id,
static const char *const labels[] = { ACTION_LIST(ACTION_LABEL_) };
static const char *const helps[] = { ACTION_LIST(ACTION_HELP_) };
static const char *const names[] = { ACTION_LIST(ACTION_NAME_) };

const char *action_label(action a) { return a < ACT_COUNT ? labels[a] : NULL; }
const char *action_help(action a) { return a < ACT_COUNT ? helps[a] : NULL; }
const char *action_name(action a) { return a < ACT_COUNT ? names[a] : "?"; }

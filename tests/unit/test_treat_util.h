/* Shared set-up for the treatment tests: loading a store, and building situations. */
#ifndef VE_TEST_TREAT_UTIL_H
#define VE_TEST_TREAT_UTIL_H

#include "test_util.h"

#include "content/load.h"
#include "content/treatment.h"
#include "treat/rules.h"
#include "treat/situation.h"

/* A situation in one expression: SIT(type, activity, sites, age, pregnant, priorities);
 * SIT_INIT is the same for static tables. */
#define SIT_INIT(t_, act_, sites_, age_, preg_, prio_)                                             \
    { .type = (t_), .activity = (act_), .sites = (sites_), .age = (age_), .pregnant = (preg_), .priorities = (prio_) }
#define SIT(t_, act_, sites_, age_, preg_, prio_) ((situation)SIT_INIT(t_, act_, sites_, age_, preg_, prio_))

static inline size_t option_index(const store *st, const char *id)
{
    long i = store_find_treatment(st, id);
    if (i < 0)
        fail_msg("no treatment option \"%s\"", id);
    return (size_t)i;
}

#endif

/* The fixture store and a fresh app on it, for the state-machine tests. */
#ifndef VE_TEST_APP_FIXTURE_H
#define VE_TEST_APP_FIXTURE_H

#include "test_util.h"

#include "content/load.h"
#include "core/i18n.h"
#include "ui/app.h"
#include "ui/view.h"

static store st;

static int load_store(void **state)
{
    (void)state;
    test_locale();
    char err[256];
    /* as main and the explorer's loop do: zh-Hans is derived by the store's owner */
    return load_fixture_store(&st) && store_derive_all(&st, err, sizeof err) ? 0 : -1;
}

static int free_store(void **state)
{
    (void)state;
    store_free(&st);
    return 0;
}

static inline void start(app *a, bool kiosk, int rows, int cols)
{
    app_settings set = app_default_settings();
    set.kiosk = kiosk;
    app_init(a, &st, &set, rows, cols);
}

static inline unsigned act(app *a, action what) { return app_apply(a, what, &(action_arg){ 0 }); }
static inline unsigned act_n(app *a, action what, long n) { return app_apply(a, what, &(action_arg){ .n = n }); }

static inline unsigned resize(app *a, int rows, int cols)
{
    return app_apply(a, ACT_RESIZE, &(action_arg){ .rows = rows, .cols = cols });
}

static inline unsigned type(app *a, const char *text)
{
    return app_apply(a, ACT_EDIT_INSERT, &(action_arg){ .text = text });
}

static inline long topic_id(const char *id) { return store_find_topic(&st, id); }

#endif

/* The treatment comparison's part of a session: the person's answers, the question
 * on screen and the options they picked.  It lives in the session, so the kiosk's
 * idle reset wipes it with everything else.  Never includes curses. */
#ifndef VE_TX_STATE_H
#define VE_TX_STATE_H

#include "treat/grid.h"
#include "treat/situation.h"

enum { TX_STEPS = 6 }; /* type, activity, where, age, pregnancy, what matters most */
enum { TX_STEP_PREGNANT = 4 };

typedef struct tx_session {
    situation sit;
    int picks[GRID_MAX_OPTIONS];   /* option indices (store.treatments), in the order picked */
    int npicks;
    bool by_hand;                  /* the person changed the picks; do not pick for them again */
    situation picked_for;          /* the answers the picks were last checked against */
} tx_session;

#endif

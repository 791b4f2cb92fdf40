/* Libraries loaded the first time the program calls them (lib_on_demand.c): cJSON,
 * liblz4, utf8proc and libunistring are called by their own names, as if linked;
 * libm's log (the search index's weights, when it is built) is called as lib_log.
 * Never includes curses. */
#ifndef VE_LIB_ON_DEMAND_H
#define VE_LIB_ON_DEMAND_H

/* log(x) from libm, loaded on the first call. */
double lib_log(double x);

#endif

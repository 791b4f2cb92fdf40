/* Draws one frame from the state: bars, the current view, the idle warning; then
 * places the hardware cursor and calls doupdate() once. */
#ifndef VE_RENDER_H
#define VE_RENDER_H

#include "ui/app.h"
#include "ui/draw.h"

/* Draws a; c keeps the clickable regions of what was drawn. */
void render_frame(const app *a, canvas *c);

#endif

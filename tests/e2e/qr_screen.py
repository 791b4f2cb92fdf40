"""Turns a captured screen into a picture and reads the QR codes in it with zbarimg
(Debian zbar-tools): the test of the take-home codes a phone would read.

Each cell becomes two modules, one above the other, from its half-block character
and its colours as a terminal shows them: the emulator's foreground and background
(swapped by reverse video), with "default" taken as a dark terminal's light text on
a dark background, the most common set-up and the one where a wrongly drawn code
would come out inverted."""
import shutil
import subprocess
import tempfile

UPPER, LOWER, FULL = "\u2580", "\u2584", "\u2588"
LIGHT = {"white", "brightwhite", "ffffff", "e5e5e5", "c0c0c0"}


def _light(colour, foreground):
    if colour == "default":
        return foreground
    if colour in LIGHT:
        return True
    if len(colour) == 6:
        try:
            r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
            return (r * 299 + g * 587 + b * 114) / 1000 > 128
        except ValueError:
            pass
    return False


def picture(screen, scale=4):
    """The screen as a binary PGM: each cell `scale` pixels wide and 2 x `scale` tall."""
    rows, cols = screen.lines, screen.columns
    w, h = cols * scale, rows * 2 * scale
    px = bytearray(w * h)
    for y in range(rows):
        line = screen.buffer[y]
        for x in range(cols):
            c = line[x]
            fg, bg = _light(c.fg, True), _light(c.bg, False)
            if c.reverse:
                fg, bg = bg, fg
            top = fg if c.data in (FULL, UPPER) else bg
            bottom = fg if c.data in (FULL, LOWER) else bg
            for half, lit in ((0, top), (1, bottom)):
                value = bytes([255 if lit else 0]) * scale
                for dy in range(scale):
                    r = (y * 2 + half) * scale + dy
                    px[r * w + x * scale:r * w + (x + 1) * scale] = value
    return b"P5\n%d %d\n255\n" % (w, h) + bytes(px)


def have_zbarimg():
    return shutil.which("zbarimg") is not None


def read_codes(screen):
    """The bytes of every QR code zbarimg finds on the screen (a list)."""
    with tempfile.NamedTemporaryFile(suffix=".pgm") as f:
        f.write(picture(screen))
        f.flush()
        r = subprocess.run(["zbarimg", "--raw", "-Sbinary", "-q", f.name], capture_output=True, timeout=30)
    if r.returncode != 0 or not r.stdout:
        return []
    return [r.stdout]

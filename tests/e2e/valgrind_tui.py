"""Runs scripted explorer sessions under valgrind memcheck in a pseudo-terminal
(called by `make check-valgrind`): a reader who browses, searches in two languages,
switches language, resizes the window and quits; and a kiosk visit that the idle
reset wipes, ended by SIGTERM as systemd would.  Exits non-zero when valgrind reports
an error or a leak."""
import os
import signal
import sys
import time

import pexpect

from ve_tui import FIXTURE_STORE, KEYS, tui_env

VALGRIND = ["valgrind", "-q", "--error-exitcode=9", "--leak-check=full",
            "--show-leak-kinds=definite,indirect,possible", "--errors-for-leak-kinds=definite,indirect,possible"]


def session(binary, args, steps, end):
    child = pexpect.spawn(VALGRIND[0], VALGRIND[1:] + [binary, "--content", str(FIXTURE_STORE), *args],
                          env=tui_env(), dimensions=(24, 80), timeout=120)
    log = []

    def drain(wait):
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                log.append(child.read_nonblocking(65536, timeout=0.2))
            except pexpect.TIMEOUT:
                pass
            except pexpect.EOF:
                return

    drain(4)  # valgrind starts slowly
    for step in steps:
        if isinstance(step, tuple):
            child.setwinsize(*step)
        elif isinstance(step, float):
            drain(step)
            continue
        else:
            child.send(KEYS.get(step, step))
        drain(0.4)
    end(child)
    deadline = time.monotonic() + 60
    while child.isalive() and time.monotonic() < deadline:
        drain(0.5)
    drain(0.5)
    child.close()
    out = b"".join(log).decode("utf-8", "replace")
    return child.exitstatus, child.signalstatus, out


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "vitiligo-explorer")
    reader = ["enter", "down", "down", "pgdn", "tab", "enter", "esc", "/", *"light", "enter", "n", "esc",
              "l", "/", *"白斑", "down", "enter", "esc", "l", "s", (12, 40), (60, 200), (5, 20), (24, 80),
              "t", "enter", "down", "enter", "esc", "?", "esc", "h"]
    # compare two options, then take the sheet home: QR codes, the next one, save, a resize
    take_home = ["t", "1", "2", "1", "6", "3", "3", "6", "1", "2", "d", "p", "right", "s", (60, 200), "right",
                 (24, 80), "esc", "esc"]
    reader += take_home
    kiosk = [" ", "enter", "/", *"koebner", "enter", "l", *take_home[:14], 14.0, 35.0, " "]
    ok = True
    for name, args, steps, end in [
        ("reader", [], reader, lambda c: c.send("q")),
        ("kiosk", ["--kiosk", "--idle", "10", "--config", "/dev/null"], kiosk,
         lambda c: os.kill(c.pid, signal.SIGTERM)),
    ]:
        status, sig, out = session(binary, args, steps, end)
        # under valgrind the program's pid is valgrind's: SIGTERM reaches the program
        good = status in (0,) and sig is None
        print(f"valgrind {name} session: exit status {status}, signal {sig}: {'clean' if good else 'FAILED'}")
        if not good:
            print(out[-4000:])
            ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

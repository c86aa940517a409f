"""Ctrl-C and ``kill`` during a run from ``qgis_process``: Processing's cancel, not an ignored
signal. While an algorithm runs in the main thread, SIGINT and SIGTERM cancel its feedback — the
algorithm stops at its next check, cleans up and says so (« Annulé »; a project run leaves its
ABS_INCOMPLETE.txt); a second signal stops at once. The handlers in place before are restored."""

import contextlib
import signal
import threading

from ...i18n import tr

SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM") if hasattr(signal, name))
_active = threading.local()


@contextlib.contextmanager
def cancel_on_signals(feedback):
    """Within the block, SIGINT/SIGTERM cancel ``feedback`` (only in the main thread, where Python
    receives signals, and only for the outermost algorithm: a project's steps share its feedback)."""
    if feedback is None or threading.current_thread() is not threading.main_thread() or getattr(_active, "on", False):
        yield
        return
    received = []

    def cancel(number, _frame):
        received.append(number)
        if len(received) > 1:
            raise KeyboardInterrupt  # a second Ctrl-C: stop now
        feedback.reportError(tr("Interruption requested (signal {}): the run stops at its next step").format(number))
        feedback.cancel()

    previous = {}
    try:
        for number in SIGNALS:
            previous[number] = signal.signal(number, cancel)
    except (ValueError, OSError):  # not the main interpreter's thread after all
        for number, handler in previous.items():
            signal.signal(number, handler)
        yield
        return
    _active.on = True
    try:
        yield
    finally:
        _active.on = False
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)

"""Fills the store until the disk refuses a write (child process for test_full_disk).

The file-size limit (RLIMIT_FSIZE) makes the kernel refuse writes past a size, as a full
disk does, without needing a small filesystem. Prints the message the participant would see.
"""

import resource
import signal
import sys

from toolkit.errors import StoreError
from toolkit.store import Store

store = Store(sys.argv[1])
store.save("h-r1", "written before the disk filled", section="h", kind="reflection")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get an error back instead of being killed
resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))
try:
    for n in range(10_000):
        store.save(f"h-r{n + 2}", "a long reflection " * 400, section="h", kind="reflection")
except StoreError as exc:
    print(exc)
    sys.exit(0)
print("the disk never filled")
sys.exit(1)

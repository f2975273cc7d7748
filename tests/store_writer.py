"""A stand-in for a kernel saving answers, for the durability tests (run as a child process).

Usage: python store_writer.py HOME TAG COUNT
Prints each item id only after Store.save returned, i.e. after it was acknowledged as saved.
"""

import sys

from toolkit.store import Store

home, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = Store(home)
print("ready", flush=True)
for n in range(count):
    item = f"{tag}-{n}"
    store.save(item, n, section="h", kind="checklist")
    print(item, flush=True)

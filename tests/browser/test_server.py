"""The server `make lab` starts gives kernels private Unix sockets, not loopback TCP ports.

With TCP, any local user can subscribe to another user's kernel and read its outputs
(notes/jupyterhub.md); with ipc the sockets sit in the owner's private runtime folder.
"""

import json
import time
import urllib.request

import pytest

pytestmark = pytest.mark.browser


def test_kernels_use_ipc_transport(lab):
    request = urllib.request.Request(lab.url("/api/kernels"), data=b"{}", method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        kernel_id = json.load(response)["id"]
    try:
        runtime = lab.root.parent / "runtime"
        deadline = time.monotonic() + 30
        connection = runtime / f"kernel-{kernel_id}.json"
        while not connection.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        info = json.loads(connection.read_text())
        assert info["transport"] == "ipc"
        # The socket files sit in the server's runtime folder, which is private to its user.
        assert info["ip"].startswith(str(runtime))
        assert oct(runtime.stat().st_mode & 0o777) == "0o700"
    finally:
        delete = urllib.request.Request(lab.url(f"/api/kernels/{kernel_id}"), method="DELETE")
        urllib.request.urlopen(delete, timeout=30)

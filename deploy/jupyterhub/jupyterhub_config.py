"""JupyterHub for a Coco course on one server, with the server's own user accounts.

Run by root: ``/opt/coco/venv/bin/jupyterhub -f /etc/coco/jupyterhub_config.py`` (see GUIDE.md),
or copied into The Littlest JupyterHub's ``/opt/tljh/config/jupyterhub_config.d/``. What an agency
changes is set by environment variables, so this file is used as it is and can be updated with
Coco; ``install.sh`` uses the same variables and defaults:

- ``COCO_HUB_ENV``: the environment with Coco and JupyterHub (default ``/opt/coco/venv``), built
  from a system Python so that every user can run it;
- ``COCO_COLLECT_DIR``: the facilitators' collect folder (default ``/srv/coco/collect``);
- ``COCO_HUB_STATE``: the hub's database, cookie secret and proxy pid (default ``/srv/coco/hub``);
- ``COCO_PARTICIPANTS_GROUP``, ``COCO_FACILITATORS_GROUP``: the Unix groups that may log in
  (default ``coco-participants``, ``coco-facilitators``); facilitators get the facilitator
  edition of the notebooks, with the answer keys and the group's dashboard;
- ``COCO_HUB_URL``: where the hub listens (default ``http://127.0.0.1:8000``: put a TLS proxy
  in front, or set ``COCO_HUB_SSL_CERT`` and ``COCO_HUB_SSL_KEY`` and an https address).

Isolation, each line of which ``tests/test_hub.py`` checks with real users:
- kernels on ``ipc`` transport (``python -m toolkit singleuser`` sets it): over loopback TCP any
  local user could read another's kernel output;
- umask 077 for the hub and every server it starts, on top of Coco's own 0600/0700 files;
- exports go to a set-group-ID folder that participants can write into but not list, and whose
  group (the facilitators) can read them.
"""

import grp
import os
import pwd
import sys

c = get_config()  # noqa: F821 (given by JupyterHub when it reads this file)

ENV = os.environ.get("COCO_HUB_ENV", "/opt/coco/venv")
COLLECT = os.environ.get("COCO_COLLECT_DIR", "/srv/coco/collect")
STATE = os.environ.get("COCO_HUB_STATE", "/srv/coco/hub")
PARTICIPANTS = os.environ.get("COCO_PARTICIPANTS_GROUP", "coco-participants")
FACILITATORS = os.environ.get("COCO_FACILITATORS_GROUP", "coco-facilitators")
WORKSPACE = "coco-workshop"  # in each user's home: toolkit.locations.workspace()


def _stop(message: str) -> None:
    """A plain reason on the hub's console, no traceback: the hub does not start."""
    print(f"Coco's jupyterhub_config.py: {message}", file=sys.stderr)
    raise SystemExit(1)


if not os.access(os.path.join(ENV, "bin", "python"), os.X_OK):
    _stop(f"no Coco environment at {ENV} (COCO_HUB_ENV). Run deploy/jupyterhub/install.sh "
          "first.")
for _group in (PARTICIPANTS, FACILITATORS):
    try:
        grp.getgrnam(_group)
    except KeyError:
        _stop(f"the group {_group!r} does not exist. Run deploy/jupyterhub/install.sh, or set "
              "COCO_PARTICIPANTS_GROUP / COCO_FACILITATORS_GROUP.")

# Private by default, for the hub and (inherited) for every server and kernel it starts.
os.umask(0o077)

c.JupyterHub.bind_url = os.environ.get("COCO_HUB_URL", "http://127.0.0.1:8000")
if os.environ.get("COCO_HUB_SSL_CERT"):
    c.JupyterHub.ssl_cert = os.environ["COCO_HUB_SSL_CERT"]
    c.JupyterHub.ssl_key = os.environ.get("COCO_HUB_SSL_KEY", "")
c.JupyterHub.db_url = f"sqlite:///{os.path.join(STATE, 'jupyterhub.sqlite')}"
c.JupyterHub.cookie_secret_file = os.path.join(STATE, "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = os.path.join(STATE, "jupyterhub-proxy.pid")
_proxy = os.path.join(ENV, "proxy", "node_modules", ".bin", "configurable-http-proxy")
if os.path.exists(_proxy):  # install.sh puts the proxy beside the environment
    c.ConfigurableHTTPProxy.command = [_proxy]

# The server's own accounts, and only the course's two groups.
c.JupyterHub.authenticator_class = "pam"
c.LocalAuthenticator.allowed_groups = {PARTICIPANTS, FACILITATORS}


def _role(spawner) -> str:
    """"facilitator" for members of the facilitators' group (listed, or as primary group)."""
    name = spawner.user.name
    try:
        group = grp.getgrnam(FACILITATORS)
        primary = pwd.getpwnam(name).pw_gid
    except KeyError:
        return "participant"
    return "facilitator" if name in group.gr_mem or primary == group.gr_gid else "participant"


# Each user's server: their workspace filled, then jupyterhub-singleuser with Coco's settings.
c.Spawner.cmd = [os.path.join(ENV, "bin", "python"), "-m", "toolkit", "singleuser"]
c.Spawner.default_url = f"/lab/tree/{WORKSPACE}/00-welcome.ipynb"
c.Spawner.environment = {
    # Only this environment and the system's programs, not root's PATH.
    "PATH": f"{os.path.join(ENV, 'bin')}:/usr/local/bin:/usr/bin:/bin",
    "COCO_COLLECT_DIR": COLLECT,
    "COCO_ROLE": _role,
    "JUPYTER_PREFER_ENV_PATH": "1",
}
# A participant's session survives a slow start on a busy morning.
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 60

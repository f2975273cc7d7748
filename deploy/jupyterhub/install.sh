#!/usr/bin/env bash
# Set up, or update, a Coco hub on one server (GUIDE.md). Run as root:
#   sudo deploy/jupyterhub/install.sh coco_toolkit-VERSION-py3-none-any.whl
# Run it again with a new wheel to update the course: answers are in each user's home and are
# not touched; notebooks a user lacks are added when their server next starts.
# The same variables as jupyterhub_config.py, with the same defaults.
set -euo pipefail
umask 022  # the environment must be readable by every user; private folders are set below

WHEEL=${1:?usage: install.sh path/to/coco_toolkit-VERSION-py3-none-any.whl}
ENV=${COCO_HUB_ENV:-/opt/coco/venv}
COLLECT=${COCO_COLLECT_DIR:-/srv/coco/collect}
STATE=${COCO_HUB_STATE:-/srv/coco/hub}
ETC=${COCO_HUB_ETC:-/etc/coco}
PARTICIPANTS=${COCO_PARTICIPANTS_GROUP:-coco-participants}
FACILITATORS=${COCO_FACILITATORS_GROUP:-coco-facilitators}
PYTHON=${COCO_HUB_PYTHON:-/usr/bin/python3}
PROXY_VERSION=${COCO_PROXY_VERSION:-5}
HERE=$(cd "$(dirname "$0")" && pwd)

say() { echo "install.sh: $*"; }
fail() { echo "install.sh: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run it as root (sudo): it creates groups and folders for other users."
[ -f "$WHEEL" ] || fail "no wheel at $WHEEL. Build one with: python -m pip wheel --no-deps -w dist ."
case "$WHEEL" in *.whl) ;; *) fail "$WHEEL is not a wheel (.whl)." ;; esac
"$PYTHON" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
  || fail "$PYTHON is not Python 3.11 or newer with venv (Debian/Ubuntu: apt install python3-venv), or set COCO_HUB_PYTHON."
case "$("$PYTHON" -c 'import sys; print(sys.base_prefix)')" in
  /root/*|/home/*) fail "$PYTHON lives in a home folder that other users cannot enter; use a system Python (COCO_HUB_PYTHON)." ;;
esac

for group in "$PARTICIPANTS" "$FACILITATORS"; do
  getent group "$group" >/dev/null || { groupadd "$group"; say "created group $group"; }
done

if [ ! -x "$ENV/bin/python" ]; then
  say "creating the environment $ENV from $PYTHON"
  "$PYTHON" -m venv "$ENV"
  "$ENV/bin/python" -m pip install --quiet --upgrade pip
fi
say "installing $(basename "$WHEEL") and JupyterHub into $ENV"
"$ENV/bin/python" -m pip install --quiet "$WHEEL[hub]"
# The same version number again (a corrected course) must still replace the installed copy.
"$ENV/bin/python" -m pip install --quiet --no-deps --force-reinstall "$WHEEL"
chmod -R a+rX "$ENV"

if [ ! -x "$ENV/proxy/node_modules/.bin/configurable-http-proxy" ]; then
  command -v npm >/dev/null || fail "the hub's proxy needs Node.js and npm (Debian/Ubuntu: apt install nodejs npm)."
  say "installing configurable-http-proxy@$PROXY_VERSION from npm"
  npm install --silent --no-audit --no-fund --prefix "$ENV/proxy" "configurable-http-proxy@$PROXY_VERSION"
fi

install -d -m 0700 -o root -g root "$STATE"
install -d -m 0755 -o root -g root "$ETC"
install -m 0644 -o root -g root "$HERE/jupyterhub_config.py" "$ETC/jupyterhub_config.py"
parent=$(dirname "$COLLECT")
[ -d "$parent" ] || install -d -m 0755 "$parent"
# Set-group-ID and sticky: exports take the facilitators' group; participants may write
# (others: -wx) but not list or read; facilitators may list and read (group: r-x).
# (install -d sets owner, group and mode on a folder that exists already, too.)
install -d -m 3753 -o root -g "$FACILITATORS" "$COLLECT"

"$ENV/bin/python" -m toolkit check-data >/dev/null || fail "the installed curriculum did not pass check-data (run $ENV/bin/python -m toolkit check-data to see why)."
say "done. Coco $("$ENV/bin/python" -c 'import toolkit; print(toolkit.__version__)') is installed."
say "add users:   usermod -aG $PARTICIPANTS NAME   (facilitators: usermod -aG $FACILITATORS NAME)"
say "start:       $ENV/bin/jupyterhub -f $ETC/jupyterhub_config.py   (or the systemd unit in GUIDE.md)"

#!/usr/bin/env sh
# need.sh WHAT CHECK:PACKAGE … [-- pip MODULE …]
#
# Makes sure what a make target needs is there. Each CHECK:PACKAGE is a Debian package
# and how to see it is installed: a path (/usr/include/cmark.h) that must exist, or a
# command (cmark) that must run. Missing packages are installed with apt-get when
# running as root; otherwise the one command to run is printed and the script fails.
# After `--`, `pip MODULE` installs a Python module with pip when `import MODULE`
# fails, retrying with --break-system-packages where pip refuses (PEP 668, Debian's
# own Python). WHAT names the need in messages: "The browser checks".
set -u
what=$1; shift
missing=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  check=${1%%:*}; package=${1#*:}; shift
  case $check in
    /*) [ -e "$check" ] || missing="$missing $package" ;;
    java) java -version >/dev/null 2>&1 || missing="$missing $package" ;;
    *) command -v "$check" >/dev/null 2>&1 || missing="$missing $package" ;;
  esac
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null || exit 1
  else
    echo "$what need:$missing. Install with: sudo apt-get install$missing"; exit 1
  fi
fi
[ $# -gt 0 ] && shift
while [ $# -gt 1 ] && [ "$1" = "pip" ]; do
  module=$2; shift 2
  python3 -c "import $module" 2>/dev/null && continue
  python3 -m pip install -q "$module" 2>/dev/null || python3 -m pip install -q --break-system-packages "$module" || exit 1
done
exit 0

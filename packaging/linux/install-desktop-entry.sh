#!/bin/sh
# Adds Outage Kit to this user's application menu, pointing at the folder this script is in
# (the shipped outage-kit.desktop assumes /opt/outage-kit).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
# Escape what sed would read as special in the replacement (&, | and backslash).
esc=$(printf '%s' "$here" | sed 's/[&|\\]/\\&/g')
sed -e "s|^Exec=.*|Exec=\"$esc/outage-kit\"|" \
    -e "s|^Icon=.*|Icon=$esc/outage-kit.png|" \
    "$here/outage-kit.desktop" > "$apps/outage-kit.desktop.tmp"
mv "$apps/outage-kit.desktop.tmp" "$apps/outage-kit.desktop"
echo "Added $apps/outage-kit.desktop (runs $here/outage-kit)"

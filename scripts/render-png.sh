#!/bin/sh
# Pictures of a workbook: LibreOffice (headless) prints it to PDF, pdftoppm turns each page into a PNG.
# Usage: scripts/render-png.sh <in.xlsx> <out-prefix> [dpi]   → <out-prefix>-1.png, <out-prefix>-2.png …
# Needs libreoffice-calc-nogui, poppler-utils and a Korean font (fonts-nanum); the tests never call it.
set -eu
in="$1"
prefix="$2"
dpi="${3:-110}"
command -v soffice >/dev/null || { echo "render-png: soffice not found (apt-get install libreoffice-calc-nogui)" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "render-png: pdftoppm not found (apt-get install poppler-utils)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private profile: a first run, or another soffice already running, must not block this one.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' --outdir "$work" "$in" >/dev/null
pdf="$work/$(basename "${in%.*}").pdf"
mkdir -p "$(dirname "$prefix")"
pdftoppm -png -r "$dpi" "$pdf" "$prefix"

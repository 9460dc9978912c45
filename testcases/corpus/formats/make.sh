#!/usr/bin/env bash
# Regenerates every NAME.docx and NAME.pdf of this folder from its NAME.html source.
#
# Run by a developer after editing or adding an .html source, and the results committed: CI and the
# corpus runner (CorpusAccuracyTest) only read the committed .docx and .pdf files and never run this.
#
# Needs LibreOffice's soffice, from the Debian package libreoffice-writer:
#   apt-get update && apt-get install -y --no-install-recommends libreoffice-writer fonts-liberation
# (fonts-liberation gives the Liberation Sans the sources ask for; pdftotext from poppler-utils is
# handy to check that a PDF's text is there: pdftotext -layout NAME.pdf -).
#
# Idempotent: every run converts all sources again and overwrites the outputs. Each .html goes to
# .docx ("MS Word 2007 XML", the HTML read as a Writer document so that its tables become Word
# tables), and each .docx to .pdf, so that the PDF is the Word file's export as a secretary's would be.
# Usage: bash make.sh [NAME.html ...]   (no argument: every F-*.html here)
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v soffice >/dev/null 2>&1; then
  echo "make.sh: soffice not found; install the Debian package libreoffice-writer" >&2
  exit 1
fi

if [ "$#" -gt 0 ]; then
  sources=("$@")
else
  shopt -s nullglob
  sources=(F-*.html)
fi
if [ "${#sources[@]}" -eq 0 ]; then
  echo "make.sh: no .html sources" >&2
  exit 1
fi

# A private LibreOffice profile: no clash with a LibreOffice the developer has open, no state kept.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
lo() {
  # soffice prints one line per converted file; a warning about javaldx (Java) is harmless
  soffice -env:UserInstallation="file://$profile" --headless --norestore "$@" 2>&1 >/dev/null | grep -v javaldx >&2 || true
}

docx=()
for html in "${sources[@]}"; do
  name=${html%.html}
  rm -f "$name.docx" "$name.pdf"
  docx+=("$name.docx")
done

lo --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir . "${sources[@]}"
lo --convert-to pdf --outdir . "${docx[@]}"

# Make the outputs byte-stable, so that a run on unchanged sources leaves git with nothing to commit:
# the .docx is re-zipped with fixed entry dates, and the PDF's creation date and /ID (both written
# from the clock, with its /DocChecksum) are replaced by fixed values of the same length, which keeps the
# xref offsets valid.
if command -v python3 >/dev/null 2>&1; then
  python3 - "${docx[@]}" <<'PY'
import re, sys, zipfile, io
for docx in sys.argv[1:]:
    with zipfile.ZipFile(docx) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            z.writestr(fixed, data)
    open(docx, "wb").write(out.getvalue())
    pdf = docx[:-5] + ".pdf"
    data = open(pdf, "rb").read()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20000101000000", data)
    data = re.sub(rb"/ID \[ <[0-9A-F]{32}>(\s*)<[0-9A-F]{32}> \]",
                  lambda m: b"/ID [ <" + b"0" * 32 + b">" + m.group(1) + b"<" + b"0" * 32 + b"> ]", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    open(pdf, "wb").write(data)
PY
else
  echo "make.sh: python3 not found; outputs converted but not made byte-stable" >&2
fi

status=0
for f in "${docx[@]}"; do
  name=${f%.docx}
  if [ ! -s "$name.docx" ] || [ ! -s "$name.pdf" ]; then
    echo "make.sh: $name was not converted" >&2
    status=1
  fi
done
echo "make.sh: ${#docx[@]} documents converted"
exit $status

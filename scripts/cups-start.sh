#!/bin/sh
# Starts a local CUPS scheduler with a "BriefingPDF" queue that prints to PDF files (cups-pdf),
# so `briefing print` and the CUPS integration test have a real printer on any Debian machine.
#
# Idempotent; run as root:   sudo scripts/cups-start.sh
# It prints one line, the folder where cups-pdf writes each printed job:
#   BRIEFING_CUPS_PDF_DIR=/var/spool/cups-pdf/briefing
# The integration test reads that folder from the environment variable of the same name
# (default /var/spool/cups-pdf/briefing). Works without systemd: cupsd is started directly.
set -eu

QUEUE=BriefingPDF  # the tests and the README name this queue
OUT_DIR="${BRIEFING_CUPS_PDF_DIR:-/var/spool/cups-pdf/briefing}"
CONF=/etc/cups/cups-pdf.conf

log() { echo "cups-start: $*" >&2; }

if [ "$(id -u)" != 0 ]; then
    log "must run as root (installs packages, starts cupsd)"; exit 1
fi

# 1. Packages: the scheduler, the PDF backend, lpr/lp (Java's PrinterJob spools through /usr/bin/lpr),
#    and tesseract: Java prints pages as outlines, so the integration test reads the printed text by OCR.
missing=""
for pkg in cups printer-driver-cups-pdf cups-client cups-bsd tesseract-ocr tesseract-ocr-eng; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
    log "installing$missing"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
fi

# 2. cups-pdf writes every job, whoever sent it, into one known folder.
#    Files are named after the job title (TitlePref 1: the title CUPS was given, not the PostScript
#    %%Title) plus "-job_<id>" (Label 1), so a test finds its own job by the title it chose.
mkdir -p "$OUT_DIR"
chmod 1777 "$OUT_DIR"
set_conf() {  # key value: replace the (possibly commented) line, or append it
    if grep -Eq "^#?$1[[:space:]]" "$CONF"; then
        sed -i -E "s|^#?$1[[:space:]].*|$1 $2|" "$CONF"
    else
        echo "$1 $2" >> "$CONF"
    fi
}
set_conf Out "$OUT_DIR"
set_conf AnonDirName "$OUT_DIR"
set_conf Label 1
set_conf TitlePref 1
set_conf UserUMask 0022

# 3. The scheduler, without systemd. cupsd daemonizes itself; a stale pid file is harmless.
scheduler_up() { lpstat -r 2>/dev/null | grep -q "scheduler is running"; }
if ! scheduler_up; then
    log "starting cupsd"
    mkdir -p /run/cups
    /usr/sbin/cupsd
fi
i=0
until scheduler_up; do
    i=$((i + 1))
    if [ "$i" -gt 50 ]; then log "cupsd did not come up within 10 s"; exit 1; fi
    sleep 0.2
done

# 4. The queue, enabled and accepting, as the default destination.
PPD=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF_opt\.ppd/ {print $1; exit}')
[ -n "$PPD" ] || PPD=$(lpinfo -m 2>/dev/null | awk '/cups-pdf/ {print $1; exit}')
if [ -z "$PPD" ]; then log "no cups-pdf PPD found (lpinfo -m)"; exit 1; fi
if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
    log "adding queue $QUEUE ($PPD)"
    lpadmin -p "$QUEUE" -E -v cups-pdf:/ -m "$PPD" -D "Briefing PDF printer (cups-pdf)"
fi
cupsenable "$QUEUE"
cupsaccept "$QUEUE"
lpadmin -d "$QUEUE"

echo "BRIEFING_CUPS_PDF_DIR=$OUT_DIR"

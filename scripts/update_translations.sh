#!/usr/bin/env bash
# Regenerates the English translation of the interface.
#   1. pyside6-lupdate collects every self.tr()/QCoreApplication.translate()/QT_TRANSLATE_NOOP text from
#      app/ui into resources/translations/ush_en.ts (existing English translations are kept);
#   2. new or changed texts appear as type="unfinished": translate them (pyside6-linguist, or by hand);
#   3. pyside6-lrelease compiles ush_en.qm, which the application loads when the language is English.
# Usage: scripts/update_translations.sh [--check]   (--check: fail if any text is untranslated)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV_BIN:-.venv/bin}
TS=resources/translations/ush_en.ts
QM=resources/translations/ush_en.qm

"$BIN/pyside6-lupdate" -extensions py -no-obsolete -locations relative -source-language tr_TR \
    -target-language en_GB app/ui -ts "$TS"
"$BIN/pyside6-lrelease" "$TS" -qm "$QM"

unfinished=$(grep -c 'type="unfinished"' "$TS" || true)
if [ "$unfinished" != "0" ]; then
    echo "Untranslated texts in $TS: $unfinished" >&2
    [ "${1:-}" = "--check" ] && exit 1
fi
exit 0

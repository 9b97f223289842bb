#!/usr/bin/env bash
# Regenerates the English translations of the interface, one catalogue per desk package:
#   ush_en.ts       app/ui/*.py, app/ui/common and app/ui/ism
#   ush_shgm_en.ts  app/ui/shgm      ush_kts_en.ts  app/ui/kts      ush_admin_en.ts  app/ui/admin
#   ush_dashboard_en.ts  app/ui/dashboard
#   ush_workflows_en.ts  app/workflows: the messages workflows give the officer, marked msg("Bağlam", "metin")
#                        (app.workflows.common.messages; lupdate reads msg as QT_TRANSLATE_NOOP)
# 1. pyside6-lupdate collects every self.tr()/QCoreApplication.translate()/QT_TRANSLATE_NOOP text (existing
#    translations are kept); 2. new texts appear as type="unfinished": translate them (pyside6-linguist, or
#    by hand); 3. pyside6-lrelease compiles the .qm files the application loads for English.
# Usage: scripts/update_translations.sh [--check]   (--check: fail if any text is untranslated)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV_BIN:-.venv/bin}
DIR=resources/translations

catalogue() {  # name, sources...  (EXTRA: more lupdate options)
    local ts="$DIR/$1.ts"; shift
    local sources=()
    for s in "$@"; do [ -e "$s" ] && sources+=("$s"); done
    [ ${#sources[@]} -gt 0 ] || return 0
    "$BIN/pyside6-lupdate" -extensions py -no-obsolete -locations relative -source-language tr_TR ${EXTRA:-} \
        -target-language en_GB "${sources[@]}" -ts "$ts"
    "$BIN/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
}

catalogue ush_en app/ui/*.py app/ui/common app/ui/ism
catalogue ush_shgm_en app/ui/shgm
catalogue ush_kts_en app/ui/kts
catalogue ush_admin_en app/ui/admin
catalogue ush_dashboard_en app/ui/dashboard
EXTRA="-tr-function-alias QT_TRANSLATE_NOOP+=msg" catalogue ush_workflows_en app/workflows

unfinished=$(cat "$DIR"/*.ts | grep -c 'type="unfinished"' || true)
if [ "$unfinished" != "0" ]; then
    echo "Untranslated texts in $DIR: $unfinished" >&2
    [ "${1:-}" = "--check" ] && exit 1
fi
exit 0

#!/bin/sh
# Source rules a compiler does not check.
# - No file-local `tr()` helper: lupdate cannot see the context such a helper passes, so its
#   strings land in the catalogue under the wrong context and never translate. Declare the
#   context with Q_DECLARE_TR_FUNCTIONS instead (see engine/secrets/SecretStore.cpp).
# - engine/ never includes Qt Widgets.
set -eu
cd "$(dirname "$0")/.."
status=0
if grep -rnE '^\s*(static\s+)?QString\s+tr\s*\(' engine ui app; then
    echo "File-local tr() helpers (above) hide their context from lupdate: use Q_DECLARE_TR_FUNCTIONS." >&2
    status=1
fi
if grep -rnE '#include\s*<(QtWidgets|QWidget|QDialog|QMessageBox|QApplication|QWizard)' engine; then
    echo "engine/ must not include Qt Widgets (above)." >&2
    status=1
fi
exit $status

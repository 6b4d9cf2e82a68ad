#pragma once

#include <QLoggingCategory>

// Logging categories: enable with QT_LOGGING_RULES="semina.*.debug=true".
// Nothing logged may contain a secret: keys, passwords, SAS signatures, certificates.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcOffline)

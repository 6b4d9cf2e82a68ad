#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "semina.engine.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "semina.engine.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "semina.engine.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "semina.engine.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOffline, "semina.engine.offline", QtInfoMsg)

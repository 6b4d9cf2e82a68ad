#pragma once

#include <QLoggingCategory>

// The wizard's logging categories (the engine's are in engine/core/Logging.h).
Q_DECLARE_LOGGING_CATEGORY(lcUiWizard)

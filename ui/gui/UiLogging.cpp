#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUiWizard, "semina.ui.wizard", QtInfoMsg)

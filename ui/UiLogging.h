#pragma once

#include <QLoggingCategory>

// The wizard's log category: QT_LOGGING_RULES="sspr.ui.debug=true" turns it on alone.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

#pragma once

#include <QLoggingCategory>

namespace sspr::graph {

// "sspr.graph": QT_LOGGING_RULES="sspr.graph.debug=true" shows every redacted exchange.
Q_DECLARE_LOGGING_CATEGORY(lcGraph)

} // namespace sspr::graph

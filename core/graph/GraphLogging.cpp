#include "core/graph/GraphLogging.h"

namespace sspr::graph {

Q_LOGGING_CATEGORY(lcGraph, "sspr.graph")

} // namespace sspr::graph

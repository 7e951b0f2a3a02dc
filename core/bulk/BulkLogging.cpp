#include "core/bulk/BulkLogging.h"

namespace sspr::bulk {

Q_LOGGING_CATEGORY(lcBulk, "sspr.bulk")

} // namespace sspr::bulk

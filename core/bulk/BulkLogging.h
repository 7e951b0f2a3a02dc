#pragma once

#include <QLoggingCategory>

namespace sspr::bulk {

// "sspr.bulk": pages, lookups and resume decisions of the tenant-wide scan. Never a token.
Q_DECLARE_LOGGING_CATEGORY(lcBulk)

} // namespace sspr::bulk

#pragma once

#include "core/runtime/AppOptions.h"

#include <QTextStream>

namespace sspr::runtime {

// `sspr-doctor --bulk --csv PATH`: signs in as the headless run does (the demo tenant, or the
// remembered sign-in, else a device code on stderr), runs core/bulk's BulkScanner, shows
// progress on stderr and returns 0 (no user would fail), 1 (at least one would), 2 (error or
// interrupted: resumable) or 3 (usage, e.g. a resume that does not fit). Needs a
// QCoreApplication.
class BulkRun {
public:
    static int run(const AppOptions &options, QTextStream &out, QTextStream &err);
};

} // namespace sspr::runtime

#pragma once

#include "core/runtime/AppOptions.h"

#include <QTextStream>

namespace sspr::runtime {

// `sspr-doctor --headless`: runs the playbook without a window, writes the JSON report when
// asked, prints a one-screen summary and returns the exit code (0 all pass, 1 a check
// failed, 2 error or incomplete). Needs a running QCoreApplication event loop.
class HeadlessRun {
public:
    static int run(const AppOptions &options, QTextStream &out, QTextStream &err);
};

} // namespace sspr::runtime

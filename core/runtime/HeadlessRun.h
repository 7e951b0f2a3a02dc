#pragma once

#include "core/runtime/AppOptions.h"

#include <QTextStream>

namespace sspr::runtime {

// `sspr-doctor --headless`: signs in (remembered sign-in, else a device code), runs the
// playbook without a window, writes every --report asked for, prints a one-screen summary and
// returns the exit code: 0 all pass, 1 a check failed, 2 error or incomplete (sign-in failed,
// a file unreadable or unwritable), 3 usage (no user named). Needs a QCoreApplication.
class HeadlessRun {
public:
    static int run(const AppOptions &options, QTextStream &out, QTextStream &err);
};

} // namespace sspr::runtime

#pragma once

#include "core/report/Session.h"

#include <QString>

namespace sspr::report {

// A one-screen plain-text summary of a session, for the terminal after a headless run.
class TextSummary {
public:
    static QString render(const Session &session);
};

} // namespace sspr::report

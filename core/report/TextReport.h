#pragma once

#include "core/report/Session.h"

#include <QCoreApplication>
#include <QString>

namespace sspr::report {

// The full report as plain text: the same sections as the HTML report (verdict and root
// cause, support summary, every finding with evidence, answers, inputs, app and OS).
// Every text from outside passes trace::Redactor.
class TextReport {
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    static QString render(const Session &session);
};

} // namespace sspr::report

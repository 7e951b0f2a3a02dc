#pragma once

#include "core/report/Session.h"

#include <QCoreApplication>
#include <QString>

namespace sspr::report {

// One self-contained HTML file (XHTML-compatible markup): inline CSS with a print section,
// inline SVG status icons, no external reference but the documentation links. Sections:
// verdict and root cause, support summary, one panel per finding, answers, questions not
// answered, inputs, app version and OS. Status is an icon and a word, never colour alone.
// Every text from outside is redacted (trace::Redactor) and HTML-escaped.
class HtmlReport {
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    static QString render(const Session &session);
    static QString escape(const QString &text); // redacts, escapes, drops XML-invalid chars
};

} // namespace sspr::report

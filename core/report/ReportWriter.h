#pragma once

#include "core/report/Session.h"
#include "core/trace/HttpTrace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sspr::report {

// One entry point for "write FORMAT to PATH" (the headless --report option and the wizard's
// save buttons): json, html, text, har, summary (the support summary, as the wizard's last
// page shows it) or bundle (the zip of DataCollectionPage), from the same Session and trace.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    static QStringList formats(); // {"json", "html", "text", "har", "summary", "bundle"}
    // nullopt and *error for an unknown format.
    static std::optional<QByteArray> render(const QString &format, const Session &session,
        const QList<trace::HttpExchange> &trace, QString *error);
    // Renders and saves atomically; nullopt on success, else a translated message.
    static std::optional<QString> write(const QString &format, const QString &path,
        const Session &session, const QList<trace::HttpExchange> &trace);
};

} // namespace sspr::report

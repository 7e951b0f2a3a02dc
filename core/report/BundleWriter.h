#pragma once

#include "core/report/Session.h"
#include "core/trace/HttpTrace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace sspr::report {

// Everything a help desk needs in one .zip: report.html, report.json, report.txt,
// support-summary.txt, trace.har, any extra files (on Windows the AAD event log export and
// dsregcmd output, see WindowsCollector) and manifest.json naming each file with its size
// and SHA-256, the app version and the time the bundle was made (UTC).
class BundleWriter {
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)

public:
    using Files = QList<QPair<QString, QByteArray>>; // name in the archive -> bytes

    static Files files(const Session &session, const QList<trace::HttpExchange> &trace,
        const Files &extra, const QDateTime &createdUtc);
    static QByteArray build(const Session &session, const QList<trace::HttpExchange> &trace,
        const Files &extra, const QDateTime &createdUtc);
    // build() into `path` (atomically); nullopt on success, else a translated message.
    static std::optional<QString> write(const QString &path, const Session &session,
        const QList<trace::HttpExchange> &trace, const Files &extra = {});
};

} // namespace sspr::report

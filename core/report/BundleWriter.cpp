#include "core/report/BundleWriter.h"

#include "core/report/HarWriter.h"
#include "core/report/HtmlReport.h"
#include "core/report/JsonReport.h"
#include "core/report/ReportFile.h"
#include "core/report/SupportSummary.h"
#include "core/report/TextReport.h"
#include "core/report/ZipWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sspr::report {

BundleWriter::Files BundleWriter::files(const Session &session,
    const QList<trace::HttpExchange> &trace, const Files &extra, const QDateTime &createdUtc)
{
    Files files {
        { QStringLiteral("report.html"), HtmlReport::render(session).toUtf8() },
        { QStringLiteral("report.json"), JsonReport::render(session) },
        { QStringLiteral("report.txt"), TextReport::render(session).toUtf8() },
        { QStringLiteral("support-summary.txt"), SupportSummary::render(session).toUtf8() },
        { QStringLiteral("trace.har"), HarWriter::render(trace, session.appVersion) },
    };
    files += extra;
    QJsonArray list;
    for (const auto &[name, bytes] : std::as_const(files))
        list.append(QJsonObject { { QStringLiteral("name"), name },
            { QStringLiteral("size"), qint64(bytes.size()) },
            { QStringLiteral("sha256"),
                QString::fromLatin1(
                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) } });
    const QJsonObject manifest {
        { QStringLiteral("schema"), QStringLiteral("sspr-doctor/bundle") },
        { QStringLiteral("schemaVersion"), 1 },
        { QStringLiteral("app"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("SSPR Doctor") },
                { QStringLiteral("version"), session.appVersion } } },
        { QStringLiteral("createdUtc"), createdUtc.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("files"), list },
    };
    files.append({ QStringLiteral("manifest.json"),
        QJsonDocument(manifest).toJson(QJsonDocument::Indented) });
    return files;
}

QByteArray BundleWriter::build(const Session &session, const QList<trace::HttpExchange> &trace,
    const Files &extra, const QDateTime &createdUtc)
{
    ZipWriter zip;
    for (const auto &[name, bytes] : files(session, trace, extra, createdUtc))
        zip.add(name, bytes, createdUtc);
    return zip.finish();
}

std::optional<QString> BundleWriter::write(const QString &path, const Session &session,
    const QList<trace::HttpExchange> &trace, const Files &extra)
{
    const QByteArray zip = build(session, trace, extra, QDateTime::currentDateTimeUtc());
    if (zip.isEmpty())
        return tr("The bundle is too large for a ZIP file.");
    return ReportFile::save(path, zip);
}

} // namespace sspr::report

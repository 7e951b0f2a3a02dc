#include "core/report/ReportWriter.h"

#include "core/report/BundleWriter.h"
#include "core/report/HarWriter.h"
#include "core/report/HtmlReport.h"
#include "core/report/JsonReport.h"
#include "core/report/ReportFile.h"
#include "core/report/SupportSummary.h"
#include "core/report/TextReport.h"

namespace sspr::report {

QStringList ReportWriter::formats()
{
    return { QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("text"),
        QStringLiteral("har"), QStringLiteral("summary"), QStringLiteral("bundle") };
}

std::optional<QByteArray> ReportWriter::render(const QString &format, const Session &session,
    const QList<trace::HttpExchange> &trace, QString *error)
{
    const QString f = format.toLower();
    if (f == QLatin1String("json"))
        return JsonReport::render(session);
    if (f == QLatin1String("html"))
        return HtmlReport::render(session).toUtf8();
    if (f == QLatin1String("text"))
        return TextReport::render(session).toUtf8();
    if (f == QLatin1String("har"))
        return HarWriter::render(trace, session.appVersion);
    if (f == QLatin1String("summary"))
        return SupportSummary::render(session).toUtf8();
    if (f == QLatin1String("bundle")) {
        // Without the Windows exports: those need the wizard's collection step.
        const QByteArray zip
            = BundleWriter::build(session, trace, {}, QDateTime::currentDateTimeUtc());
        if (zip.isEmpty() && error)
            *error = tr("The bundle is too large for a ZIP file.");
        return zip.isEmpty() ? std::nullopt : std::optional<QByteArray>(zip);
    }
    if (error)
        *error = tr("Unknown report format \"%1\": use one of %2.")
                     .arg(format, formats().join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<QString> ReportWriter::write(const QString &format, const QString &path,
    const Session &session, const QList<trace::HttpExchange> &trace)
{
    QString error;
    const auto bytes = render(format, session, trace, &error);
    if (!bytes)
        return error;
    return ReportFile::save(path, *bytes);
}

} // namespace sspr::report

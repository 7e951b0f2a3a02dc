#include "ui/SessionFile.h"

#include "core/report/ReportFile.h"
#include "core/report/SessionJson.h"

#include <QDir>
#include <QFile>

namespace sspr::ui {

namespace {
// Sessions are a few hundred kilobytes at most: refuse to read something far larger.
constexpr qint64 MaxSessionBytes = 32 * 1024 * 1024;
} // namespace

QString SessionFile::suffix()
{
    return QStringLiteral(".sspr-session.json");
}

QString SessionFile::nameFilter()
{
    return tr("SSPR Doctor session (*.sspr-session.json);;JSON files (*.json)");
}

std::optional<QString> SessionFile::save(const QString &path, const report::Session &session)
{
    // The reports' atomic writer: a failed write part-way leaves an older file as it was.
    return report::ReportFile::save(path, report::SessionJson::toBytes(session));
}

std::optional<report::Session> SessionFile::load(const QString &path, QString *problem)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot open %1: %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxSessionBytes) {
        *problem = tr("%1 is not an SSPR Doctor session: the file is far too large.").arg(shown);
        return std::nullopt;
    }
    QString why;
    auto session = report::SessionJson::fromBytes(file.readAll(), &why);
    if (!session) {
        *problem = tr("%1 is not an SSPR Doctor session, or it is damaged (%2). Nothing was "
                      "changed.")
                       .arg(shown, why);
        return std::nullopt;
    }
    return session;
}

QString SessionFile::errorTextOf(const playbook::ParsedError &error)
{
    // Data for the parser, in the lines of Microsoft's error page: no tr().
    QStringList lines;
    for (int code : error.aadstsCodes) {
        QString line = QStringLiteral("AADSTS%1").arg(code);
        if (code == error.primaryCode() && !error.message.isEmpty())
            line += QStringLiteral(": ") + error.message;
        lines << line;
    }
    if (!error.correlationId.isEmpty())
        lines << QStringLiteral("Correlation ID: ") + error.correlationId;
    if (!error.traceId.isEmpty())
        lines << QStringLiteral("Trace ID: ") + error.traceId;
    if (error.timestampUtc.isValid())
        lines << QStringLiteral("Timestamp: ") + error.timestampUtc.toUTC().toString(Qt::ISODate);
    for (const QString &code : error.ssprCodes)
        lines << code;
    return lines.join(QLatin1Char('\n'));
}

} // namespace sspr::ui

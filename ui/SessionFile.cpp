#include "ui/SessionFile.h"

#include "core/report/SessionJson.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot save the session to %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    const QByteArray bytes = report::SessionJson::toBytes(session);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return tr("Cannot save the session to %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return std::nullopt;
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

#include "core/bulk/BulkCsv.h"

#include <QJsonArray>

namespace sspr::bulk {

namespace {

QString flag(const QJsonObject &record, const char *name)
{
    const QJsonValue value = record.value(QLatin1String(name));
    return value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                          : QString();
}

} // namespace

QStringList BulkCsv::header()
{
    return { QStringLiteral("id"), QStringLiteral("userPrincipalName"),
        QStringLiteral("userDisplayName"), QStringLiteral("userType"), QStringLiteral("isAdmin"),
        QStringLiteral("verdict"), QStringLiteral("verdictText"),
        QStringLiteral("methodsRegistered"), QStringLiteral("isSsprRegistered"),
        QStringLiteral("isSsprEnabled"), QStringLiteral("isSsprCapable"), QStringLiteral("synced"),
        QStringLiteral("whatToDo") };
}

QStringList BulkCsv::cells(const QJsonObject &record, const Verdict &verdict, SyncState sync)
{
    QStringList methods;
    for (const QJsonValue &method : record.value(QLatin1String("methodsRegistered")).toArray())
        methods << method.toString();
    const auto text
        = [&record](const char *name) { return record.value(QLatin1String(name)).toString(); };
    return { text("id"), text("userPrincipalName"), text("userDisplayName"), text("userType"),
        flag(record, "isAdmin"), verdict.code, verdict.text, methods.join(u';'),
        flag(record, "isSsprRegistered"), flag(record, "isSsprEnabled"),
        flag(record, "isSsprCapable"), BulkVerdict::syncText(sync), verdict.action };
}

QString BulkCsv::cell(const QString &value)
{
    QString out = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!out.isEmpty() && formulaStarts.contains(out.front()))
        out.prepend(u'\'');
    const bool quote
        = out.contains(u',') || out.contains(u'"') || out.contains(u'\r') || out.contains(u'\n');
    if (!quote)
        return out;
    out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QByteArray BulkCsv::line(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &value : cells)
        out << cell(value);
    return out.join(u',').toUtf8() + "\r\n";
}

} // namespace sspr::bulk

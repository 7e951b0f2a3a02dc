#include "core/probes/WindowsDeviceText.h"

#include <QXmlStreamReader>

namespace sspr::probes {

namespace {

// What marks an AAD event as about SSPR or a password change; the AAD log names them in
// English whatever the display language, as the event templates are not localised.
bool namesPasswordReset(const QString &text)
{
    static const QStringList words { QStringLiteral("password reset"),
        QStringLiteral("passwordreset"), QStringLiteral("password change"),
        QStringLiteral("change password"), QStringLiteral("changepassword"), QStringLiteral("SSPR"),
        QStringLiteral("self-service password"), QStringLiteral("AADSTS1200") };
    for (const QString &word : words) {
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QList<QPair<QString, QString>> WindowsDeviceText::parseDsregStatus(const QString &output)
{
    static const QStringList wanted { QStringLiteral("AzureAdJoined"),
        QStringLiteral("EnterpriseJoined"), QStringLiteral("DomainJoined"),
        QStringLiteral("DomainName"), QStringLiteral("WorkplaceJoined"),
        QStringLiteral("TenantName"), QStringLiteral("TenantId"), QStringLiteral("DeviceId"),
        QStringLiteral("AzureAdPrt"), QStringLiteral("AzureAdPrtUpdateTime") };
    QList<QPair<QString, QString>> fields;
    for (const QString &rawLine : output.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        const qsizetype colon = line.indexOf(QStringLiteral(" : "));
        if (colon <= 0)
            continue;
        const QString name = line.left(colon).trimmed();
        if (!wanted.contains(name))
            continue;
        bool seen = false;
        for (const auto &field : std::as_const(fields))
            seen = seen || field.first == name;
        if (!seen) // the first section wins (a later "SSO State" block repeats nothing we read)
            fields << qMakePair(name, line.mid(colon + 3).trimmed());
    }
    return fields;
}

QStringList WindowsDeviceText::parseAadEvents(const QString &output)
{
    // wevtutil writes one <Event> element after another with no root: wrap them.
    QXmlStreamReader xml(QStringLiteral("<Events>") + output + QStringLiteral("</Events>"));
    QStringList found;
    QString level, date, id;
    QStringList data;
    bool inEvent = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("Event")) {
                inEvent = true;
                level.clear();
                date.clear();
                id.clear();
                data.clear();
            } else if (!inEvent) {
                continue;
            } else if (name == QLatin1String("Level")) {
                level = xml.readElementText().trimmed();
            } else if (name == QLatin1String("EventID")) {
                id = xml.readElementText().trimmed();
            } else if (name == QLatin1String("TimeCreated")) {
                date = xml.attributes().value(QLatin1String("SystemTime")).toString();
            } else if (name == QLatin1String("Data") || name == QLatin1String("Message")) {
                const QString text
                    = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                if (!text.isEmpty())
                    data << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("Event") && inEvent) {
            inEvent = false;
            const QString text = data.join(QStringLiteral(" | "));
            if ((level == QLatin1String("1") || level == QLatin1String("2"))
                && namesPasswordReset(text)) {
                QString summary = text;
                if (summary.size() > 300)
                    summary = summary.left(300) + QStringLiteral("...");
                found << QStringLiteral("%1 Event %2: %3")
                             .arg(date.isEmpty() ? QStringLiteral("?") : date,
                                 id.isEmpty() ? QStringLiteral("?") : id, summary);
            }
        }
    }
    // A truncated or garbled export keeps what was read before the damage.
    return found;
}

QString WindowsDeviceText::eventQuery(int days)
{
    const qint64 ms = qint64(qMax(1, days)) * 24 * 3600 * 1000;
    return QStringLiteral(
        "*[System[(Level=1 or Level=2) and TimeCreated[timediff(@SystemTime) <= %1]]]")
        .arg(ms);
}

} // namespace sspr::probes

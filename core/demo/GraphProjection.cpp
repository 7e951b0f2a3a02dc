#include "core/demo/GraphProjection.h"

namespace sspr::demo::GraphProjection {

QStringList selectedProperties(const GraphCall &call)
{
    QStringList props;
    const QStringList raw
        = call.queryValue(QStringLiteral("$select")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : raw)
        props.append(p.trimmed());
    return props;
}

QJsonObject select(const QJsonObject &resource, const QStringList &selected)
{
    QJsonObject out;
    for (const QString &prop : selected) {
        // Property names are case-insensitive in $select; replies use the declared case.
        QString name = prop;
        QJsonValue value = QJsonValue::Null;
        for (auto it = resource.begin(); it != resource.end(); ++it) {
            if (it.key().compare(prop, Qt::CaseInsensitive) == 0) {
                name = it.key();
                value = it.value();
                break;
            }
        }
        out.insert(name, value);
    }
    if (resource.contains(QLatin1String("@odata.type")))
        out.insert(QStringLiteral("@odata.type"), resource.value(QLatin1String("@odata.type")));
    return out;
}

const QStringList &defaultUserProperties()
{
    static const QStringList props { QStringLiteral("businessPhones"),
        QStringLiteral("displayName"), QStringLiteral("givenName"), QStringLiteral("jobTitle"),
        QStringLiteral("mail"), QStringLiteral("mobilePhone"), QStringLiteral("officeLocation"),
        QStringLiteral("preferredLanguage"), QStringLiteral("surname"),
        QStringLiteral("userPrincipalName"), QStringLiteral("id") };
    return props;
}

QJsonObject projectUser(const QJsonObject &user, const QStringList &props)
{
    QJsonObject out;
    for (const QString &prop : props)
        out.insert(prop, user.contains(prop) ? user.value(prop) : QJsonValue::Null);
    return out;
}

QJsonObject projectUser(const QJsonObject &user, const GraphCall &call)
{
    const QStringList selected = selectedProperties(call);
    return projectUser(user, selected.isEmpty() ? defaultUserProperties() : selected);
}

} // namespace sspr::demo::GraphProjection

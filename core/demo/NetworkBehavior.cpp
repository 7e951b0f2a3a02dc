#include "core/demo/NetworkBehavior.h"

#include "core/common/JsonNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

namespace sspr::demo {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(ScenarioLoader)
};
} // namespace

std::optional<NetworkBehavior> NetworkBehavior::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<NetworkBehavior> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    static const QStringList known { QStringLiteral("$comment"), QStringLiteral("interception"),
        QStringLiteral("blockedHosts"), QStringLiteral("clockSkewSeconds") };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(Text::tr("network: unknown key \"%1\"").arg(it.key()));
    }
    NetworkBehavior behavior;
    const QJsonValue interception = json.value(QLatin1String("interception"));
    if (!interception.isUndefined() && !interception.isBool())
        return fail(Text::tr("network.interception must be a boolean"));
    behavior.interception = interception.toBool(false);
    const QJsonValue blocked = json.value(QLatin1String("blockedHosts"));
    if (!blocked.isUndefined() && !blocked.isArray())
        return fail(Text::tr("network.blockedHosts must be an array of host names"));
    for (const QJsonValue &host : blocked.toArray()) {
        if (!host.isString() || host.toString().trimmed().isEmpty())
            return fail(Text::tr("network.blockedHosts must be an array of host names"));
        behavior.blockedHosts << host.toString().trimmed().toLower();
    }
    const QJsonValue skew = json.value(QLatin1String("clockSkewSeconds"));
    const std::optional<qint64> seconds = common::wholeNumber(
        skew, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    if (!skew.isUndefined() && !seconds)
        return fail(Text::tr("network.clockSkewSeconds must be a whole number of seconds"));
    behavior.clockSkewSeconds = seconds.value_or(0);
    return behavior;
}

} // namespace sspr::demo

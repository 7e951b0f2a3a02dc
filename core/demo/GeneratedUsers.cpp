#include "core/demo/GeneratedUsers.h"

#include "core/common/JsonNumbers.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <limits>

namespace sspr::demo {

namespace {

constexpr qint64 kMaxCount = 1000000000; // ids keep twelve decimal digits, UPNs nine
const QString kIdPrefix = QStringLiteral("6e1d0000-0000-4000-8000-");

QJsonArray strings(std::initializer_list<const char *> list)
{
    QJsonArray out;
    for (const char *s : list)
        out.append(QLatin1String(s));
    return out;
}

} // namespace

std::optional<GeneratedUsers> GeneratedUsers::fromJson(
    const QJsonObject &json, const QDateTime &now, QString *error)
{
    static const QStringList known { QStringLiteral("$comment"), QStringLiteral("count"),
        QStringLiteral("guestEvery"), QStringLiteral("adminEvery"), QStringLiteral("syncedEvery"),
        QStringLiteral("domain"), QStringLiteral("groups") };
    const auto fail = [error](const QString &message) {
        *error = tr("\"generatedUsers\": %1").arg(message);
        return std::nullopt;
    };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(tr("unknown key \"%1\"").arg(it.key()));
    }
    GeneratedUsers g;
    g.loadedAt = now;
    const auto count = common::wholeNumber(json.value(QLatin1String("count")), 0, kMaxCount);
    if (!count)
        return fail(tr("\"count\" must be a whole number from 0 to %1").arg(kMaxCount));
    g.count = *count;
    for (const auto &[key, target] :
        { std::pair { "guestEvery", &g.guestEvery }, std::pair { "adminEvery", &g.adminEvery },
            std::pair { "syncedEvery", &g.syncedEvery } }) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        const auto every = common::wholeNumber(v, 0, kMaxCount);
        if (!every)
            return fail(tr("\"%1\" must be a whole number, 0 for none").arg(QLatin1String(key)));
        *target = *every;
    }
    if (json.contains(QLatin1String("domain"))) {
        g.domain = json.value(QLatin1String("domain")).toString();
        static const QRegularExpression domain(QStringLiteral("^[A-Za-z0-9.-]+\\.[A-Za-z]+$"));
        if (!domain.match(g.domain).hasMatch())
            return fail(tr("\"domain\" must be a DNS name such as contoso.example"));
    }
    const QJsonValue groups = json.value(QLatin1String("groups"));
    if (!groups.isUndefined() && !groups.isArray())
        return fail(tr("\"groups\" must be an array"));
    for (const QJsonValue &value : groups.toArray()) {
        const QJsonObject obj = value.toObject();
        Group group;
        group.id = obj.value(QLatin1String("id")).toString();
        group.displayName = obj.value(QLatin1String("displayName")).toString(group.id);
        const auto every = common::wholeNumber(obj.value(QLatin1String("every")), 1, kMaxCount);
        if (group.id.isEmpty() || !every)
            return fail(tr("every entry of \"groups\" needs a string \"id\" and a whole "
                           "number \"every\" of at least 1"));
        group.every = *every;
        g.groups.append(group);
    }
    return g;
}

QString GeneratedUsers::number(qint64 index) const
{
    return QStringLiteral("%1").arg(index, 6, 10, QLatin1Char('0'));
}

QString GeneratedUsers::id(qint64 index) const
{
    return kIdPrefix + QStringLiteral("%1").arg(index, 12, 10, QLatin1Char('0'));
}

QString GeneratedUsers::userPrincipalName(qint64 index) const
{
    return QLatin1String("user") + number(index) + QLatin1Char('@') + domain;
}

qint64 GeneratedUsers::indexOf(const QString &idOrUpn) const
{
    // Both shapes are parsed back to the index and then regenerated, so only exact forms match.
    QString digits;
    if (idOrUpn.startsWith(kIdPrefix, Qt::CaseInsensitive))
        digits = idOrUpn.mid(kIdPrefix.size());
    else if (idOrUpn.startsWith(QLatin1String("user"), Qt::CaseInsensitive))
        digits = idOrUpn.mid(4).section(QLatin1Char('@'), 0, 0);
    bool ok = false;
    const qint64 index = digits.toLongLong(&ok);
    if (!ok || index < 0 || index >= count || digits.startsWith(QLatin1Char('+')))
        return -1;
    if (id(index).compare(idOrUpn, Qt::CaseInsensitive) == 0
        || userPrincipalName(index).compare(idOrUpn, Qt::CaseInsensitive) == 0)
        return index;
    return -1;
}

bool GeneratedUsers::isGuest(qint64 index) const
{
    return guestEvery > 0 && index % guestEvery == guestEvery - 1;
}

bool GeneratedUsers::isAdmin(qint64 index) const
{
    return adminEvery > 0 && !isGuest(index) && index % adminEvery == 1 % adminEvery;
}

bool GeneratedUsers::isSynced(qint64 index) const
{
    return syncedEvery > 0 && !isGuest(index) && index % syncedEvery == 2 % syncedEvery;
}

GeneratedUsers::Profile GeneratedUsers::profile(qint64 index) const
{
    // A multiplicative hash spreads the states evenly without a visible period.
    quint32 h = quint32(quint64(index) * 2654435761u);
    h ^= h >> 15;
    const quint32 bucket = h % 100;
    if (bucket < 12)
        return Profile::NotRegistered;
    if (bucket < 22)
        return Profile::NotEnabled;
    if (bucket < 30)
        return Profile::NotCapable;
    if (bucket < 38)
        return Profile::EmailOnly;
    return Profile::Ready;
}

QJsonObject GeneratedUsers::registrationDetails(qint64 index) const
{
    const Profile p = profile(index);
    const bool registered = p != Profile::NotRegistered;
    const bool enabled = p != Profile::NotEnabled;
    const bool capable = p == Profile::EmailOnly || p == Profile::Ready;
    QJsonArray methods;
    QJsonArray systemPreferred;
    QString preferred = QStringLiteral("none");
    if (p == Profile::EmailOnly) {
        methods = strings({ "email" });
    } else if (p == Profile::NotCapable) {
        methods = strings({ "mobilePhone" });
        systemPreferred = strings({ "sms" });
        preferred = QStringLiteral("sms");
    } else if (registered) {
        methods = strings({ "microsoftAuthenticatorPush", "mobilePhone" });
        systemPreferred = strings({ "push" });
        preferred = QStringLiteral("push");
    }
    const bool mfa = registered && p != Profile::EmailOnly;
    return QJsonObject {
        { QStringLiteral("id"), id(index) },
        { QStringLiteral("userPrincipalName"), userPrincipalName(index) },
        { QStringLiteral("userDisplayName"), QString(QLatin1String("User ") + number(index)) },
        { QStringLiteral("userType"),
            isGuest(index) ? QStringLiteral("guest") : QStringLiteral("member") },
        { QStringLiteral("isAdmin"), isAdmin(index) },
        { QStringLiteral("isSsprRegistered"), registered },
        { QStringLiteral("isSsprEnabled"), enabled },
        { QStringLiteral("isSsprCapable"), registered && enabled && capable },
        { QStringLiteral("isMfaRegistered"), mfa },
        { QStringLiteral("isMfaCapable"), mfa },
        { QStringLiteral("isPasswordlessCapable"), false },
        { QStringLiteral("methodsRegistered"), methods },
        { QStringLiteral("isSystemPreferredAuthenticationMethodEnabled"), true },
        { QStringLiteral("systemPreferredAuthenticationMethods"), systemPreferred },
        { QStringLiteral("userPreferredMethodForSecondaryAuthentication"), preferred },
        { QStringLiteral("lastUpdatedDateTime"),
            loadedAt.addDays(-(index % 30)).toString(Qt::ISODate) },
    };
}

QJsonObject GeneratedUsers::user(qint64 index) const
{
    const QString upn = userPrincipalName(index);
    return QJsonObject {
        { QStringLiteral("id"), id(index) },
        { QStringLiteral("displayName"), QString(QLatin1String("User ") + number(index)) },
        { QStringLiteral("givenName"), QStringLiteral("User") },
        { QStringLiteral("surname"), number(index) },
        { QStringLiteral("userPrincipalName"), upn },
        { QStringLiteral("mail"), upn },
        { QStringLiteral("jobTitle"), QJsonValue::Null },
        { QStringLiteral("businessPhones"), QJsonArray() },
        { QStringLiteral("mobilePhone"), QJsonValue::Null },
        { QStringLiteral("officeLocation"), QJsonValue::Null },
        { QStringLiteral("preferredLanguage"), QStringLiteral("en-US") },
        { QStringLiteral("accountEnabled"), true },
        { QStringLiteral("userType"),
            isGuest(index) ? QStringLiteral("Guest") : QStringLiteral("Member") },
        // Cloud-only users carry null here in Graph, never false.
        { QStringLiteral("onPremisesSyncEnabled"),
            isSynced(index) ? QJsonValue(true) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("createdDateTime"), QStringLiteral("2024-01-08T08:00:00Z") },
    };
}

const GeneratedUsers::Group *GeneratedUsers::group(const QString &groupId) const
{
    for (const Group &g : groups) {
        if (g.id.compare(groupId, Qt::CaseInsensitive) == 0)
            return &g;
    }
    return nullptr;
}

qint64 GeneratedUsers::memberCount(const Group &g) const
{
    return count <= 0 ? 0 : (count - 1) / g.every + 1;
}

} // namespace sspr::demo

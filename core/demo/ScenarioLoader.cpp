#include "core/demo/ScenarioLoader.h"

#include "core/demo/FaultJson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <optional>

namespace sspr::demo {

namespace {

const QString kResourceDir = QStringLiteral(":/scenarios");
constexpr int kMaxBaseDepth = 8;
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024; // the largest built-in scenario is ~25 KB

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

bool isIdKeyedArray(const QJsonArray &array)
{
    for (const QJsonValue &v : array) {
        if (!v.isObject() || !v.toObject().value(QLatin1String("id")).isString())
            return false;
    }
    return true;
}

QJsonArray mergeById(const QJsonArray &base, const QJsonArray &derived)
{
    QJsonArray out = base;
    for (const QJsonValue &v : derived) {
        const QJsonObject item = v.toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        const bool remove = item.value(QLatin1String("@remove")).toBool();
        qsizetype found = -1;
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out.at(i).toObject().value(QLatin1String("id")).toString() == id) {
                found = i;
                break;
            }
        }
        if (remove) {
            if (found >= 0)
                out.removeAt(found);
        } else if (found >= 0) {
            out.replace(found, ScenarioLoader::merge(out.at(found).toObject(), item));
        } else {
            out.append(item);
        }
    }
    return out;
}

// "{{now}}", "{{now-7d}}", "{{now+90m}}": times relative to loading, so that "the last
// 7 days" filters and "last sync" ages stay true whenever the demo runs.
QJsonValue resolveTimes(const QJsonValue &value, const QDateTime &now)
{
    // At most 9 digits, so n * 86400 fits in qint64: "{{now-9223372036854775807d}}" overflowed
    // (undefined behaviour; tests/fuzz/regressions/fuzz_scenario). A longer offset is no
    // relative time and stays as written.
    static const QRegularExpression re(
        QStringLiteral(R"(^\{\{now(?:([+-])(\d{1,9})([smhd]))?\}\}$)"));
    if (value.isString()) {
        const QString text = value.toString();
        if (!text.startsWith(QLatin1String("{{now"))) // most strings: skip the regex
            return value;
        const auto m = re.match(text);
        if (!m.hasMatch())
            return value;
        qint64 seconds = 0;
        if (m.hasCaptured(2)) {
            const qint64 n = m.captured(2).toLongLong();
            const QChar unit = m.captured(3).at(0);
            const qint64 scale = unit == QLatin1Char('s') ? 1
                : unit == QLatin1Char('m')                ? 60
                : unit == QLatin1Char('h')                ? 3600
                                                          : 86400;
            seconds = n * scale * (m.captured(1) == QLatin1String("-") ? -1 : 1);
        }
        return now.addSecs(seconds).toString(Qt::ISODate);
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(resolveTimes(v, now));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject obj = value.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            out.insert(it.key(), resolveTimes(it.value(), now));
        return out;
    }
    return value;
}

// Field readers for build(): each sets `error` to a message on a wrong type.
struct Reader {
    const QJsonObject &root;
    QString error;

    std::optional<QJsonArray> objectArray(const QString &key, bool needId)
    {
        const QJsonValue v = root.value(key);
        if (v.isUndefined())
            return QJsonArray();
        if (!v.isArray()) {
            fail(ScenarioLoader::tr("\"%1\" must be an array, not %2").arg(key, typeName(v)));
            return std::nullopt;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                fail(ScenarioLoader::tr("\"%1[%2]\" must be an object, not %3")
                         .arg(key)
                         .arg(i)
                         .arg(typeName(array.at(i))));
                return std::nullopt;
            }
            if (needId && !array.at(i).toObject().value(QLatin1String("id")).isString()) {
                fail(ScenarioLoader::tr("\"%1[%2]\" needs a string \"id\"").arg(key).arg(i));
                return std::nullopt;
            }
        }
        return array;
    }

    std::optional<QJsonObject> object(const QString &key)
    {
        const QJsonValue v = root.value(key);
        if (v.isUndefined())
            return QJsonObject();
        if (!v.isObject()) {
            fail(ScenarioLoader::tr("\"%1\" must be an object, not %2").arg(key, typeName(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

    std::optional<QString> string(
        const QJsonObject &obj, const QString &key, const QString &where, bool required)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString() || (required && v.toString().isEmpty())) {
            fail(ScenarioLoader::tr("\"%1\" must be a non-empty string, not %2")
                     .arg(where, typeName(v)));
            return std::nullopt;
        }
        return v.toString();
    }

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }
};

std::optional<StaticRoute> parseRoute(const QJsonObject &obj, const QString &where, QString &error)
{
    static const QStringList known { QStringLiteral("id"), QStringLiteral("method"),
        QStringLiteral("path"), QStringLiteral("status"), QStringLiteral("headers"),
        QStringLiteral("body"), QStringLiteral("bodyText"), QStringLiteral("$comment") };
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!known.contains(it.key())) {
            error = ScenarioLoader::tr("%1: unknown key \"%2\"").arg(where, it.key());
            return std::nullopt;
        }
    }
    StaticRoute route;
    if (obj.contains(QLatin1String("method")))
        route.method = obj.value(QLatin1String("method")).toString().toUpper();
    const QString path = obj.value(QLatin1String("path")).toString();
    if (path.isEmpty() || route.method.isEmpty()) {
        error = ScenarioLoader::tr("%1: needs a string \"path\" (and \"method\" if given)")
                    .arg(where);
        return std::nullopt;
    }
    route.path = QRegularExpression(QRegularExpression::anchoredPattern(path));
    if (!route.path.isValid()) {
        error = ScenarioLoader::tr("%1: \"path\" is not a valid regular expression: %2")
                    .arg(where, route.path.errorString());
        return std::nullopt;
    }
    const QJsonValue status = obj.value(QLatin1String("status"));
    if (!status.isUndefined()) {
        if (!status.isDouble() || !FaultJson::isKnownStatus(status.toInt())) {
            error = ScenarioLoader::tr("%1: \"status\" must be an HTTP status code").arg(where);
            return std::nullopt;
        }
        route.status = status.toInt();
    }
    const QJsonValue headers = obj.value(QLatin1String("headers"));
    if (!headers.isUndefined() && !headers.isObject()) {
        error = ScenarioLoader::tr("%1: \"headers\" must be an object").arg(where);
        return std::nullopt;
    }
    const QJsonObject headerObj = headers.toObject();
    for (auto it = headerObj.begin(); it != headerObj.end(); ++it)
        route.headers.append({ it.key().toUtf8(), it.value().toVariant().toString().toUtf8() });
    if (obj.contains(QLatin1String("bodyText"))) {
        route.rawBody = true;
        route.bodyText = obj.value(QLatin1String("bodyText")).toString().toUtf8();
    } else {
        route.body = obj.value(QLatin1String("body"));
    }
    return route;
}

const QStringList &knownTopLevelKeys()
{
    static const QStringList keys { QStringLiteral("$comment"), QStringLiteral("name"),
        QStringLiteral("description"), QStringLiteral("base"), QStringLiteral("tenant"),
        QStringLiteral("signedInUser"), QStringLiteral("affectedUser"), QStringLiteral("pageSize"),
        QStringLiteral("users"), QStringLiteral("registrationDetails"),
        QStringLiteral("healthOverviews"), QStringLiteral("organization"),
        QStringLiteral("onPremisesSynchronization"), QStringLiteral("subscribedSkus"),
        QStringLiteral("directoryAudits"), QStringLiteral("signIns"),
        QStringLiteral("authenticationMethods"), QStringLiteral("licenseDetails"),
        QStringLiteral("authenticationMethodsPolicy"), QStringLiteral("authorizationPolicy"),
        QStringLiteral("faults"), QStringLiteral("routes"), QStringLiteral("network"),
        QStringLiteral("generatedUsers") };
    return keys;
}

} // namespace

QStringList ScenarioLoader::builtInNames()
{
    QStringList names;
    const QStringList files
        = QDir(kResourceDir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(QFileInfo(file).completeBaseName());
    names.sort();
    return names;
}

QJsonObject ScenarioLoader::merge(const QJsonObject &base, const QJsonObject &derived)
{
    QJsonObject out = base;
    for (auto it = derived.begin(); it != derived.end(); ++it) {
        const QJsonValue old = out.value(it.key());
        const QJsonValue value = it.value();
        if (old.isObject() && value.isObject()) {
            out.insert(it.key(), merge(old.toObject(), value.toObject()));
        } else if (old.isArray() && value.isArray() && !value.toArray().isEmpty()
            && isIdKeyedArray(old.toArray()) && isIdKeyedArray(value.toArray())) {
            out.insert(it.key(), mergeById(old.toArray(), value.toArray()));
        } else {
            out.insert(it.key(), value);
        }
    }
    return out;
}

QString ScenarioLoader::resolvePath(const QString &nameOrPath, const QString &relativeTo)
{
    const bool looksLikePath = nameOrPath.contains(QLatin1Char('/'))
        || nameOrPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (!looksLikePath)
        return kResourceDir + QLatin1Char('/') + nameOrPath + QLatin1String(".json");
    if (QFileInfo(nameOrPath).isAbsolute() || relativeTo.isEmpty()
        || nameOrPath.startsWith(QLatin1Char(':')))
        return nameOrPath;
    return QFileInfo(relativeTo).dir().filePath(nameOrPath);
}

std::variant<QJsonObject, QString> ScenarioLoader::readMerged(
    const QString &path, QSet<QString> &chain)
{
    if (chain.contains(path) || chain.size() >= kMaxBaseDepth)
        return tr("%1: \"base\" forms a cycle or is nested too deeply").arg(path);
    chain.insert(path);

    // Only a regular file of sane size: "base": "/dev/zero" read until memory ran out, and a
    // FIFO or /dev/stdin would block the demo forever (tests/fuzz/regressions/fuzz_scenario).
    // A NUL inside the name hid "/dev/zero" from QFileInfo while the opened name stopped at the
    // NUL (found by fuzz_scenario in CI): such a name is refused, and the read is bounded.
    const QString tooLarge
        = tr("%1: not a scenario file (not a regular file, or larger than %2 MB)")
              .arg(path)
              .arg(kMaxFileBytes / (1024 * 1024));
    const QFileInfo info(path);
    if (path.contains(QChar(0))
        || (info.exists() && (!info.isFile() || info.size() > kMaxFileBytes)))
        return tooLarge;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (path.startsWith(kResourceDir))
            return tr("%1: no built-in scenario of that name (known: %2)")
                .arg(path, builtInNames().join(QLatin1String(", ")));
        return tr("%1: cannot open the file: %2").arg(path, file.errorString());
    }
    if (file.isSequential())
        return tooLarge;
    // In chunks: read(kMaxFileBytes + 1) allocated 16 MB for every file, a 25 KB scenario
    // included (under ASan that alone cut fuzz_scenario from ~2,000 to 30 inputs a second).
    QByteArray bytes;
    while (bytes.size() <= kMaxFileBytes) {
        const QByteArray chunk = file.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (bytes.size() > kMaxFileBytes)
        return tooLarge;
    if (file.error() != QFileDevice::NoError)
        return tr("%1: cannot read the file: %2").arg(path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr("%1: not valid JSON at offset %2: %3")
            .arg(path)
            .arg(parseError.offset)
            .arg(parseError.errorString());
    if (!doc.isObject())
        return tr("%1: the top level must be a JSON object").arg(path);

    QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!knownTopLevelKeys().contains(it.key()))
            return tr("%1: unknown key \"%2\"").arg(path, it.key());
    }
    const QJsonValue base = root.value(QLatin1String("base"));
    if (base.isUndefined())
        return root;
    if (!base.isString() || base.toString().isEmpty())
        return tr("%1: \"base\" must be a scenario name or a file path").arg(path);

    const QString basePath = resolvePath(base.toString(), path);
    auto parent = readMerged(basePath, chain);
    if (auto *message = std::get_if<QString>(&parent))
        return tr("%1: \"base\" %2 cannot be used: %3").arg(path, base.toString(), *message);
    root.remove(QLatin1String("base"));
    QJsonObject baseRoot = std::get<QJsonObject>(parent);
    baseRoot.remove(QLatin1String("name"));
    return merge(baseRoot, root);
}

ScenarioLoader::Result ScenarioLoader::load(const QString &nameOrPath)
{
    if (nameOrPath.trimmed().isEmpty())
        return tr("No scenario name or file given");
    const QString path = resolvePath(nameOrPath.trimmed(), QString());
    QSet<QString> chain;
    auto merged = readMerged(path, chain);
    if (auto *message = std::get_if<QString>(&merged))
        return *message;
    const QJsonObject root
        = resolveTimes(std::get<QJsonObject>(merged), QDateTime::currentDateTimeUtc()).toObject();
    return build(root, path);
}

ScenarioLoader::Result ScenarioLoader::build(const QJsonObject &root, const QString &path)
{
    Scenario s;
    s.sourcePath = path;
    Reader r { root, {} };
    const auto fail
        = [&](const QString &message) -> QString { return path + QLatin1String(": ") + message; };

    s.name
        = r.string(root, QStringLiteral("name"), QStringLiteral("name"), false).value_or(QString());
    if (s.name.isEmpty())
        s.name = QFileInfo(path).completeBaseName();
    s.description
        = r.string(root, QStringLiteral("description"), QStringLiteral("description"), true)
              .value_or(QString());
    const auto tenant = r.object(QStringLiteral("tenant"));
    if (tenant) {
        s.tenantId = r.string(*tenant, QStringLiteral("id"), QStringLiteral("tenant.id"), true)
                         .value_or(QString());
        s.tenantDisplayName = r.string(*tenant, QStringLiteral("displayName"),
                                   QStringLiteral("tenant.displayName"), true)
                                  .value_or(QString());
    }
    const QJsonValue pageSize = root.value(QLatin1String("pageSize"));
    if (!pageSize.isUndefined()) {
        if (!pageSize.isDouble() || pageSize.toInt() < 1 || pageSize.toInt() > 999)
            r.fail(tr("\"pageSize\" must be a number from 1 to 999"));
        s.pageSize = pageSize.toInt(100);
    }
    s.users = r.objectArray(QStringLiteral("users"), true).value_or(QJsonArray());
    s.registrationDetails
        = r.objectArray(QStringLiteral("registrationDetails"), true).value_or(QJsonArray());
    s.healthOverviews
        = r.objectArray(QStringLiteral("healthOverviews"), true).value_or(QJsonArray());
    s.organization = r.objectArray(QStringLiteral("organization"), true).value_or(QJsonArray());
    s.onPremisesSynchronization
        = r.objectArray(QStringLiteral("onPremisesSynchronization"), true).value_or(QJsonArray());
    s.subscribedSkus = r.objectArray(QStringLiteral("subscribedSkus"), true).value_or(QJsonArray());
    s.directoryAudits
        = r.objectArray(QStringLiteral("directoryAudits"), true).value_or(QJsonArray());
    s.signIns = r.objectArray(QStringLiteral("signIns"), true).value_or(QJsonArray());
    s.authenticationMethodsPolicy
        = r.object(QStringLiteral("authenticationMethodsPolicy")).value_or(QJsonObject());
    s.authorizationPolicy = r.object(QStringLiteral("authorizationPolicy")).value_or(QJsonObject());
    if (!r.error.isEmpty())
        return fail(r.error);

    for (const QJsonValue &u : std::as_const(s.users)) {
        if (!u.toObject().value(QLatin1String("userPrincipalName")).isString())
            return fail(tr("every entry of \"users\" needs a string \"userPrincipalName\""));
    }

    // Per-user lists are keyed by object id or UPN in the file, by object id in the model.
    for (const QString &key :
        { QStringLiteral("authenticationMethods"), QStringLiteral("licenseDetails") }) {
        const auto perUser = r.object(key);
        if (!perUser)
            return fail(r.error);
        for (auto it = perUser->begin(); it != perUser->end(); ++it) {
            const QString userId = s.findUser(it.key()).value(QLatin1String("id")).toString();
            if (userId.isEmpty())
                return fail(
                    tr("\"%1\" names user \"%2\", who is not in \"users\"").arg(key, it.key()));
            Reader inner { perUser.value(), {} };
            const auto list = inner.objectArray(it.key(), true);
            if (!list)
                return fail(key + QLatin1Char('.') + inner.error);
            (key == QLatin1String("authenticationMethods") ? s.authenticationMethods
                                                           : s.licenseDetails)
                .insert(userId, *list);
        }
    }

    for (const auto &[key, target] :
        { std::pair { QStringLiteral("signedInUser"), &s.signedInUserId },
            std::pair { QStringLiteral("affectedUser"), &s.affectedUserId } }) {
        const auto who = r.string(root, key, key, true);
        if (!who)
            return fail(r.error);
        *target = s.findUser(*who).value(QLatin1String("id")).toString();
        if (target->isEmpty())
            return fail(tr("\"%1\" is \"%2\", who is not in \"users\"").arg(key, *who));
    }

    const auto faults = r.objectArray(QStringLiteral("faults"), false);
    if (!faults)
        return fail(r.error);
    for (qsizetype i = 0; i < faults->size(); ++i) {
        QString error;
        const auto fault = FaultJson::fromJson(faults->at(i).toObject(), &error);
        if (!fault)
            return fail(QStringLiteral("faults[%1]: ").arg(i) + error);
        s.faults.append(*fault);
    }
    const auto routes = r.objectArray(QStringLiteral("routes"), false);
    if (!routes)
        return fail(r.error);
    for (qsizetype i = 0; i < routes->size(); ++i) {
        QString error;
        const auto route
            = parseRoute(routes->at(i).toObject(), QStringLiteral("routes[%1]").arg(i), error);
        if (!route)
            return fail(error);
        s.routes.append(*route);
    }
    const QJsonValue generated = root.value(QLatin1String("generatedUsers"));
    if (!generated.isUndefined()) {
        QString error;
        const auto users = generated.isObject() ? GeneratedUsers::fromJson(
                               generated.toObject(), QDateTime::currentDateTimeUtc(), &error)
                                                : std::nullopt;
        if (!users)
            return fail(error.isEmpty() ? tr("\"generatedUsers\" must be an object") : error);
        s.generated = *users;
    }
    const QJsonValue network = root.value(QLatin1String("network"));
    if (!network.isUndefined()) {
        QString error;
        const auto behavior = network.isObject()
            ? NetworkBehavior::fromJson(network.toObject(), &error)
            : std::nullopt;
        if (!behavior)
            return fail(error.isEmpty() ? tr("\"network\" must be an object") : error);
        s.network = *behavior;
    }
    return s;
}

} // namespace sspr::demo

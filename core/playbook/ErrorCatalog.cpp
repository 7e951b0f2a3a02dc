#include "core/playbook/ErrorCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <cmath>

namespace sspr::playbook {

namespace {

Q_LOGGING_CATEGORY(lcCatalog, "sspr.playbook.catalog")

const QString kBuiltInPath = QStringLiteral(":/playbooks/aadsts-1200xx.json");
constexpr int kSchemaVersion = 1;

// The check ids CHECKS.md defines. A catalog naming any other id has a typo.
const QStringList &knownCheckIds()
{
    static const QStringList ids {
        QStringLiteral("service.health"),
        QStringLiteral("user.account"),
        QStringLiteral("user.registration"),
        QStringLiteral("user.sspr-scope"),
        QStringLiteral("user.methods"),
        QStringLiteral("tenant.methods-policy"),
        QStringLiteral("tenant.sync"),
        QStringLiteral("tenant.writeback"),
        QStringLiteral("tenant.license"),
        QStringLiteral("tenant.admin-sspr"),
        QStringLiteral("user.sspr-audit"),
        QStringLiteral("user.signin-errors"),
        QStringLiteral("client.network"),
        QStringLiteral("client.clock"),
        QStringLiteral("client.os"),
    };
    return ids;
}

// Reads one JSON object, recording the first problem with the place it was found.
class FieldReader {
public:
    FieldReader(const QJsonObject &object, QString where, QString *error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error)
    {
    }

    bool ok() const { return m_error->isEmpty(); }

    QString string(const char *key, bool allowEmpty = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!ok())
            return {};
        QString problem;
        if (v.isUndefined())
            problem = ErrorCatalog::tr("is missing");
        else if (!v.isString())
            problem = ErrorCatalog::tr("must be a string");
        else if (v.toString().trimmed().isEmpty() && !allowEmpty)
            problem = ErrorCatalog::tr("must not be empty");
        if (!problem.isEmpty()) {
            fail(key, problem);
            return {};
        }
        return v.toString().trimmed();
    }

    QStringList strings(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!ok())
            return {};
        if (v.isUndefined() || !v.isArray()) {
            fail(key,
                v.isUndefined() ? ErrorCatalog::tr("is missing")
                                : ErrorCatalog::tr("must be an array of strings"));
            return {};
        }
        QStringList list;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(key, ErrorCatalog::tr("must hold only non-empty strings"));
                return {};
            }
            list.append(item.toString().trimmed());
        }
        if (list.isEmpty())
            fail(key, ErrorCatalog::tr("must not be empty"));
        return list;
    }

    QStringList checkIds(const char *key)
    {
        const QStringList ids = strings(key);
        for (const QString &id : ids) {
            if (!knownCheckIds().contains(id)) {
                fail(key, ErrorCatalog::tr("names an unknown check \"%1\"").arg(id));
                return {};
            }
        }
        if (QSet<QString>(ids.begin(), ids.end()).size() != ids.size()) {
            fail(key, ErrorCatalog::tr("lists a check twice"));
            return {};
        }
        return ids;
    }

    int integer(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!ok())
            return 0;
        const double d = v.toDouble(-1);
        const bool integral = v.isDouble() && std::abs(d) < 1e9 && std::trunc(d) == d;
        if (!integral) {
            fail(key,
                v.isUndefined() ? ErrorCatalog::tr("is missing")
                                : ErrorCatalog::tr("must be an integer"));
            return 0;
        }
        return static_cast<int>(d);
    }

    void fail(const char *key, const QString &what)
    {
        if (ok())
            *m_error = ErrorCatalog::tr("%1: \"%2\" %3").arg(m_where, QLatin1String(key), what);
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
};

std::optional<CatalogEntry> readEntry(const QJsonObject &o, const QString &where, QString *error)
{
    FieldReader r(o, where, error);
    CatalogEntry e;
    e.code = r.integer("code");
    if (r.ok() && (e.code < 10000 || e.code > 999999))
        r.fail("code", ErrorCatalog::tr("must be an AADSTS number of five or six digits"));
    e.name = r.string("name");
    e.meaning = r.string("meaning");
    e.likelyCauses = r.strings("likelyCauses");
    e.firstChecks = r.checkIds("firstChecks");
    const QString link = r.string("link");
    if (r.ok()) {
        e.link = QUrl(link, QUrl::StrictMode);
        const bool matches
            = QUrlQuery(e.link).queryItemValue(QStringLiteral("code")) == QString::number(e.code);
        if (!e.link.isValid() || e.link.scheme() != QLatin1String("https") || !matches)
            r.fail("link", ErrorCatalog::tr("must be an https URL ending in ?code=%1").arg(e.code));
    }
    if (!r.ok())
        return std::nullopt;
    return e;
}

std::optional<CodeHint> readHint(const QJsonObject &o, const QString &where, QString *error)
{
    static const QRegularExpression keyShape(QStringLiteral(R"(^(SSPR_\d{4}|event:\d{3,5})$)"));
    FieldReader r(o, where, error);
    CodeHint h;
    h.key = r.string("key");
    if (r.ok() && !keyShape.match(h.key).hasMatch())
        r.fail("key", ErrorCatalog::tr("must look like SSPR_0029 or event:31003"));
    h.meaning = r.string("meaning");
    h.fixer = r.string("fixer");
    // Informational events and causes no check can confirm have no check id.
    h.checkId = r.string("checkId", true);
    if (r.ok() && !h.checkId.isEmpty() && !knownCheckIds().contains(h.checkId))
        r.fail("checkId", ErrorCatalog::tr("names an unknown check \"%1\"").arg(h.checkId));
    if (!r.ok())
        return std::nullopt;
    return h;
}

QList<QJsonObject> objectArray(const QJsonObject &root, const char *key, QString *error)
{
    const QJsonValue v = root.value(QLatin1String(key));
    if (!v.isArray()) {
        *error = ErrorCatalog::tr("\"%1\" must be an array").arg(QLatin1String(key));
        return {};
    }
    QList<QJsonObject> list;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = ErrorCatalog::tr("%1[%2] must be an object").arg(QLatin1String(key)).arg(i);
            return {};
        }
        list.append(array.at(i).toObject());
    }
    if (list.isEmpty())
        *error = ErrorCatalog::tr("\"%1\" must not be empty").arg(QLatin1String(key));
    return list;
}

} // namespace

const ErrorCatalog &ErrorCatalog::builtIn()
{
    static const ErrorCatalog catalog = [] {
        QString error;
        auto loaded = load(kBuiltInPath, &error);
        if (!loaded) {
            // A broken resource is a build defect; the app still runs with generic playbooks.
            qCCritical(lcCatalog) << "built-in catalog is invalid:" << error;
            return ErrorCatalog();
        }
        return *loaded;
    }();
    return catalog;
}

std::optional<ErrorCatalog> ErrorCatalog::load(const QString &path, QString *error)
{
    QString problem;
    auto setError = [&](const QString &message) {
        const QString full = tr("%1: %2").arg(QFileInfo(path).fileName(), message);
        qCWarning(lcCatalog).noquote() << full;
        if (error)
            *error = full;
        return std::nullopt;
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setError(tr("cannot be read (%1)").arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return setError(tr("is not valid JSON at offset %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
    if (!doc.isObject())
        return setError(tr("must hold a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("schemaVersion")).toInt(-1) != kSchemaVersion)
        return setError(tr("\"schemaVersion\" must be %1").arg(kSchemaVersion));

    ErrorCatalog catalog;
    const QList<QJsonObject> codes = objectArray(root, "codes", &problem);
    for (qsizetype i = 0; i < codes.size() && problem.isEmpty(); ++i) {
        const QString code = codes.at(i).value(QLatin1String("code")).toVariant().toString();
        const QString where = tr("codes[%1] (%2)").arg(i).arg(code);
        const auto entry = readEntry(codes.at(i), where, &problem);
        if (!entry)
            break;
        if (catalog.find(entry->code)) {
            problem = tr("%1: duplicate code %2").arg(where).arg(entry->code);
            break;
        }
        catalog.m_entries.append(*entry);
    }
    if (!problem.isEmpty())
        return setError(problem);

    const QList<QJsonObject> hints = objectArray(root, "hints", &problem);
    for (qsizetype i = 0; i < hints.size() && problem.isEmpty(); ++i) {
        const QString where
            = tr("hints[%1] (%2)").arg(i).arg(hints.at(i).value(QLatin1String("key")).toString());
        const auto hint = readHint(hints.at(i), where, &problem);
        if (!hint)
            break;
        if (catalog.hint(hint->key)) {
            problem = tr("%1: duplicate key %2").arg(where, hint->key);
            break;
        }
        catalog.m_hints.append(*hint);
    }
    if (!problem.isEmpty())
        return setError(problem);

    FieldReader rootReader(root, tr("catalog"), &problem);
    catalog.m_genericChecks = rootReader.checkIds("genericChecks");
    if (!problem.isEmpty())
        return setError(problem);

    qCDebug(lcCatalog) << "loaded" << catalog.m_entries.size() << "codes and"
                       << catalog.m_hints.size() << "hints from" << path;
    return catalog;
}

QList<CatalogEntry> ErrorCatalog::entries() const
{
    return m_entries;
}

std::optional<CatalogEntry> ErrorCatalog::find(int code) const
{
    for (const CatalogEntry &e : m_entries) {
        if (e.code == code)
            return e;
    }
    return std::nullopt;
}

std::optional<CodeHint> ErrorCatalog::hint(const QString &key) const
{
    const QString wanted = key.trimmed();
    for (const CodeHint &h : m_hints) {
        if (h.key.compare(wanted, Qt::CaseInsensitive) == 0)
            return h;
    }
    return std::nullopt;
}

QList<CodeHint> ErrorCatalog::hints() const
{
    return m_hints;
}

QStringList ErrorCatalog::genericChecks() const
{
    return m_genericChecks;
}

Playbook ErrorCatalog::playbookFor(int code, const QStringList &available) const
{
    Playbook playbook;
    playbook.code = code;
    const std::optional<CatalogEntry> entry = code > 0 ? find(code) : std::nullopt;
    playbook.known = entry.has_value();
    if (entry)
        playbook.title = tr("AADSTS%1 %2").arg(code).arg(entry->name);
    else if (code > 0)
        playbook.title = tr("AADSTS%1 is not in the catalog: general SSPR checks").arg(code);
    else
        playbook.title = tr("No error code given: general SSPR checks");

    const QStringList &first = entry ? entry->firstChecks : m_genericChecks;
    for (const QString &id : first) {
        if (available.contains(id) && !playbook.checkIds.contains(id))
            playbook.checkIds.append(id);
    }
    for (const QString &id : available) {
        if (!playbook.checkIds.contains(id))
            playbook.checkIds.append(id);
    }
    return playbook;
}

} // namespace sspr::playbook

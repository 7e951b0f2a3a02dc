#include "core/playbook/CatalogFieldReader.h"

#include "core/common/JsonNumbers.h"
#include "core/playbook/ErrorCatalog.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

#include <utility>

namespace sspr::playbook {

// The check ids CHECKS.md defines, and the guided questions as findings. A catalog naming
// any other id has a typo.
bool CatalogFieldReader::isKnownCheckId(const QString &id)
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
        QStringLiteral("question.where"),
        QStringLiteral("question.browser"),
        QStringLiteral("question.other-network"),
        QStringLiteral("question.registration"),
        QStringLiteral("question.first-seen"),
    };
    return ids.contains(id);
}

CatalogFieldReader::CatalogFieldReader(const QJsonObject &object, QString where, QString *error)
    : m_object(object)
    , m_where(std::move(where))
    , m_error(error)
{
}

bool CatalogFieldReader::ok() const
{
    return m_error->isEmpty();
}

QString CatalogFieldReader::string(const char *key, bool allowEmpty)
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

QStringList CatalogFieldReader::strings(const char *key)
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

QStringList CatalogFieldReader::checkIds(const char *key)
{
    const QStringList ids = strings(key);
    for (const QString &id : ids) {
        if (!isKnownCheckId(id)) {
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

QStringList CatalogFieldReader::optionalCheckIds(const char *key, const QStringList &fallback)
{
    if (!m_object.contains(QLatin1String(key)))
        return fallback;
    return checkIds(key);
}

int CatalogFieldReader::integer(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (!ok())
        return 0;
    const std::optional<qint64> n = common::wholeNumber(v, -999999999, 999999999);
    if (!n) {
        fail(key,
            v.isUndefined() ? ErrorCatalog::tr("is missing")
                            : ErrorCatalog::tr("must be an integer"));
        return 0;
    }
    return int(*n);
}

void CatalogFieldReader::fail(const char *key, const QString &what)
{
    if (ok())
        *m_error = ErrorCatalog::tr("%1: \"%2\" %3").arg(m_where, QLatin1String(key), what);
}

} // namespace sspr::playbook

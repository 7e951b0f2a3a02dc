#include "core/report/SessionFieldReader.h"

#include "core/common/JsonNumbers.h"

#include <climits>

namespace sspr::report {

using checks::EvidenceItem;
using checks::Finding;

namespace {
QDateTime fromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}
} // namespace

bool SessionFieldReader::fail(const QString &path, const QString &what)
{
    if (error.isEmpty())
        error = tr("%1: %2").arg(path, what);
    return false;
}

QString SessionFieldReader::string(const QJsonObject &o, const char *key, const QString &path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isString())
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected text"));
    return v.toString();
}

QJsonObject SessionFieldReader::object(const QJsonObject &o, const char *key, const QString &path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isObject())
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected an object"));
    return v.toObject();
}

QJsonObject SessionFieldReader::optionalObject(
    const QJsonObject &o, const char *key, const QString &path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isObject())
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected an object"));
    return v.toObject();
}

bool SessionFieldReader::boolean(const QJsonObject &o, const char *key, const QString &path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isBool())
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected true or false"));
    return v.toBool(false);
}

int SessionFieldReader::integer(const QJsonObject &o, const char *key, const QString &path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return 0;
    const std::optional<qint64> n = common::wholeNumber(v, INT_MIN, INT_MAX);
    if (!n) {
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected a whole number"));
        return 0;
    }
    return int(*n);
}

QDateTime SessionFieldReader::time(const QJsonObject &o, const char *key, const QString &path)
{
    const QString text = string(o, key, path);
    if (text.isEmpty())
        return {};
    const QDateTime t = fromIso(text);
    if (!t.isValid())
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected a date and time"));
    return t;
}

QJsonArray SessionFieldReader::array(const QJsonObject &o, const char *key, const QString &path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isArray())
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected a list"));
    return v.toArray();
}

QStringList SessionFieldReader::strings(const QJsonObject &o, const char *key, const QString &path)
{
    QStringList out;
    for (const QJsonValue &v : array(o, key, path)) {
        if (!v.isString())
            fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected a list of text"));
        out << v.toString();
    }
    return out;
}

QList<int> SessionFieldReader::ints(const QJsonObject &o, const char *key, const QString &path)
{
    QList<int> out;
    for (const QJsonValue &v : array(o, key, path)) {
        const std::optional<qint64> n = common::wholeNumber(v, INT_MIN, INT_MAX);
        if (!n) {
            fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected a list of numbers"));
            break;
        }
        out << int(*n);
    }
    return out;
}

RootCause SessionFieldReader::rootCause(const QJsonObject &o, const QString &path)
{
    RootCause c;
    const QJsonValue v = o.value(QLatin1String("rootCause"));
    if (v.isUndefined())
        return c;
    if (!v.isObject()) {
        fail(path, tr("expected an object"));
        return c;
    }
    const QJsonObject r = v.toObject();
    c.found = boolean(r, "found", path);
    c.checkId = string(r, "checkId", path);
    c.title = string(r, "title", path);
    c.summary = string(r, "summary", path);
    c.supportingCheckIds = strings(r, "supportingCheckIds", path);
    c.confidence = integer(r, "confidence", path);
    c.who = keyed(r, "who", path, &checks::actorFromKey, checks::Actor::Nobody);
    c.nextStep = string(r, "nextStep", path);
    c.docUrl = QUrl(string(r, "docUrl", path), QUrl::StrictMode);
    if (c.found && c.checkId.isEmpty())
        fail(path + QStringLiteral(".checkId"), tr("missing"));
    return c;
}

Finding SessionFieldReader::finding(const QJsonObject &o, const QString &path)
{
    Finding f;
    f.checkId = string(o, "checkId", path);
    if (f.checkId.isEmpty())
        fail(path + QStringLiteral(".checkId"), tr("missing"));
    f.title = string(o, "title", path);
    const auto status = checks::statusFromKey(string(o, "status", path));
    if (!status)
        fail(
            path + QStringLiteral(".status"), tr("not one of pass, warning, fail, skipped, error"));
    f.status = status.value_or(checks::Status::Error);
    f.summary = string(o, "summary", path);
    f.details = string(o, "details", path);
    f.evaluatedAt = time(o, "evaluatedAt", path);
    f.notApplicable = boolean(o, "notApplicable", path);
    const QJsonArray evidence = array(o, "evidence", path);
    for (qsizetype i = 0; i < evidence.size() && error.isEmpty(); ++i) {
        const QString ep = path + QStringLiteral(".evidence[%1]").arg(i);
        if (!evidence.at(i).isObject()) {
            fail(ep, tr("expected an object"));
            break;
        }
        const QJsonObject e = evidence.at(i).toObject();
        EvidenceItem item;
        item.source = string(e, "source", ep);
        item.httpStatus = integer(e, "httpStatus", ep);
        item.requestId = string(e, "requestId", ep);
        const QJsonArray fields = array(e, "fields", ep);
        for (qsizetype j = 0; j < fields.size(); ++j) {
            const QString fp = ep + QStringLiteral(".fields[%1]").arg(j);
            if (!fields.at(j).isObject()) {
                fail(fp, tr("expected an object"));
                break;
            }
            const QJsonObject field = fields.at(j).toObject();
            item.fields.append({ string(field, "name", fp), string(field, "value", fp) });
        }
        f.evidence << item;
    }
    const QString rp = path + QStringLiteral(".remediation");
    const QJsonObject r = optionalObject(o, "remediation", path);
    f.remediation.text = string(r, "text", rp);
    f.remediation.who = keyed(r, "who", rp, &checks::actorFromKey, checks::Actor::Admin);
    f.remediation.docUrl = QUrl(string(r, "docUrl", rp), QUrl::StrictMode);
    return f;
}

} // namespace sspr::report

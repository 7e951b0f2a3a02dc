#include "core/report/SessionJson.h"

#include "core/trace/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sspr::report {

namespace {

using checks::EvidenceItem;
using checks::Finding;

const QLatin1String kSchema("sspr-doctor/session");

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject errorToJson(const playbook::ParsedError &e)
{
    QJsonArray codes, events;
    for (int c : e.aadstsCodes)
        codes.append(c);
    for (int id : e.writebackEventIds)
        events.append(id);
    return QJsonObject {
        { QStringLiteral("codes"), codes },
        { QStringLiteral("message"), e.message },
        { QStringLiteral("errorName"), e.errorName },
        { QStringLiteral("correlationId"), e.correlationId },
        { QStringLiteral("traceId"), e.traceId },
        { QStringLiteral("timestamp"), isoUtc(e.timestampUtc) },
        { QStringLiteral("errorUri"), e.errorUri },
        { QStringLiteral("ssprCodes"), toArray(e.ssprCodes) },
        { QStringLiteral("writebackEventIds"), events },
        { QStringLiteral("notFound"), toArray(e.notFound) },
        { QStringLiteral("notes"), toArray(e.notes) },
    };
}

QJsonObject evidenceToJson(const EvidenceItem &item)
{
    QJsonArray fields;
    for (const auto &[name, value] : item.fields)
        fields.append(
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } });
    return QJsonObject { { QStringLiteral("source"), item.source },
        { QStringLiteral("httpStatus"), item.httpStatus },
        { QStringLiteral("requestId"), item.requestId }, { QStringLiteral("fields"), fields } };
}

QJsonObject findingToJson(const Finding &f)
{
    QJsonArray evidence;
    for (const auto &item : f.evidence)
        evidence.append(evidenceToJson(item));
    const QJsonObject remediation {
        { QStringLiteral("text"), f.remediation.text },
        { QStringLiteral("who"), checks::actorKey(f.remediation.who) },
        { QStringLiteral("docUrl"), f.remediation.docUrl.toString() },
    };
    return QJsonObject {
        { QStringLiteral("checkId"), f.checkId },
        { QStringLiteral("title"), f.title },
        { QStringLiteral("status"), checks::statusKey(f.status) },
        { QStringLiteral("summary"), f.summary },
        { QStringLiteral("details"), f.details },
        { QStringLiteral("evidence"), evidence },
        { QStringLiteral("remediation"), remediation },
        { QStringLiteral("evaluatedAt"), isoUtc(f.evaluatedAt) },
        { QStringLiteral("notApplicable"), f.notApplicable },
    };
}

QJsonObject rootCauseToJson(const RootCause &c)
{
    return QJsonObject {
        { QStringLiteral("found"), c.found },
        { QStringLiteral("checkId"), c.checkId },
        { QStringLiteral("title"), c.title },
        { QStringLiteral("summary"), c.summary },
        { QStringLiteral("supportingCheckIds"), toArray(c.supportingCheckIds) },
        { QStringLiteral("confidence"), c.confidence },
        { QStringLiteral("who"), checks::actorKey(c.who) },
        { QStringLiteral("nextStep"), c.nextStep },
        { QStringLiteral("docUrl"), c.docUrl.toString() },
    };
}

// Reading back: strict about types, so a damaged file is named, never half-loaded.
class Reader {
    Q_DECLARE_TR_FUNCTIONS(SessionJson)

public:
    QString error;

    bool fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = tr("%1: %2").arg(path, what);
        return false;
    }
    QString string(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected text"));
        return v.toString();
    }
    QJsonObject object(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isObject())
            fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected a list"));
        return v.toArray();
    }
    QStringList strings(const QJsonObject &o, const char *key, const QString &path)
    {
        QStringList out;
        for (const QJsonValue &v : array(o, key, path)) {
            if (!v.isString())
                fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected a list of text"));
            out << v.toString();
        }
        return out;
    }
    QList<int> ints(const QJsonObject &o, const char *key, const QString &path)
    {
        QList<int> out;
        for (const QJsonValue &v : array(o, key, path)) {
            if (!v.isDouble())
                fail(
                    path + QLatin1Char('.') + QLatin1String(key), tr("expected a list of numbers"));
            out << v.toInt();
        }
        return out;
    }

    // Absent in files written before the ranker existed: an empty, not-found cause.
    RootCause rootCause(const QJsonObject &o, const QString &path)
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
        c.found = r.value(QLatin1String("found")).toBool(false);
        c.checkId = string(r, "checkId", path);
        c.title = string(r, "title", path);
        c.summary = string(r, "summary", path);
        c.supportingCheckIds = strings(r, "supportingCheckIds", path);
        c.confidence = r.value(QLatin1String("confidence")).toInt();
        c.who = checks::actorFromKey(string(r, "who", path)).value_or(checks::Actor::Nobody);
        c.nextStep = string(r, "nextStep", path);
        c.docUrl = QUrl(string(r, "docUrl", path), QUrl::StrictMode);
        if (c.found && c.checkId.isEmpty())
            fail(path + QStringLiteral(".checkId"), tr("missing"));
        return c;
    }

    Finding finding(const QJsonObject &o, const QString &path)
    {
        Finding f;
        f.checkId = string(o, "checkId", path);
        if (f.checkId.isEmpty())
            fail(path + QStringLiteral(".checkId"), tr("missing"));
        f.title = string(o, "title", path);
        const auto status = checks::statusFromKey(string(o, "status", path));
        if (!status)
            fail(path + QStringLiteral(".status"),
                tr("not one of pass, warning, fail, skipped, error"));
        f.status = status.value_or(checks::Status::Error);
        f.summary = string(o, "summary", path);
        f.details = string(o, "details", path);
        f.evaluatedAt = fromIso(o.value(QLatin1String("evaluatedAt")));
        f.notApplicable = o.value(QLatin1String("notApplicable")).toBool(false);
        const QJsonArray evidence = array(o, "evidence", path);
        for (qsizetype i = 0; i < evidence.size(); ++i) {
            const QString ep = path + QStringLiteral(".evidence[%1]").arg(i);
            const QJsonObject e = evidence.at(i).toObject();
            EvidenceItem item;
            item.source = string(e, "source", ep);
            item.httpStatus = e.value(QLatin1String("httpStatus")).toInt();
            item.requestId = string(e, "requestId", ep);
            for (const QJsonValue &fv : array(e, "fields", ep)) {
                const QJsonObject field = fv.toObject();
                item.fields.append({ string(field, "name", ep), string(field, "value", ep) });
            }
            f.evidence << item;
        }
        const QJsonObject r = o.value(QLatin1String("remediation")).toObject();
        f.remediation.text = string(r, "text", path + QStringLiteral(".remediation"));
        f.remediation.who
            = checks::actorFromKey(string(r, "who", path)).value_or(checks::Actor::Admin);
        f.remediation.docUrl = QUrl(string(r, "docUrl", path), QUrl::StrictMode);
        return f;
    }
};

} // namespace

QJsonObject SessionJson::toJson(const Session &s)
{
    QJsonArray findings;
    for (const auto &f : s.findings)
        findings.append(findingToJson(f));
    QJsonObject answers;
    for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    return QJsonObject {
        { QStringLiteral("schema"), kSchema },
        { QStringLiteral("schemaVersion"), Session::schemaVersion },
        { QStringLiteral("app"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("SSPR Doctor") },
                { QStringLiteral("version"), s.appVersion } } },
        { QStringLiteral("startedAt"), isoUtc(s.startedAt) },
        { QStringLiteral("finishedAt"), isoUtc(s.finishedAt) },
        { QStringLiteral("mode"), s.mode },
        { QStringLiteral("source"), s.source },
        { QStringLiteral("error"), errorToJson(s.error) },
        { QStringLiteral("playbook"),
            QJsonObject { { QStringLiteral("code"), s.playbookCode },
                { QStringLiteral("known"), s.playbookKnown },
                { QStringLiteral("title"), s.playbookTitle } } },
        { QStringLiteral("user"),
            QJsonObject { { QStringLiteral("key"), s.userKey },
                { QStringLiteral("objectId"), s.userObjectId } } },
        { QStringLiteral("signedInAs"),
            QJsonObject { { QStringLiteral("displayName"), s.signedInAs.displayName },
                { QStringLiteral("userPrincipalName"), s.signedInAs.userPrincipalName },
                { QStringLiteral("tenantId"), s.signedInAs.tenantId } } },
        { QStringLiteral("answers"), answers },
        { QStringLiteral("notAnswered"), toArray(s.notAnswered) },
        { QStringLiteral("cloudKey"), s.cloudKey },
        { QStringLiteral("rootCause"), rootCauseToJson(s.rootCause) },
        { QStringLiteral("verdict"), verdictKey(s.verdict()) },
        { QStringLiteral("exitCode"), s.exitCode() },
        { QStringLiteral("graphRoundTrips"), s.graphRoundTrips },
        { QStringLiteral("findings"), findings },
    };
}

// Every string through the trace redactor before it reaches a file (headless --json): the
// checks' own redaction is narrower, and finding text can echo what Graph or the person sent.
static QJsonValue redacted(const QJsonValue &value)
{
    if (value.isString())
        return trace::Redactor::text(value.toString());
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = redacted(array.at(i));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = redacted(it.value());
        return object;
    }
    return value;
}

QByteArray SessionJson::toBytes(const Session &session)
{
    return QJsonDocument(redacted(toJson(session)).toObject()).toJson(QJsonDocument::Indented);
}

std::optional<Session> SessionJson::fromJson(const QJsonObject &o, QString *error)
{
    Reader r;
    const QString root = QStringLiteral("session");
    if (o.value(QLatin1String("schema")).toString() != kSchema)
        r.fail(root + QStringLiteral(".schema"), Reader::tr("not an SSPR Doctor session"));
    else if (o.value(QLatin1String("schemaVersion")).toInt() > Session::schemaVersion)
        r.fail(root + QStringLiteral(".schemaVersion"),
            Reader::tr("written by a newer SSPR Doctor (version %1)")
                .arg(o.value(QLatin1String("schemaVersion")).toInt()));

    Session s;
    s.appVersion = r.object(o, "app", root).value(QLatin1String("version")).toString();
    s.startedAt = fromIso(o.value(QLatin1String("startedAt")));
    s.finishedAt = fromIso(o.value(QLatin1String("finishedAt")));
    s.mode = r.string(o, "mode", root);
    s.source = r.string(o, "source", root);

    const QJsonObject e = r.object(o, "error", root);
    const QString ep = root + QStringLiteral(".error");
    s.error.aadstsCodes = r.ints(e, "codes", ep);
    s.error.message = r.string(e, "message", ep);
    s.error.errorName = r.string(e, "errorName", ep);
    s.error.correlationId = r.string(e, "correlationId", ep);
    s.error.traceId = r.string(e, "traceId", ep);
    s.error.timestampUtc = fromIso(e.value(QLatin1String("timestamp")));
    s.error.errorUri = r.string(e, "errorUri", ep);
    s.error.ssprCodes = r.strings(e, "ssprCodes", ep);
    s.error.writebackEventIds = r.ints(e, "writebackEventIds", ep);
    s.error.notFound = r.strings(e, "notFound", ep);
    s.error.notes = r.strings(e, "notes", ep);

    const QJsonObject p = r.object(o, "playbook", root);
    s.playbookCode = p.value(QLatin1String("code")).toInt();
    s.playbookKnown = p.value(QLatin1String("known")).toBool();
    s.playbookTitle = r.string(p, "title", root + QStringLiteral(".playbook"));

    const QJsonObject u = r.object(o, "user", root);
    s.userKey = r.string(u, "key", root + QStringLiteral(".user"));
    s.userObjectId = r.string(u, "objectId", root + QStringLiteral(".user"));

    const QJsonObject a = o.value(QLatin1String("signedInAs")).toObject();
    s.signedInAs.displayName = r.string(a, "displayName", root + QStringLiteral(".signedInAs"));
    s.signedInAs.userPrincipalName
        = r.string(a, "userPrincipalName", root + QStringLiteral(".signedInAs"));
    s.signedInAs.tenantId = r.string(a, "tenantId", root + QStringLiteral(".signedInAs"));

    const QJsonObject answers = o.value(QLatin1String("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        s.answers.insert(it.key(), it.value().toString());
    s.notAnswered = r.strings(o, "notAnswered", root);
    const QString cloud = r.string(o, "cloudKey", root);
    if (!cloud.isEmpty())
        s.cloudKey = cloud;
    s.rootCause = r.rootCause(o, root + QStringLiteral(".rootCause"));
    s.graphRoundTrips = o.value(QLatin1String("graphRoundTrips")).toInt();

    const QJsonArray findings = r.array(o, "findings", root);
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QString fp = root + QStringLiteral(".findings[%1]").arg(i);
        if (!findings.at(i).isObject()) {
            r.fail(fp, Reader::tr("expected an object"));
            break;
        }
        s.findings << r.finding(findings.at(i).toObject(), fp);
    }

    if (!r.error.isEmpty()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return s;
}

std::optional<Session> SessionJson::fromBytes(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = Reader::tr("not a JSON session file (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

} // namespace sspr::report

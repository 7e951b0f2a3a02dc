#include "core/report/SessionJson.h"

#include "core/common/JsonNumbers.h"

#include "core/report/SessionFieldReader.h"
#include "core/trace/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <climits>

namespace sspr::report {

namespace {

using checks::EvidenceItem;
using checks::Finding;

const QLatin1String kSchema("sspr-doctor/session");

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
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
    SessionFieldReader r;
    const QString root = QStringLiteral("session");
    const QJsonValue version = o.value(QLatin1String("schemaVersion"));
    if (o.value(QLatin1String("schema")).toString() != kSchema)
        r.fail(
            root + QStringLiteral(".schema"), SessionFieldReader::tr("not an SSPR Doctor session"));
    else if (!common::wholeNumber(version, 1, INT_MAX))
        r.fail(root + QStringLiteral(".schemaVersion"),
            SessionFieldReader::tr("missing or not a version number"));
    else if (version.toInt() > Session::schemaVersion)
        r.fail(root + QStringLiteral(".schemaVersion"),
            SessionFieldReader::tr("written by a newer SSPR Doctor (version %1)")
                .arg(version.toInt()));
    if (!r.error.isEmpty()) {
        // Nothing else is worth reading in a foreign or future file.
        if (error)
            *error = r.error;
        return std::nullopt;
    }

    Session s;
    const QJsonObject app = r.object(o, "app", root);
    r.string(app, "name", root + QStringLiteral(".app"));
    s.appVersion = r.string(app, "version", root + QStringLiteral(".app"));
    s.startedAt = r.time(o, "startedAt", root);
    s.finishedAt = r.time(o, "finishedAt", root);
    s.mode = r.string(o, "mode", root);
    s.source = r.string(o, "source", root);

    const QJsonObject e = r.object(o, "error", root);
    const QString ep = root + QStringLiteral(".error");
    s.error.aadstsCodes = r.ints(e, "codes", ep);
    s.error.message = r.string(e, "message", ep);
    s.error.errorName = r.string(e, "errorName", ep);
    s.error.correlationId = r.string(e, "correlationId", ep);
    s.error.traceId = r.string(e, "traceId", ep);
    s.error.timestampUtc = r.time(e, "timestamp", ep);
    s.error.errorUri = r.string(e, "errorUri", ep);
    s.error.ssprCodes = r.strings(e, "ssprCodes", ep);
    s.error.writebackEventIds = r.ints(e, "writebackEventIds", ep);
    s.error.notFound = r.strings(e, "notFound", ep);
    s.error.notes = r.strings(e, "notes", ep);

    const QJsonObject p = r.object(o, "playbook", root);
    s.playbookCode = r.integer(p, "code", root + QStringLiteral(".playbook"));
    s.playbookKnown = r.boolean(p, "known", root + QStringLiteral(".playbook"));
    s.playbookTitle = r.string(p, "title", root + QStringLiteral(".playbook"));

    const QJsonObject u = r.object(o, "user", root);
    s.userKey = r.string(u, "key", root + QStringLiteral(".user"));
    s.userObjectId = r.string(u, "objectId", root + QStringLiteral(".user"));

    const QJsonObject a = r.optionalObject(o, "signedInAs", root);
    s.signedInAs.displayName = r.string(a, "displayName", root + QStringLiteral(".signedInAs"));
    s.signedInAs.userPrincipalName
        = r.string(a, "userPrincipalName", root + QStringLiteral(".signedInAs"));
    s.signedInAs.tenantId = r.string(a, "tenantId", root + QStringLiteral(".signedInAs"));

    const QJsonObject answers = r.optionalObject(o, "answers", root);
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!it.value().isString()) {
            r.fail(root + QStringLiteral(".answers.") + it.key(),
                SessionFieldReader::tr("expected text"));
            break;
        }
        s.answers.insert(it.key(), it.value().toString());
    }
    s.notAnswered = r.strings(o, "notAnswered", root);
    const QString cloud = r.string(o, "cloudKey", root);
    if (!cloud.isEmpty())
        s.cloudKey = cloud;
    s.rootCause = r.rootCause(o, root + QStringLiteral(".rootCause"));
    s.graphRoundTrips = r.integer(o, "graphRoundTrips", root);
    // Derived from the findings when read (Session::verdict, exitCode), but still typed.
    r.string(o, "verdict", root);
    r.integer(o, "exitCode", root);

    const QJsonArray findings = r.array(o, "findings", root);
    for (qsizetype i = 0; i < findings.size() && r.error.isEmpty(); ++i) {
        const QString fp = root + QStringLiteral(".findings[%1]").arg(i);
        if (!findings.at(i).isObject()) {
            r.fail(fp, SessionFieldReader::tr("expected an object"));
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
            *error = SessionFieldReader::tr("not a JSON session file (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

} // namespace sspr::report

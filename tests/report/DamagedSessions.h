#pragma once
// Damaged session files for the core reader (tests/report/TestDamagedSession) and the wizard's
// Open session (tests/ui/TestDamagedSessionOpen): a rich valid session, then that file
// truncated at many offsets, random bytes, every field given every wrong JSON type, a wrong
// schema version, deep nesting and empty files. Each case names what the error should say.

#include "core/report/SessionJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QVariant>
#include <functional>

namespace damaged {

using namespace sspr;

struct Case {
    QString name;
    QByteArray bytes;
    QString messagePart; // in the error; empty: any non-empty error
};

// Every list, object and optional field filled, so every path below exists.
inline report::Session sampleSession()
{
    report::Session s;
    s.appVersion = QStringLiteral("0.1.0");
    s.startedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 14, 2), Qt::UTC);
    s.finishedAt = s.startedAt.addSecs(4);
    s.mode = QStringLiteral("it");
    s.source = QStringLiteral("demo:not-registered");
    s.error.aadstsCodes = { 120021, 50126 };
    s.error.message = QStringLiteral("PartnerServiceSsprInternalServiceError");
    s.error.errorName = QStringLiteral("PartnerServiceSsprInternalServiceError");
    s.error.correlationId = QStringLiteral("8d7a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b");
    s.error.traceId = QStringLiteral("1b7e0f53-9a7c-4a5b-8d62-3c1f9e2a7b10");
    s.error.timestampUtc = s.startedAt.addSecs(-60);
    s.error.errorUri = QStringLiteral("https://login.microsoftonline.com/error?code=120021");
    s.error.ssprCodes = { QStringLiteral("SSPR_0029") };
    s.error.writebackEventIds = { 31001 };
    s.error.notFound = { QStringLiteral("timestamp") };
    s.error.notes = { QStringLiteral("pasted twice") };
    s.playbookCode = 120021;
    s.playbookKnown = true;
    s.playbookTitle = QStringLiteral("Internal error in the SSPR partner service");
    s.userKey = QStringLiteral("adele.vance@contoso-demo.example");
    s.userObjectId = QStringLiteral("4f1c2d3e-0000-4000-8000-000000000001");
    s.signedInAs.displayName = QStringLiteral("Avery Admin");
    s.signedInAs.userPrincipalName = QStringLiteral("avery.admin@contoso-demo.example");
    s.signedInAs.tenantId = QStringLiteral("0c0ffee0-0000-4000-8000-000000000000");
    s.answers.insert(QStringLiteral("other-network"), QStringLiteral("no"));
    s.notAnswered = { QStringLiteral("where") };
    checks::Finding f;
    f.checkId = QStringLiteral("user.registration");
    f.title = QStringLiteral("SSPR registration");
    f.status = checks::Status::Fail;
    f.summary = QStringLiteral("Not registered for self-service password reset.");
    f.details = QStringLiteral("The registration details say isSsprRegistered false.");
    checks::EvidenceItem item;
    item.source = QStringLiteral("GET /reports/authenticationMethods/userRegistrationDetails");
    item.httpStatus = 200;
    item.requestId = QStringLiteral("a1b2c3d4-0000-4000-8000-000000000002");
    item.fields = { { QStringLiteral("isSsprRegistered"), QStringLiteral("false") } };
    f.evidence = { item };
    f.remediation.text = QStringLiteral("Register at https://aka.ms/ssprsetup.");
    f.remediation.who = checks::Actor::User;
    f.remediation.docUrl = QUrl(QStringLiteral("https://learn.microsoft.com/entra/"));
    f.evaluatedAt = s.finishedAt;
    checks::Finding skipped = f;
    skipped.checkId = QStringLiteral("local.windows-device");
    skipped.title = QStringLiteral("Windows device state");
    skipped.status = checks::Status::Skipped;
    skipped.notApplicable = true;
    s.findings = { f, skipped };
    s.rootCause.found = true;
    s.rootCause.checkId = f.checkId;
    s.rootCause.title = f.title;
    s.rootCause.summary = f.summary;
    s.rootCause.supportingCheckIds = { f.checkId };
    s.rootCause.confidence = 1;
    s.rootCause.who = checks::Actor::User;
    s.rootCause.nextStep = f.remediation.text;
    s.rootCause.docUrl = f.remediation.docUrl;
    s.cloudKey = QStringLiteral("global");
    s.graphRoundTrips = 2;
    return s;
}

inline QByteArray sampleBytes()
{
    return report::SessionJson::toBytes(sampleSession());
}

// One step of a path into the JSON: a member name or an array index.
using Step = QVariant; // QString or int
using Path = QList<Step>;

inline QJsonValue replaced(
    const QJsonValue &value, const Path &path, int at, const QJsonValue &with)
{
    if (at == path.size())
        return with;
    if (path.at(at).typeId() == QMetaType::QString) {
        QJsonObject o = value.toObject();
        const QString key = path.at(at).toString();
        o.insert(key, replaced(o.value(key), path, at + 1, with));
        return o;
    }
    QJsonArray a = value.toArray();
    const int i = path.at(at).toInt();
    a.replace(i, replaced(a.at(i), path, at + 1, with));
    return a;
}

inline void collectPaths(const QJsonValue &value, Path path, QList<Path> *out)
{
    if (!path.isEmpty())
        out->append(path);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectPaths(it.value(), Path(path) << Step(it.key()), out);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            collectPaths(a.at(i), Path(path) << Step(i), out);
    }
}

inline QString pathText(const Path &path)
{
    QString text = QStringLiteral("session");
    for (const Step &step : path)
        text += step.typeId() == QMetaType::QString ? u'.' + step.toString()
                                                    : QStringLiteral("[%1]").arg(step.toInt());
    return text;
}

// The nearest member name on the path: what the reader's message names.
inline QString nearestKey(const Path &path)
{
    for (qsizetype i = path.size() - 1; i >= 0; --i)
        if (path.at(i).typeId() == QMetaType::QString)
            return path.at(i).toString();
    return {};
}

inline QByteArray withValue(const QJsonObject &root, const Path &path, const QJsonValue &value)
{
    return QJsonDocument(replaced(root, path, 0, value).toObject()).toJson();
}

// Every field (members and list elements, at every depth) given every JSON type it is not.
inline QList<Case> wrongTypes()
{
    const QJsonObject root = QJsonDocument::fromJson(sampleBytes()).object();
    QList<Path> paths;
    collectPaths(root, {}, &paths);
    const QList<QJsonValue> kinds { QJsonValue(QJsonValue::Null), QJsonValue(true), QJsonValue(7),
        QJsonValue(QStringLiteral("x")), QJsonValue(QJsonArray()), QJsonValue(QJsonObject()) };
    QList<Case> cases;
    for (const Path &path : std::as_const(paths)) {
        QJsonValue current = root;
        for (const Step &step : path)
            current = step.typeId() == QMetaType::QString
                ? current.toObject().value(step.toString())
                : current.toArray().at(step.toInt());
        for (const QJsonValue &kind : kinds) {
            if (kind.type() == current.type())
                continue;
            cases.append({ pathText(path) + QStringLiteral(" as ")
                    + QString::fromLatin1(
                        QJsonDocument(QJsonArray { kind }).toJson(QJsonDocument::Compact)),
                withValue(root, path, kind), nearestKey(path) });
        }
    }
    return cases;
}

// Right types, values the writer never writes.
inline QList<Case> wrongValues()
{
    const QJsonObject root = QJsonDocument::fromJson(sampleBytes()).object();
    const auto at = [&root](const Path &path, const QJsonValue &value) {
        return withValue(root, path, value);
    };
    const Path finding { Step(QStringLiteral("findings")), Step(0) };
    return {
        { "status unknown", at(finding + Path { Step(QStringLiteral("status")) }, "great"),
            "status" },
        { "remediation who unknown",
            at(finding + Path { Step(QStringLiteral("remediation")), Step(QStringLiteral("who")) },
                "someone"),
            "who" },
        { "root cause who unknown",
            at({ Step(QStringLiteral("rootCause")), Step(QStringLiteral("who")) }, "someone"),
            "who" },
        { "time not a time", at({ Step(QStringLiteral("startedAt")) }, "yesterday"), "startedAt" },
        { "error time not a time",
            at({ Step(QStringLiteral("error")), Step(QStringLiteral("timestamp")) }, "soon"),
            "timestamp" },
        { "code a fraction",
            at({ Step(QStringLiteral("error")), Step(QStringLiteral("codes")), Step(0) }, 1.5),
            "codes" },
        { "status code too large",
            at(finding
                    + Path { Step(QStringLiteral("evidence")), Step(0),
                        Step(QStringLiteral("httpStatus")) },
                1e12),
            "httpStatus" },
        { "cause found without check",
            at({ Step(QStringLiteral("rootCause")), Step(QStringLiteral("checkId")) }, ""),
            "checkId" },
    };
}

inline QList<Case> wrongVersions()
{
    QJsonObject root = QJsonDocument::fromJson(sampleBytes()).object();
    const auto version = [&root](const QJsonValue &v) {
        QJsonObject o = root;
        o.insert(QStringLiteral("schemaVersion"), v);
        return QJsonDocument(o).toJson();
    };
    QJsonObject noVersion = root;
    noVersion.remove(QStringLiteral("schemaVersion"));
    QJsonObject otherSchema = root;
    otherSchema.insert(QStringLiteral("schema"), QStringLiteral("someone-else/session"));
    QJsonObject noSchema = root;
    noSchema.remove(QStringLiteral("schema"));
    return {
        { "version from the future", version(99), "newer" },
        { "version zero", version(0), "schemaVersion" },
        { "version negative", version(-1), "schemaVersion" },
        { "version as text", version(QStringLiteral("1")), "schemaVersion" },
        { "version a fraction", version(1.5), "schemaVersion" },
        { "version huge", version(1e300), "schemaVersion" },
        { "version null", version(QJsonValue::Null), "schemaVersion" },
        { "version missing", QJsonDocument(noVersion).toJson(), "schemaVersion" },
        { "other schema", QJsonDocument(otherSchema).toJson(), "not an SSPR Doctor session" },
        { "schema missing", QJsonDocument(noSchema).toJson(), "not an SSPR Doctor session" },
    };
}

// The file cut short: every offset in the first and last 64 bytes and ~150 between.
inline QList<Case> truncations()
{
    const QByteArray good = sampleBytes();
    const qsizetype end = good.lastIndexOf('}'); // cut before the closing brace: never valid
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < 64; ++i)
        offsets << i << end - i;
    for (qsizetype i = 64; i < end - 64; i += qMax<qsizetype>(1, end / 150))
        offsets << i;
    QList<Case> cases;
    for (qsizetype offset : std::as_const(offsets))
        cases.append({ QStringLiteral("truncated at %1").arg(offset), good.left(offset),
            QStringLiteral("not a JSON session file") });
    return cases;
}

inline QList<Case> randomBytes()
{
    QRandomGenerator random(20261125); // seeded: the same files every run
    QList<Case> cases;
    for (int i = 0; i < 100; ++i) {
        QByteArray bytes(1 + random.bounded(4096), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        if (i % 2)
            bytes[0] = '{'; // past the first byte at least
        cases.append({ QStringLiteral("random %1").arg(i), bytes, QString() });
    }
    return cases;
}

inline QList<Case> shapes()
{
    const QByteArray good = sampleBytes();
    QByteArray deepNotes = good;
    const QByteArray nested = QByteArray("\"notes\": [") + QByteArray(500, '[')
        + QByteArray(500, ']') + QByteArray(",");
    deepNotes.replace(QByteArray("\"notes\": ["), nested);
    return {
        { "empty", QByteArray(), "not a JSON session file" },
        { "white space", QByteArray(" \n\t\r\n"), "not a JSON session file" },
        { "empty object", QByteArray("{}"), "not an SSPR Doctor session" },
        { "array", QByteArray("[]"), "not a JSON session file" },
        { "null", QByteArray("null"), "not a JSON session file" },
        { "a string", QByteArray("\"session\""), "not a JSON session file" },
        { "nul bytes", QByteArray(4096, '\0'), "not a JSON session file" },
        { "nested arrays 100000 deep", QByteArray(100000, '[') + QByteArray(100000, ']'),
            "not a JSON session file" },
        { "nested objects 100000 deep",
            QByteArray("{\"a\":").repeated(100000) + "1" + QByteArray(100000, '}'),
            "not a JSON session file" },
        { "a session with notes nested 500 deep", deepNotes, "notes" },
        { "two sessions in one file", good + good, "not a JSON session file" },
        { "utf-16", QByteArray("\xff\xfe{\0}\0", 6), "not a JSON session file" },
    };
}

inline QList<Case> all()
{
    return truncations() + randomBytes() + wrongTypes() + wrongValues() + wrongVersions()
        + shapes();
}

} // namespace damaged

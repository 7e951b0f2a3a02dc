#include "CheckFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace sspr::tests {

using namespace sspr::checks;

namespace {

std::optional<graph::GraphErrorKind> kindFromName(const QString &name)
{
    static const QList<QPair<QString, graph::GraphErrorKind>> kinds {
        { QStringLiteral("Network"), graph::GraphErrorKind::Network },
        { QStringLiteral("Timeout"), graph::GraphErrorKind::Timeout },
        { QStringLiteral("Unauthorized"), graph::GraphErrorKind::Unauthorized },
        { QStringLiteral("Forbidden"), graph::GraphErrorKind::Forbidden },
        { QStringLiteral("NotFound"), graph::GraphErrorKind::NotFound },
        { QStringLiteral("Throttled"), graph::GraphErrorKind::Throttled },
        { QStringLiteral("Server"), graph::GraphErrorKind::Server },
        { QStringLiteral("BadRequest"), graph::GraphErrorKind::BadRequest },
        { QStringLiteral("MalformedReply"), graph::GraphErrorKind::MalformedReply },
        { QStringLiteral("Cancelled"), graph::GraphErrorKind::Cancelled },
    };
    for (const auto &[key, kind] : kinds) {
        if (key == name)
            return kind;
    }
    return std::nullopt;
}

QStringList strings(const QJsonValue &value)
{
    if (value.isString())
        return { value.toString() };
    QStringList list;
    for (const QJsonValue &element : value.toArray())
        list << element.toString();
    return list;
}

QString allText(const Finding &finding)
{
    QStringList parts { finding.checkId, finding.title, finding.summary, finding.details,
        finding.remediation.text, finding.remediation.docUrl.toString() };
    for (const EvidenceItem &item : finding.evidence) {
        parts << item.source << item.requestId;
        for (const auto &[name, value] : item.fields)
            parts << name << value;
    }
    return parts.join(QLatin1Char('\n'));
}

// "probes": ProbeEvidence as JSON, field names as in core/probes/ProbeEvidence.h; "joinState"
// is an array of [name, value] pairs, dates are ISO 8601.
probes::ProbeEvidence readProbes(const QJsonObject &json)
{
    probes::ProbeEvidence evidence;
    evidence.ran = json.value(QLatin1String("ran")).toBool(true);
    evidence.notRunReason = json.value(QLatin1String("notRunReason")).toString();
    evidence.cancelled = json.value(QLatin1String("cancelled")).toBool(false);
    evidence.cloudKey = json.value(QLatin1String("cloudKey")).toString(QStringLiteral("global"));
    for (const QJsonValue &value : json.value(QLatin1String("hosts")).toArray()) {
        const QJsonObject h = value.toObject();
        probes::HostProbe host;
        host.host = h.value(QLatin1String("host")).toString();
        host.port = quint16(h.value(QLatin1String("port")).toInt(443));
        host.purpose = h.value(QLatin1String("purpose")).toString();
        host.proxy = h.value(QLatin1String("proxy")).toString(QStringLiteral("direct"));
        host.proxyNeedsAuth = h.value(QLatin1String("proxyNeedsAuth")).toBool(false);
        host.resolved = h.value(QLatin1String("resolved")).toBool(false);
        host.addresses = strings(h.value(QLatin1String("addresses")));
        host.dnsError = h.value(QLatin1String("dnsError")).toString();
        host.dnsMs = h.value(QLatin1String("dnsMs")).toInteger(-1);
        host.connected = h.value(QLatin1String("connected")).toBool(false);
        host.connectError = h.value(QLatin1String("connectError")).toString();
        host.connectMs = h.value(QLatin1String("connectMs")).toInteger(-1);
        host.tlsHandshake = h.value(QLatin1String("tlsHandshake")).toBool(false);
        host.tlsError = h.value(QLatin1String("tlsError")).toString();
        host.tlsMs = h.value(QLatin1String("tlsMs")).toInteger(-1);
        host.chainTrusted = h.value(QLatin1String("chainTrusted")).toBool(false);
        host.microsoftChain = h.value(QLatin1String("microsoftChain")).toBool(false);
        for (const QJsonValue &c : h.value(QLatin1String("chain")).toArray()) {
            const QJsonObject cert = c.toObject();
            host.chain << probes::CertificateInfo { cert.value(QLatin1String("subject")).toString(),
                cert.value(QLatin1String("issuer")).toString(),
                cert.value(QLatin1String("organization")).toString(),
                QDateTime::fromString(
                    cert.value(QLatin1String("notAfter")).toString(), Qt::ISODate),
                cert.value(QLatin1String("issuerOrganization")).toString() };
        }
        evidence.hosts << host;
    }
    if (json.value(QLatin1String("clock")).isObject()) {
        const QJsonObject c = json.value(QLatin1String("clock")).toObject();
        probes::ClockProbe clock;
        clock.host = c.value(QLatin1String("host")).toString();
        clock.measured = c.value(QLatin1String("measured")).toBool(false);
        clock.error = c.value(QLatin1String("error")).toString();
        clock.serverDate
            = QDateTime::fromString(c.value(QLatin1String("serverDate")).toString(), Qt::ISODate);
        clock.localDate
            = QDateTime::fromString(c.value(QLatin1String("localDate")).toString(), Qt::ISODate);
        clock.skewSeconds = c.value(QLatin1String("skewSeconds")).toInteger(0);
        evidence.clock = clock;
    }
    if (json.value(QLatin1String("os")).isObject()) {
        const QJsonObject o = json.value(QLatin1String("os")).toObject();
        probes::OsProbe os;
        os.applicable = o.value(QLatin1String("applicable")).toBool(false);
        os.ran = o.value(QLatin1String("ran")).toBool(false);
        os.error = o.value(QLatin1String("error")).toString();
        for (const QJsonValue &pair : o.value(QLatin1String("joinState")).toArray())
            os.joinState << qMakePair(
                pair.toArray().at(0).toString(), pair.toArray().at(1).toString());
        os.recentErrors = strings(o.value(QLatin1String("recentErrors")));
        evidence.os = os;
    }
    return evidence;
}

} // namespace

QString CheckFixtures::directory(const QString &checkId)
{
    return QStringLiteral(SSPR_TEST_DATA) + QStringLiteral("/checks/") + checkId;
}

QStringList CheckFixtures::files(const QString &checkId)
{
    const QDir dir(directory(checkId));
    QStringList paths;
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

std::variant<CheckFixture, QString> CheckFixtures::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return QStringLiteral("%1: not a JSON object (%2)").arg(path, parseError.errorString());
    const QJsonObject root = doc.object();

    CheckFixture fixture;
    fixture.path = path;
    fixture.description = root.value(QLatin1String("description")).toString();
    const QJsonObject context = root.value(QLatin1String("context")).toObject();
    fixture.context.userKey = context.value(QLatin1String("userKey")).toString();
    fixture.context.userObjectId = context.value(QLatin1String("userObjectId")).toString();
    fixture.context.selfMode = context.value(QLatin1String("selfMode")).toBool(false);
    fixture.context.signedIn = context.value(QLatin1String("signedIn")).toBool(true);
    fixture.context.grantedScopes = strings(context.value(QLatin1String("grantedScopes")));
    fixture.context.now = QDateTime::fromString(
        context.value(QLatin1String("now")).toString(QStringLiteral("2026-11-25T10:00:00Z")),
        Qt::ISODate);
    if (!fixture.context.now.isValid())
        return QStringLiteral("%1: context.now is not an ISO date").arg(path);
    fixture.context.cloudKey
        = context.value(QLatin1String("cloudKey")).toString(QStringLiteral("global"));
    fixture.context.lookbackDays = context.value(QLatin1String("lookbackDays")).toInt(7);
    fixture.context.errorCode = context.value(QLatin1String("errorCode")).toInt(0);
    fixture.context.correlationId = context.value(QLatin1String("correlationId")).toString();
    fixture.context.errorTime
        = QDateTime::fromString(context.value(QLatin1String("errorTime")).toString(), Qt::ISODate);
    const QJsonObject answers = root.value(QLatin1String("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        fixture.evidence.answers.insert(it.key(), it.value().toString());
    if (root.value(QLatin1String("probes")).isObject())
        fixture.evidence.probes = readProbes(root.value(QLatin1String("probes")).toObject());

    const QJsonObject responses = root.value(QLatin1String("responses")).toObject();
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        const QJsonObject spec = it.value().toObject();
        graph::GraphResponse response;
        response.key = it.key();
        response.httpStatus = spec.value(QLatin1String("status")).toInt(200);
        response.requestId = spec.value(QLatin1String("requestId")).toString();
        response.attempts = 1;
        if (spec.contains(QLatin1String("error"))) {
            const QJsonObject e = spec.value(QLatin1String("error")).toObject();
            const auto kind = kindFromName(e.value(QLatin1String("kind")).toString());
            if (!kind)
                return QStringLiteral("%1: responses.%2.error.kind is unknown").arg(path, it.key());
            graph::GraphError error;
            error.kind = *kind;
            error.httpStatus = response.httpStatus;
            error.code = e.value(QLatin1String("code")).toString();
            error.message = e.value(QLatin1String("message")).toString();
            error.requiredScope = e.value(QLatin1String("requiredScope")).toString();
            error.requestId = e.value(QLatin1String("requestId")).toString(response.requestId);
            error.retryAfterSeconds = e.value(QLatin1String("retryAfterSeconds")).toInt(-1);
            response.error = error;
            if (response.requestId.isEmpty())
                response.requestId = error.requestId;
        } else if (spec.value(QLatin1String("body")).isObject()) {
            response.body = spec.value(QLatin1String("body")).toObject();
        } else {
            return QStringLiteral("%1: responses.%2 needs a body or an error").arg(path, it.key());
        }
        fixture.evidence.graph.insert(it.key(), response);
    }
    fixture.expect = root.value(QLatin1String("expect")).toObject();
    if (!statusFromKey(fixture.expect.value(QLatin1String("status")).toString()))
        return QStringLiteral("%1: expect.status is missing or unknown").arg(path);
    return fixture;
}

QStringList CheckFixtures::verify(
    const Finding &finding, const CheckFixture &fixture, const Check &check)
{
    QStringList problems;
    const QJsonObject &expect = fixture.expect;
    const QString wanted = expect.value(QLatin1String("status")).toString();
    if (statusKey(finding.status) != wanted)
        problems << QStringLiteral("status is %1, expected %2 (summary: %3)")
                        .arg(statusKey(finding.status), wanted, finding.summary);
    if (finding.checkId != check.id())
        problems << QStringLiteral("checkId is %1").arg(finding.checkId);
    if (finding.title.isEmpty())
        problems << QStringLiteral("title is empty");
    if (finding.summary.trimmed().isEmpty())
        problems << QStringLiteral("summary is empty");
    if (finding.summary.contains(QLatin1Char('\n')))
        problems << QStringLiteral("summary is not one line");
    if (finding.details.trimmed().isEmpty())
        problems << QStringLiteral("details are empty");
    if (finding.evaluatedAt != fixture.context.now)
        problems << QStringLiteral("evaluatedAt is not ctx.now");
    if (finding.remediation.text.trimmed().isEmpty())
        problems << QStringLiteral("remediation text is empty");
    const QUrl doc = finding.remediation.docUrl;
    if (doc.scheme() != QLatin1String("https")
        || (doc.host() != QLatin1String("learn.microsoft.com")
            && doc.host() != QLatin1String("status.cloud.microsoft")))
        problems << QStringLiteral(
            "doc URL %1 is not https on learn.microsoft.com or the status page")
                        .arg(doc.toString());

    bool namesRequest = false;
    for (const EvidenceItem &item : finding.evidence)
        namesRequest = namesRequest || item.source.startsWith(QLatin1String("GET /"))
            || (check.needsProbes() && item.source.startsWith(QLatin1String("probe:")));
    if (!namesRequest)
        problems << QStringLiteral("no evidence item names the Graph request");
    const QString text = allText(finding);
    for (const char *secret : { "Bearer", "Authorization:", "access_token", "eyJ0eX" }) {
        if (text.contains(QLatin1String(secret), Qt::CaseInsensitive))
            problems << QStringLiteral("finding contains \"%1\"").arg(QLatin1String(secret));
    }

    // Only a finding that truly does not apply may say so; every fixture pins the flag.
    const bool wantNotApplicable = expect.value(QLatin1String("notApplicable")).toBool(false);
    if (finding.notApplicable != wantNotApplicable)
        problems << QStringLiteral("notApplicable is %1, expected %2")
                        .arg(finding.notApplicable ? QStringLiteral("true")
                                                   : QStringLiteral("false"),
                            wantNotApplicable ? QStringLiteral("true") : QStringLiteral("false"));
    for (const QString &part : strings(expect.value(QLatin1String("summaryContains")))) {
        if (!finding.summary.contains(part, Qt::CaseInsensitive))
            problems << QStringLiteral("summary \"%1\" lacks \"%2\"").arg(finding.summary, part);
    }
    for (const QString &part : strings(expect.value(QLatin1String("detailsContains")))) {
        if (!finding.details.contains(part, Qt::CaseInsensitive))
            problems << QStringLiteral("details \"%1\" lack \"%2\"").arg(finding.details, part);
    }
    for (const QString &part : strings(expect.value(QLatin1String("detailsLack")))) {
        if (finding.details.contains(part, Qt::CaseInsensitive))
            problems << QStringLiteral("details \"%1\" contain \"%2\"").arg(finding.details, part);
    }
    for (const QString &part : strings(expect.value(QLatin1String("remediationContains")))) {
        if (!finding.remediation.text.contains(part, Qt::CaseInsensitive))
            problems << QStringLiteral("remediation \"%1\" lacks \"%2\"")
                            .arg(finding.remediation.text, part);
    }
    if (expect.contains(QLatin1String("actor"))
        && actorKey(finding.remediation.who) != expect.value(QLatin1String("actor")).toString())
        problems << QStringLiteral("actor is %1, expected %2")
                        .arg(actorKey(finding.remediation.who),
                            expect.value(QLatin1String("actor")).toString());
    if (expect.contains(QLatin1String("docUrl"))
        && doc.toString() != expect.value(QLatin1String("docUrl")).toString())
        problems << QStringLiteral("doc URL is %1, expected %2")
                        .arg(doc.toString(), expect.value(QLatin1String("docUrl")).toString());

    const EvidenceItem first = finding.evidence.value(0);
    for (const QString &part : strings(expect.value(QLatin1String("sourceContains")))) {
        if (!first.source.contains(part))
            problems
                << QStringLiteral("evidence source \"%1\" lacks \"%2\"").arg(first.source, part);
    }
    if (expect.contains(QLatin1String("httpStatus"))
        && first.httpStatus != expect.value(QLatin1String("httpStatus")).toInt())
        problems << QStringLiteral("evidence HTTP status is %1, expected %2")
                        .arg(first.httpStatus)
                        .arg(expect.value(QLatin1String("httpStatus")).toInt());
    if (expect.contains(QLatin1String("requestId"))
        && first.requestId != expect.value(QLatin1String("requestId")).toString())
        problems << QStringLiteral("evidence request-id is %1").arg(first.requestId);
    const QJsonObject fields = expect.value(QLatin1String("evidence")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        bool found = false;
        for (const auto &[name, value] : first.fields)
            found = found || (name == it.key() && value == it.value().toString());
        if (!found)
            problems
                << QStringLiteral("evidence lacks %1 = %2").arg(it.key(), it.value().toString());
    }
    return problems;
}

void CheckFixtures::addRows(const QString &checkId)
{
    QTest::addColumn<QString>("path");
    for (const QString &path : files(checkId))
        QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path;
}

void CheckFixtures::run(const Check &check)
{
    QFETCH(QString, path);
    const auto loaded = load(path);
    if (const auto *error = std::get_if<QString>(&loaded))
        QFAIL(qPrintable(*error));
    const CheckFixture &fixture = std::get<CheckFixture>(loaded);
    const Finding finding = check.evaluate(fixture.evidence, fixture.context);
    if (qEnvironmentVariableIsSet("SSPR_DUMP_FINDINGS")) { // to read the texts as a person would
        qInfo().noquote() << statusKey(finding.status) << "|" << finding.summary << "\n   "
                          << finding.details << "\n   ->" << actorKey(finding.remediation.who)
                          << finding.remediation.text << finding.remediation.docUrl.toString();
        for (const EvidenceItem &item : finding.evidence)
            qInfo().noquote() << "   ev:" << item.source << item.httpStatus << item.requestId
                              << item.fields;
    }
    const QStringList problems = verify(finding, fixture, check);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
    // evaluate() is pure: the same evidence gives the same finding.
    const Finding again = check.evaluate(fixture.evidence, fixture.context);
    QCOMPARE(again.status, finding.status);
    QCOMPARE(again.summary, finding.summary);
    QCOMPARE(again.details, finding.details);
}

QSet<QString> CheckFixtures::expectedStatuses(const QString &checkId)
{
    QSet<QString> statuses;
    for (const QString &path : files(checkId)) {
        const auto loaded = load(path);
        if (const auto *fixture = std::get_if<CheckFixture>(&loaded))
            statuses.insert(fixture->expect.value(QLatin1String("status")).toString());
    }
    return statuses;
}

} // namespace sspr::tests

// The HTML, JSON and text reports and the support summary: every finding in each, no
// secret in any (fake secrets injected into every text field), HTML well-formed XHTML with
// no external reference but the documentation links, status as icon and word.
#include "core/report/HtmlReport.h"
#include "core/report/JsonReport.h"
#include "core/report/ReportText.h"
#include "core/report/SessionJson.h"
#include "core/report/StatusPalette.h"
#include "core/report/SupportSummary.h"
#include "core/report/TextReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace sspr;
using checks::Status;

namespace {

report::Session fixture()
{
    QFile file(QStringLiteral(SSPR_TEST_DATA "/report/failing-session.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    QString error;
    auto session = report::SessionJson::fromBytes(file.readAll(), &error);
    if (!session)
        qFatal("bad fixture: %s", qPrintable(error));
    session->rootCause.found = true;
    session->rootCause.checkId = QStringLiteral("user.registration");
    session->rootCause.title = QStringLiteral("Not registered for self-service password reset");
    session->rootCause.summary = QStringLiteral("The user has no method SSPR accepts.");
    session->rootCause.supportingCheckIds = { QStringLiteral("user.registration") };
    session->rootCause.confidence = 1;
    session->rootCause.who = checks::Actor::User;
    session->rootCause.nextStep = QStringLiteral("Register at aka.ms/ssprsetup, then retry.");
    session->rootCause.docUrl = QUrl(QStringLiteral(
        "https://learn.microsoft.com/entra/identity/authentication/howto-sspr-deployment"));
    return *session;
}

// Recognisable fake secrets, each in the shape it would arrive in.
const QStringList kSecretValues { QStringLiteral("FAKE-AT-7c1d"), QStringLiteral("FAKE-RT-6l7m"),
    QStringLiteral("FAKE-CODE-0a9b"), QStringLiteral("FAKE-VERIFIER-5e6f"),
    QStringLiteral("FAKE-DEVICE-CODE-3c4d"), QStringLiteral("FAKE-ASSERTION-1a2b"),
    QStringLiteral("FAKE-PASSWORD-8h9i"), QStringLiteral("FAKE-COOKIE-4j5k"),
    QStringLiteral("FAKE-BEARER-2n3o"), QStringLiteral("FAKE-CLIENT-SECRET-9p0q"),
    QStringLiteral("RkFLRS1KV1QtU0lH") };
const QString kSecrets = QStringLiteral(
    " access_token=FAKE-AT-7c1d&refresh_token=FAKE-RT-6l7m code=FAKE-CODE-0a9b "
    "{\"code_verifier\": \"FAKE-VERIFIER-5e6f\", \"device_code\":\"FAKE-DEVICE-CODE-3c4d\"} "
    "client_assertion=FAKE-ASSERTION-1a2b password: FAKE-PASSWORD-8h9i "
    "Cookie: ESTSAUTH=FAKE-COOKIE-4j5k\nAuthorization: Bearer FAKE-BEARER-2n3o "
    "client_secret=FAKE-CLIENT-SECRET-9p0q "
    "eyJGQUtFLUhEUi0xMjM0.eyJGQUtFLVBBWUxPQUQ.RkFLRS1KV1QtU0lH ");

report::Session withSecretsEverywhere()
{
    report::Session s = fixture();
    const auto taint = [](QString &text) { text += kSecrets; };
    taint(s.appVersion);
    taint(s.source);
    taint(s.error.message);
    taint(s.error.errorName);
    taint(s.error.correlationId);
    taint(s.error.traceId);
    taint(s.error.errorUri);
    s.error.notes << kSecrets;
    s.error.notFound << kSecrets;
    s.error.ssprCodes << kSecrets;
    taint(s.playbookTitle);
    taint(s.userKey);
    taint(s.signedInAs.displayName);
    taint(s.signedInAs.userPrincipalName);
    taint(s.signedInAs.tenantId);
    for (auto it = s.answers.begin(); it != s.answers.end(); ++it)
        taint(it.value());
    s.answers.insert(QStringLiteral("custom-question"), kSecrets);
    s.notAnswered << kSecrets;
    taint(s.rootCause.title);
    taint(s.rootCause.summary);
    taint(s.rootCause.nextStep);
    for (auto &f : s.findings) {
        taint(f.title);
        taint(f.summary);
        taint(f.details);
        taint(f.remediation.text);
        for (auto &e : f.evidence) {
            taint(e.source);
            taint(e.requestId);
            for (auto &field : e.fields)
                taint(field.second);
        }
    }
    return s;
}

QStringList leaks(const QString &output)
{
    QStringList found;
    for (const QString &secret : kSecretValues) {
        if (output.contains(secret))
            found << secret;
    }
    return found;
}

QString render(const QString &format, const report::Session &s)
{
    if (format == QLatin1String("html"))
        return report::HtmlReport::render(s);
    if (format == QLatin1String("json"))
        return QString::fromUtf8(report::JsonReport::render(s));
    if (format == QLatin1String("text"))
        return report::TextReport::render(s);
    return report::SupportSummary::render(s);
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : { "html", "json", "text", "summary" })
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void everyFindingAppears_data() { formats_data(); }
    void everyFindingAppears()
    {
        QFETCH(QString, format);
        const report::Session s = fixture();
        QCOMPARE(s.findings.size(), 5);
        const QString out = render(format, s);
        for (const auto &f : s.findings) {
            QVERIFY2(out.contains(f.checkId), qPrintable(format + u' ' + f.checkId));
            QVERIFY2(out.contains(f.title), qPrintable(format + u' ' + f.title));
        }
        QVERIFY(out.contains(QStringLiteral("8d7a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b")));
        QVERIFY(out.contains(QStringLiteral("adele.vance@contoso-demo.example")));
    }

    void noSecretInAnyFormat_data() { formats_data(); }
    void noSecretInAnyFormat()
    {
        QFETCH(QString, format);
        const report::Session tainted = withSecretsEverywhere();
        const QString out = render(format, tainted);
        QVERIFY2(leaks(out).isEmpty(),
            qPrintable(format + QStringLiteral(" leaks ") + leaks(out).join(u',')));
        // Redacted, not dropped: the reader sees where a secret was.
        QVERIFY(out.contains(QStringLiteral("[redacted]")));
        // The fixture without secrets still says what it said.
        QVERIFY(render(format, fixture())
                    .contains(QStringLiteral("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0")));
    }

    void supportSummaryFields()
    {
        const QString summary = report::SupportSummary::render(fixture());
        for (const QString &expected :
            { QStringLiteral("AADSTS120021 (PartnerServiceSsprInternalServiceError)"),
                QStringLiteral("8d7a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b"),
                QStringLiteral("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"),
                QStringLiteral("2026-11-25 09:58:12 UTC"),
                QStringLiteral("c0ffee00-1234-4abc-9def-0123456789ab"),
                QStringLiteral("adele.vance@contoso-demo.example"),
                report::ReportText::answerLabel(
                    QStringLiteral("where"), QStringLiteral("sspr-portal")),
                QStringLiteral("[Failed] Registration for password reset (user.registration)"),
                QStringLiteral("[Passed] Account state (user.account)"),
                QStringLiteral("0.9.0-test"), QSysInfo::prettyProductName() })
            QVERIFY2(summary.contains(expected), qPrintable(expected + u'\n' + summary));
        QCOMPARE(report::SupportSummary::supportRequestUrl(QStringLiteral("global")).host(),
            QStringLiteral("entra.microsoft.com"));
    }

    void htmlIsWellFormedXhtml()
    {
        const QString html = report::HtmlReport::render(withSecretsEverywhere());
        QXmlStreamReader xml(html);
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                ++elements;
        }
        QVERIFY2(!xml.hasError(),
            qPrintable(
                QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber())));
        QVERIFY(elements > 100);
    }

    void htmlIsSelfContained()
    {
        const report::Session s = fixture();
        const QString html = report::HtmlReport::render(s);
        QVERIFY(!html.contains(QStringLiteral(" src=")));
        QVERIFY(!html.contains(QStringLiteral("@import")));
        QVERIFY(!html.contains(QStringLiteral("url(")));
        QSet<QString> allowed {
            report::SupportSummary::supportRequestUrl(s.cloudKey).toString(QUrl::FullyEncoded),
            s.rootCause.docUrl.toString(QUrl::FullyEncoded)
        };
        for (const auto &f : s.findings) {
            if (f.remediation.docUrl.isValid())
                allowed << f.remediation.docUrl.toString(QUrl::FullyEncoded);
        }
        static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        int links = 0;
        for (auto it = href.globalMatch(html); it.hasNext();) {
            const QString target
                = it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            QVERIFY2(allowed.contains(target), qPrintable(target));
            ++links;
        }
        QCOMPARE(links, 5); // root cause, support request, three findings with a doc link
        QVERIFY(html.contains(QStringLiteral("@media print")));
    }

    void htmlShowsStatusByIconAndWord()
    {
        const QString html = report::HtmlReport::render(fixture());
        for (const Status st :
            { Status::Pass, Status::Warning, Status::Fail, Status::Skipped, Status::Error }) {
            QVERIFY(
                html.contains(QStringLiteral("class=\"panel s-%1\"").arg(checks::statusKey(st))));
            QVERIFY(html.contains(
                QStringLiteral("<span>%1</span>").arg(report::ReportText::statusWord(st))));
            QVERIFY(html.contains(report::StatusPalette::cssColor(st, false)));
        }
        QCOMPARE(html.count(QStringLiteral("<svg ")), 5);
        QVERIFY(html.contains(QStringLiteral("#cf222e"))); // the fail icon's own fill, inlined
    }

    void htmlEscapesOutsideText()
    {
        report::Session s = fixture();
        s.findings[0].title = QStringLiteral("<script>alert(1)</script> & \"quoted\"");
        s.error.message = QStringLiteral("</pre><img src=x onerror=alert(2)>\x01");
        const QString html = report::HtmlReport::render(s);
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(html.contains(
            QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;")));
        QXmlStreamReader xml(html);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void jsonKeepsTheSessionSchema()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(report::JsonReport::render(fixture()));
        QVERIFY(doc.isObject());
        const QJsonObject o = doc.object();
        QCOMPARE(
            o.value(QStringLiteral("schema")).toString(), QStringLiteral("sspr-doctor/session"));
        QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), report::Session::schemaVersion);
        QCOMPARE(o.value(QStringLiteral("findings")).toArray().size(), 5);
        QCOMPARE(
            o.value(QStringLiteral("report")).toObject().value(QStringLiteral("os")).toString(),
            QSysInfo::prettyProductName());
        QString error;
        const auto back = report::SessionJson::fromJson(o, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->findings.at(4).checkId, QStringLiteral("tenant.writeback"));
    }

    void textListsNotAnswered()
    {
        const QString text = report::TextReport::render(fixture());
        const QString line = text.section(QStringLiteral("Not answered: "), 1).section(u'\n', 0, 0);
        QVERIFY(line.contains(report::ReportText::questionLabel(QStringLiteral("private-window"))));
        QVERIFY(!line.contains(report::ReportText::questionLabel(QStringLiteral("where"))));
        QVERIFY(line.contains(report::ReportText::questionLabel(QStringLiteral("registration"))));
        QVERIFY(!line.contains(report::ReportText::questionLabel(QStringLiteral("writeback"))));
        QVERIFY(text.contains(QStringLiteral("Who must act: The user who saw the error")));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "TestReports.moc"

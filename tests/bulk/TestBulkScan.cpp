// Issue 7 items 2 and 4: the bulk scan against a real ScenarioServer on 127.0.0.1 (237 users,
// pages of 20): exactly one CSV row per user through a clean run, 429 storms, 5xx, malformed,
// HTML and dropped pages, a page that keeps failing (resume), an interruption (resume), the
// filters, and no token in the CSV or the sidecar.
#include "BulkCsvReader.h"
#include "core/auth/StaticTokenProvider.h"
#include "core/bulk/BulkScanner.h"
#include "core/demo/GeneratedUsers.h"
#include "core/demo/ScenarioServer.h"
#include "core/graph/GraphClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace sspr;
using namespace sspr::bulk;

Q_DECLARE_METATYPE(sspr::demo::Fault)

namespace {

const QString kGroup = QStringLiteral("0b5e0000-0000-4000-8000-000000000007");
const QString kGuest = QStringLiteral("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"); // healthy.json
constexpr int kGenerated = 232; // + healthy's 5 = 237 users

QJsonObject generatedJson()
{
    return { { QStringLiteral("count"), kGenerated }, { QStringLiteral("guestEvery"), 10 },
        { QStringLiteral("adminEvery"), 50 }, { QStringLiteral("syncedEvery"), 4 },
        { QStringLiteral("groups"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), kGroup },
                { QStringLiteral("displayName"), QStringLiteral("Every seventh") },
                { QStringLiteral("every"), 7 } } } } };
}

struct Row {
    QString verdict;
    QString synced;
    QString userType;
};

demo::Fault fault(
    demo::Fault::Kind kind, const QString &match, int times, int status = 500, int retryAfter = -1)
{
    demo::Fault f;
    f.kind = kind;
    f.match = QRegularExpression(match);
    f.times = times;
    f.status = status;
    f.retryAfterSeconds = retryAfter;
    return f;
}

} // namespace

class TestBulkScan : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    demo::ScenarioServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<auth::StaticTokenProvider> m_tokens;
    std::unique_ptr<graph::GraphClient> m_graph;
    demo::GeneratedUsers m_users;
    QStringList m_explicitIds;
    QString m_token;
    int m_run = 0;

    QString csvPath() const { return m_dir.filePath(QStringLiteral("scan-%1.csv").arg(m_run)); }
    BulkOptions options() const
    {
        BulkOptions o;
        o.csvPath = csvPath();
        o.pageSize = 20;
        o.answers.insert(QStringLiteral("writeback"), QStringLiteral("no"));
        return o;
    }
    checks::CheckContext context() const
    {
        checks::CheckContext ctx;
        ctx.signedIn = true;
        ctx.userKey = QStringLiteral("(bulk scan)");
        ctx.now = QDateTime::currentDateTimeUtc();
        ctx.grantedScopes = m_tokens->grantedScopes();
        return ctx;
    }
    struct Result {
        BulkScanner::Outcome outcome = BulkScanner::Outcome::Running;
        BulkResumeState state;
        QString message;
        qint64 total = -1;
    };
    Result scan(const BulkOptions &o, int stopAfterPage = 0)
    {
        BulkScanner scanner(m_graph.get(), o);
        QSignalSpy done(&scanner, &BulkScanner::finished);
        if (stopAfterPage > 0)
            connect(&scanner, &BulkScanner::pageWritten, &scanner,
                [&scanner, stopAfterPage](qint64 pages) {
                    if (pages == stopAfterPage)
                        scanner.requestStop();
                });
        scanner.start(context());
        if (!done.wait(40000))
            qWarning("the scan did not finish");
        return { scanner.outcome(), scanner.state(), scanner.message(), scanner.total() };
    }
    // id -> row; fails the test on a malformed CSV or a duplicate id.
    QHash<QString, Row> readRows(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const auto rows = bulktest::parseCsv(file.readAll());
        if (!rows || rows->isEmpty() || rows->first().size() != 13)
            qFatal("%s is not the scan's CSV", qPrintable(path));
        QHash<QString, Row> out;
        for (qsizetype i = 1; i < rows->size(); ++i) {
            const QStringList &c = rows->at(i);
            if (c.size() != 13 || out.contains(c.at(0)))
                qFatal("row %lld of %s: %d cells or a duplicate id %s", qint64(i), qPrintable(path),
                    int(c.size()), qPrintable(c.at(0)));
            out.insert(c.at(0), { c.at(5), c.at(11), c.at(3) });
        }
        return out;
    }
    QSet<QString> allIds() const
    {
        QSet<QString> ids(m_explicitIds.cbegin(), m_explicitIds.cend());
        for (qint64 i = 0; i < kGenerated; ++i)
            ids.insert(m_users.id(i));
        return ids;
    }
    // The verdict the generated user i must get with writeback off (the server's model).
    QString expectedVerdict(qint64 i) const
    {
        switch (m_users.profile(i)) {
        case demo::GeneratedUsers::Profile::NotRegistered:
            return QStringLiteral("not-registered");
        case demo::GeneratedUsers::Profile::NotEnabled:
            return QStringLiteral("not-enabled");
        case demo::GeneratedUsers::Profile::NotCapable:
            return QStringLiteral("not-capable");
        case demo::GeneratedUsers::Profile::EmailOnly:
        case demo::GeneratedUsers::Profile::Ready:
            break;
        }
        return m_users.isSynced(i) ? QStringLiteral("synced-without-writeback")
                                   : QStringLiteral("ok");
    }
    void verifyComplete(const QString &path)
    {
        const QHash<QString, Row> rows = readRows(path);
        const QSet<QString> expected = allIds();
        QCOMPARE(rows.size(), expected.size());
        QCOMPARE(QSet<QString>(rows.keyBegin(), rows.keyEnd()), expected);
        QVERIFY(!QFile::exists(path + QStringLiteral(".resume.json")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile healthy(QStringLiteral(SSPR_SOURCE_DIR "/resources/scenarios/healthy.json"));
        QVERIFY(healthy.open(QIODevice::ReadOnly));
        const QJsonObject base = QJsonDocument::fromJson(healthy.readAll()).object();
        for (const QJsonValue &r : base.value(QLatin1String("registrationDetails")).toArray())
            m_explicitIds << r.toObject().value(QLatin1String("id")).toString();
        QCOMPARE(m_explicitIds.size(), 5);
        // A synced tenant, so the per-page /users lookups run; healthy's users are cloud-only.
        const QJsonObject scenario { { QStringLiteral("base"), QStringLiteral("healthy") },
            { QStringLiteral("description"), QStringLiteral("TestBulkScan: 237 users") },
            { QStringLiteral("pageSize"), 20 },
            { QStringLiteral("organization"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("id"),
                                      QStringLiteral("b5a1c2d3-4e5f-4a6b-9c8d-0e1f2a3b4c5d") },
                        { QStringLiteral("onPremisesSyncEnabled"), true },
                        { QStringLiteral("onPremisesLastSyncDateTime"),
                            QStringLiteral("{{now-1h}}") } } } },
            { QStringLiteral("generatedUsers"), generatedJson() } };
        const QString path = m_dir.filePath(QStringLiteral("bulk-test.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(scenario).toJson());
        file.close();
        const auto problem = m_server.loadScenario(path);
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        QVERIFY(m_server.start());
        QString error;
        const auto users = demo::GeneratedUsers::fromJson(
            generatedJson(), QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(users, qPrintable(error));
        m_users = *users;

        m_tokens = std::make_unique<auth::StaticTokenProvider>(
            auth::AccountInfo { QStringLiteral("Avery Admin"),
                QStringLiteral("avery.admin@contoso-demo.example"), QString(), QString() },
            QStringList { QStringLiteral("AuditLog.Read.All"), QStringLiteral("User.Read.All"),
                QStringLiteral("Organization.Read.All"),
                QStringLiteral("Policy.Read.AuthenticationMethod"),
                QStringLiteral("LicenseAssignment.Read.All"),
                QStringLiteral("GroupMember.Read.All") });
        m_tokens->acquireToken({}, [this](const auth::TokenResult &r) { m_token = r.accessToken; });
        QVERIFY(!m_token.isEmpty());
        m_graph = std::make_unique<graph::GraphClient>(&m_network, m_tokens.get());
        m_graph->setBaseUrl(m_server.graphBaseUrl());
        graph::RetryPolicy policy;
        policy.baseBackoff = std::chrono::milliseconds(20);
        policy.maxBackoff = std::chrono::milliseconds(100);
        policy.maxRetryAfter = std::chrono::seconds(5);
        m_graph->setRetryPolicy(policy);
        m_graph->setTimeout(std::chrono::seconds(5));
    }

    void init()
    {
        ++m_run;
        m_server.clearFaults();
        m_server.resetLogs();
    }

    void cleanRunWritesEveryUserOnceWithTheirVerdict()
    {
        const Result r = scan(options());
        QCOMPARE(r.outcome, BulkScanner::Outcome::Finished);
        verifyComplete(csvPath());
        const QHash<QString, Row> rows = readRows(csvPath());
        QCOMPARE(r.state.usersScanned, 237);
        QCOMPARE(r.state.rowsWritten, 237);
        QCOMPARE(r.state.pages, 12);
        QCOMPARE(rows.value(kGuest).verdict, QStringLiteral("not-enabled"));
        int failing = 0, synced = 0;
        for (qint64 i = 0; i < kGenerated; ++i) {
            const Row row = rows.value(m_users.id(i));
            QCOMPARE(row.verdict, expectedVerdict(i));
            if (row.verdict == QLatin1String("ok")
                || row.verdict == QLatin1String("synced-without-writeback"))
                QCOMPARE(row.synced,
                    m_users.isSynced(i) ? QStringLiteral("true") : QStringLiteral("false"));
            else
                QCOMPARE(row.synced, QStringLiteral("not-checked"));
            failing += row.verdict != QLatin1String("ok");
            synced += row.synced == QLatin1String("true");
        }
        QVERIFY(synced > 10);
        QCOMPARE(r.state.failing, failing + 1); // + healthy's guest
        // Bounded lookups: at most ceil(20 / 15) = 2 `in` requests per page.
        int lookups = 0;
        for (const QString &item : m_server.batchItemLog())
            lookups += item.startsWith(QLatin1String("GET /users?"));
        QVERIFY2(lookups > 0 && lookups <= 2 * 12, qPrintable(QString::number(lookups)));
    }

    // $top is undocumented for the report: a 400 to the first page is retried once without it
    // and the scan goes on with Graph's own page size, every verdict still exact.
    void firstPageRefusingTopIsReadWithoutIt()
    {
        m_server.resetLogs();
        m_server.addFault(
            fault(demo::Fault::Kind::Status, QStringLiteral("(\\$|%24)top="), 1, 400));
        const Result r = scan(options());
        QCOMPARE(r.outcome, BulkScanner::Outcome::Finished);
        verifyComplete(csvPath());
        QCOMPARE(r.state.usersScanned, 237);
        const QHash<QString, Row> rows = readRows(csvPath());
        QCOMPARE(rows.size(), 237);
        for (qint64 i = 0; i < kGenerated; ++i)
            QCOMPARE(rows.value(m_users.id(i)).verdict, expectedVerdict(i));
        int withTop = 0, without = 0;
        for (const QString &line : m_server.requestLog()) {
            if (!line.contains(QLatin1String("/userRegistrationDetails")))
                continue;
            const bool top
                = line.contains(QLatin1String("$top=")) || line.contains(QLatin1String("%24top="));
            withTop += top;
            without += !top && !line.contains(QLatin1String("skiptoken"));
        }
        QCOMPARE(withTop, 1); // the refused first page only
        QCOMPARE(without, 1); // the same page again, without $top
    }

    void faultsAreRetriedOrResumedWithoutLosingRows_data()
    {
        using K = demo::Fault::Kind;
        QTest::addColumn<demo::Fault>("injected");
        const QString reports
            = QStringLiteral("^/reports/authenticationMethods/userRegistrationDetails");
        QTest::newRow("429 storm, Retry-After 1") << fault(K::Status, reports, 3, 429, 1);
        QTest::newRow("429 storm, no Retry-After") << fault(K::Status, reports, 3, 429);
        QTest::newRow("503 on one page")
            << fault(K::Status, QStringLiteral("skiptoken=60"), 2, 503);
        QTest::newRow("500 on one page")
            << fault(K::Status, QStringLiteral("skiptoken=40"), 1, 500);
        QTest::newRow("malformed page")
            << fault(K::MalformedJson, QStringLiteral("skiptoken=40"), 1);
        QTest::newRow("malformed until the retries run out (reported, resumed)")
            << fault(K::MalformedJson, QStringLiteral("skiptoken=120"), 4);
        QTest::newRow("HTML page") << fault(K::HtmlPage, QStringLiteral("skiptoken=80"), 1, 502);
        QTest::newRow("dropped connection")
            << fault(K::DropConnection, QStringLiteral("skiptoken=100"), 1);
        QTest::newRow("429 on the /users lookups, then they recover")
            << fault(K::Status, QStringLiteral("^/users\\?"), 3, 429, 1);
    }

    void faultsAreRetriedOrResumedWithoutLosingRows()
    {
        QFETCH(demo::Fault, injected);
        m_server.addFault(injected);
        Result r = scan(options());
        if (r.outcome == BulkScanner::Outcome::Failed) {
            // Reported, not retried (a malformed page): the sidecar resumes at that page.
            QVERIFY(QFile::exists(csvPath() + QStringLiteral(".resume.json")));
            BulkOptions again = options();
            again.resume = true;
            r = scan(again);
        }
        QCOMPARE(r.outcome, BulkScanner::Outcome::Finished);
        verifyComplete(csvPath());
        QCOMPARE(r.state.usersScanned, 237);
        const QHash<QString, Row> rows = readRows(csvPath());
        for (qint64 i = 0; i < kGenerated; ++i)
            QCOMPARE(rows.value(m_users.id(i)).verdict, expectedVerdict(i));
        QCOMPARE(r.state.undetermined, 0);
    }

    // Every /users lookup throttled past the retries: each user whose verdict needs the sync
    // state is sync-unknown (a synced one is never "ok"), counted as undetermined.
    void lookupsThatStayThrottledLeaveSyncUnknown()
    {
        m_server.addFault(fault(demo::Fault::Kind::Status, QStringLiteral("^/users\\?"), -1, 429));
        const Result r = scan(options());
        QCOMPARE(r.outcome, BulkScanner::Outcome::Finished);
        verifyComplete(csvPath());
        const QHash<QString, Row> rows = readRows(csvPath());
        qint64 unknown = 0;
        for (qint64 i = 0; i < kGenerated; ++i) {
            const Row row = rows.value(m_users.id(i));
            const QString expected = expectedVerdict(i);
            const bool needsSync = expected == QLatin1String("ok")
                || expected == QLatin1String("synced-without-writeback");
            QCOMPARE(row.verdict, needsSync ? QStringLiteral("sync-unknown") : expected);
            if (needsSync)
                QCOMPARE(row.synced, QStringLiteral("unknown"));
            unknown += needsSync;
        }
        QVERIFY(unknown > 10);
        qint64 unknownRows = 0; // the generated users' and the scenario's own
        for (const Row &row : rows) {
            QVERIFY(row.verdict != QLatin1String("ok"));
            unknownRows += row.verdict == QLatin1String("sync-unknown");
        }
        QVERIFY(unknownRows >= unknown);
        QCOMPARE(r.state.undetermined, unknownRows);
        QCOMPARE(r.state.failing, qint64(rows.size()) - unknownRows);
    }

    void pageThatKeepsFailingStopsResumablyAndResumeFinishes()
    {
        m_server.addFault(
            fault(demo::Fault::Kind::Status, QStringLiteral("skiptoken=100"), -1, 500));
        Result r = scan(options());
        QCOMPARE(r.outcome, BulkScanner::Outcome::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("Page 6")), qPrintable(r.message));
        QCOMPARE(readRows(csvPath()).size(), 100);
        QString error;
        const auto saved
            = BulkResumeState::load(csvPath() + QStringLiteral(".resume.json"), &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->rowsWritten, 100);
        QCOMPARE(saved->csvBytes, QFileInfo(csvPath()).size());
        QVERIFY(saved->nextLink.toString().contains(QStringLiteral("skiptoken=100")));
        // A half-written page after the last complete one is dropped on resume.
        QFile csv(csvPath());
        QVERIFY(csv.open(QIODevice::Append));
        csv.write("half,written,row");
        csv.close();
        m_server.clearFaults();
        BulkOptions again = options();
        again.resume = true;
        r = scan(again);
        QCOMPARE(r.outcome, BulkScanner::Outcome::Finished);
        verifyComplete(csvPath());
        QCOMPARE(r.state.rowsWritten, 237);
        QCOMPARE(r.state.usersScanned, 237);
    }

    void interruptionAfterPageThreeThenResume()
    {
        Result r = scan(options(), 3);
        QCOMPARE(r.outcome, BulkScanner::Outcome::Interrupted);
        QCOMPARE(readRows(csvPath()).size(), 60);
        BulkOptions other = options();
        other.resume = true;
        other.onlyFailures = true;
        r = scan(other);
        QCOMPARE(r.outcome, BulkScanner::Outcome::Refused);
        QVERIFY2(r.message.contains(QStringLiteral("other options")), qPrintable(r.message));
        BulkOptions again = options();
        again.resume = true;
        r = scan(again);
        QCOMPARE(r.outcome, BulkScanner::Outcome::Finished);
        verifyComplete(csvPath());
        QCOMPARE(r.state.pages, 12);
    }

    // A resume that does not fit is refused, never "repaired": the CSV and sidecar stay as
    // they were (a missing CSV is not created).
    void resumeThatDoesNotFitIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("says");
        QTest::newRow("other tenant") << "tenant"
                                      << "is for tenant 0000aaaa-";
        QTest::newRow("csv shorter") << "shorter"
                                     << "shorter than the resume file says";
        QTest::newRow("csv missing") << "missing"
                                     << "is missing or shorter";
        QTest::newRow("damaged resume file") << "damaged"
                                             << "is damaged";
        QTest::newRow("fresh run over it") << "fresh"
                                           << "A resumable scan exists: add --resume";
    }

    void resumeThatDoesNotFitIsRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, says);
        QCOMPARE(scan(options(), 2).outcome, BulkScanner::Outcome::Interrupted);
        const QString sidecar = csvPath() + QStringLiteral(".resume.json");
        QFile resumeFile(sidecar);
        QVERIFY(resumeFile.open(QIODevice::ReadOnly));
        QByteArray json = resumeFile.readAll();
        resumeFile.close();
        if (damage == QLatin1String("tenant")) {
            QJsonObject o = QJsonDocument::fromJson(json).object();
            QVERIFY(!o.value(QLatin1String("tenantId")).toString().isEmpty());
            o.insert(
                QStringLiteral("tenantId"), QStringLiteral("0000aaaa-0000-4000-8000-000000000001"));
            json = QJsonDocument(o).toJson();
        } else if (damage == QLatin1String("damaged")) {
            json.chop(json.size() / 2);
        }
        QVERIFY(resumeFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        resumeFile.write(json);
        resumeFile.close();
        QFile csv(csvPath());
        if (damage == QLatin1String("shorter"))
            QVERIFY(csv.resize(csv.size() - 10));
        if (damage == QLatin1String("missing"))
            QVERIFY(csv.remove());
        const qint64 csvSize = csv.exists() ? csv.size() : -1;

        BulkOptions again = options();
        again.resume = damage != QLatin1String("fresh");
        const Result r = scan(again);
        QCOMPARE(r.outcome, BulkScanner::Outcome::Refused);
        QVERIFY2(r.message.contains(says), qPrintable(r.message));
        QCOMPARE(QFile::exists(csvPath()), damage != QLatin1String("missing"));
        QCOMPARE(QFile(csvPath()).exists() ? QFile(csvPath()).size() : -1, csvSize);
        QFile after(sidecar);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), json);
    }

    void userTypeFilter()
    {
        BulkOptions o = options();
        o.userType = QStringLiteral("guest");
        const Result r = scan(o);
        QCOMPARE(r.outcome, BulkScanner::Outcome::Finished);
        QSet<QString> guests { kGuest };
        for (qint64 i = 0; i < kGenerated; ++i) {
            if (m_users.isGuest(i))
                guests.insert(m_users.id(i));
        }
        const QHash<QString, Row> rows = readRows(csvPath());
        QCOMPARE(QSet<QString>(rows.keyBegin(), rows.keyEnd()), guests);
        for (const Row &row : rows)
            QCOMPARE(row.userType, QStringLiteral("guest"));
        QCOMPARE(r.state.usersScanned, guests.size());
    }

    void onlyFailuresCountsEveryoneAndWritesTheRest()
    {
        BulkOptions o = options();
        o.onlyFailures = true;
        const Result r = scan(o);
        QCOMPARE(r.outcome, BulkScanner::Outcome::Finished);
        QSet<QString> notOk { kGuest };
        for (qint64 i = 0; i < kGenerated; ++i) {
            if (expectedVerdict(i) != QLatin1String("ok"))
                notOk.insert(m_users.id(i));
        }
        const QHash<QString, Row> rows = readRows(csvPath());
        QCOMPARE(QSet<QString>(rows.keyBegin(), rows.keyEnd()), notOk);
        QCOMPARE(r.state.usersScanned, 237);
        QCOMPARE(r.state.rowsWritten, notOk.size());
        QCOMPARE(r.state.failing, notOk.size());
    }

    void groupMembersOnly()
    {
        BulkOptions o = options();
        o.groupId = kGroup;
        o.pageSize = 10;
        const Result r = scan(o);
        QCOMPARE(r.outcome, BulkScanner::Outcome::Finished);
        QSet<QString> members;
        for (qint64 i = 0; i < kGenerated; i += 7)
            members.insert(m_users.id(i));
        const QHash<QString, Row> rows = readRows(csvPath());
        QCOMPARE(QSet<QString>(rows.keyBegin(), rows.keyEnd()), members);
        QCOMPARE(r.total, members.size()); // @odata.count of the members list: the ETA's total
        for (qint64 i = 0; i < kGenerated; i += 7)
            QCOMPARE(rows.value(m_users.id(i)).verdict, expectedVerdict(i));
        QVERIFY(!QFile::exists(csvPath() + QStringLiteral(".resume.json")));
    }

    void noTokenInTheCsvOrTheSidecar()
    {
        Result r = scan(options(), 2);
        QCOMPARE(r.outcome, BulkScanner::Outcome::Interrupted);
        QStringList secrets = m_server.secretsSeen();
        secrets << m_token;
        for (const QString &path :
            QStringList { csvPath(), csvPath() + QStringLiteral(".resume.json") }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.isEmpty());
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(path));
            QVERIFY(!bytes.contains("Bearer"));
        }
    }
};

QTEST_GUILESS_MAIN(TestBulkScan)
#include "TestBulkScan.moc"

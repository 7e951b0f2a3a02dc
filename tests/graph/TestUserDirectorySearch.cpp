// The type-ahead user search over real HTTP against the scenario server on 127.0.0.1, which
// implements Graph's $search on /users (and refuses it without ConsistencyLevel: eventual).
#include "core/auth/StaticTokenProvider.h"
#include "core/demo/ScenarioServer.h"
#include "core/graph/GraphClient.h"
#include "core/graph/UserDirectorySearch.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace sspr;
using graph::DirectoryUser;
using graph::UserDirectorySearch;

class TestUserDirectorySearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void requestShape();
    void parseSkipsEntriesWithoutId();
    void findsByDisplayNamePrefix();
    void findsByPrincipalNamePrefix();
    void noMatchIsEmpty();
    void newerSearchWins();
    void cancelReportsNothing();

private:
    std::unique_ptr<demo::ScenarioServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<auth::StaticTokenProvider> m_tokens;
    std::unique_ptr<graph::GraphClient> m_graph;
};

void TestUserDirectorySearch::init()
{
    m_server = std::make_unique<demo::ScenarioServer>();
    QVERIFY(!m_server->loadScenario(QStringLiteral("healthy")).has_value());
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<auth::StaticTokenProvider>(
        auth::AccountInfo {}, QStringList { QStringLiteral("User.ReadBasic.All") });
    m_graph = std::make_unique<graph::GraphClient>(m_network.get(), m_tokens.get());
    m_graph->setBaseUrl(m_server->graphBaseUrl());
}

void TestUserDirectorySearch::cleanup()
{
    m_graph.reset();
    m_tokens.reset();
    m_network.reset();
    m_server.reset();
}

void TestUserDirectorySearch::requestShape()
{
    const graph::GraphRequest request = UserDirectorySearch::request(QStringLiteral(" a\"d\\e "));
    QCOMPARE(request.method, QStringLiteral("GET"));
    const QUrl url(QStringLiteral("http://x") + request.relativeUrl);
    QCOMPARE(url.path(), QStringLiteral("/users"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("$search"), QUrl::FullyDecoded),
        QStringLiteral("\"displayName:ade\" OR \"userPrincipalName:ade\""));
    QCOMPARE(query.queryItemValue(QStringLiteral("$select")),
        QStringLiteral("id,displayName,userPrincipalName"));
    QCOMPARE(query.queryItemValue(QStringLiteral("$top")), QStringLiteral("10"));
    QCOMPARE(request.headers.size(), 1);
    QCOMPARE(request.headers.first().first, QStringLiteral("ConsistencyLevel"));
    QCOMPARE(request.headers.first().second, QStringLiteral("eventual"));
}

void TestUserDirectorySearch::parseSkipsEntriesWithoutId()
{
    QJsonObject a { { QStringLiteral("id"), QStringLiteral("1") },
        { QStringLiteral("displayName"), QStringLiteral("Ann") },
        { QStringLiteral("userPrincipalName"), QStringLiteral("ann@x.example") } };
    QJsonObject b { { QStringLiteral("displayName"), QStringLiteral("No id") } };
    const auto users = UserDirectorySearch::parse(
        QJsonObject { { QStringLiteral("value"), QJsonArray { a, b } } });
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().id, QStringLiteral("1"));
    QCOMPARE(users.first().displayName, QStringLiteral("Ann"));
    QCOMPARE(users.first().userPrincipalName, QStringLiteral("ann@x.example"));
}

static QStringList principalNames(const QList<DirectoryUser> &users)
{
    QStringList names;
    for (const auto &user : users)
        names << user.userPrincipalName;
    names.sort();
    return names;
}

void TestUserDirectorySearch::findsByDisplayNamePrefix()
{
    UserDirectorySearch search(m_graph.get());
    QSignalSpy ready(&search, &UserDirectorySearch::resultsReady);
    QSignalSpy failed(&search, &UserDirectorySearch::searchFailed);
    search.search(QStringLiteral("Adele"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.first().at(0).toString(), QStringLiteral("Adele"));
    const auto users = ready.first().at(1).value<QList<DirectoryUser>>();
    QCOMPARE(
        principalNames(users), QStringList { QStringLiteral("adele.vance@contoso-demo.example") });
    QVERIFY(!users.first().id.isEmpty());
    QCOMPARE(users.first().displayName, QStringLiteral("Adele Vance"));
    QVERIFY(m_server->requestLog().last().startsWith(QStringLiteral("GET /v1.0/users?")));
}

void TestUserDirectorySearch::findsByPrincipalNamePrefix()
{
    UserDirectorySearch search(m_graph.get());
    QSignalSpy ready(&search, &UserDirectorySearch::resultsReady);
    search.search(QStringLiteral("ad"));
    QVERIFY(ready.wait(10000));
    const QStringList names = principalNames(ready.first().at(1).value<QList<DirectoryUser>>());
    QVERIFY2(names.contains(QStringLiteral("adele.vance@contoso-demo.example")),
        qPrintable(names.join(',')));
    QVERIFY2(names.contains(QStringLiteral("adrian.king@contoso-demo.example")),
        qPrintable(names.join(',')));
    QVERIFY(!names.contains(QStringLiteral("megan.brooks@contoso-demo.example")));
}

void TestUserDirectorySearch::noMatchIsEmpty()
{
    UserDirectorySearch search(m_graph.get());
    QSignalSpy ready(&search, &UserDirectorySearch::resultsReady);
    search.search(QStringLiteral("zzqx"));
    QVERIFY(ready.wait(10000));
    QVERIFY(ready.first().at(1).value<QList<DirectoryUser>>().isEmpty());
}

void TestUserDirectorySearch::newerSearchWins()
{
    UserDirectorySearch search(m_graph.get());
    QSignalSpy ready(&search, &UserDirectorySearch::resultsReady);
    search.search(QStringLiteral("ad"));
    search.search(QStringLiteral("meg"));
    QVERIFY(ready.wait(10000));
    QTest::qWait(200); // a late reply for "ad" would arrive within this window
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(0).toString(), QStringLiteral("meg"));
    QCOMPARE(principalNames(ready.first().at(1).value<QList<DirectoryUser>>()),
        QStringList { QStringLiteral("megan.brooks@contoso-demo.example") });
}

void TestUserDirectorySearch::cancelReportsNothing()
{
    UserDirectorySearch search(m_graph.get());
    QSignalSpy ready(&search, &UserDirectorySearch::resultsReady);
    QSignalSpy failed(&search, &UserDirectorySearch::searchFailed);
    search.search(QStringLiteral("ad"));
    QVERIFY(search.isSearching());
    search.cancel();
    QVERIFY(!search.isSearching());
    QVERIFY(!ready.wait(500));
    QCOMPARE(failed.count(), 0);
}

QTEST_MAIN(TestUserDirectorySearch)
#include "TestUserDirectorySearch.moc"

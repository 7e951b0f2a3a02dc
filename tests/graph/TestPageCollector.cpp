// @odata.nextLink paging: every page's items gathered, a foreign host refused (the token would
// follow the link), loops and endless paging stopped with an error instead of partial data.
#include "core/graph/ExchangeLine.h"
#include "core/graph/PageCollector.h"

#include <QJsonArray>
#include <QTest>

using namespace sspr::graph;

namespace {

const QUrl Base(QStringLiteral("http://127.0.0.1:8123/v1.0"));
const QUrl First(QStringLiteral("http://127.0.0.1:8123/v1.0/users?$top=2"));

QJsonObject page(const QList<int> &ids, const QString &nextLink = QString())
{
    QJsonArray value;
    for (int id : ids)
        value.append(QJsonObject { { QStringLiteral("id"), QString::number(id) } });
    QJsonObject object { { QStringLiteral("@odata.context"),
                             QStringLiteral("http://127.0.0.1:8123/v1.0/$metadata#users") },
        { QStringLiteral("value"), value } };
    if (!nextLink.isEmpty())
        object.insert(QStringLiteral("@odata.nextLink"), nextLink);
    return object;
}

QString link(const QString &skip)
{
    return QStringLiteral("http://127.0.0.1:8123/v1.0/users?$top=2&$skiptoken=") + skip;
}

} // namespace

class TestPageCollector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void threePagesAreJoined()
    {
        PageCollector pages(Base, First, 20);
        PageCollector::Step step = pages.addPage(page({ 1, 2 }, link(QStringLiteral("p2"))));
        QCOMPARE(int(step.kind), int(PageCollector::Step::Kind::FetchNext));
        QCOMPARE(step.next, QUrl(link(QStringLiteral("p2"))));
        step = pages.addPage(page({ 3, 4 }, link(QStringLiteral("p3"))));
        QCOMPARE(int(step.kind), int(PageCollector::Step::Kind::FetchNext));
        step = pages.addPage(page({ 5 }));
        QCOMPARE(int(step.kind), int(PageCollector::Step::Kind::Done));
        QCOMPARE(pages.pages(), 3);

        const QJsonObject result = pages.result();
        QVERIFY(!result.contains(QStringLiteral("@odata.nextLink")));
        QCOMPARE(result.value(QStringLiteral("@odata.context")).toString(),
            QStringLiteral("http://127.0.0.1:8123/v1.0/$metadata#users"));
        const QJsonArray value = result.value(QStringLiteral("value")).toArray();
        QStringList ids;
        for (const QJsonValue &item : value)
            ids << item.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids,
            (QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                QStringLiteral("4"), QStringLiteral("5") }));
    }

    void refusesOtherOrigins_data()
    {
        QTest::addColumn<QString>("nextLink");
        QTest::addColumn<QString>("problem");
        QTest::newRow("other host")
            << QStringLiteral("https://evil.example/v1.0/users?$skiptoken=x")
            << QStringLiteral("points to evil.example");
        QTest::newRow("other port")
            << QStringLiteral("http://127.0.0.1:9999/v1.0/users?$skiptoken=x")
            << QStringLiteral("never sent to another host");
        QTest::newRow("other scheme") << QStringLiteral("https://127.0.0.1:8123/v1.0/users")
                                      << QStringLiteral("never sent to another host");
        QTest::newRow("relative") << QStringLiteral("/v1.0/users?$skiptoken=x")
                                  << QStringLiteral("not an absolute URL");
    }

    void refusesOtherOrigins()
    {
        QFETCH(QString, nextLink);
        QFETCH(QString, problem);
        PageCollector pages(Base, First, 20);
        const PageCollector::Step step = pages.addPage(page({ 1 }, nextLink));
        QCOMPARE(int(step.kind), int(PageCollector::Step::Kind::Failed));
        QVERIFY2(step.problem.contains(problem), qPrintable(step.problem));
        QVERIFY(step.next.isEmpty());
    }

    void hostComparisonIgnoresCase()
    {
        QVERIFY(
            PageCollector::sameOrigin(QUrl(QStringLiteral("https://GRAPH.microsoft.com/v1.0/x")),
                QUrl(QStringLiteral("https://graph.microsoft.com/v1.0"))));
        QVERIFY(PageCollector::sameOrigin(QUrl(QStringLiteral("https://graph.microsoft.com:443/a")),
            QUrl(QStringLiteral("https://graph.microsoft.com/v1.0"))));
        QVERIFY(!PageCollector::sameOrigin(QUrl(QStringLiteral("https://graph.microsoft.us/v1.0")),
            QUrl(QStringLiteral("https://graph.microsoft.com/v1.0"))));
    }

    void repeatedLinkStopsTheLoop()
    {
        PageCollector pages(Base, First, 20);
        QCOMPARE(int(pages.addPage(page({ 1 }, link(QStringLiteral("a")))).kind),
            int(PageCollector::Step::Kind::FetchNext));
        QCOMPARE(int(pages.addPage(page({ 2 }, link(QStringLiteral("b")))).kind),
            int(PageCollector::Step::Kind::FetchNext));
        const PageCollector::Step step = pages.addPage(page({ 3 }, link(QStringLiteral("a"))));
        QCOMPARE(int(step.kind), int(PageCollector::Step::Kind::Failed));
        QVERIFY2(
            step.problem.startsWith(QLatin1String("paging did not end")), qPrintable(step.problem));
    }

    void linkBackToTheFirstPageStopsTheLoop()
    {
        PageCollector pages(Base, First, 20);
        const PageCollector::Step step = pages.addPage(page({ 1 }, First.toString()));
        QCOMPARE(int(step.kind), int(PageCollector::Step::Kind::Failed));
        QVERIFY(step.problem.contains(QLatin1String("paging did not end")));
    }

    void maxPagesStopsEndlessPaging()
    {
        PageCollector pages(Base, First, 3);
        QCOMPARE(int(pages.addPage(page({ 1 }, link(QStringLiteral("2")))).kind),
            int(PageCollector::Step::Kind::FetchNext));
        QCOMPARE(int(pages.addPage(page({ 2 }, link(QStringLiteral("3")))).kind),
            int(PageCollector::Step::Kind::FetchNext));
        const PageCollector::Step step = pages.addPage(page({ 3 }, link(QStringLiteral("4"))));
        QCOMPARE(int(step.kind), int(PageCollector::Step::Kind::Failed));
        QCOMPARE(step.problem, QStringLiteral("paging did not end within 3 pages"));
    }

    void pageWithoutValueIsMalformed()
    {
        PageCollector pages(Base, First, 20);
        const PageCollector::Step step = pages.addPage(QJsonObject { { QStringLiteral("id"), 1 } });
        QCOMPARE(int(step.kind), int(PageCollector::Step::Kind::Failed));
        QVERIFY(step.problem.contains(QLatin1String("\"value\"")));
    }

    void exchangeLineIsRedacted()
    {
        const QString batch = ExchangeLine::format(QStringLiteral("POST"),
            QUrl(QStringLiteral("http://127.0.0.1:8123/v1.0/$batch")), QStringLiteral("200"), 3,
            120, QStringLiteral("rid-1"));
        QCOMPARE(
            batch, QStringLiteral("POST /v1.0/$batch → 200 (3 items, 120 ms, request-id rid-1)"));

        const QString paged = ExchangeLine::format(QStringLiteral("GET"),
            QUrl(link(QStringLiteral("RFNwdAoAAQAAAAAAAAAAFAAAAI45"))), QStringLiteral("timeout"),
            -1, 500, QString());
        QCOMPARE(paged, QStringLiteral("GET /v1.0/users?$top=2&$skiptoken=… → timeout (500 ms)"));
    }
};

QTEST_GUILESS_MAIN(TestPageCollector)
#include "TestPageCollector.moc"

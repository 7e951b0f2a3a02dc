// The scenario server's generated directory ("generatedUsers") over real HTTP: paging visits
// every user once, filters, $top limits, entity reads, group members, the `id in` sync lookup
// with its documented limits, and a million users cost neither load time nor memory.
#include "core/demo/ScenarioServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using sspr::demo::ScenarioServer;

namespace {

const QString kGroupId = QStringLiteral("0b5e0000-0000-4000-8000-000000000007");

QString idOf(qint64 index)
{
    return QStringLiteral("6e1d0000-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0'));
}

struct Reply {
    int status = 0;
    QJsonObject json;
};

// Resident memory of this process in KiB (Linux), 0 when unknown.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

class TestGeneratedUsers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScenarioServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_nam = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    void pagingVisitsEveryUserOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("top");
        QTest::newRow("multiple of the page") << 1000 << 100;
        QTest::newRow("one over") << 1001 << 100;
        QTest::newRow("one under") << 999 << 100;
        QTest::newRow("largest page") << 2500 << 999;
        QTest::newRow("exactly one page") << 999 << 999;
        QTest::newRow("tiny pages") << 20 << 3;
    }
    void pagingVisitsEveryUserOnce()
    {
        QFETCH(int, count);
        QFETCH(int, top);
        load(count);
        QSet<QString> seen;
        int pages = 0;
        QString url = QStringLiteral("/reports/authenticationMethods/userRegistrationDetails"
                                     "?$top=%1")
                          .arg(top);
        while (!url.isEmpty()) {
            const Reply r = get(url);
            QCOMPARE(r.status, 200);
            const QJsonArray value = r.json.value(QLatin1String("value")).toArray();
            QVERIFY(value.size() <= top);
            for (const QJsonValue &v : value) {
                const QString id = v.toObject().value(QLatin1String("id")).toString();
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
            }
            ++pages;
            url = r.json.value(QLatin1String("@odata.nextLink")).toString();
            QVERIFY(pages <= count / top + 1);
        }
        QCOMPARE(seen.size(), count);
        QCOMPARE(pages, (count + top - 1) / top);
        QVERIFY(seen.contains(idOf(0)));
        QVERIFY(seen.contains(idOf(count - 1)));
        QVERIFY(!seen.contains(idOf(count)));
    }

    void recordShape()
    {
        load(1000);
        const Reply r = get(
            QStringLiteral("/reports/authenticationMethods/userRegistrationDetails/") + idOf(123));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("userPrincipalName")).toString(),
            QStringLiteral("user000123@contoso.example"));
        QCOMPARE(r.json.value(QLatin1String("userDisplayName")).toString(),
            QStringLiteral("User 000123"));
        QCOMPARE(r.json.value(QLatin1String("userType")).toString(), QStringLiteral("member"));
        for (const char *key : { "isAdmin", "isSsprRegistered", "isSsprEnabled", "isSsprCapable",
                 "isMfaRegistered", "isMfaCapable", "isPasswordlessCapable",
                 "isSystemPreferredAuthenticationMethodEnabled" })
            QVERIFY2(r.json.value(QLatin1String(key)).isBool(), key);
        QVERIFY(r.json.value(QLatin1String("methodsRegistered")).isArray());
        QVERIFY(r.json.value(QLatin1String("lastUpdatedDateTime")).toString().endsWith('Z'));
        // Deterministic: the same record twice, and with $select only what was asked.
        QCOMPARE(get(QStringLiteral("/reports/authenticationMethods/userRegistrationDetails/")
                     + idOf(123))
                     .json,
            r.json);
        const Reply selected
            = get(QStringLiteral("/reports/authenticationMethods/userRegistrationDetails/")
                + idOf(9) + QStringLiteral("?$select=id,userType"));
        QCOMPARE(
            selected.json.value(QLatin1String("userType")).toString(), QStringLiteral("guest"));
        QVERIFY(!selected.json.contains(QLatin1String("isSsprRegistered")));
        QCOMPARE(get(QStringLiteral("/reports/authenticationMethods/userRegistrationDetails/")
                     + idOf(1000))
                     .status,
            404);
    }

    void mixHasEveryState()
    {
        load(1000);
        const QJsonArray all = fetchAll(
            QStringLiteral("/reports/authenticationMethods/userRegistrationDetails?$top=999"));
        QCOMPARE(all.size(), 1000);
        int notRegistered = 0, notEnabled = 0, notCapable = 0, emailOnly = 0, ready = 0;
        int guests = 0, admins = 0;
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            const QJsonArray methods = o.value(QLatin1String("methodsRegistered")).toArray();
            guests += o.value(QLatin1String("userType")).toString() == QLatin1String("guest");
            admins += o.value(QLatin1String("isAdmin")).toBool();
            if (!o.value(QLatin1String("isSsprRegistered")).toBool())
                ++notRegistered;
            else if (!o.value(QLatin1String("isSsprEnabled")).toBool())
                ++notEnabled;
            else if (!o.value(QLatin1String("isSsprCapable")).toBool())
                ++notCapable;
            else if (methods == QJsonArray { QStringLiteral("email") })
                ++emailOnly;
            else
                ++ready;
        }
        QCOMPARE(guests, 100); // index % 10 == 9
        QCOMPARE(admins, 20); // index % 50 == 1: 1, 51, ..., 951, all members
        // About 12 / 10 / 8 / 8 / 62 per hundred.
        QVERIFY2(
            notRegistered > 80 && notRegistered < 160, qPrintable(QString::number(notRegistered)));
        QVERIFY2(notEnabled > 60 && notEnabled < 140, qPrintable(QString::number(notEnabled)));
        QVERIFY2(notCapable > 40 && notCapable < 120, qPrintable(QString::number(notCapable)));
        QVERIFY2(emailOnly > 40 && emailOnly < 120, qPrintable(QString::number(emailOnly)));
        QVERIFY2(ready > 520 && ready < 720, qPrintable(QString::number(ready)));
    }

    void filterOnUserType()
    {
        load(1000);
        const QJsonArray guests
            = fetchAll(QStringLiteral("/reports/authenticationMethods/userRegistrationDetails"
                                      "?$filter=userType%20eq%20'guest'&$top=37"));
        QCOMPARE(guests.size(), 100);
        QSet<QString> ids;
        for (const QJsonValue &v : guests) {
            QCOMPARE(
                v.toObject().value(QLatin1String("userType")).toString(), QStringLiteral("guest"));
            ids.insert(v.toObject().value(QLatin1String("id")).toString());
        }
        QCOMPARE(ids.size(), 100);
        QVERIFY(ids.contains(idOf(9)) && ids.contains(idOf(999)));
        const QJsonArray members
            = fetchAll(QStringLiteral("/reports/authenticationMethods/userRegistrationDetails"
                                      "?$filter=userType%20eq%20'member'&$top=999"));
        QCOMPARE(members.size(), 900);
        // A documented filter of the report (isSsprRegistered eq), combined with userType.
        const QJsonArray unregisteredGuests = fetchAll(QStringLiteral(
            "/reports/authenticationMethods/userRegistrationDetails"
            "?$filter=isSsprRegistered%20eq%20false%20and%20userType%20eq%20'guest'"));
        QVERIFY(!unregisteredGuests.isEmpty() && unregisteredGuests.size() < 40);
        for (const QJsonValue &v : unregisteredGuests) {
            QCOMPARE(v.toObject().value(QLatin1String("isSsprRegistered")).toBool(true), false);
            QCOMPARE(
                v.toObject().value(QLatin1String("userType")).toString(), QStringLiteral("guest"));
        }
        QCOMPARE(get(QStringLiteral("/reports/authenticationMethods/userRegistrationDetails"
                                    "?$filter=userType%20eq"))
                     .status,
            400);
    }

    void topAndSkipTokenLimits()
    {
        load(2000);
        const QString list
            = QStringLiteral("/reports/authenticationMethods/userRegistrationDetails");
        for (const char *bad : { "0", "1000", "-1", "abc" })
            QCOMPARE(get(list + QStringLiteral("?$top=") + QLatin1String(bad)).status, 400);
        const Reply page = get(list + QStringLiteral("?$top=999"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(QLatin1String("value")).toArray().size(), 999);
        // The report documents no $count: none is given.
        QVERIFY(!get(list + QStringLiteral("?$count=true")).json.contains("@odata.count"));
        // Default page size is the scenario's (100).
        QCOMPARE(get(list).json.value(QLatin1String("value")).toArray().size(), 100);
        for (const char *bad : { "-1", "2001", "xyz" })
            QCOMPARE(get(list + QStringLiteral("?$skiptoken=") + QLatin1String(bad)).status, 400);
    }

    void userEntities()
    {
        load(1000);
        Reply r = get(QStringLiteral("/users/") + idOf(2)
            + QStringLiteral("?$select=id,userPrincipalName,onPremisesSyncEnabled,userType"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("onPremisesSyncEnabled")).toBool(), true);
        QCOMPARE(r.json.value(QLatin1String("userType")).toString(), QStringLiteral("Member"));
        r = get(
            QStringLiteral("/users/") + idOf(3) + QStringLiteral("?$select=onPremisesSyncEnabled"));
        QVERIFY(r.json.value(QLatin1String("onPremisesSyncEnabled")).isNull());
        r = get(QStringLiteral("/users/USER000123@contoso.example"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("id")).toString(), idOf(123));
        QVERIFY(!r.json.contains(QLatin1String("accountEnabled"))); // default property set
        QCOMPARE(get(QStringLiteral("/users/user001000@contoso.example")).status, 404);
        QCOMPARE(get(QStringLiteral("/users/user0123@contoso.example")).status, 404);
        // The explicit users stay, listed first.
        QCOMPARE(get(QStringLiteral("/users/adele.vance@contoso-demo.example")).status, 200);
        const QJsonArray all = fetchAll(QStringLiteral("/users?$top=999&$select=id"));
        QCOMPARE(all.size(), 1005);
        QCOMPARE(all.at(5).toObject().value(QLatin1String("id")).toString(), idOf(0));
    }

    void groupMembers()
    {
        load(1000);
        Reply r = get(QStringLiteral("/groups/") + kGroupId);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("displayName")).toString(),
            QStringLiteral("Every seventh user"));
        const QString members = QStringLiteral("/groups/") + kGroupId
            + QStringLiteral("/transitiveMembers/microsoft.graph.user");
        const QJsonArray all = fetchAll(members + QStringLiteral("?$top=50&$select=id,userType"));
        QCOMPARE(all.size(), 143); // 0, 7, ..., 994
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).toObject().value(QLatin1String("id")).toString(), idOf(i * 7));
        r = get(members + QStringLiteral("?$top=1&$count=true"),
            { { "ConsistencyLevel", "eventual" } });
        QCOMPARE(r.json.value(QLatin1String("@odata.count")).toInt(), 143);
        r = get(
            QStringLiteral("/groups/") + kGroupId + QStringLiteral("/transitiveMembers?$top=1"));
        QCOMPARE(r.json.value(QLatin1String("value"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("@odata.type")
                     .toString(),
            QStringLiteral("#microsoft.graph.user"));
        QCOMPARE(get(members + QStringLiteral("?$top=1000")).status, 400);
        QCOMPARE(
            get(QStringLiteral("/groups/0b5e0000-0000-4000-8000-000000000099/transitiveMembers"))
                .status,
            404);
    }

    void syncLookupById()
    {
        load(1000);
        QStringList ids;
        for (int i = 0; i < 16; ++i)
            ids.append(QLatin1Char('\'') + idOf(i) + QLatin1Char('\''));
        const auto query = [](const QStringList &values) -> QString {
            return QStringLiteral("/users?$select=id,onPremisesSyncEnabled&$filter=id%20in%20(")
                + values.join(QLatin1Char(',')) + QLatin1Char(')');
        };
        Reply r = get(query(ids.mid(0, 15)));
        QCOMPARE(r.status, 200);
        const QJsonArray value = r.json.value(QLatin1String("value")).toArray();
        QCOMPARE(value.size(), 15);
        for (int i = 0; i < 15; ++i) {
            const QJsonObject u = value.at(i).toObject();
            QCOMPARE(u.value(QLatin1String("id")).toString(), idOf(i));
            QCOMPARE(u.value(QLatin1String("onPremisesSyncEnabled")).toBool(),
                i % 4 == 2 && i % 10 != 9);
        }
        r = get(query(ids));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value("error").toObject().value("code").toString(),
            QStringLiteral("Request_UnsupportedQuery"));
        // Advanced queries lift the 15 but keep the URL within 2,048 characters.
        QCOMPARE(get(query(ids), { { "ConsistencyLevel", "eventual" } }).status, 200);
        QStringList many;
        for (int i = 0; i < 60; ++i)
            many.append(QLatin1Char('\'') + idOf(i) + QLatin1Char('\''));
        QCOMPARE(get(query(many), { { "ConsistencyLevel", "eventual" } }).status, 400);
        // Unknown ids are left out; explicit users are found as well.
        r = get(query({ QStringLiteral("'4f1c8e2a-6b3d-4e9f-8a7b-1c2d3e4f5a6b'"),
            QLatin1Char('\'') + idOf(5000) + QLatin1Char('\'') }));
        QCOMPARE(r.json.value(QLatin1String("value")).toArray().size(), 1);
    }

    void millionUsersCostNothing()
    {
        const qint64 before = residentKiB();
        QElapsedTimer timer;
        timer.start();
        load(1000000);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        const Reply last
            = get(QStringLiteral("/reports/authenticationMethods/userRegistrationDetails"
                                 "?$top=999&$skiptoken=999990"));
        QCOMPARE(last.status, 200);
        const QJsonArray value = last.json.value(QLatin1String("value")).toArray();
        QCOMPARE(value.size(), 10);
        QCOMPARE(value.last().toObject().value(QLatin1String("id")).toString(), idOf(999999));
        QVERIFY(!last.json.contains(QLatin1String("@odata.nextLink")));
        QCOMPARE(get(QStringLiteral("/users/user999999@contoso.example")).status, 200);
        // A million materialised records would take hundreds of MiB.
        const qint64 grown = residentKiB() - before;
        QVERIFY2(grown < 30 * 1024, qPrintable(QStringLiteral("grew %1 KiB").arg(grown)));
    }

    void badConfigurationIsReported()
    {
        for (const char *bad : { R"({"count": -1})", R"({"count": 10, "colour": 1})",
                 R"({"count": 1.5})", R"({"count": 10, "groups": [{"id": "g"}]})" }) {
            const QString path = writeScenario(QString::fromUtf8(bad));
            const auto error = m_server->loadScenario(path);
            QVERIFY2(error && error->contains(QLatin1String("generatedUsers")), bad);
        }
    }

    void builtInBulkScenario()
    {
        QCOMPARE(m_server->loadScenario(QStringLiteral("bulk-10k")), std::nullopt);
        const QJsonArray page = get(
            QStringLiteral(
                "/reports/authenticationMethods/userRegistrationDetails?$top=999&$skiptoken=9999"))
                                    .json.value(QLatin1String("value"))
                                    .toArray();
        QCOMPARE(page.size(), 6); // healthy's 5 explicit rows come first
        QCOMPARE(page.last().toObject().value(QLatin1String("id")).toString(), idOf(9999));
    }

private:
    QString writeScenario(const QString &generatedJson)
    {
        const QString path = m_dir.filePath(QStringLiteral("generated-%1.json").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(QStringLiteral(R"({"base": "healthy", "description": "generated",
            "registrationDetails": [], "generatedUsers": %1})")
                       .arg(generatedJson)
                       .toUtf8());
        return path;
    }

    void load(int count)
    {
        const QString path = writeScenario(QStringLiteral(R"({"count": %1, "groups": [{"id": "%2",
                "displayName": "Every seventh user", "every": 7}]})")
                                               .arg(count)
                                               .arg(kGroupId));
        const auto error = m_server->loadScenario(path);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
    }

    Reply get(const QString &pathOrUrl, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        const QString url = pathOrUrl.startsWith(QLatin1String("http"))
            ? pathOrUrl
            : m_server->graphBaseUrl().toString() + pathOrUrl;
        QNetworkRequest request { QUrl(url) };
        request.setRawHeader("Authorization", "Bearer demo-token");
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam->get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

    // Every item of a list, following @odata.nextLink.
    QJsonArray fetchAll(const QString &first)
    {
        QJsonArray all;
        QString url = first;
        for (int guard = 0; !url.isEmpty() && guard < 10000; ++guard) {
            const Reply r = get(url);
            if (r.status != 200)
                return all;
            for (const QJsonValue &v : r.json.value(QLatin1String("value")).toArray())
                all.append(v);
            url = r.json.value(QLatin1String("@odata.nextLink")).toString();
        }
        return all;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<ScenarioServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

QTEST_GUILESS_MAIN(TestGeneratedUsers)
#include "TestGeneratedUsers.moc"

#include "core/runtime/AppOptions.h"

#include <QtTest>

using sspr::runtime::AppOptionsParser;

class TestAppOptions : public QObject {
    Q_OBJECT

    static QStringList args(const QString &line)
    {
        QStringList list { QStringLiteral("sspr-doctor") };
        if (!line.isEmpty())
            list += line.split(QLatin1Char(' '));
        return list;
    }

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("headless");
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("json");
        QTest::newRow("wizard") << "" << false << false << "healthy"
                                << "";
        QTest::newRow("demo default") << "--demo" << false << true << "healthy"
                                      << "";
        QTest::newRow("demo scenario")
            << "--demo not-registered" << false << true << "not-registered"
            << "";
        QTest::newRow("scenario first") << "outage-5xx --demo" << false << true << "outage-5xx"
                                        << "";
        QTest::newRow("headless json")
            << "--headless --demo healthy --json out.json" << true << true << "healthy"
            << "out.json";
    }
    void valid()
    {
        QFETCH(QString, line);
        QFETCH(bool, headless);
        QFETCH(bool, demo);
        QFETCH(QString, scenario);
        QFETCH(QString, json);
        const auto r = AppOptionsParser::parse(args(line));
        QVERIFY2(r.options, qPrintable(r.error));
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.options->headless, headless);
        QCOMPARE(r.options->demo, demo);
        QCOMPARE(r.options->scenario, scenario);
        QCOMPARE(r.options->jsonPath, json);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown option") << "--frobnicate"
                                        << "frobnicate";
        QTest::newRow("scenario without demo") << "healthy"
                                               << "--demo";
        QTest::newRow("two scenarios") << "--demo a b"
                                       << "Too many";
        QTest::newRow("json missing value") << "--headless --json"
                                            << "json";
        QTest::newRow("json without headless") << "--demo --json x.json"
                                               << "--headless";
        QTest::newRow("bad graph url") << "--graph ftp://x"
                                       << "--graph";
        QTest::newRow("graph not a url") << "--graph ::::"
                                         << "--graph";
        // A bearer token must not cross the network in clear text.
        QTest::newRow("graph over plain http") << "--graph http://graph.example.com/v1.0"
                                               << "https";
        QTest::newRow("timeout zero") << "--timeout 0"
                                      << "--timeout";
        QTest::newRow("timeout text") << "--timeout soon"
                                      << "--timeout";
        QTest::newRow("both error inputs") << "--error x --error-file y"
                                           << "either";
        QTest::newRow("self with user") << "--self --user a@b.c"
                                        << "--self";
        QTest::newRow("open headless") << "--headless --open a.sspr-session.json"
                                       << "--open";
        QTest::newRow("open without file") << "--open"
                                           << "open";
        QTest::newRow("lang not a code") << "--lang deutsch!"
                                         << "--lang";
        QTest::newRow("lang too long") << "--lang de_DEU"
                                       << "--lang";
    }
    void usageErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, messagePart);
        const auto r = AppOptionsParser::parse(args(line));
        QVERIFY(!r.options);
        QVERIFY2(r.error.contains(messagePart), qPrintable(r.error));
    }

    void graphRoot_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << "https://graph.microsoft.us/v1.0";
        QTest::newRow("loopback http") << "http://127.0.0.1:8080/v1.0";
        QTest::newRow("localhost http") << "http://localhost:8080/v1.0";
        QTest::newRow("ipv6 loopback http") << "http://[::1]:8080/v1.0";
    }
    void graphRoot()
    {
        QFETCH(QString, url);
        const auto r = AppOptionsParser::parse(args(QStringLiteral("--graph ") + url));
        QVERIFY2(r.options, qPrintable(r.error));
        QCOMPARE(r.options->graphUrl, QUrl(url));
    }

    void openAndLanguage()
    {
        const auto r = AppOptionsParser::parse(
            args(QStringLiteral("--open /tmp/x.sspr-session.json --lang de-AT")));
        QVERIFY2(r.options, qPrintable(r.error));
        QCOMPARE(r.options->openSession, QStringLiteral("/tmp/x.sspr-session.json"));
        QCOMPARE(r.options->language, QStringLiteral("de_AT"));
        QCOMPARE(r.options->scenario, QStringLiteral("healthy")); // the positional is untouched
        const auto none = AppOptionsParser::parse(args(QString()));
        QVERIFY(none.options);
        QVERIFY(none.options->openSession.isEmpty());
        QVERIFY(none.options->language.isEmpty());
    }

    void helpListsEveryOption()
    {
        const auto r = AppOptionsParser::parse(args(QStringLiteral("--help")));
        QVERIFY(!r.options);
        QVERIFY(r.error.isEmpty());
        for (const char *option : { "--demo", "--headless", "--json", "--user", "--error",
                 "--error-file", "--self", "--graph", "--timeout", "--list-scenarios", "--version",
                 "--verbose", "--open", "--lang" })
            QVERIFY2(r.output.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestAppOptions)
#include "TestAppOptions.moc"

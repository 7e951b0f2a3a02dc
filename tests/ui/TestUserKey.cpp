#include "ui/UserKey.h"

#include <QTest>

using sspr::ui::classifyUserKey;
using sspr::ui::UserKeyKind;

class TestUserKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
};

void TestUserKey::classify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<UserKeyKind>("kind");

    QTest::newRow("empty") << QString() << UserKeyKind::Empty;
    QTest::newRow("blanks") << QStringLiteral("   ") << UserKeyKind::Empty;
    QTest::newRow("upn") << QStringLiteral("adele.vance@contoso.com")
                         << UserKeyKind::UserPrincipalName;
    QTest::newRow("upn padded") << QStringLiteral("  adele@contoso.onmicrosoft.com ")
                                << UserKeyKind::UserPrincipalName;
    QTest::newRow("guest upn") << QStringLiteral("alex_fabrikam.com#EXT#@contoso.onmicrosoft.com")
                               << UserKeyKind::UserPrincipalName;
    QTest::newRow("apostrophe") << QStringLiteral("o'neil@contoso.com")
                                << UserKeyKind::UserPrincipalName;
    QTest::newRow("guid") << QStringLiteral("4f1c8e2a-6b3d-4e9f-8a7b-1c2d3e4f5a6b")
                          << UserKeyKind::ObjectId;
    QTest::newRow("guid upper") << QStringLiteral("4F1C8E2A-6B3D-4E9F-8A7B-1C2D3E4F5A6B")
                                << UserKeyKind::ObjectId;
    QTest::newRow("display name") << QStringLiteral("Adele Vance") << UserKeyKind::Invalid;
    QTest::newRow("no domain dot") << QStringLiteral("adele@contoso") << UserKeyKind::Invalid;
    QTest::newRow("two at") << QStringLiteral("a@b@contoso.com") << UserKeyKind::Invalid;
    QTest::newRow("space inside") << QStringLiteral("adele vance@contoso.com")
                                  << UserKeyKind::Invalid;
    QTest::newRow("no local part") << QStringLiteral("@contoso.com") << UserKeyKind::Invalid;
    QTest::newRow("short guid") << QStringLiteral("4f1c8e2a-6b3d-4e9f-8a7b-1c2d3e4f5a6")
                                << UserKeyKind::Invalid;
    QTest::newRow("braced guid") << QStringLiteral("{4f1c8e2a-6b3d-4e9f-8a7b-1c2d3e4f5a6b}")
                                 << UserKeyKind::Invalid;
    QTest::newRow("not hex") << QStringLiteral("4f1c8e2a-6b3d-4e9f-8a7b-1c2d3e4f5a6g")
                             << UserKeyKind::Invalid;
}

void TestUserKey::classify()
{
    QFETCH(QString, text);
    QFETCH(UserKeyKind, kind);
    QCOMPARE(classifyUserKey(text), kind);
}

QTEST_GUILESS_MAIN(TestUserKey)
#include "TestUserKey.moc"

// Session::verdict(): a check skipped as not applicable here leaves no gap (Finding::isGap()),
// one skipped for lack of rights or sign-in makes the run incomplete.
#include "core/report/Session.h"

#include <QtTest>

using namespace sspr;

namespace {
checks::Finding finding(const QString &id, checks::Status status, bool notApplicable = false)
{
    checks::Finding f;
    f.checkId = id;
    f.status = status;
    f.notApplicable = notApplicable;
    return f;
}
} // namespace

class TestSessionVerdict : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void notApplicableLeavesNoGap()
    {
        report::Session session;
        session.findings = { finding(QStringLiteral("user.account"), checks::Status::Pass),
            finding(QStringLiteral("client.os"), checks::Status::Skipped, true) };
        QCOMPARE(session.verdict(), report::Verdict::AllPass);
        QCOMPARE(session.exitCode(), 0);
    }

    void skippedForRightsIsIncomplete()
    {
        report::Session session;
        session.findings = { finding(QStringLiteral("user.account"), checks::Status::Pass),
            finding(QStringLiteral("user.sspr-audit"), checks::Status::Skipped) };
        QCOMPARE(session.verdict(), report::Verdict::Incomplete);
        QCOMPARE(session.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSessionVerdict)
#include "TestSessionVerdict.moc"

// Saved session files (--open FILE, the wizard's Open): SessionJson::fromBytes must accept or
// refuse anything with a message, never half-load. What it accepts must survive a save: after
// one save (which redacts), save -> load -> save writes the same bytes.
#include "FuzzSupport.h"

#include "core/report/SessionJson.h"

using namespace sspr::report;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sspr::fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto session = SessionJson::fromBytes(bytes, &error);
    if (!session) {
        SSPR_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("refused without a reason"));
        return 0;
    }
    SSPR_FUZZ_CHECK(error.isEmpty(), error);
    for (const auto &finding : session->findings)
        SSPR_FUZZ_CHECK(!finding.checkId.isEmpty(), QStringLiteral("a finding without a check"));
    // The verdict never says all-clear while a finding failed or could not run.
    const Verdict verdict = session->verdict();
    for (const auto &finding : session->findings) {
        if (finding.status == sspr::checks::Status::Fail)
            SSPR_FUZZ_CHECK(verdict == Verdict::Failed, verdictKey(verdict));
        if (finding.isGap())
            SSPR_FUZZ_CHECK(
                verdict == Verdict::Failed || verdict == Verdict::Incomplete, verdictKey(verdict));
    }

    const QByteArray saved = SessionJson::toBytes(*session);
    QString reloadError;
    const auto reloaded = SessionJson::fromBytes(saved, &reloadError);
    SSPR_FUZZ_CHECK(
        reloaded.has_value(), QStringLiteral("a saved session does not load: ") + reloadError);
    SSPR_FUZZ_CHECK(
        reloaded->findings.size() == session->findings.size(), QStringLiteral("findings lost"));
    SSPR_FUZZ_CHECK(reloaded->verdict() == verdict, verdictKey(reloaded->verdict()));
    const QByteArray savedAgain = SessionJson::toBytes(*reloaded);
    SSPR_FUZZ_CHECK(savedAgain == saved,
        QStringLiteral("save -> load -> save differs:\n") + QString::fromUtf8(saved)
            + QStringLiteral("\n---\n") + QString::fromUtf8(savedAgain));
    return 0;
}

// The bulk scan's outside input. Byte 0 picks the mode (mod 4):
//   0: a resume file (PATH.resume.json, user-editable): BulkResumeState::fromJson refuses with a
//      reason or parses, and what parses survives toJson -> fromJson unchanged.
//   1: byte 1 picks TenantFacts, the rest is a userRegistrationDetails page; every record is
//      judged under every SyncState.
//   2: NUL-separated cells: BulkCsv::line parses back (strict RFC 4180) to the same cells.
//   3: tenant replies (a tests/data/bulk/tenant-*.json file), NUL, a page: TenantAssessment
//      derives the facts from the replies, then the page is judged as in mode 1.
// Judging (1, 3) never says "ok"/Pass unless isSsprRegistered, isSsprEnabled and isSsprCapable
// are all JSON true, and every judged record's CSV row parses back.
#include "FuzzSupport.h"

#include "core/bulk/BulkCsv.h"
#include "core/bulk/BulkResumeState.h"
#include "core/bulk/BulkVerdict.h"
#include "core/bulk/TenantFacts.h"
#include "tests/bulk/BulkCsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sspr::bulk;
using sspr::checks::Status;

namespace {

QString describe(const BulkResumeState &s)
{
    return QStringLiteral("%1 csvBytes=%2 rows=%3 scanned=%4 failing=%5 undetermined=%6 pages=%7 "
                          "fp=%8 tenant=%9 started=%10")
        .arg(s.nextLink.toString(QUrl::FullyEncoded))
        .arg(s.csvBytes)
        .arg(s.rowsWritten)
        .arg(s.usersScanned)
        .arg(s.failing)
        .arg(s.undetermined)
        .arg(s.pages)
        .arg(s.fingerprint, s.tenantId, s.started.toUTC().toString(Qt::ISODateWithMs));
}

void resumeFile(const QByteArray &bytes)
{
    QString error;
    const auto state = BulkResumeState::fromJson(bytes, &error);
    if (!state) {
        SSPR_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("refused without a reason"));
        return;
    }
    SSPR_FUZZ_CHECK(!state->fingerprint.isEmpty(), describe(*state));
    SSPR_FUZZ_CHECK(state->nextLink.isValid() && !state->nextLink.isRelative(), describe(*state));
    const QByteArray saved = state->toJson();
    QString reloadError;
    const auto reloaded = BulkResumeState::fromJson(saved, &reloadError);
    SSPR_FUZZ_CHECK(reloaded.has_value(),
        QStringLiteral("a saved resume file does not load: ") + reloadError + u'\n'
            + QString::fromUtf8(saved));
    const QString before = describe(*state), after = describe(*reloaded);
    SSPR_FUZZ_CHECK(before == after && state->nextLink == reloaded->nextLink
            && state->started == reloaded->started,
        before + QStringLiteral("\n---\n") + after);
    SSPR_FUZZ_CHECK(reloaded->toJson() == saved, QString::fromUtf8(saved));
}

// The cells as a spreadsheet reading the CSV sees them: formula starts get the apostrophe, and
// text that is not valid Unicode (a lone surrogate from a JSON \uD800) is U+FFFD in UTF-8.
QStringList expectedCells(const QStringList &cells)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    QStringList out;
    for (const QString &value : cells) {
        const QString neutral
            = !value.isEmpty() && formulaStarts.contains(value.front()) ? u'\'' + value : value;
        out << QString::fromUtf8(neutral.toUtf8());
    }
    return out;
}

void csvRoundTrip(const QStringList &cells)
{
    const QByteArray line = BulkCsv::line(cells);
    const auto rows = bulktest::parseCsv(line);
    SSPR_FUZZ_CHECK(rows.has_value(), QStringLiteral("not RFC 4180: ") + QString::fromUtf8(line));
    SSPR_FUZZ_CHECK(rows->size() == 1, QString::number(rows->size()));
    const QStringList expected = expectedCells(cells);
    SSPR_FUZZ_CHECK(rows->first() == expected,
        QStringLiteral("cells changed: ") + QString::fromUtf8(line) + QStringLiteral("\n---\n")
            + expected.join(QStringLiteral("|")));
}

// Pass/ok only for a record whose three SSPR flags are the JSON literal true.
void checkVerdict(const QJsonObject &record, const Verdict &verdict)
{
    SSPR_FUZZ_CHECK(!verdict.code.isEmpty() && !verdict.text.isEmpty() && !verdict.action.isEmpty(),
        verdict.code);
    const bool allTrue = record.value(QLatin1String("isSsprRegistered")) == QJsonValue(true)
        && record.value(QLatin1String("isSsprEnabled")) == QJsonValue(true)
        && record.value(QLatin1String("isSsprCapable")) == QJsonValue(true);
    if (verdict.code == QLatin1String("ok") || verdict.severity == Status::Pass)
        SSPR_FUZZ_CHECK(
            allTrue, verdict.code + u' ' + QString::fromUtf8(QJsonDocument(record).toJson()));
    SSPR_FUZZ_CHECK(
        (verdict.code == QLatin1String("ok")) == (verdict.severity == Status::Pass), verdict.code);
    SSPR_FUZZ_CHECK(
        verdict.failing() == (verdict.severity == Status::Fail), QStringLiteral("failing()"));
    // Every verdict is exactly one of: ok, failing, undetermined (the scan's three counters).
    SSPR_FUZZ_CHECK(int(verdict.code == QLatin1String("ok")) + int(verdict.failing())
                + int(verdict.undetermined())
            == 1,
        verdict.code);
}

void judgePage(const QByteArray &page, const TenantFacts &facts)
{
    const QJsonDocument doc = QJsonDocument::fromJson(page);
    QJsonArray records = doc.object().value(QLatin1String("value")).toArray();
    if (doc.isArray())
        records = doc.array();
    else if (doc.isObject() && records.isEmpty())
        records.append(doc.object()); // a single record
    static const SyncState states[]
        = { SyncState::NotChecked, SyncState::CloudOnly, SyncState::Synced, SyncState::Unknown };
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        for (const SyncState sync : states) {
            const Verdict verdict = BulkVerdict::judge(record, facts, sync);
            checkVerdict(record, verdict);
            csvRoundTrip(BulkCsv::cells(record, verdict, sync));
        }
        // The scanner asks /users only for this; without it the record must already be "ok".
        if (BulkVerdict::needsSyncState(record, facts))
            SSPR_FUZZ_CHECK(BulkVerdict::judge(record, facts, SyncState::NotChecked).code == "ok",
                BulkVerdict::judge(record, facts, SyncState::NotChecked).code);
    }
}

TenantFacts factsFrom(uint8_t selector, uint8_t policy)
{
    TenantFacts facts;
    facts.tenantId = QStringLiteral("7f3c9d2e-1b4a-4c6d-8e0f-2a1b3c4d5e6f");
    switch (selector & 3) {
    case 0:
        break; // unreadable
    case 1:
        facts.synced = false;
        break;
    default:
        facts.synced = true;
    }
    const Writeback writebacks[] = { Writeback::On, Writeback::Off, Writeback::Unknown };
    facts.writeback = writebacks[((selector >> 2) & 3) % 3];
    facts.licenceFailsCloudOnly = selector & 0x10;
    facts.licenceFailsSynced = selector & 0x20;
    const int methods = int(TenantFacts::policyMethods().size());
    if (selector & 0x40) {
        static const Status statuses[]
            = { Status::Pass, Status::Warning, Status::Fail, Status::Skipped, Status::Error };
        for (int set = 1; set < (1 << methods); ++set)
            facts.policyBySet.insert(set, statuses[(policy + set) % 5]);
    }
    return facts;
}

// A tenant-*.json file's "responses" (key -> {status, body}) as the scanner's evidence.
sspr::checks::Evidence tenantEvidence(const QByteArray &bytes)
{
    sspr::checks::Evidence evidence;
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QJsonObject responses = root.value(QLatin1String("responses")).toObject();
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        const QJsonObject reply = it.value().toObject();
        sspr::graph::GraphResponse response;
        response.key = it.key();
        response.attempts = 1;
        response.httpStatus = reply.value(QLatin1String("status")).toInt(200);
        if (response.httpStatus >= 200 && response.httpStatus < 300) {
            response.body = reply.value(QLatin1String("body")).toObject();
        } else {
            sspr::graph::GraphError error;
            error.kind = response.httpStatus == 401 ? sspr::graph::GraphErrorKind::Unauthorized
                : response.httpStatus == 403        ? sspr::graph::GraphErrorKind::Forbidden
                : response.httpStatus == 404        ? sspr::graph::GraphErrorKind::NotFound
                : response.httpStatus >= 500        ? sspr::graph::GraphErrorKind::Server
                                                    : sspr::graph::GraphErrorKind::BadRequest;
            error.httpStatus = response.httpStatus;
            error.code = reply.value(QLatin1String("body"))
                             .toObject()
                             .value(QLatin1String("error"))
                             .toObject()
                             .value(QLatin1String("code"))
                             .toString();
            error.message = QStringLiteral("fuzzed error");
            response.error = error;
        }
        evidence.graph.insert(it.key(), response);
    }
    const QJsonObject answers = root.value(QLatin1String("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        evidence.answers.insert(it.key(), it.value().toString());
    return evidence;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sspr::fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0:
        resumeFile(rest);
        break;
    case 1:
        if (size >= 3)
            judgePage(rest.mid(2), factsFrom(data[1], data[2]));
        break;
    case 2: {
        QStringList cells;
        for (const QByteArray &part : sspr::fuzz::splitOnNul(data + 1, size - 1, 32))
            cells << QString::fromUtf8(part);
        csvRoundTrip(cells);
        break;
    }
    default: {
        const QList<QByteArray> parts = sspr::fuzz::splitOnNul(data + 1, size - 1, 2);
        sspr::checks::CheckContext ctx;
        ctx.signedIn = true;
        ctx.userKey = QStringLiteral("(bulk scan)");
        ctx.grantedScopes = { QStringLiteral("Policy.Read.AuthenticationMethod"),
            QStringLiteral("Organization.Read.All"), QStringLiteral("User.Read.All"),
            QStringLiteral("AuditLog.Read.All") };
        ctx.now = QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC);
        const TenantAssessment tenant = TenantAssessment::derive(tenantEvidence(parts.at(0)), ctx);
        SSPR_FUZZ_CHECK(tenant.findings.size() == 4, QString::number(tenant.findings.size()));
        SSPR_FUZZ_CHECK(tenant.summaryLines().size() == 4, QStringLiteral("summary"));
        if (parts.size() > 1)
            judgePage(parts.at(1), tenant.facts);
        break;
    }
    }
    return 0;
}

// Single Graph replies, as the checks read them: the input picks a check and an HTTP status,
// and its NUL-separated parts are the reply bodies of the check's requests (paged requests
// take one part per page). Each body goes through GraphErrorMapping (and PageCollector) as
// GraphBatchJob would, then the check evaluates the evidence. A check must never pass on a
// reply that could not be read, and evaluation stays pure.
#include "FuzzSupport.h"

#include "core/checks/CheckRegistry.h"
#include "core/checks/RequestTemplate.h"
#include "core/graph/GraphErrorMapping.h"
#include "core/graph/PageCollector.h"

#include <QSet>
#include <QUrl>
#include <memory>
#include <vector>

using namespace sspr;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

namespace {

const QUrl kBase(QStringLiteral("https://graph.microsoft.com/v1.0"));

// The checks that read Graph (not the local probes, not the guided questions).
const std::vector<std::unique_ptr<checks::Check>> &graphChecks()
{
    static const auto checks = [] {
        std::vector<std::unique_ptr<checks::Check>> out;
        for (auto &check : checks::CheckRegistry::create(checks::CheckRegistry::allIds())) {
            if (!check->needsProbes() && !check->requests(checks::CheckContext()).isEmpty())
                out.push_back(std::move(check));
        }
        return out;
    }();
    return checks;
}

checks::CheckContext contextFor(const checks::Check &check, bool selfMode)
{
    checks::CheckContext ctx;
    ctx.userKey = selfMode ? QString() : QStringLiteral("adele.vance@contoso.com");
    ctx.userObjectId = QStringLiteral("6e7b768e-07e2-4810-8459-485f84f8f204");
    ctx.selfMode = selfMode;
    ctx.signedIn = true;
    ctx.now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    ctx.errorCode = 120021;
    ctx.errorTime = ctx.now.addSecs(-3600);
    for (const graph::GraphRequest &request : check.requests(ctx)) {
        if (!request.requiredScope.isEmpty())
            ctx.grantedScopes << request.requiredScope;
    }
    return ctx;
}

// The statuses a Graph reply comes with, good and bad.
int statusFor(uint8_t selector)
{
    static const int statuses[]
        = { 200, 200, 200, 200, 201, 204, 206, 400, 401, 403, 404, 424, 429, 500, 503, 504 };
    return statuses[selector % (sizeof(statuses) / sizeof(statuses[0]))];
}

void checkOutcome(const graph::ReplyOutcome &outcome, int status)
{
    SSPR_FUZZ_CHECK(outcome.httpStatus == status, QString::number(outcome.httpStatus));
    if (status < 200 || status >= 300)
        SSPR_FUZZ_CHECK(outcome.error.has_value(), QStringLiteral("non-2xx without an error"));
    if (outcome.error) {
        SSPR_FUZZ_CHECK(outcome.error->httpStatus == status, outcome.error->describe());
        SSPR_FUZZ_CHECK(!outcome.error->message.isEmpty(), outcome.error->describe());
        SSPR_FUZZ_CHECK(outcome.body.isEmpty(), QStringLiteral("an error with a body"));
    }
    SSPR_FUZZ_CHECK(outcome.retryAfterSeconds >= -1, QString::number(outcome.retryAfterSeconds));
}

// One request's response from the bodies at `next`, as GraphBatchJob makes it.
graph::GraphResponse respond(const graph::GraphRequest &request, int status, bool html,
    const QList<QByteArray> &bodies, qsizetype &next)
{
    QHash<QString, QString> headers {
        { QStringLiteral("content-type"),
            html ? QStringLiteral("text/html; charset=utf-8")
                 : QStringLiteral("application/json;odata.metadata=minimal") },
        { QStringLiteral("request-id"), QStringLiteral("0c7a3c1e-5d3f-4f6b-9a51-0f5b2f6c9d11") },
    };
    graph::GraphResponse response;
    response.key = request.key;
    response.attempts = 1;
    graph::PageCollector pages(
        kBase, QUrl(kBase.toString() + request.relativeUrl), request.maxPages);
    for (;;) {
        const QByteArray body = bodies.at(next % bodies.size());
        ++next;
        const graph::ReplyOutcome outcome
            = graph::GraphErrorMapping::fromHttp(status, headers, body);
        checkOutcome(outcome, status);
        response.httpStatus = outcome.httpStatus;
        response.requestId = outcome.requestId;
        if (outcome.error) {
            response.error = outcome.error;
            break;
        }
        if (!request.followNextLink) {
            response.body = outcome.body;
            break;
        }
        const graph::PageCollector::Step step = pages.addPage(outcome.body);
        response.pages = pages.pages();
        if (step.kind == graph::PageCollector::Step::Kind::Done) {
            response.body = pages.result();
            break;
        }
        if (step.kind == graph::PageCollector::Step::Kind::Failed) {
            SSPR_FUZZ_CHECK(!step.problem.isEmpty(), QStringLiteral("a failure without a reason"));
            response.error = graph::GraphErrorMapping::malformed(status, step.problem);
            break;
        }
        SSPR_FUZZ_CHECK(graph::PageCollector::sameOrigin(step.next, kBase), step.next.toString());
        // Later pages are 200s; the loop ends at maxPages or on a repeated link at the latest.
        status = 200;
    }
    if (response.error
        && (response.error->kind == graph::GraphErrorKind::Forbidden
            || response.error->kind == graph::GraphErrorKind::Unauthorized))
        response.error->requiredScope = request.requiredScope;
    return response;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const auto &all = graphChecks();
    const checks::Check &check = *all.at(data[0] % all.size());
    const bool selfMode = data[0] & 0x80;
    const int status = statusFor(data[1] & 0x0F);
    const bool html = data[1] & 0x10;
    const QList<QByteArray> bodies = fuzz::splitOnNul(data + 2, size - 2, 64);

    const checks::CheckContext ctx = contextFor(check, selfMode);
    checks::Evidence evidence;
    qsizetype next = 0;
    QSet<QString> unreadSources; // "GET /..." of the requests whose reply could not be read
    bool allFailed = true;
    for (const graph::GraphRequest &templ : check.requests(ctx)) {
        const graph::GraphRequest request = checks::RequestTemplate::expand(templ, ctx);
        if (evidence.graph.contains(request.key))
            continue;
        const graph::GraphResponse response = respond(request, status, html, bodies, next);
        if (response.error && response.error->kind == graph::GraphErrorKind::MalformedReply)
            unreadSources.insert(checks::RequestTemplate::source(request));
        allFailed = allFailed && response.error.has_value();
        evidence.graph.insert(request.key, response);
    }

    const checks::Finding finding = check.evaluate(evidence, ctx);
    SSPR_FUZZ_CHECK(finding.checkId == check.id(), finding.checkId);
    SSPR_FUZZ_CHECK(!finding.title.isEmpty(), check.id());
    SSPR_FUZZ_CHECK(!finding.summary.trimmed().isEmpty(), check.id());
    SSPR_FUZZ_CHECK(finding.evaluatedAt == ctx.now, check.id());
    // No false all-clear: a check never passes on replies that all failed, nor cites a reply
    // it could not read as evidence for a pass.
    if (finding.status == checks::Status::Pass) {
        SSPR_FUZZ_CHECK(!allFailed || evidence.graph.isEmpty(),
            check.id() + QStringLiteral(" passed with every request failed: ") + finding.summary);
        for (const checks::EvidenceItem &item : finding.evidence)
            SSPR_FUZZ_CHECK(!unreadSources.contains(item.source),
                check.id() + QStringLiteral(" passed on the unreadable reply to ") + item.source
                    + QStringLiteral(": ") + finding.summary);
    }
    const checks::Finding again = check.evaluate(evidence, ctx);
    SSPR_FUZZ_CHECK(again.status == finding.status && again.summary == finding.summary
            && again.details == finding.details,
        check.id() + QStringLiteral(" is not pure"));
    return 0;
}

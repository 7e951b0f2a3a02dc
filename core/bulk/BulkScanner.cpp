#include "core/bulk/BulkScanner.h"

#include "core/bulk/BulkCsv.h"
#include "core/bulk/BulkLinks.h"
#include "core/bulk/BulkLogging.h"
#include "core/bulk/PageLookups.h"
#include "core/common/JsonNumbers.h"
#include "core/graph/GraphClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <limits>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace sspr::bulk {

namespace {
const QString kPageKey = QStringLiteral("page");
constexpr int kMaxPages = 1000000; // loop guard beside the repeated-link check

bool syncToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}
} // namespace

struct BulkScanner::Private {
    BulkScanner *q = nullptr;
    graph::GraphClient *graph = nullptr;
    BulkOptions options;
    checks::CheckContext ctx;
    Outcome outcome = Outcome::Running;
    QString message;
    BulkResumeState state;
    TenantAssessment tenant;
    qint64 total = -1;
    bool stopRequested = false;
    bool topDropped = false; // the report refused $top once: paging with its own page size
    QFile csv;
    QSet<size_t> seenLinks; // hashes of the page links read: a repeating link is a loop
    // The page in hand only; cleared once written.
    QList<QJsonObject> records;
    QUrl next;

    bool groupMode() const { return !options.groupId.isEmpty(); }
    bool openCsv();
    void fetchTenant();
    void onTenant(const QHash<QString, graph::GraphResponse> &responses);
    void fetchPage();
    void onPage(const graph::GraphResponse &response);
    void onMembers(const QStringList &ids, const QHash<QString, QJsonObject> &members,
        const QHash<QString, graph::GraphResponse> &responses);
    void judgePage();
    void writePage(const QHash<QString, SyncState> &sync);
    void end(Outcome result, const QString &why = QString());
};

BulkScanner::BulkScanner(graph::GraphClient *graph, const BulkOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->graph = graph;
    d->options = options;
    d->options.pageSize = std::clamp(options.pageSize, 1, 999);
}

BulkScanner::~BulkScanner() = default;

BulkScanner::Outcome BulkScanner::outcome() const
{
    return d->outcome;
}

QString BulkScanner::message() const
{
    return d->message;
}

const BulkResumeState &BulkScanner::state() const
{
    return d->state;
}

const TenantAssessment &BulkScanner::tenant() const
{
    return d->tenant;
}

qint64 BulkScanner::total() const
{
    return d->total;
}

void BulkScanner::requestStop()
{
    d->stopRequested = true;
}

void BulkScanner::start(const checks::CheckContext &ctx)
{
    d->ctx = ctx;
    d->ctx.selfMode = false;
    if (!d->openCsv())
        return;
    d->fetchTenant();
}

bool BulkScanner::Private::openCsv()
{
    csv.setFileName(options.csvPath);
    const QString shown = QDir::toNativeSeparators(options.csvPath);
    if (!options.resume) {
        // Overwriting would lose the resumable scan's rows and its place.
        if (QFile::exists(options.resumePath())) {
            end(Outcome::Refused,
                tr("A resumable scan exists: add --resume, or delete %1.")
                    .arg(QDir::toNativeSeparators(options.resumePath())));
            return false;
        }
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            end(Outcome::Failed, tr("Cannot write %1: %2").arg(shown, csv.errorString()));
            return false;
        }
        const QByteArray header = BulkCsv::line(BulkCsv::header());
        if (csv.write(header) != header.size() || !csv.flush()) {
            end(Outcome::Failed, tr("Cannot write %1: %2").arg(shown, csv.errorString()));
            return false;
        }
        state.csvBytes = csv.pos();
        state.fingerprint = options.fingerprint();
        state.started = QDateTime::currentDateTimeUtc();
        return true;
    }
    QString problem;
    const auto loaded = BulkResumeState::load(options.resumePath(), &problem);
    if (!loaded) {
        end(Outcome::Refused, problem);
        return false;
    }
    state = *loaded;
    state.nextLink = BulkLinks::rebase(state.nextLink, graph->baseUrl());
    if (state.fingerprint != options.fingerprint()) {
        end(Outcome::Refused,
            tr("The resume file %1 is for a scan with other options (%2, now %3): resume with "
               "the same --group, --user-type, --only-failures, --answer, --cloud, --demo, "
               "--graph, --authority, --tenant and --client-id, or start again without "
               "--resume.")
                .arg(QDir::toNativeSeparators(options.resumePath()), state.fingerprint,
                    options.fingerprint()));
        return false;
    }
    // QIODevice::ReadWrite would create a missing CSV: refused before it is opened.
    if (!QFile::exists(options.csvPath) || !csv.open(QIODevice::ReadWrite)
        || csv.size() < state.csvBytes) {
        end(Outcome::Refused,
            tr("%1 is missing or shorter than the resume file says (%2 bytes): start the scan "
               "again without --resume.")
                .arg(shown)
                .arg(state.csvBytes));
        return false;
    }
    // Drops a half-written page: its rows are written again from the saved link.
    if (!csv.resize(state.csvBytes) || !csv.seek(state.csvBytes)) {
        end(Outcome::Failed, tr("Cannot truncate %1: %2").arg(shown, csv.errorString()));
        return false;
    }
    return true;
}

void BulkScanner::Private::fetchTenant()
{
    graph::GraphBatchJob *job = graph->sendBatch(TenantAssessment::requests(ctx));
    QObject::connect(job, &graph::GraphBatchJob::finished, q,
        [this](const QHash<QString, graph::GraphResponse> &responses) { onTenant(responses); });
}

void BulkScanner::Private::onTenant(const QHash<QString, graph::GraphResponse> &responses)
{
    checks::Evidence evidence;
    evidence.graph = responses;
    evidence.answers = options.answers;
    tenant = TenantAssessment::derive(evidence, ctx);
    if (options.resume && !state.tenantId.isEmpty() && !tenant.facts.tenantId.isEmpty()
        && state.tenantId.compare(tenant.facts.tenantId, Qt::CaseInsensitive) != 0) {
        end(Outcome::Refused,
            tr("The resume file is for tenant %1, but this sign-in is for tenant %2.")
                .arg(state.tenantId, tenant.facts.tenantId));
        return;
    }
    if (!tenant.facts.tenantId.isEmpty())
        state.tenantId = tenant.facts.tenantId;
    Q_EMIT q->tenantAssessed();
    if (!options.resume) {
        state.nextLink = BulkLinks::absolute(graph->baseUrl(), PageLookups::firstPage(options));
        // Saved before the first page: a first page that fails is resumable too.
        if (const auto problem = state.save(options.resumePath())) {
            end(Outcome::Failed, *problem);
            return;
        }
    }
    fetchPage();
}

void BulkScanner::Private::fetchPage()
{
    QString problem;
    const auto relative = BulkLinks::relative(state.nextLink, graph->baseUrl(), &problem);
    if (!relative) {
        end(Outcome::Failed, tr("Cannot continue the scan: %1.").arg(problem));
        return;
    }
    graph::GraphRequest request;
    request.key = kPageKey;
    request.relativeUrl = *relative;
    request.requiredScope = groupMode() ? QStringLiteral("GroupMember.Read.All")
                                        : QStringLiteral("AuditLog.Read.All");
    if (groupMode())
        request.headers << qMakePair(
            QStringLiteral("ConsistencyLevel"), QStringLiteral("eventual"));
    request.followNextLink = false; // one page at a time: nothing accumulates
    graph::GraphBatchJob *job = graph->send(request);
    QObject::connect(job, &graph::GraphBatchJob::responseReady, q,
        [this](const graph::GraphResponse &response) { onPage(response); });
}

void BulkScanner::Private::onPage(const graph::GraphResponse &response)
{
    const qint64 page = state.pages + 1;
    // $top is not documented for userRegistrationDetails: a 400 to the first page that asked
    // for it is retried once without it; the later pages follow Graph's own nextLink.
    if (response.error && response.httpStatus == 400 && state.pages == 0 && !groupMode()
        && !topDropped && state.nextLink.toString().contains(QLatin1String("top="))) {
        topDropped = true;
        qCWarning(lcBulk) << "the registration report refused $top (HTTP 400): reading it with "
                             "its own page size";
        state.nextLink
            = BulkLinks::absolute(graph->baseUrl(), PageLookups::firstPage(options, false));
        if (const auto problem = state.save(options.resumePath())) {
            end(Outcome::Failed, *problem);
            return;
        }
        fetchPage();
        return;
    }
    if (response.error) {
        end(Outcome::Failed,
            tr("Page %1 could not be read after retries: %2")
                .arg(page)
                .arg(response.error->describe()));
        return;
    }
    const QJsonValue value = response.body.value(QLatin1String("value"));
    if (!value.isArray()) {
        end(Outcome::Failed, tr("Page %1 has no \"value\" array.").arg(page));
        return;
    }
    const QJsonValue count = response.body.value(QLatin1String("@odata.count"));
    // Graph's count is only an estimate for the ETA; a value that is no count is ignored.
    if (total < 0)
        total = common::wholeNumber(count, 0, std::numeric_limits<qint64>::max()).value_or(-1);
    next = QUrl();
    const QJsonValue link = response.body.value(QLatin1String("@odata.nextLink"));
    if (link.isString()) {
        next = QUrl(link.toString(), QUrl::StrictMode);
        QString problem;
        if (!BulkLinks::relative(next, graph->baseUrl(), &problem)) {
            end(Outcome::Failed, tr("Page %1: %2.").arg(page).arg(problem));
            return;
        }
        const size_t hash = qHash(next.toString(QUrl::FullyEncoded));
        if (seenLinks.contains(hash) || state.pages >= kMaxPages) {
            end(Outcome::Failed,
                tr("Paging did not end: @odata.nextLink repeats a page already read (page %1).")
                    .arg(page));
            return;
        }
        seenLinks.insert(hash);
    } else if (!link.isUndefined() && !link.isNull()) {
        end(Outcome::Failed, tr("Page %1: @odata.nextLink is not a string.").arg(page));
        return;
    }
    records.clear();
    if (!groupMode()) {
        for (const QJsonValue &item : value.toArray())
            records << item.toObject();
        judgePage();
        return;
    }
    // Group members: their registration records, 20 a $batch POST.
    QStringList ids;
    QHash<QString, QJsonObject> members;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject member = item.toObject();
        const QString id = member.value(QLatin1String("id")).toString();
        if (id.isEmpty() || members.contains(id))
            continue;
        ids << id;
        members.insert(id, member);
    }
    if (ids.isEmpty()) {
        judgePage();
        return;
    }
    graph::GraphBatchJob *job = graph->sendBatch(PageLookups::registrationRequests(ids));
    QObject::connect(job, &graph::GraphBatchJob::finished, q,
        [this, ids, members](const QHash<QString, graph::GraphResponse> &responses) {
            onMembers(ids, members, responses);
        });
}

void BulkScanner::Private::onMembers(const QStringList &ids,
    const QHash<QString, QJsonObject> &members,
    const QHash<QString, graph::GraphResponse> &responses)
{
    for (const QString &id : ids) {
        const graph::GraphResponse response = responses.value(PageLookups::registrationKey(id));
        if (response.ok()) {
            QJsonObject record = response.body;
            record.remove(QStringLiteral("@odata.context"));
            records << record;
            continue;
        }
        if (response.error && response.error->kind == graph::GraphErrorKind::NotFound) {
            records << PageLookups::notInReportRecord(id, members.value(id));
            continue;
        }
        end(Outcome::Failed,
            tr("Page %1: the registration record of %2 could not be read after retries: %3")
                .arg(state.pages + 1)
                .arg(id, response.error ? response.error->describe() : tr("no reply")));
        return;
    }
    judgePage();
}

void BulkScanner::Private::judgePage()
{
    if (!options.userType.isEmpty()) {
        records.removeIf([this](const QJsonObject &record) {
            return record.value(QLatin1String("userType"))
                       .toString()
                       .compare(options.userType, Qt::CaseInsensitive)
                != 0;
        });
    }
    QStringList lookups;
    for (const QJsonObject &record : std::as_const(records)) {
        if (!record.contains(PageLookups::notInReportKey())
            && BulkVerdict::needsSyncState(record, tenant.facts))
            lookups << record.value(QLatin1String("id")).toString();
    }
    if (lookups.isEmpty()) {
        writePage({});
        return;
    }
    graph::GraphBatchJob *job = graph->sendBatch(PageLookups::syncRequests(lookups));
    QObject::connect(job, &graph::GraphBatchJob::finished, q,
        [this, lookups](const QHash<QString, graph::GraphResponse> &responses) {
            const auto states = PageLookups::syncStates(lookups, responses);
            if (states.values().contains(SyncState::Unknown))
                qCInfo(lcBulk) << "sync state unknown for some users of page" << state.pages + 1;
            writePage(states);
        });
}

void BulkScanner::Private::writePage(const QHash<QString, SyncState> &sync)
{
    QByteArray out;
    for (const QJsonObject &record : std::as_const(records)) {
        const QString id = record.value(QLatin1String("id")).toString();
        SyncState syncState = tenant.facts.synced == false
            ? SyncState::CloudOnly
            : sync.value(id.toLower(), SyncState::NotChecked);
        const Verdict verdict = record.contains(PageLookups::notInReportKey())
            ? BulkVerdict::notInReport()
            : BulkVerdict::judge(record, tenant.facts, syncState);
        ++state.usersScanned;
        if (verdict.failing())
            ++state.failing;
        else if (verdict.undetermined())
            ++state.undetermined;
        if (options.onlyFailures && verdict.code == QLatin1String("ok"))
            continue;
        out += BulkCsv::line(BulkCsv::cells(record, verdict, syncState));
        ++state.rowsWritten;
    }
    records.clear();
    // On disk before the sidecar says so: after a power loss the CSV is not shorter than the
    // resume file records.
    if (csv.write(out) != out.size() || !csv.flush() || !syncToDisk(csv)) {
        end(Outcome::Failed,
            tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(options.csvPath), csv.errorString()));
        return;
    }
    state.csvBytes = csv.pos();
    ++state.pages;
    state.nextLink = next;
    if (!next.isValid()) {
        csv.close();
        QFile::remove(options.resumePath());
        Q_EMIT q->pageWritten(state.pages, state.usersScanned);
        end(Outcome::Finished);
        return;
    }
    if (const auto problem = state.save(options.resumePath())) {
        end(Outcome::Failed, *problem);
        return;
    }
    Q_EMIT q->pageWritten(state.pages, state.usersScanned);
    if (stopRequested) {
        end(Outcome::Interrupted);
        return;
    }
    fetchPage();
}

void BulkScanner::Private::end(Outcome result, const QString &why)
{
    if (outcome != Outcome::Running)
        return;
    outcome = result;
    message = why;
    if (csv.isOpen())
        csv.close();
    if (!why.isEmpty())
        qCInfo(lcBulk).noquote() << why;
    // Queued: the caller may be inside start() and not yet waiting.
    QMetaObject::invokeMethod(
        q, [this] { Q_EMIT q->finished(outcome); }, Qt::QueuedConnection);
}

} // namespace sspr::bulk

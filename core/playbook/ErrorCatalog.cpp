#include "core/playbook/ErrorCatalog.h"

#include "core/playbook/CatalogFieldReader.h"
#include "core/playbook/CatalogStrings.h"

#include "core/checks/GuidedQuestions.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace sspr::playbook {

namespace {

Q_LOGGING_CATEGORY(lcCatalog, "sspr.playbook.catalog")

const QString kBuiltInPath = QStringLiteral(":/playbooks/aadsts-1200xx.json");
constexpr int kSchemaVersion = 1;

std::optional<CatalogEntry> readEntry(const QJsonObject &o, const QString &where, QString *error)
{
    CatalogFieldReader r(o, where, error);
    CatalogEntry e;
    e.code = r.integer("code");
    if (r.ok() && (e.code < 10000 || e.code > 999999))
        r.fail("code", ErrorCatalog::tr("must be an AADSTS number of five or six digits"));
    e.name = r.string("name");
    // Texts are shown in the running language (see scripts/catalog-strings.py).
    e.meaning = CatalogStrings::translate(r.string("meaning"));
    for (const QString &cause : r.strings("likelyCauses"))
        e.likelyCauses << CatalogStrings::translate(cause);
    e.firstChecks = r.checkIds("firstChecks");
    e.rootCausePriority = r.optionalCheckIds("rootCausePriority", e.firstChecks);
    const QString link = r.string("link");
    if (r.ok()) {
        e.link = QUrl(link, QUrl::StrictMode);
        const bool matches
            = QUrlQuery(e.link).queryItemValue(QStringLiteral("code")) == QString::number(e.code);
        if (!e.link.isValid() || e.link.scheme() != QLatin1String("https") || !matches)
            r.fail("link", ErrorCatalog::tr("must be an https URL ending in ?code=%1").arg(e.code));
    }
    if (!r.ok())
        return std::nullopt;
    return e;
}

std::optional<CodeHint> readHint(const QJsonObject &o, const QString &where, QString *error)
{
    static const QRegularExpression keyShape(QStringLiteral(R"(^(SSPR_\d{4}|event:\d{3,5})$)"));
    CatalogFieldReader r(o, where, error);
    CodeHint h;
    h.key = r.string("key");
    if (r.ok() && !keyShape.match(h.key).hasMatch())
        r.fail("key", ErrorCatalog::tr("must look like SSPR_0029 or event:31003"));
    h.meaning = CatalogStrings::translate(r.string("meaning"));
    h.fixer = r.string("fixer");
    // Informational events and causes no check can confirm have no check id.
    h.checkId = r.string("checkId", true);
    if (r.ok() && !h.checkId.isEmpty() && !CatalogFieldReader::isKnownCheckId(h.checkId))
        r.fail("checkId", ErrorCatalog::tr("names an unknown check \"%1\"").arg(h.checkId));
    if (!r.ok())
        return std::nullopt;
    return h;
}

std::optional<CauseGroup> readGroup(const QJsonObject &o, const QString &where, QString *error)
{
    CatalogFieldReader r(o, where, error);
    CauseGroup g;
    g.key = r.string("key");
    g.checkIds = r.checkIds("checks");
    if (!r.ok())
        return std::nullopt;
    return g;
}

std::optional<AnswerRule> readRule(const QJsonObject &o, const QString &where, QString *error)
{
    CatalogFieldReader r(o, where, error);
    AnswerRule rule;
    rule.questionId = r.string("question");
    if (r.ok() && !checks::GuidedQuestions::byId(rule.questionId))
        r.fail(
            "question", ErrorCatalog::tr("names an unknown question \"%1\"").arg(rule.questionId));
    rule.answers = r.strings("answers");
    rule.promote = r.checkIds("promote");
    if (!r.ok())
        return std::nullopt;
    return rule;
}

QList<QJsonObject> objectArray(const QJsonObject &root, const char *key, QString *error)
{
    const QJsonValue v = root.value(QLatin1String(key));
    if (!v.isArray()) {
        *error = ErrorCatalog::tr("\"%1\" must be an array").arg(QLatin1String(key));
        return {};
    }
    QList<QJsonObject> list;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = ErrorCatalog::tr("%1[%2] must be an object").arg(QLatin1String(key)).arg(i);
            return {};
        }
        list.append(array.at(i).toObject());
    }
    if (list.isEmpty())
        *error = ErrorCatalog::tr("\"%1\" must not be empty").arg(QLatin1String(key));
    return list;
}

// Optional "causeGroups" and "answerRules": a check belongs to at most one group.
bool readGroupsAndRules(
    const QJsonObject &root, QList<CauseGroup> *groups, QList<AnswerRule> *rules, QString *problem)
{
    if (root.contains(QLatin1String("causeGroups"))) {
        const QList<QJsonObject> list = objectArray(root, "causeGroups", problem);
        QSet<QString> keys, grouped;
        for (qsizetype i = 0; i < list.size() && problem->isEmpty(); ++i) {
            const QString where = ErrorCatalog::tr("causeGroups[%1]").arg(i);
            const auto group = readGroup(list.at(i), where, problem);
            if (!group)
                break;
            if (keys.contains(group->key)) {
                *problem = ErrorCatalog::tr("%1: duplicate key %2").arg(where, group->key);
                break;
            }
            for (const QString &id : group->checkIds) {
                if (grouped.contains(id))
                    *problem
                        = ErrorCatalog::tr("%1: %2 is already in another group").arg(where, id);
                grouped.insert(id);
            }
            keys.insert(group->key);
            groups->append(*group);
        }
    }
    if (problem->isEmpty() && root.contains(QLatin1String("answerRules"))) {
        const QList<QJsonObject> list = objectArray(root, "answerRules", problem);
        for (qsizetype i = 0; i < list.size() && problem->isEmpty(); ++i) {
            const auto rule
                = readRule(list.at(i), ErrorCatalog::tr("answerRules[%1]").arg(i), problem);
            if (!rule)
                break;
            rules->append(*rule);
        }
    }
    return problem->isEmpty();
}

} // namespace

const ErrorCatalog &ErrorCatalog::builtIn()
{
    static const ErrorCatalog catalog = [] {
        QString error;
        auto loaded = load(kBuiltInPath, &error);
        if (!loaded) {
            // A broken resource is a build defect; the app still runs with generic playbooks.
            qCCritical(lcCatalog) << "built-in catalog is invalid:" << error;
            return ErrorCatalog();
        }
        return *loaded;
    }();
    return catalog;
}

std::optional<ErrorCatalog> ErrorCatalog::load(const QString &path, QString *error)
{
    QString problem;
    auto setError = [&](const QString &message) {
        const QString full = tr("%1: %2").arg(QFileInfo(path).fileName(), message);
        qCWarning(lcCatalog).noquote() << full;
        if (error)
            *error = full;
        return std::nullopt;
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setError(tr("cannot be read (%1)").arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return setError(tr("is not valid JSON at offset %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
    if (!doc.isObject())
        return setError(tr("must hold a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("schemaVersion")).toInt(-1) != kSchemaVersion)
        return setError(tr("\"schemaVersion\" must be %1").arg(kSchemaVersion));

    ErrorCatalog catalog;
    const QList<QJsonObject> codes = objectArray(root, "codes", &problem);
    for (qsizetype i = 0; i < codes.size() && problem.isEmpty(); ++i) {
        const QString code = codes.at(i).value(QLatin1String("code")).toVariant().toString();
        const QString where = tr("codes[%1] (%2)").arg(i).arg(code);
        const auto entry = readEntry(codes.at(i), where, &problem);
        if (!entry)
            break;
        if (catalog.find(entry->code)) {
            problem = tr("%1: duplicate code %2").arg(where).arg(entry->code);
            break;
        }
        catalog.m_entries.append(*entry);
    }
    if (!problem.isEmpty())
        return setError(problem);

    const QList<QJsonObject> hints = objectArray(root, "hints", &problem);
    for (qsizetype i = 0; i < hints.size() && problem.isEmpty(); ++i) {
        const QString where
            = tr("hints[%1] (%2)").arg(i).arg(hints.at(i).value(QLatin1String("key")).toString());
        const auto hint = readHint(hints.at(i), where, &problem);
        if (!hint)
            break;
        if (catalog.hint(hint->key)) {
            problem = tr("%1: duplicate key %2").arg(where, hint->key);
            break;
        }
        catalog.m_hints.append(*hint);
    }
    if (!problem.isEmpty())
        return setError(problem);

    CatalogFieldReader rootReader(root, tr("catalog"), &problem);
    catalog.m_genericChecks = rootReader.checkIds("genericChecks");
    catalog.m_genericPriority
        = rootReader.optionalCheckIds("genericPriority", catalog.m_genericChecks);
    if (!problem.isEmpty())
        return setError(problem);
    if (!readGroupsAndRules(root, &catalog.m_causeGroups, &catalog.m_answerRules, &problem))
        return setError(problem);

    qCDebug(lcCatalog) << "loaded" << catalog.m_entries.size() << "codes and"
                       << catalog.m_hints.size() << "hints from" << path;
    return catalog;
}

QList<CatalogEntry> ErrorCatalog::entries() const
{
    return m_entries;
}

std::optional<CatalogEntry> ErrorCatalog::find(int code) const
{
    for (const CatalogEntry &e : m_entries) {
        if (e.code == code)
            return e;
    }
    return std::nullopt;
}

std::optional<CodeHint> ErrorCatalog::hint(const QString &key) const
{
    const QString wanted = key.trimmed();
    for (const CodeHint &h : m_hints) {
        if (h.key.compare(wanted, Qt::CaseInsensitive) == 0)
            return h;
    }
    return std::nullopt;
}

QList<CodeHint> ErrorCatalog::hints() const
{
    return m_hints;
}

QStringList ErrorCatalog::genericChecks() const
{
    return m_genericChecks;
}

QStringList ErrorCatalog::rootCausePriority(int code) const
{
    const std::optional<CatalogEntry> entry = code > 0 ? find(code) : std::nullopt;
    return entry ? entry->rootCausePriority : m_genericPriority;
}

QList<CauseGroup> ErrorCatalog::causeGroups() const
{
    return m_causeGroups;
}

QString ErrorCatalog::causeGroupOf(const QString &checkId) const
{
    for (const CauseGroup &g : m_causeGroups) {
        if (g.checkIds.contains(checkId))
            return g.key;
    }
    return {};
}

QList<AnswerRule> ErrorCatalog::answerRules() const
{
    return m_answerRules;
}

QStringList ErrorCatalog::promotedBy(const QHash<QString, QString> &answers) const
{
    QStringList promoted;
    for (const AnswerRule &rule : m_answerRules) {
        if (!rule.answers.contains(answers.value(rule.questionId).trimmed()))
            continue;
        for (const QString &id : rule.promote) {
            if (!promoted.contains(id))
                promoted.append(id);
        }
    }
    return promoted;
}

Playbook ErrorCatalog::playbookFor(
    int code, const QStringList &available, const QHash<QString, QString> &answers) const
{
    Playbook playbook = playbookFor(code, available);
    playbook.promoted = promotedBy(answers);
    QStringList ordered, priority;
    for (const QString &id : std::as_const(playbook.promoted)) {
        if (playbook.checkIds.contains(id))
            ordered.append(id);
        priority.append(id);
    }
    for (const QString &id : std::as_const(playbook.checkIds)) {
        if (!ordered.contains(id))
            ordered.append(id);
    }
    for (const QString &id : std::as_const(playbook.rootCausePriority)) {
        if (!priority.contains(id))
            priority.append(id);
    }
    playbook.checkIds = ordered;
    playbook.rootCausePriority = priority;
    return playbook;
}

Playbook ErrorCatalog::playbookFor(int code, const QStringList &available) const
{
    Playbook playbook;
    playbook.code = code;
    const std::optional<CatalogEntry> entry = code > 0 ? find(code) : std::nullopt;
    playbook.known = entry.has_value();
    if (entry)
        playbook.title = tr("AADSTS%1 %2").arg(code).arg(entry->name);
    else if (code > 0)
        playbook.title = tr("AADSTS%1 is not in the catalog: general SSPR checks").arg(code);
    else
        playbook.title = tr("No error code given: general SSPR checks");

    playbook.rootCausePriority = entry ? entry->rootCausePriority : m_genericPriority;
    const QStringList &first = entry ? entry->firstChecks : m_genericChecks;
    for (const QString &id : first) {
        if (available.contains(id) && !playbook.checkIds.contains(id))
            playbook.checkIds.append(id);
    }
    for (const QString &id : available) {
        if (!playbook.checkIds.contains(id))
            playbook.checkIds.append(id);
    }
    return playbook;
}

} // namespace sspr::playbook

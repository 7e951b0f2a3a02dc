#include "core/bulk/BulkResumeState.h"

#include "core/common/JsonNumbers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <limits>

namespace sspr::bulk {

namespace {
constexpr int kVersion = 1;
}

QByteArray BulkResumeState::toJson() const
{
    const QJsonObject object { { QStringLiteral("version"), kVersion },
        { QStringLiteral("nextLink"), nextLink.toString(QUrl::FullyEncoded) },
        { QStringLiteral("csvBytes"), double(csvBytes) },
        { QStringLiteral("rowsWritten"), double(rowsWritten) },
        { QStringLiteral("usersScanned"), double(usersScanned) },
        { QStringLiteral("failing"), double(failing) },
        { QStringLiteral("undetermined"), double(undetermined) },
        { QStringLiteral("pages"), double(pages) }, { QStringLiteral("fingerprint"), fingerprint },
        { QStringLiteral("tenantId"), tenantId },
        { QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs) } };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<BulkResumeState> BulkResumeState::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("it is not JSON (%1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("version")).toInt() != kVersion)
        return fail(tr("it is not a version %1 resume file").arg(kVersion));
    const auto count = [&o](const char *name) -> std::optional<qint64> {
        return common::wholeNumber(
            o.value(QLatin1String(name)), 0, std::numeric_limits<qint64>::max());
    };
    BulkResumeState state;
    const QString link = o.value(QLatin1String("nextLink")).toString();
    state.nextLink = QUrl(link, QUrl::StrictMode);
    if (link.isEmpty() || !state.nextLink.isValid() || state.nextLink.isRelative())
        return fail(tr("\"nextLink\" is not an absolute URL"));
    const auto csvBytes = count("csvBytes");
    const auto rows = count("rowsWritten");
    const auto scanned = count("usersScanned");
    const auto failing = count("failing");
    const auto undetermined = count("undetermined");
    const auto pages = count("pages");
    if (!csvBytes || !rows || !scanned || !failing || !undetermined || !pages)
        return fail(tr("a counter (csvBytes, rowsWritten, usersScanned, failing, undetermined, "
                       "pages) is missing or not a whole number"));
    state.csvBytes = *csvBytes;
    state.rowsWritten = *rows;
    state.usersScanned = *scanned;
    state.failing = *failing;
    state.undetermined = *undetermined;
    state.pages = *pages;
    state.fingerprint = o.value(QLatin1String("fingerprint")).toString();
    state.tenantId = o.value(QLatin1String("tenantId")).toString();
    state.started
        = QDateTime::fromString(o.value(QLatin1String("started")).toString(), Qt::ISODate);
    if (state.fingerprint.isEmpty())
        return fail(tr("\"fingerprint\" is missing"));
    return state;
}

std::optional<QString> BulkResumeState::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return tr("Cannot write the resume file %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return std::nullopt;
}

std::optional<BulkResumeState> BulkResumeState::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the resume file %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QString why;
    auto state = fromJson(file.read(64 * 1024), &why);
    if (!state && error)
        *error = tr("The resume file %1 is damaged: %2. Start the scan again without --resume.")
                     .arg(QDir::toNativeSeparators(path), why);
    return state;
}

} // namespace sspr::bulk

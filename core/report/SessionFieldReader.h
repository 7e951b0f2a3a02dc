#pragma once

#include "core/checks/Finding.h"
#include "core/report/RootCause.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace sspr::report {

// Reads the fields of a saved session (SessionJson::fromJson), strict about types, so a
// damaged file is named by its first bad field ("session.findings[2].status: ...") and never
// half-loaded: the first failure is kept in `error` and the caller discards what was read.
class SessionFieldReader {
    Q_DECLARE_TR_FUNCTIONS(SessionJson)

public:
    QString error;

    bool fail(const QString &path, const QString &what);
    // A field may be absent (files of older versions lack newer fields): its default. Present
    // with the wrong type, null included (the writer never writes null), it is an error.
    QString string(const QJsonObject &o, const char *key, const QString &path);
    QJsonObject object(const QJsonObject &o, const char *key, const QString &path);
    QJsonObject optionalObject(const QJsonObject &o, const char *key, const QString &path);
    bool boolean(const QJsonObject &o, const char *key, const QString &path);
    // A whole number that fits an int (HTTP statuses, codes, counts).
    int integer(const QJsonObject &o, const char *key, const QString &path);
    // ISO 8601 as the writer writes it; "" (or absent) is "not known".
    QDateTime time(const QJsonObject &o, const char *key, const QString &path);
    QJsonArray array(const QJsonObject &o, const char *key, const QString &path);
    QStringList strings(const QJsonObject &o, const char *key, const QString &path);
    QList<int> ints(const QJsonObject &o, const char *key, const QString &path);
    // A key the writer wrote from a fixed set: absent is the default, anything else an error.
    template <typename T>
    T keyed(const QJsonObject &o, const char *key, const QString &path,
        std::optional<T> (*fromKey)(const QString &), T fallback)
    {
        const QString text = string(o, key, path);
        if (text.isEmpty())
            return fallback;
        const std::optional<T> value = fromKey(text);
        if (!value)
            fail(path + QLatin1Char('.') + QLatin1String(key), tr("not a known value"));
        return value.value_or(fallback);
    }

    // Absent in files written before the ranker existed: an empty, not-found cause.
    RootCause rootCause(const QJsonObject &o, const QString &path);
    checks::Finding finding(const QJsonObject &o, const QString &path);
};

} // namespace sspr::report

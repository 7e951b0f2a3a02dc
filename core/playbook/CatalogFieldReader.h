#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sspr::playbook {

// Reads one JSON object of a catalog file, recording the first problem with the place it was
// found, e.g. codes[3] (120012): "firstChecks" names an unknown check "x".
class CatalogFieldReader {
public:
    CatalogFieldReader(const QJsonObject &object, QString where, QString *error);

    static bool isKnownCheckId(const QString &id);

    bool ok() const;
    QString string(const char *key, bool allowEmpty = false);
    QStringList strings(const char *key);
    QStringList checkIds(const char *key); // known ids, each once, not empty
    // An optional list of check ids: `fallback` when the key is absent.
    QStringList optionalCheckIds(const char *key, const QStringList &fallback);
    int integer(const char *key);
    void fail(const char *key, const QString &what);

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
};

} // namespace sspr::playbook

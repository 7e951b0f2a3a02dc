#pragma once

#include "core/demo/Scenario.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <variant>

namespace sspr::demo {

// Reads scenario files (format: resources/scenarios/README.md): resolves "base"
// inheritance, relative times ("{{now-2d}}"), checks every field's type and turns the
// result into a Scenario. Never throws: a bad file yields a message naming it.
class ScenarioLoader {
    Q_DECLARE_TR_FUNCTIONS(ScenarioLoader)

public:
    using Result = std::variant<Scenario, QString>;

    static QStringList builtInNames();
    // A built-in name ("healthy") or a path to a .json file.
    static Result load(const QString &nameOrPath);

    // Deep merge used by "base": objects merge key by key; arrays whose elements are all
    // objects with an "id" merge by id ("@remove": true drops one); other arrays replace.
    static QJsonObject merge(const QJsonObject &base, const QJsonObject &derived);

private:
    static QString resolvePath(const QString &nameOrPath, const QString &relativeTo);
    static std::variant<QJsonObject, QString> readMerged(const QString &path, QSet<QString> &chain);
    static Result build(const QJsonObject &root, const QString &path);
};

} // namespace sspr::demo

#pragma once

#include "core/demo/Fault.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace sspr::demo {

// Fault <-> the scenario file's "faults" entries, e.g.
// {"kind": "status", "match": "^/users", "status": 429, "retryAfter": 1, "times": 2}.
class FaultJson {
    Q_DECLARE_TR_FUNCTIONS(FaultJson)

public:
    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
    static QString kindName(Fault::Kind kind);
    // A status QHttpServerResponder can write (it only knows its StatusCode values).
    static bool isKnownStatus(int status);
};

} // namespace sspr::demo

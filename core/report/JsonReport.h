#pragma once

#include "core/report/Session.h"

#include <QByteArray>
#include <QJsonObject>

namespace sspr::report {

// The JSON report: the session as SessionJson writes it (schema "sspr-doctor/session",
// "schemaVersion"; docs/report-schema.md) plus a "report" object naming the OS it was written
// on, with every string value passed through trace::Redactor.
class JsonReport {
public:
    static QJsonObject toJson(const Session &session);
    static QByteArray render(const Session &session); // indented UTF-8
};

} // namespace sspr::report

#pragma once

#include <QString>

namespace sspr::auth {

// What a secret looks like, in one place: bearer tokens, JWTs and token/secret parameters are
// replaced by a marker. Applied to text from outside (a Graph error message, a pasted error)
// before it can reach a log line, evidence, the UI or a report.
class SecretRedaction {
public:
    static QString redact(QString text);
};

} // namespace sspr::auth

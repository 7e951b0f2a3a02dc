#pragma once

#include <QString>

namespace sspr::auth {

// What a secret looks like, in one place (trace::Redactor::text): bearer credentials, JWTs,
// tokens, codes, verifiers, device codes, secrets and passwords as parameters or JSON members
// are replaced by "[redacted]". Applied to text from outside (a Graph error message, a pasted
// error) before it can reach a log line, evidence, the UI or a report.
class SecretRedaction {
public:
    static QString redact(QString text);
};

} // namespace sspr::auth

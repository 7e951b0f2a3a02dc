#include "core/auth/SecretRedaction.h"

#include "core/trace/Redactor.h"

namespace sspr::auth {

QString SecretRedaction::redact(QString text)
{
    // One definition of what a secret looks like: the trace's redactor also knows codes,
    // verifiers, device codes, passwords and JSON members that are not JWT-shaped.
    return trace::Redactor::text(text);
}

} // namespace sspr::auth

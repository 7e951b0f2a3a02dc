#pragma once

#include <QTextStream>

namespace sspr::runtime {

class RuntimeEnvironment;

// Sign-in without a window, shared by --headless and --bulk: the demo tenant signs itself in;
// a real tenant uses the remembered sign-in, else (or with --device-code after it failed) a
// device code whose sentence goes to `err`. Blocks in a local event loop until it ends.
// Returns true once signed in; on failure the reason is on `err`.
bool signInWithoutWindow(RuntimeEnvironment &env, bool deviceCodeAfterFailure, QTextStream &err);

} // namespace sspr::runtime

#pragma once

#include "core/checks/Check.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace sspr::checks {

// Knows every implemented check by id.
class CheckRegistry
{
public:
    static QStringList allIds(); // in the default playbook order
    static std::unique_ptr<Check> create(const QString &id); // nullptr for an unknown id
    // Creates the known ids, in order, skipping unknown ones.
    static std::vector<std::unique_ptr<Check>> create(const QStringList &ids);
};

} // namespace sspr::checks

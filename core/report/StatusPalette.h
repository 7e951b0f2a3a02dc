#pragma once

#include "core/checks/Finding.h"

#include <QString>

namespace sspr::report {

// The status colours and icons, one table for the wizard (ui/StatusStyle) and the reports.
// Two hand-picked sets (GitHub Primer-like hues): a single mid-tone cannot reach 4.5:1
// contrast on both white and near-black backgrounds. Colours are 0xRRGGBB: the core has no
// QColor (QtGui).
class StatusPalette {
public:
    static quint32 rgb(checks::Status status, bool dark);
    static QString cssColor(checks::Status status, bool dark); // "#14702f"
    static QString iconResource(checks::Status status); // ":/report/icons/status-pass.svg"
    // The icon's SVG markup (from resources/icons, compiled into the report library), ready
    // to inline; `title` becomes its accessible <title>.
    static QString iconSvg(checks::Status status, const QString &title);
};

} // namespace sspr::report

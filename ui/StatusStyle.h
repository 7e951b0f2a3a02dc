#pragma once

#include "core/checks/Finding.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

class QPalette;

namespace sspr::ui {

// How a check status looks: the word (so status never depends on colour alone), the SVG icon
// and a text colour chosen for the palette in use, readable on light and dark themes alike.
class StatusStyle {
    Q_DECLARE_TR_FUNCTIONS(StatusStyle)

public:
    static QString word(checks::Status status); // "Passed", "Failed", ...
    static QString iconPath(checks::Status status); // ":/icons/status-pass.svg"
    static QIcon icon(checks::Status status);
    // Text colour for the status on `palette` (its Base and Window roles): ≥ 4.5:1 contrast.
    static QColor color(checks::Status status, const QPalette &palette);
    static bool isDark(const QPalette &palette);
    // "An IT administrator", "The user", ... for "Who must act".
    static QString actorText(checks::Actor actor);
    // WCAG 2 contrast ratio between two colours (1 to 21), used to pick and test colours.
    static double contrastRatio(const QColor &a, const QColor &b);
};

} // namespace sspr::ui

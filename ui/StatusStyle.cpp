#include "ui/StatusStyle.h"

#include "core/report/ReportText.h"
#include "core/report/StatusPalette.h"

#include <QPalette>
#include <algorithm>
#include <cmath>

namespace sspr::ui {

using checks::Actor;
using checks::Status;

// The words and actor texts are the reports' own, so the wizard and every report say the
// same thing.
QString StatusStyle::word(Status status)
{
    return report::ReportText::statusWord(status);
}

QString StatusStyle::iconPath(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral(":/icons/status-pass.svg");
    case Status::Warning:
        return QStringLiteral(":/icons/status-warning.svg");
    case Status::Fail:
        return QStringLiteral(":/icons/status-fail.svg");
    case Status::Skipped:
        return QStringLiteral(":/icons/status-skipped.svg");
    case Status::Error:
        return QStringLiteral(":/icons/status-error.svg");
    }
    return QStringLiteral(":/icons/status-error.svg");
}

QIcon StatusStyle::icon(Status status)
{
    return QIcon(iconPath(status));
}

bool StatusStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor StatusStyle::color(Status status, const QPalette &palette)
{
    // The one table the reports use too (core/report/StatusPalette).
    return QColor(QRgb(report::StatusPalette::rgb(status, isDark(palette))));
}

QString StatusStyle::actorText(Actor actor)
{
    return report::ReportText::actorText(actor);
}

double StatusStyle::contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        const QColor rgb = c.toRgb();
        return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
            + 0.0722 * channel(rgb.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace sspr::ui

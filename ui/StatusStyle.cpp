#include "ui/StatusStyle.h"

#include <QPalette>
#include <algorithm>
#include <cmath>

namespace sspr::ui {

using checks::Actor;
using checks::Status;

QString StatusStyle::word(Status status)
{
    switch (status) {
    case Status::Pass:
        return tr("Passed");
    case Status::Warning:
        return tr("Warning");
    case Status::Fail:
        return tr("Failed");
    case Status::Skipped:
        return tr("Skipped");
    case Status::Error:
        return tr("Error");
    }
    return tr("Error");
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
    // Two hand-picked sets (GitHub Primer-like hues) rather than one colour for both themes:
    // a single mid-tone cannot reach 4.5:1 on both white and near-black backgrounds.
    const bool dark = isDark(palette);
    switch (status) {
    case Status::Pass:
        return dark ? QColor(0x4a, 0xc2, 0x6b) : QColor(0x14, 0x70, 0x2f);
    case Status::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x5a, 0x00);
    case Status::Fail:
        return dark ? QColor(0xff, 0x81, 0x82) : QColor(0xc4, 0x1e, 0x2a);
    case Status::Skipped:
        return dark ? QColor(0x9e, 0xa7, 0xb3) : QColor(0x57, 0x60, 0x6a);
    case Status::Error:
        return dark ? QColor(0xc2, 0x97, 0xff) : QColor(0x7a, 0x3f, 0xd0);
    }
    return palette.color(QPalette::Text);
}

QString StatusStyle::actorText(Actor actor)
{
    switch (actor) {
    case Actor::User:
        return tr("The user who saw the error");
    case Actor::Admin:
        return tr("An IT administrator of the tenant");
    case Actor::Microsoft:
        return tr("Microsoft (through a support request)");
    case Actor::Nobody:
        return tr("Nobody: no action is needed");
    }
    return tr("An IT administrator of the tenant");
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

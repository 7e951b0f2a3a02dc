#include "core/report/StatusPalette.h"

#include <QFile>
#include <QHash>

namespace sspr::report {

using checks::Status;

quint32 StatusPalette::rgb(Status status, bool dark)
{
    switch (status) {
    case Status::Pass:
        return dark ? 0x4ac26b : 0x14702f;
    case Status::Warning:
        return dark ? 0xe3b341 : 0x8a5a00;
    case Status::Fail:
        return dark ? 0xff8182 : 0xc41e2a;
    case Status::Skipped:
        return dark ? 0x9ea7b3 : 0x57606a;
    case Status::Error:
        return dark ? 0xc297ff : 0x7a3fd0;
    }
    return dark ? 0xffffff : 0x000000;
}

QString StatusPalette::cssColor(Status status, bool dark)
{
    return QStringLiteral("#%1").arg(rgb(status, dark), 6, 16, QLatin1Char('0'));
}

QString StatusPalette::iconResource(Status status)
{
    return QStringLiteral(":/report/icons/status-%1.svg").arg([status] {
        switch (status) {
        case Status::Pass:
            return QStringLiteral("pass");
        case Status::Warning:
            return QStringLiteral("warning");
        case Status::Fail:
            return QStringLiteral("fail");
        case Status::Skipped:
            return QStringLiteral("skipped");
        case Status::Error:
            return QStringLiteral("error");
        }
        return QStringLiteral("error");
    }());
}

QString StatusPalette::iconSvg(Status status, const QString &title)
{
    QFile file(iconResource(status));
    QString svg
        = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    if (svg.isEmpty())
        return {};
    // Decorative next to the status word, but titled for screen readers that announce it.
    const int close = svg.indexOf(QLatin1Char('>'));
    svg.insert(close + 1, QStringLiteral("<title>%1</title>").arg(title.toHtmlEscaped()));
    svg.replace(QStringLiteral("<svg "),
        QStringLiteral(
            "<svg class=\"icon\" role=\"img\" aria-hidden=\"true\" focusable=\"false\" "));
    return svg;
}

} // namespace sspr::report

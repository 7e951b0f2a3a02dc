#pragma once

#include <QString>

namespace sspr::ui {

// A page title for the wizard's header (QWizard is set to rich-text titles): QWizard draws
// titles in the body font, too small to anchor a page, so the size is raised here.
inline QString pageTitle(const QString &plainText)
{
    return QStringLiteral("<span style=\"font-size:13pt; font-weight:600;\">%1</span>")
        .arg(plainText.toHtmlEscaped());
}

} // namespace sspr::ui

#pragma once

#include <QFrame>

namespace sspr::ui {

// A strip that says the wizard is talking to the built-in demo tenant, so nobody mistakes a
// scenario's findings for their own tenant's.
class DemoBanner : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY(DemoBanner)

public:
    DemoBanner(const QString &scenario, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace sspr::ui

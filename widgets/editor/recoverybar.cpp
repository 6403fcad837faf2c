// SPDX-License-Identifier: MIT
#include "widgets/editor/recoverybar.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Bullpen {

RecoveryBar::RecoveryBar(const QString &message, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(message, this))
    , m_recover(new QPushButton(tr("Recover"), this))
    , m_differences(new QPushButton(tr("Show Differences"), this))
    , m_discard(new QPushButton(tr("Discard"), this))
{
    setObjectName(QStringLiteral("recoveryBar"));
    // The window's font, not the code's: the editor it sits in has a fixed-width one.
    setFont(QApplication::font());
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Recover unsaved edits"));
    setAccessibleDescription(message);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recover->setToolTip(tr("Put the recovered text into the editor as an unsaved change (nothing is saved)"));
    m_differences->setToolTip(tr("Compare the recovered text with the file on disk"));
    m_discard->setToolTip(tr("Delete the recovered text and keep the file as it is"));
    m_recover->setDefault(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    for (QPushButton *button : { m_recover, m_differences, m_discard }) {
        button->setAutoDefault(true); // Return presses the focused button
        button->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(button, 0, Qt::AlignVCenter);
    }
    setFocusProxy(m_recover);
    setTabOrder(m_recover, m_differences);
    setTabOrder(m_differences, m_discard);
    connect(m_recover, &QPushButton::clicked, this, &RecoveryBar::recoverRequested);
    connect(m_differences, &QPushButton::clicked, this, &RecoveryBar::differencesRequested);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryBar::discardRequested);
    applyColours();
}

QString RecoveryBar::message() const
{
    return m_label->text();
}

void RecoveryBar::keyPressEvent(QKeyEvent *event)
{
    // Not a dialog: Escape leaves the question open and goes back to the text.
    if (event->key() == Qt::Key_Escape && parentWidget()) {
        parentWidget()->setFocus(Qt::OtherFocusReason);
        return;
    }
    QFrame::keyPressEvent(event);
}

void RecoveryBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && !m_colouring)
        applyColours();
}

void RecoveryBar::applyColours()
{
    // Kate's message colours: a warning's amber, mixed into the window's
    // own background so that it reads in light and dark palettes alike.
    QPalette p = palette();
    const QColor window
        = parentWidget() ? parentWidget()->palette().color(QPalette::Window) : p.color(QPalette::Window);
    const QColor amber(0xf6, 0x74, 0x00);
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                                float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    p.setColor(QPalette::Window, mix(window, amber, 0.2));
    m_colouring = true;
    setPalette(p);
    m_colouring = false;
}

} // namespace Bullpen

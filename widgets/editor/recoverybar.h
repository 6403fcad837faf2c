// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Bullpen {

// The bar above an editor that offers unsaved edits back after Bullpen ended
// without saving or discarding them, as Kate's swap-file message does: the
// message, then Recover, Show Differences and Discard. Not modal: the rest of
// the window works while it waits. Reached with the keyboard: it takes the
// focus on its Recover button, Tab moves between its buttons, Escape hands the
// focus back to the text. A view only: its owner says what the edits are and
// acts on the choice.
class RecoveryBar final : public QFrame
{
    Q_OBJECT
public:
    explicit RecoveryBar(const QString &message, QWidget *parent = nullptr);

    QString message() const;
    QPushButton *recoverButton() const { return m_recover; }
    QPushButton *differencesButton() const { return m_differences; }
    QPushButton *discardButton() const { return m_discard; }

Q_SIGNALS:
    void recoverRequested();
    void discardRequested();
    void differencesRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_recover;
    QPushButton *m_differences;
    QPushButton *m_discard;
    bool m_colouring = false;
};

} // namespace Bullpen

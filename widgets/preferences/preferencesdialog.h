// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/preferences/preferences.h"

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QLabel;
class QSpinBox;

namespace Bullpen {

// Edits Preferences: the engine's backend (with what each one means, the plain
// process saying that it isolates nothing), the keep-alive, the account's
// concurrency limit, the editor's theme
// and font, and the window's language (used from the next start). It only edits a copy; the caller applies and saves
// preferences() when the dialog is accepted.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;

    QComboBox *backendBox() const { return m_backend; }
    QSpinBox *keepAliveBox() const { return m_keepAlive; }
    QSpinBox *accountLimitBox() const { return m_accountLimit; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }

private:
    void updateBackendNote();

    Preferences m_original;
    QComboBox *m_backend;
    QLabel *m_backendNote;
    QSpinBox *m_keepAlive;
    QSpinBox *m_accountLimit;
    QComboBox *m_theme;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QComboBox *m_language;
};

} // namespace Bullpen

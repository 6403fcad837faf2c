// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Bullpen {

// Asks for a new project: which sample to start from (with its description)
// and the folder to create it in, which must be new or empty. Owns its widgets.
class NewProjectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    QString sample() const;
    QString directory() const;

private:
    void validate();

    QComboBox *m_sample;
    QLabel *m_description;
    QLineEdit *m_location;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Bullpen

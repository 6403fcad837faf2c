// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/newprojectdialog.h"

#include "engine/project/projectsamples.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Bullpen {

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_sample(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_location(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Project"));
    for (const QString &name : ProjectSamples::names())
        m_sample->addItem(ProjectSamples::title(name), name);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_location->setText(QDir::homePath());
    m_name->setText(QStringLiteral("hello-lambda"));
    m_problem->setWordWrap(true);

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Create the Project In"), m_location->text());
        if (!chosen.isEmpty())
            m_location->setText(chosen);
    });
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Sample:"), m_sample);
    form->addRow(QString(), m_description);
    form->addRow(tr("&Name:"), m_name);
    // A row that is a layout gets no buddy from QFormLayout: without one the
    // label would show its ampersand instead of underlining the L.
    auto *locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, locationRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sample, &QComboBox::currentIndexChanged, this, &NewProjectDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
    connect(m_location, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

QString NewProjectDialog::sample() const
{
    return m_sample->currentData().toString();
}

QString NewProjectDialog::directory() const
{
    return QDir(m_location->text()).filePath(m_name->text().trimmed());
}

void NewProjectDialog::validate()
{
    m_description->setText(ProjectSamples::description(sample()));
    QString problem;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name.contains(u'/') || name == u"." || name == u"..")
        problem = tr("Give the project a folder name.");
    else if (!QFileInfo(m_location->text()).isDir())
        problem = tr("The location is not a folder.");
    else if (QFileInfo(directory()).exists() && !QDir(directory()).isEmpty())
        problem = tr("%1 already exists and is not empty.").arg(QDir::toNativeSeparators(directory()));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && m_sample->count() > 0);
}

} // namespace Bullpen

// SPDX-License-Identifier: MIT
#include "widgets/project/functionsettingspanel.h"

#include "engine/project/lambdalimits.h"
#include "engine/project/project.h"
#include "engine/project/samtemplateeditor.h"
#include "widgets/project/environmentmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace Bullpen {

namespace {

const QString ErrorStyle = QStringLiteral("color: #c0392b;");
const QString HintStyle = QStringLiteral("color: palette(placeholder-text);");

// The number the user is typing in a spin box, suffix and spaces ignored.
std::optional<int> typedNumber(const QSpinBox *box)
{
    QString text = box->text();
    if (!box->suffix().isEmpty() && text.endsWith(box->suffix()))
        text.chop(box->suffix().size());
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// A field with its hint to the right and its message underneath.
QWidget *fieldWithMessage(QWidget *field, QLabel *hint, QLabel *message, QWidget *parent)
{
    auto *container = new QWidget(parent);
    auto *column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(field, hint ? 0 : 1);
    if (hint) {
        row->addWidget(hint);
        row->addStretch(1);
    }
    column->addLayout(row);
    column->addWidget(message);
    return container;
}

} // namespace

FunctionSettingsPanel::FunctionSettingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_handler(new QLineEdit(this))
    , m_handlerMessage(makeMessageLabel())
    , m_memory(new QSpinBox(this))
    , m_memoryHint(new QLabel(this))
    , m_memoryMessage(makeMessageLabel())
    , m_timeout(new QSpinBox(this))
    , m_timeoutHint(new QLabel(this))
    , m_timeoutMessage(makeMessageLabel())
    , m_environmentView(new QTableView(this))
    , m_environment(new EnvironmentModel(this))
    , m_addVariable(new QPushButton(this))
    , m_removeVariable(new QPushButton(this))
    , m_environmentMessage(makeMessageLabel())
    , m_applyMessage(new QLabel(this))
    , m_modifiedMarker(new QLabel(this))
    , m_apply(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_form(new QWidget(this))
    , m_placeholder(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    m_placeholder->setText(tr("Select a function in the project to see its settings."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(HintStyle);
    outer->addWidget(m_placeholder);
    outer->addWidget(m_form, 1);

    auto *layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_subtitle->setStyleSheet(HintStyle);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    // Edits are used at once; the marker says they are not in the template yet.
    m_modifiedMarker->setObjectName(QStringLiteral("modifiedMarker"));
    m_modifiedMarker->setWordWrap(true);
    m_modifiedMarker->setText(tr("● Modified: Invoke uses these values now. Save writes them to the template."));
    m_modifiedMarker->setVisible(false);
    layout->addWidget(m_modifiedMarker);
    layout->addSpacing(6);

    m_handler->setObjectName(QStringLiteral("handler"));
    m_handler->setPlaceholderText(tr("file.function, e.g. app.lambda_handler"));
    m_handler->setClearButtonEnabled(true);
    m_memory->setObjectName(QStringLiteral("memorySize"));
    m_memory->setRange(LambdaLimits::MinMemoryMb, LambdaLimits::MaxMemoryMb);
    m_memory->setSingleStep(64);
    m_memory->setSuffix(tr(" MB"));
    m_memory->setAccelerated(true);
    m_memory->setToolTip(tr("Lambda allows %1 to %2 MB; CPU share grows with memory")
                             .arg(LambdaLimits::MinMemoryMb)
                             .arg(LambdaLimits::MaxMemoryMb));
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(LambdaLimits::MinTimeoutSeconds, LambdaLimits::MaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(
        tr("Lambda allows %1 to %2 seconds").arg(LambdaLimits::MinTimeoutSeconds).arg(LambdaLimits::MaxTimeoutSeconds));
    for (QLabel *hint : { m_memoryHint, m_timeoutHint })
        hint->setStyleSheet(HintStyle);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("&Handler:"), fieldWithMessage(m_handler, nullptr, m_handlerMessage, m_form));
    form->addRow(tr("&Memory:"), fieldWithMessage(m_memory, m_memoryHint, m_memoryMessage, m_form));
    form->addRow(tr("&Timeout:"), fieldWithMessage(m_timeout, m_timeoutHint, m_timeoutMessage, m_form));
    qobject_cast<QLabel *>(form->labelForField(form->itemAt(0, QFormLayout::FieldRole)->widget()))->setBuddy(m_handler);
    qobject_cast<QLabel *>(form->labelForField(form->itemAt(1, QFormLayout::FieldRole)->widget()))->setBuddy(m_memory);
    qobject_cast<QLabel *>(form->labelForField(form->itemAt(2, QFormLayout::FieldRole)->widget()))->setBuddy(m_timeout);
    layout->addLayout(form);

    auto *environmentHeader = new QHBoxLayout;
    auto *environmentLabel = new QLabel(tr("&Environment variables"), m_form);
    environmentLabel->setBuddy(m_environmentView);
    environmentHeader->addWidget(environmentLabel, 1);
    m_addVariable->setText(tr("Add"));
    m_addVariable->setToolTip(tr("Add an environment variable"));
    m_removeVariable->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_removeVariable->setText(tr("Remove"));
    m_removeVariable->setToolTip(tr("Remove the selected variable"));
    environmentHeader->addWidget(m_addVariable);
    environmentHeader->addWidget(m_removeVariable);
    layout->addSpacing(4);
    layout->addLayout(environmentHeader);

    m_environmentView->setObjectName(QStringLiteral("environment"));
    m_environmentView->setModel(m_environment);
    m_environmentView->verticalHeader()->setVisible(false);
    m_environmentView->horizontalHeader()->setStretchLastSection(true);
    m_environmentView->horizontalHeader()->setSectionResizeMode(EnvironmentModel::NameColumn, QHeaderView::Interactive);
    m_environmentView->horizontalHeader()->resizeSection(EnvironmentModel::NameColumn, 160);
    m_environmentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_environmentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_environmentView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_environmentView->verticalHeader()->setDefaultSectionSize(m_environmentView->fontMetrics().height() + 8);
    m_environmentView->setMinimumHeight(110);
    layout->addWidget(m_environmentView, 1);
    layout->addWidget(m_environmentMessage);

    m_applyMessage->setWordWrap(true);
    m_applyMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_applyMessage->setVisible(false);
    layout->addWidget(m_applyMessage);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_revert->setToolTip(tr("Show the values in template.yaml again"));
    m_apply->setToolTip(tr("Write the changes to template.yaml (comments and order are kept); Save All does too"));
    m_apply->setDefault(true);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);

    connect(m_handler, &QLineEdit::textEdited, this, &FunctionSettingsPanel::validate);
    // QSpinBox::textChanged stays silent while the text is not yet a valid
    // value ("100" on the way to "1000"): listen to its line edit instead.
    for (QSpinBox *box : { m_memory, m_timeout }) {
        connect(box, &QSpinBox::valueChanged, this, &FunctionSettingsPanel::validate);
        if (auto *edit = box->findChild<QLineEdit *>())
            connect(edit, &QLineEdit::textChanged, this, &FunctionSettingsPanel::validate);
    }
    connect(m_environment, &EnvironmentModel::edited, this, &FunctionSettingsPanel::validate);
    connect(m_environmentView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FunctionSettingsPanel::validate);
    connect(m_addVariable, &QPushButton::clicked, this, &FunctionSettingsPanel::addVariable);
    connect(m_removeVariable, &QPushButton::clicked, this, &FunctionSettingsPanel::removeVariable);
    connect(m_apply, &QPushButton::clicked, this, &FunctionSettingsPanel::apply);
    connect(m_revert, &QPushButton::clicked, this, &FunctionSettingsPanel::revert);
    load();
}

FunctionSettingsPanel::~FunctionSettingsPanel() = default;

QLabel *FunctionSettingsPanel::makeMessageLabel()
{
    auto *label = new QLabel(this);
    label->setStyleSheet(ErrorStyle);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void FunctionSettingsPanel::setProject(Project *project)
{
    if (m_project == project)
        return;
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_functionId.clear();
    if (m_project) {
        connect(m_project, &Project::templateChanged, this, &FunctionSettingsPanel::onProjectChanged);
        if (!m_project->functions().isEmpty())
            m_functionId = m_project->functions().constFirst().logicalId;
    }
    load();
}

void FunctionSettingsPanel::setFunction(const QString &logicalId)
{
    m_functionId = logicalId;
    m_lastError.clear();
    m_applyMessage->setVisible(false);
    load();
}

void FunctionSettingsPanel::onProjectChanged()
{
    if (!isModified()) {
        load();
        return;
    }
    // Keep what the user typed; say that the file moved underneath.
    m_applyMessage->setStyleSheet(HintStyle);
    m_applyMessage->setText(
        tr("template.yaml changed on disk. Apply writes your changes over it; Revert shows its values."));
    m_applyMessage->setVisible(true);
}

void FunctionSettingsPanel::load()
{
    const std::optional<FunctionConfig> config = m_project ? m_project->function(m_functionId) : std::nullopt;
    m_form->setVisible(config.has_value());
    m_placeholder->setVisible(!config);
    if (!config) {
        m_loaded = {};
        return;
    }
    m_loading = true;
    m_loaded = *config;
    const GlobalsOrigin origin = m_project->globalsOrigin(m_functionId);
    m_title->setText(config->logicalId);
    const QString code = QDir(m_project->directory()).relativeFilePath(config->codeDirectory);
    QString subtitle = tr("%1 · code in %2 · line %3 of %4")
                           .arg(config->runtime, code == u"." ? tr("the project folder") : code + u'/')
                           .arg(config->line)
                           .arg(QFileInfo(m_project->templatePath()).fileName());
    if (!config->layers.isEmpty())
        subtitle += u'\n' + tr("layers under /opt, in this order: %1").arg(config->layers.join(QStringLiteral(", ")));
    m_subtitle->setText(subtitle);
    m_handler->setText(config->handler);
    m_memory->setValue(config->memorySizeMb);
    m_timeout->setValue(config->timeoutSeconds);
    m_environment->setVariables(config->environment, origin.environment);
    m_loading = false;
    validate();
}

void FunctionSettingsPanel::showGlobalsHints()
{
    const GlobalsOrigin origin = m_project ? m_project->globalsOrigin(m_functionId) : GlobalsOrigin {};
    auto hint = [&](QLabel *label, const QString &property, bool unchanged, const QString &unit) {
        if (!origin.globalValues.contains(property)) {
            label->clear();
        } else if (origin.isInherited(property) && unchanged) {
            label->setText(tr("from Globals"));
            label->setToolTip(
                tr("Set in Globals.Function for every function; a value set here applies to this function only"));
        } else {
            label->setText(tr("overrides Globals (%1%2)").arg(origin.globalValues.value(property), unit));
            label->setToolTip(QString());
        }
    };
    hint(m_memoryHint, QStringLiteral("MemorySize"), typedNumber(m_memory) == m_loaded.memorySizeMb, tr(" MB"));
    hint(m_timeoutHint, QStringLiteral("Timeout"), typedNumber(m_timeout) == m_loaded.timeoutSeconds, tr(" s"));
    if (origin.isInherited(QStringLiteral("Handler")))
        m_handler->setToolTip(tr("Handler comes from Globals; a value set here applies to this function only"));
    else
        m_handler->setToolTip(QString());
}

void FunctionSettingsPanel::validate()
{
    if (m_loading)
        return;
    auto show = [](QLabel *label, bool ok, const QString &message) {
        label->setText(ok ? QString() : message);
        label->setVisible(!ok);
    };
    QString error;
    show(m_handlerMessage, SamTemplateEditor::validateHandler(m_handler->text(), &error), error);

    const std::optional<int> memory = typedNumber(m_memory);
    error = tr("MemorySize must be a whole number of megabytes");
    show(m_memoryMessage, memory && SamTemplateEditor::validateMemorySize(*memory, &error), error);
    const std::optional<int> timeout = typedNumber(m_timeout);
    error = tr("Timeout must be a whole number of seconds");
    show(m_timeoutMessage, timeout && SamTemplateEditor::validateTimeout(*timeout, &error), error);

    const QString environmentError = m_environment->validationError();
    show(m_environmentMessage, environmentError.isEmpty(), environmentError);
    const QModelIndex current = m_environmentView->currentIndex();
    m_removeVariable->setEnabled(current.isValid() && !m_environment->isFromGlobals(current.row()));
    m_removeVariable->setToolTip(current.isValid() && m_environment->isFromGlobals(current.row())
                                     ? tr("Variables from Globals can be overridden here but not removed")
                                     : tr("Remove the selected variable"));

    showGlobalsHints();
    const bool modified = isModified();
    m_apply->setEnabled(modified && validationError().isEmpty());
    m_revert->setEnabled(modified);
    m_modifiedMarker->setVisible(modified);
    m_title->setText(modified ? tr("%1 ●").arg(m_loaded.logicalId) : m_loaded.logicalId);
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

std::optional<FunctionConfig> FunctionSettingsPanel::editedFunction(const QString &logicalId, QString *error) const
{
    if (logicalId != m_loaded.logicalId || !isModified())
        return std::nullopt;
    if (const QString problem = validationError(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    FunctionConfig edited = m_loaded;
    edited.handler = m_handler->text();
    edited.memorySizeMb = typedNumber(m_memory).value_or(m_memory->value());
    edited.timeoutSeconds = typedNumber(m_timeout).value_or(m_timeout->value());
    edited.environment = m_environment->variables();
    return edited;
}

bool FunctionSettingsPanel::isModified() const
{
    if (!m_project || m_loaded.logicalId.isEmpty())
        return false;
    return m_handler->text() != m_loaded.handler || typedNumber(m_memory) != m_loaded.memorySizeMb
        || typedNumber(m_timeout) != m_loaded.timeoutSeconds || m_environment->isModified();
}

QString FunctionSettingsPanel::validationError() const
{
    for (const QLabel *label : { m_handlerMessage, m_memoryMessage, m_timeoutMessage, m_environmentMessage })
        if (!label->text().isEmpty())
            return label->text();
    return {};
}

bool FunctionSettingsPanel::apply()
{
    if (!m_project || m_loaded.logicalId.isEmpty())
        return false;
    validate();
    auto refuse = [this](const QString &message) {
        m_lastError = message;
        m_applyMessage->setStyleSheet(ErrorStyle);
        m_applyMessage->setText(tr("Not saved: %1").arg(message));
        m_applyMessage->setVisible(true);
        return false;
    };
    if (const QString error = validationError(); !error.isEmpty())
        return refuse(error);
    FunctionEdit edit;
    if (m_handler->text() != m_loaded.handler)
        edit.handler = m_handler->text();
    if (m_memory->value() != m_loaded.memorySizeMb)
        edit.memorySizeMb = m_memory->value();
    if (m_timeout->value() != m_loaded.timeoutSeconds)
        edit.timeoutSeconds = m_timeout->value();
    if (m_environment->isModified())
        edit.environment = m_environment->variables();
    if (edit.isEmpty())
        return true;
    ProjectError error;
    const QString id = m_loaded.logicalId;
    // Clear "modified" first: the project's reload during applyEdit() must reload the panel.
    const FunctionConfig previous = m_loaded;
    m_loaded = {};
    if (!m_project->applyEdit(id, edit, &error)) {
        m_loaded = previous;
        return refuse(error.message + (error.hint.isEmpty() ? QString() : QStringLiteral(" (") + error.hint + u')'));
    }
    m_lastError.clear();
    m_functionId = id;
    load();
    m_applyMessage->setStyleSheet(HintStyle);
    m_applyMessage->setText(tr("Saved to %1.").arg(QFileInfo(m_project->templatePath()).fileName()));
    m_applyMessage->setVisible(true);
    Q_EMIT applied(id);
    return true;
}

void FunctionSettingsPanel::revert()
{
    m_lastError.clear();
    m_applyMessage->setVisible(false);
    load();
}

void FunctionSettingsPanel::addVariable()
{
    const QModelIndex index = m_environment->addVariable();
    m_environmentView->setCurrentIndex(index);
    // The new row is at the bottom, perhaps below the table's visible part:
    // shown first, then opened for typing its name, with the keyboard there.
    m_environmentView->scrollTo(index);
    m_environmentView->setFocus(Qt::OtherFocusReason);
    m_environmentView->edit(index);
}

void FunctionSettingsPanel::removeVariable()
{
    const QModelIndex current = m_environmentView->currentIndex();
    if (current.isValid())
        m_environment->removeVariable(current.row());
}

} // namespace Bullpen

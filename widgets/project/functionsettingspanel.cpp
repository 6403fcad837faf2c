// SPDX-License-Identifier: MIT
#include "widgets/project/functionsettingspanel.h"

#include "engine/core/scheduleexpression.h"
#include "engine/project/lambdalimits.h"
#include "engine/project/project.h"
#include "engine/project/samtemplateeditor.h"
#include "widgets/project/environmentmodel.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace Bullpen {

namespace {

const QString ErrorStyle = QStringLiteral("color: #c0392b;");
const QString HintStyle = QStringLiteral("color: palette(placeholder-text);");
const QString WarningStyle = QStringLiteral("color: #b9770e;"); // amber: worth knowing, not an error

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
    , m_reserved(new QSpinBox(this))
    , m_provisioned(new QSpinBox(this))
    , m_alias(new QLineEdit(this))
    , m_concurrencyMessage(makeMessageLabel())
    , m_keepAlive(new QSpinBox(this))
    , m_keepWarm(new QCheckBox(tr("Ping it"), this))
    , m_keepWarmRate(new QLineEdit(this))
    , m_warmMessage(makeMessageLabel())
    , m_snapStartAlways(new QCheckBox(tr("Apply to every call, $LATEST too (teaching)"), this))
    , m_snapStartHint(new QLabel(this))
    , m_schedulesLabel(new QLabel(tr("Sc&hedules:"), this))
    , m_schedulesField(new QWidget(this))
    , m_scheduleMessage(makeMessageLabel())
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

    // Lambda's concurrency controls (template properties).
    m_reserved->setObjectName(QStringLiteral("reservedConcurrency"));
    m_reserved->setRange(-1, 100000);
    m_reserved->setSpecialValueText(tr("Unreserved"));
    m_reserved->setGroupSeparatorShown(true);
    m_reserved->setToolTip(tr("ReservedConcurrentExecutions: more concurrent calls than this are refused with "
                              "TooManyRequestsException (429); 0 refuses every call"));
    m_provisioned->setObjectName(QStringLiteral("provisionedConcurrency"));
    m_provisioned->setRange(0, 10000);
    m_provisioned->setSpecialValueText(tr("None"));
    m_provisioned->setToolTip(tr("ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions: instances of the "
                                 "alias initialised ahead of any call and kept; their init is on no caller's path"));
    m_alias->setObjectName(QStringLiteral("autoPublishAlias"));
    m_alias->setPlaceholderText(tr("e.g. live (needed for provisioned concurrency)"));
    m_alias->setToolTip(tr("AutoPublishAlias: Invoke runs this alias, which provisioned concurrency serves first"));
    auto *concurrency = new QHBoxLayout;
    concurrency->setSpacing(8);
    concurrency->addWidget(m_provisioned);
    auto *aliasLabel = new QLabel(tr("for &alias"), m_form);
    aliasLabel->setBuddy(m_alias);
    concurrency->addWidget(aliasLabel);
    concurrency->addWidget(m_alias, 1);
    auto *concurrencyField = new QWidget(m_form);
    auto *concurrencyColumn = new QVBoxLayout(concurrencyField);
    concurrencyColumn->setContentsMargins(0, 0, 0, 0);
    concurrencyColumn->setSpacing(2);
    concurrencyColumn->addLayout(concurrency);
    concurrencyColumn->addWidget(m_concurrencyMessage);
    auto *reservedLabel = new QLabel(tr("&Reserved concurrency:"), m_form);
    reservedLabel->setBuddy(m_reserved);
    form->addRow(reservedLabel, m_reserved);
    auto *provisionedLabel = new QLabel(tr("&Provisioned:"), m_form);
    provisionedLabel->setBuddy(m_provisioned);
    form->addRow(provisionedLabel, concurrencyField);

    // How Bullpen keeps it warm here (the project file, not the template).
    m_keepAlive->setObjectName(QStringLiteral("functionKeepAlive"));
    m_keepAlive->setRange(0, 24 * 60);
    m_keepAlive->setSuffix(tr(" min"));
    m_keepAlive->setSpecialValueText(tr("Stop after each invocation"));
    m_keepAlive->setToolTip(tr("How long an idle instance of this function stays warm (bullpen-project.json). "
                               "45 minutes, Lambda's, follows the keep-alive in Preferences."));
    m_keepWarm->setObjectName(QStringLiteral("keepWarm"));
    m_keepWarm->setToolTip(tr("The classic CloudWatch warmer: invoke the function on a schedule so that an "
                              "instance stays warm (only while Bullpen runs)"));
    m_keepWarmRate->setObjectName(QStringLiteral("keepWarmRate"));
    m_keepWarmRate->setPlaceholderText(QStringLiteral("rate(5 minutes)"));
    m_keepWarmRate->setToolTip(tr("An EventBridge rate expression: rate(1 minute), rate(5 minutes), rate(1 hour)"));
    auto *warm = new QHBoxLayout;
    warm->setSpacing(8);
    warm->addWidget(m_keepWarm);
    warm->addWidget(m_keepWarmRate, 1);
    auto *warmField = new QWidget(m_form);
    auto *warmColumn = new QVBoxLayout(warmField);
    warmColumn->setContentsMargins(0, 0, 0, 0);
    warmColumn->setSpacing(2);
    warmColumn->addLayout(warm);
    warmColumn->addWidget(m_warmMessage);
    auto *keepAliveLabel = new QLabel(tr("&Keep-alive:"), m_form);
    keepAliveLabel->setBuddy(m_keepAlive);
    form->addRow(keepAliveLabel, m_keepAlive);
    auto *warmLabel = new QLabel(tr("Keep &warm:"), m_form);
    warmLabel->setBuddy(m_keepWarm);
    form->addRow(warmLabel, warmField);
    // SnapStart for every call (the project file): Lambda applies the
    // template's SnapStart to published versions only, never to $LATEST.
    m_snapStartAlways->setObjectName(QStringLiteral("snapStartAlways"));
    m_snapStartAlways->setToolTip(
        tr("Lambda applies SnapStart (SnapStart: ApplyOn: PublishedVersions) to published versions only: here the "
           "alias (AutoPublishAlias) and version 1, never $LATEST. For teaching, this applies it to every call of "
           "this function, $LATEST included, with or without SnapStart in the template: the first cold start takes "
           "a snapshot of the initialised runtime, later cold starts restore it (runc backend, as root). Kept in "
           "bullpen-project.json, not in the template."));
    m_snapStartHint->setObjectName(QStringLiteral("snapStartHint"));
    m_snapStartHint->setWordWrap(true);
    m_snapStartHint->setVisible(false);
    auto *snapStartLabel = new QLabel(tr("SnapStart:"), m_form);
    snapStartLabel->setBuddy(m_snapStartAlways);
    form->addRow(snapStartLabel, fieldWithMessage(m_snapStartAlways, nullptr, m_snapStartHint, m_form));
    // The template's Schedule events, each off until turned on here (they fire
    // only while Bullpen runs); the boxes are made per function in loadSchedules().
    m_schedulesField->setObjectName(QStringLiteral("schedules"));
    auto *schedulesColumn = new QVBoxLayout(m_schedulesField);
    schedulesColumn->setContentsMargins(0, 0, 0, 0);
    schedulesColumn->setSpacing(2);
    schedulesColumn->addWidget(m_scheduleMessage);
    form->addRow(m_schedulesLabel, m_schedulesField);
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
    for (QSpinBox *box : { m_reserved, m_provisioned, m_keepAlive }) {
        connect(box, &QSpinBox::valueChanged, this, &FunctionSettingsPanel::validate);
        if (auto *edit = box->findChild<QLineEdit *>())
            connect(edit, &QLineEdit::textChanged, this, &FunctionSettingsPanel::validate);
    }
    connect(m_alias, &QLineEdit::textEdited, this, &FunctionSettingsPanel::validate);
    connect(m_keepWarm, &QCheckBox::toggled, this, &FunctionSettingsPanel::validate);
    connect(m_snapStartAlways, &QCheckBox::toggled, this, &FunctionSettingsPanel::validate);
    connect(m_keepWarmRate, &QLineEdit::textEdited, this, &FunctionSettingsPanel::validate);
    connect(m_environment, &EnvironmentModel::edited, this, &FunctionSettingsPanel::validate);
    connect(m_environmentView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FunctionSettingsPanel::validate);
    connect(m_addVariable, &QPushButton::clicked, this, &FunctionSettingsPanel::addVariable);
    connect(m_removeVariable, &QPushButton::clicked, this, &FunctionSettingsPanel::removeVariable);
    connect(m_apply, &QPushButton::clicked, this, &FunctionSettingsPanel::apply);
    m_editTimer.setSingleShot(true);
    m_editTimer.setInterval(600);
    connect(&m_editTimer, &QTimer::timeout, this, &FunctionSettingsPanel::announceEdits);
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
    // "Unreserved" (-1) removes a reservation from the template on Save.
    m_reserved->setValue(config->reservedConcurrentExecutions);
    m_provisioned->setValue(config->provisionedConcurrentExecutions);
    m_alias->setText(config->autoPublishAlias);
    loadRunSettings();
    m_loading = false;
    validate();
}

void FunctionSettingsPanel::loadRunSettings()
{
    m_loadedRun = {};
    if (m_project) {
        ProjectError error;
        if (const auto settings = ProjectSettings::load(m_project->templatePath(), &error))
            m_loadedRun = settings->function(m_functionId);
        else
            m_applyMessage->setText(tr("%1 cannot be read: %2").arg(ProjectSettings::fileName(), error.toString()));
    }
    m_keepAlive->setValue(int((m_loadedRun.keepAliveMs + 30000) / 60000));
    m_keepWarm->setChecked(m_loadedRun.keepWarm);
    m_keepWarmRate->setText(m_loadedRun.keepWarmRate);
    m_snapStartAlways->setChecked(m_loadedRun.snapStartAlways);
    loadSchedules();
}

void FunctionSettingsPanel::loadSchedules()
{
    qDeleteAll(m_scheduleBoxes);
    m_scheduleBoxes.clear();
    auto *column = static_cast<QVBoxLayout *>(m_schedulesField->layout());
    int at = 0;
    for (const ScheduleSource &schedule : m_loaded.schedules) {
        auto *box = new QCheckBox(tr("%1: %2").arg(schedule.name, schedule.expression), m_schedulesField);
        box->setObjectName(QStringLiteral("schedule:") + schedule.name);
        box->setProperty("scheduleName", schedule.name);
        // Enabled: false / State: DISABLED in the template: EventBridge would not fire it either.
        box->setEnabled(schedule.enabled);
        box->setChecked(schedule.enabled && m_loadedRun.enabledSchedules.contains(schedule.name));
        box->setToolTip(schedule.enabled
                            ? tr("Fire this Schedule event on the pool clock while Bullpen runs "
                                 "(bullpen-project.json); off until turned on")
                            : tr("The template disables this schedule (Enabled: false or State: DISABLED)"));
        connect(box, &QCheckBox::toggled, this, &FunctionSettingsPanel::validate);
        column->insertWidget(at++, box);
        m_scheduleBoxes.append(box);
    }
    // The mnemonic only with somewhere to go (a label's & without a buddy goes nowhere).
    m_schedulesLabel->setText(m_scheduleBoxes.isEmpty() ? tr("Schedules:") : tr("Sc&hedules:"));
    m_schedulesLabel->setBuddy(m_scheduleBoxes.value(0));
    m_schedulesLabel->setVisible(!m_scheduleBoxes.isEmpty());
    m_schedulesField->setVisible(!m_scheduleBoxes.isEmpty());
}

FunctionRunSettings FunctionSettingsPanel::editedRunSettings() const
{
    FunctionRunSettings run = m_loadedRun;
    // Whole minutes here; a value the file gives in seconds stays as it is until changed.
    if (typedNumber(m_keepAlive) != int((m_loadedRun.keepAliveMs + 30000) / 60000))
        run.keepAliveMs = qint64(typedNumber(m_keepAlive).value_or(m_keepAlive->value())) * 60 * 1000;
    run.keepWarm = m_keepWarm->isChecked();
    run.keepWarmRate = m_keepWarmRate->text().trimmed();
    run.snapStartAlways = m_snapStartAlways->isChecked();
    // Names the template no longer has stay as the file says; the shown ones follow their boxes.
    for (const QCheckBox *box : m_scheduleBoxes) {
        const QString name = box->property("scheduleName").toString();
        run.enabledSchedules.removeAll(name);
        if (box->isChecked())
            run.enabledSchedules.append(name);
    }
    // In the file's order first, then as turned on: no change reads as no change.
    if (QSet<QString>(run.enabledSchedules.cbegin(), run.enabledSchedules.cend())
        == QSet<QString>(m_loadedRun.enabledSchedules.cbegin(), m_loadedRun.enabledSchedules.cend()))
        run.enabledSchedules = m_loadedRun.enabledSchedules;
    return run;
}

FunctionRunSettings FunctionSettingsPanel::runSettings(const QString &logicalId) const
{
    if (logicalId == m_loaded.logicalId && !m_loaded.logicalId.isEmpty()) {
        if (isModified() && validationError().isEmpty())
            return editedRunSettings();
        return m_loadedRun;
    }
    ProjectError error;
    const auto settings = m_project ? ProjectSettings::load(m_project->templatePath(), &error) : std::nullopt;
    return settings ? settings->function(logicalId) : FunctionRunSettings();
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

void FunctionSettingsPanel::showSnapStartHint()
{
    // What SnapStart does for this function, with the alias as typed; nothing
    // to say of a function without SnapStart whose box is off.
    const QString alias = m_alias->text().trimmed();
    QString hint;
    bool warning = false;
    if (m_snapStartAlways->isChecked())
        hint = tr("Every cold start of this function restores from a snapshot, $LATEST included (the first one "
                  "takes it); on Lambda only the published versions of a function with SnapStart would.");
    else if (m_loaded.snapStart && alias.isEmpty()) {
        hint = tr("The template's SnapStart applies to published versions, and this function has none: give it an "
                  "AutoPublishAlias. Until then every call runs $LATEST and starts cold as usual.");
        warning = true;
    } else if (m_loaded.snapStart)
        hint = tr("The template's SnapStart applies to the alias %1 (version 1), which Invoke runs; $LATEST starts "
                  "cold as usual.")
                   .arg(alias);
    m_snapStartHint->setText(hint);
    m_snapStartHint->setStyleSheet(warning ? WarningStyle : HintStyle);
    m_snapStartHint->setVisible(!hint.isEmpty());
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

    // Concurrency: Lambda's own rules, in its words.
    const int reserved = typedNumber(m_reserved).value_or(m_reserved->value());
    const int provisioned = typedNumber(m_provisioned).value_or(m_provisioned->value());
    const QString alias = m_alias->text().trimmed();
    static const QRegularExpression aliasName(QStringLiteral("^(?!^[0-9]+$)[A-Za-z0-9_-]{1,128}$"));
    QString concurrencyError;
    if (!alias.isEmpty() && !aliasName.match(alias).hasMatch())
        concurrencyError = tr("AutoPublishAlias \"%1\" is not an alias name (letters, digits, - and _)").arg(alias);
    else if (provisioned > 0 && alias.isEmpty())
        concurrencyError = tr("Provisioned concurrency applies to an alias, never $LATEST: give the function an "
                              "AutoPublishAlias");
    else if (reserved >= 0 && provisioned > reserved)
        concurrencyError = tr("Provisioned concurrency (%1) cannot exceed the reserved concurrency (%2)")
                               .arg(provisioned)
                               .arg(reserved);
    show(m_concurrencyMessage, concurrencyError.isEmpty(), concurrencyError);
    m_keepWarmRate->setEnabled(m_keepWarm->isChecked());
    QString warmError;
    if (m_keepWarm->isChecked()) {
        const auto expression = ScheduleExpression::parse(m_keepWarmRate->text().trimmed(), &warmError);
        if (expression && !expression->isRate())
            warmError = tr("keep-warm takes a rate, e.g. rate(5 minutes)");
        else if (expression)
            warmError.clear();
        else
            warmError = tr("Keep-warm rate: %1").arg(warmError);
    }
    show(m_warmMessage, warmError.isEmpty(), warmError);
    showSnapStartHint();
    // A schedule turned on must be one Bullpen can fire.
    QString scheduleError;
    for (const QCheckBox *box : m_scheduleBoxes) {
        if (!box->isChecked() || !scheduleError.isEmpty())
            continue;
        const QString name = box->property("scheduleName").toString();
        for (const ScheduleSource &schedule : m_loaded.schedules)
            if (schedule.name == name && !ScheduleExpression::parse(schedule.expression, &scheduleError))
                scheduleError = tr("Schedule %1: %2").arg(name, scheduleError);
    }
    show(m_scheduleMessage, scheduleError.isEmpty(), scheduleError);

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
    // Applied on change, once the values have settled.
    if (validationError().isEmpty())
        m_editTimer.start();
}

void FunctionSettingsPanel::announceEdits()
{
    // The window hears of every valid set of values once.
    if (m_loaded.logicalId.isEmpty() || !validationError().isEmpty())
        return;
    const bool modified = isModified();
    const FunctionConfig shown = editedFunction(m_loaded.logicalId).value_or(m_loaded);
    const FunctionRunSettings run = modified ? editedRunSettings() : m_loadedRun;
    QStringList signature { m_loaded.logicalId,
                            shown.handler,
                            QString::number(shown.memorySizeMb),
                            QString::number(shown.timeoutSeconds),
                            QString::number(shown.reservedConcurrentExecutions),
                            QString::number(shown.provisionedConcurrentExecutions),
                            shown.autoPublishAlias,
                            QString::number(run.keepAliveMs),
                            QString::number(run.keepWarm),
                            run.keepWarmRate,
                            QString::number(run.snapStartAlways),
                            run.enabledSchedules.join(u',') };
    for (auto it = shown.environment.cbegin(); it != shown.environment.cend(); ++it)
        signature << it.key() << it.value();
    const QString joined = signature.join(QChar(0x1f));
    if (joined == m_lastEmitted)
        return;
    m_lastEmitted = joined;
    Q_EMIT settingsEdited(m_loaded.logicalId);
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
    edited.reservedConcurrentExecutions = typedNumber(m_reserved).value_or(m_reserved->value());
    edited.provisionedConcurrentExecutions = typedNumber(m_provisioned).value_or(m_provisioned->value());
    edited.autoPublishAlias = m_alias->text().trimmed();
    return edited;
}

bool FunctionSettingsPanel::isModified() const
{
    if (!m_project || m_loaded.logicalId.isEmpty())
        return false;
    return m_handler->text() != m_loaded.handler || typedNumber(m_memory) != m_loaded.memorySizeMb
        || typedNumber(m_timeout) != m_loaded.timeoutSeconds || m_environment->isModified()
        || typedNumber(m_reserved).value_or(m_reserved->value()) != m_loaded.reservedConcurrentExecutions
        || typedNumber(m_provisioned).value_or(m_provisioned->value()) != m_loaded.provisionedConcurrentExecutions
        || m_alias->text().trimmed() != m_loaded.autoPublishAlias || editedRunSettings() != m_loadedRun;
}

QString FunctionSettingsPanel::validationError() const
{
    for (const QLabel *label : { m_handlerMessage, m_memoryMessage, m_timeoutMessage, m_concurrencyMessage,
                                 m_warmMessage, m_scheduleMessage, m_environmentMessage })
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
    if (m_reserved->value() != m_loaded.reservedConcurrentExecutions)
        edit.reservedConcurrentExecutions = m_reserved->value();
    if (m_provisioned->value() != m_loaded.provisionedConcurrentExecutions)
        edit.provisionedConcurrentExecutions = m_provisioned->value();
    if (m_alias->text().trimmed() != m_loaded.autoPublishAlias)
        edit.autoPublishAlias = m_alias->text().trimmed();
    const FunctionRunSettings run = editedRunSettings();
    const bool runChanged = run != m_loadedRun;
    if (edit.isEmpty() && !runChanged)
        return true;
    ProjectError error;
    const QString id = m_loaded.logicalId;
    // The project file first: the template's reload below reloads the panel from both.
    if (runChanged) {
        auto settings = ProjectSettings::load(m_project->templatePath(), &error);
        if (settings)
            settings->setFunction(id, run);
        if (!settings || !settings->save(m_project->templatePath(), &error))
            return refuse(error.message
                          + (error.hint.isEmpty() ? QString() : QStringLiteral(" (") + error.hint + u')'));
        m_loadedRun = run;
        if (edit.isEmpty()) {
            load();
            m_applyMessage->setStyleSheet(HintStyle);
            m_applyMessage->setText(tr("Saved to %1.").arg(ProjectSettings::fileName()));
            m_applyMessage->setVisible(true);
            Q_EMIT applied(id);
            return true;
        }
    }
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
    m_applyMessage->setText(runChanged
                                ? tr("Saved to %1 and %2.")
                                      .arg(QFileInfo(m_project->templatePath()).fileName(), ProjectSettings::fileName())
                                : tr("Saved to %1.").arg(QFileInfo(m_project->templatePath()).fileName()));
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

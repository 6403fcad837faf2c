// SPDX-License-Identifier: MIT
#include "widgets/load/loadlabwidget.h"

#include "engine/invoke/invoker.h"
#include "engine/load/arrivals.h"
#include "engine/load/loadtrace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimerEvent>
#include <QVBoxLayout>

#include <cmath>

namespace Bullpen {

LoadLabWidget::LoadLabWidget(EngineSource engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(std::move(engine))
    , m_function(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_shape(new QLineEdit(QStringLiteral("constant:10"), this))
    , m_poisson(new QCheckBox(tr("Poisson arrivals, seed"), this))
    , m_seed(new QSpinBox(this))
    , m_duration(new QDoubleSpinBox(this))
    , m_speed(new QDoubleSpinBox(this))
    , m_cap(new QSpinBox(this))
    , m_trace(new QLineEdit(this))
    , m_azureMap(new QLineEdit(this))
    , m_start(new QPushButton(tr("Start load"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_exportCsv(new QPushButton(tr("Export calls (CSV)…"), this))
    , m_exportJson(new QPushButton(tr("Export summary (JSON)…"), this))
    , m_warning(new QLabel(this))
    , m_live(new QLabel(this))
    , m_summary(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("loadLab"));
    m_preset->addItem(tr("Shapes…"), QString());
    const QList<QPair<QString, QString>> presets {
        { tr("Constant 10/s"), QStringLiteral("constant:10") },
        { tr("Poisson 10/s"), QStringLiteral("poisson:10") },
        { tr("Steps 1, 5, 20/s"), QStringLiteral("steps:1,5,20:10") },
        { tr("Ramp 0 → 50/s"), QStringLiteral("ramp:0,50") },
        { tr("Burst of 100/s"), QStringLiteral("burst:2,100,10,3") },
        { tr("Sine 10 ± 8/s, 1 min"), QStringLiteral("sine:10,8,60") },
        { tr("Diurnal 5 ± 4/s"), QStringLiteral("diurnal:5,4") },
    };
    for (const auto &p : presets)
        m_preset->addItem(p.first, p.second);
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const QString spec = m_preset->itemData(index).toString();
        if (!spec.isEmpty())
            m_shape->setText(spec);
        m_preset->setCurrentIndex(0);
    });
    m_shape->setToolTip(ArrivalShape::syntaxHelp());
    m_seed->setRange(0, 1 << 30);
    m_seed->setValue(1);
    m_duration->setRange(0.1, 7 * 24 * 3600);
    m_duration->setDecimals(1);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" pool s"));
    m_speed->setRange(0.1, 10000);
    m_speed->setValue(1);
    m_speed->setSuffix(QStringLiteral("×"));
    m_speed->setToolTip(
        tr("The pool clock's speed for this load (arrivals and keep-alive); handlers still take real time"));
    m_cap->setRange(0, 100000);
    m_cap->setSpecialValueText(tr("no cap"));
    m_cap->setToolTip(tr("Calls in flight at most; later ones wait and are counted as queued"));
    m_trace->setPlaceholderText(tr("none: use the shape"));
    m_trace->setToolTip(tr("A CSV of 'offset_ms,function' lines, or an Azure Functions 2019 per-minute count file"));
    m_azureMap->setPlaceholderText(tr("round-robin"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &LoadLabWidget::chooseTrace);

    auto *shapeRow = new QHBoxLayout;
    shapeRow->addWidget(m_shape, 1);
    shapeRow->addWidget(m_preset);
    auto *poissonRow = new QHBoxLayout;
    poissonRow->addWidget(m_poisson);
    poissonRow->addWidget(m_seed);
    poissonRow->addStretch(1);
    auto *traceRow = new QHBoxLayout;
    traceRow->addWidget(m_trace, 1);
    traceRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Function:"), m_function);
    form->addRow(tr("Shape:"), shapeRow);
    form->addRow(QString(), poissonRow);
    form->addRow(tr("Duration:"), m_duration);
    form->addRow(tr("Trace:"), traceRow);
    form->addRow(tr("Azure mapping:"), m_azureMap);
    form->addRow(tr("Pool clock:"), m_speed);
    form->addRow(tr("Concurrency cap:"), m_cap);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportJson);

    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: palette(text); background: #fff3cd; padding: 4px; }"));
    m_live->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setReadOnly(true);
    m_summary->setPlaceholderText(tr("The summary of the last load appears here."));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_warning);
    layout->addWidget(m_live);
    layout->addWidget(m_summary, 1);

    m_stop->setEnabled(false);
    m_exportCsv->setEnabled(false);
    m_exportJson->setEnabled(false);
    connect(m_start, &QPushButton::clicked, this, [this] {
        QString error;
        if (!start(&error))
            QMessageBox::warning(this, tr("Load lab"), error);
    });
    connect(m_stop, &QPushButton::clicked, this, &LoadLabWidget::stop);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportTo(false); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportTo(true); });
    connect(m_speed, &QDoubleSpinBox::valueChanged, this, &LoadLabWidget::updateWarning);
    updateWarning();
}

LoadLabWidget::~LoadLabWidget()
{
    if (m_runner)
        m_runner->stop();
}

void LoadLabWidget::setFunctions(const QList<FunctionConfig> &functions)
{
    const QString current = m_function->currentData().toString();
    m_functions = functions;
    m_function->clear();
    for (const FunctionConfig &f : functions)
        m_function->addItem(f.logicalId, f.logicalId);
    selectFunction(current);
    m_start->setEnabled(!functions.isEmpty() && !isRunning());
}

void LoadLabWidget::selectFunction(const QString &logicalId)
{
    const int index = m_function->findData(logicalId);
    if (index >= 0)
        m_function->setCurrentIndex(index);
}

void LoadLabWidget::updateWarning()
{
    const double speed = m_speed->value();
    m_warning->setVisible(speed != 1.0);
    m_warning->setText(tr("The pool clock will run %1× faster than real time: arrivals and keep-alive follow it, "
                          "handlers still take real time. This is not a real-time result: concurrency and cold "
                          "starts will be higher than the same load in real time.")
                           .arg(speed));
}

bool LoadLabWidget::makePlan(LoadPlan *plan, QString *error) const
{
    if (m_functions.isEmpty()) {
        *error = tr("Open a project with a function first.");
        return false;
    }
    plan->maxConcurrency = m_cap->value();
    const qint64 durationMs = qint64(std::llround(m_duration->value() * 1000.0));
    const QString tracePath = m_trace->text().trimmed();
    if (tracePath.isEmpty()) {
        auto shape = ArrivalShape::parse(m_shape->text(), error);
        if (!shape)
            return false;
        shape->poisson = shape->poisson || m_poisson->isChecked();
        shape->seed = quint64(m_seed->value());
        const int index = qMax(0, m_function->currentIndex());
        plan->functions = { m_functions.value(index) };
        plan->durationMs = durationMs;
        plan->arrivals = generateArrivals(*shape, durationMs);
        plan->description = tr("%1 for %2 s").arg(shape->describe()).arg(m_duration->value());
    } else {
        QFile probe(tracePath);
        const bool azure = probe.open(QIODevice::ReadOnly) && probe.readLine().startsWith("HashOwner,");
        std::optional<LoadTrace> trace;
        QStringList ids;
        for (const FunctionConfig &f : m_functions)
            ids.append(f.logicalId);
        if (azure) {
            trace = LoadTrace::readAzure(tracePath, ids, m_azureMap->text().trimmed(), error);
            if (!trace)
                return false;
            plan->functions = m_functions;
        } else {
            trace = LoadTrace::readCsv(tracePath, error);
            if (!trace)
                return false;
            for (const QString &name : trace->functions) {
                const qsizetype i = ids.indexOf(name);
                if (i < 0) {
                    *error = tr("The trace calls '%1', which the project does not have; its functions are: %2")
                                 .arg(name, ids.join(QStringLiteral(", ")));
                    return false;
                }
                plan->functions.append(m_functions.at(i));
            }
        }
        if (durationMs < trace->durationMs)
            *trace = trace->firstMs(durationMs);
        plan->arrivals = trace->arrivals;
        plan->durationMs = trace->durationMs;
        plan->description = tr("trace %1").arg(tracePath);
    }
    if (plan->arrivals.isEmpty()) {
        *error = tr("The load has no arrivals (a rate of 0, or too short a duration).");
        return false;
    }
    return true;
}

bool LoadLabWidget::start(QString *error)
{
    QString why;
    if (isRunning()) {
        why = tr("A load is running; stop it first.");
    } else {
        LoadPlan plan;
        if (makePlan(&plan, &why)) {
            Invoker *invoker = m_engine(&why);
            if (invoker) {
                invoker->setClockSpeed(m_speed->value());
                for (const FunctionConfig &f : std::as_const(plan.functions))
                    invoker->configureFunction(f);
                delete m_runner;
                m_runner = new LoadRunner(invoker, this);
                connect(m_runner, &LoadRunner::finished, this, [this](const LoadSummary &summary) {
                    m_liveTimer.stop();
                    updateLive();
                    showSummary(summary);
                    m_start->setEnabled(!m_functions.isEmpty());
                    m_stop->setEnabled(false);
                    Q_EMIT runningChanged(false);
                    Q_EMIT finished(summary);
                });
                if (m_runner->start(plan, &why)) {
                    m_summary->clear();
                    m_start->setEnabled(false);
                    m_stop->setEnabled(true);
                    m_liveTimer.start(250, this);
                    updateLive();
                    Q_EMIT runningChanged(true);
                    return true;
                }
            }
        }
    }
    if (error)
        *error = why;
    return false;
}

void LoadLabWidget::stop()
{
    if (m_runner)
        m_runner->stop();
}

void LoadLabWidget::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_liveTimer.timerId())
        updateLive();
    else
        QWidget::timerEvent(event);
}

void LoadLabWidget::updateLive()
{
    if (!m_runner)
        return;
    const LoadSummary s = m_runner->summary();
    m_live->setText(tr("Arrived %1 of %2 · in flight %3 · queued %4 · done %5 · cold %6 · warm %7 · throttled %8 · "
                       "errors %9 · peak instances %10")
                        .arg(m_runner->arrivedCount())
                        .arg(s.plannedArrivals)
                        .arg(m_runner->inFlight())
                        .arg(m_runner->queuedNow())
                        .arg(s.requests)
                        .arg(s.coldStarts)
                        .arg(s.warmStarts)
                        .arg(s.throttles)
                        .arg(s.errors)
                        .arg(s.peakInstances));
}

void LoadLabWidget::showSummary(const LoadSummary &summary)
{
    m_last = summary;
    m_hasSummary = true;
    m_summary->setPlainText(summary.toText().join(u'\n'));
    m_exportCsv->setEnabled(true);
    m_exportJson->setEnabled(true);
}

void LoadLabWidget::chooseTrace()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Trace to replay"), QString(), tr("Traces (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_trace->setText(path);
}

bool LoadLabWidget::exportCsv(const QString &path, QString *error) const
{
    if (!m_runner) {
        *error = tr("No load has run yet.");
        return false;
    }
    return writeLoadRecordsCsv(path, m_runner->records(), error);
}

bool LoadLabWidget::exportJson(const QString &path, QString *error) const
{
    if (!m_hasSummary) {
        *error = tr("No load has finished yet.");
        return false;
    }
    return writeLoadSummaryJson(path, m_last, error);
}

void LoadLabWidget::exportTo(bool json)
{
    const QString path
        = QFileDialog::getSaveFileName(this, json ? tr("Export the summary") : tr("Export the calls"),
                                       json ? QStringLiteral("load-summary.json") : QStringLiteral("load-calls.csv"),
                                       json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(json ? exportJson(path, &error) : exportCsv(path, &error)))
        QMessageBox::warning(this, tr("Load lab"), error);
}

} // namespace Bullpen

// SPDX-License-Identifier: MIT
#include "widgets/compare/compareview.h"

#include "widgets/compare/comparemodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace Bullpen {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CompareModel(this))
    , m_function(new QComboBox(this))
    , m_event(new QComboBox(this))
    , m_targetList(new QListView(this))
    , m_targets(new QStandardItemModel(this))
    , m_repeat(new QSpinBox(this))
    , m_run(new QSpinBox(this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_jsonDiff(new QTextBrowser(this))
    , m_logDiff(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("compareView"));
    m_function->setObjectName(QStringLiteral("compareFunction"));
    m_event->setObjectName(QStringLiteral("compareEvent"));
    m_targetList->setObjectName(QStringLiteral("compareTargets"));
    m_repeat->setObjectName(QStringLiteral("compareRepeat"));
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_jsonDiff->setObjectName(QStringLiteral("compareJsonDiff"));
    m_logDiff->setObjectName(QStringLiteral("compareLogDiff"));

    m_targetList->setModel(m_targets);
    m_targetList->setToolTip(tr("The project's targets (bullpen-targets.yaml); Space ticks one"));
    m_repeat->setRange(1, 100);
    m_repeat->setValue(3);
    m_repeat->setToolTip(tr("How many times the event goes to each target (K)"));
    m_run->setRange(1, 1);
    m_run->setPrefix(tr("run "));
    m_run->setToolTip(tr("The run whose logs are compared"));
    m_stop->setEnabled(false);

    auto *form = new QFormLayout;
    auto *functionLabel = new QLabel(tr("F&unction:"), this);
    functionLabel->setBuddy(m_function);
    auto *eventLabel = new QLabel(tr("Eve&nt:"), this);
    eventLabel->setBuddy(m_event);
    auto *targetsLabel = new QLabel(tr("Tar&gets:"), this);
    targetsLabel->setBuddy(m_targetList);
    auto *repeatLabel = new QLabel(tr("Runs (&X):"), this);
    repeatLabel->setBuddy(m_repeat);
    form->addRow(functionLabel, m_function);
    form->addRow(eventLabel, m_event);
    form->addRow(targetsLabel, m_targetList);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_repeat);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    form->addRow(repeatLabel, buttons);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Red: differs; yellow: differs but is not counted (hover for why); grey: down"));

    m_tabs->addTab(m_jsonDiff, tr("JSON diff"));
    auto *logs = new QWidget(this);
    auto *logsLayout = new QVBoxLayout(logs);
    logsLayout->setContentsMargins(0, 0, 0, 0);
    logsLayout->addWidget(m_run);
    logsLayout->addWidget(m_logDiff);
    m_tabs->addTab(logs, tr("Log diff"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 300, 200 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_function, &QComboBox::currentTextChanged, this, &CompareView::functionChosen);
    connect(m_compare, &QPushButton::clicked, this, &CompareView::requestCompare);
    connect(m_stop, &QPushButton::clicked, this, &CompareView::stopRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && current.column() > 0) {
            m_diffTarget = current.column() - 1;
            updateDiffs();
        }
    });
    connect(m_run, &QSpinBox::valueChanged, this, &CompareView::updateDiffs);
    setTabOrder({ m_function, m_event, m_targetList, m_repeat, m_compare, m_stop, m_table, m_tabs });
    m_status->setText(tr("Choose two or more targets and press Ctrl+Return."));
}

CompareView::~CompareView() = default;

bool CompareView::isCompareKey(const QKeyEvent *key) const
{
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && (key->modifiers() & Qt::ControlModifier))
        return true;
    return key->key() == Qt::Key_Escape && m_running;
}

bool CompareView::event(QEvent *e)
{
    // Inside the view, Ctrl+Return compares and Escape stops, not the window's
    // Invoke and Stop: taking the shortcut override turns them into key presses
    // that come here (the inputs pass them on).
    if (e->type() == QEvent::ShortcutOverride && isCompareKey(static_cast<QKeyEvent *>(e))) {
        e->accept();
        return true;
    }
    return QWidget::event(e);
}

void CompareView::keyPressEvent(QKeyEvent *e)
{
    if (!isCompareKey(e)) {
        QWidget::keyPressEvent(e);
        return;
    }
    if (e->key() == Qt::Key_Escape)
        Q_EMIT stopRequested();
    else
        requestCompare();
    e->accept();
}

void CompareView::focusInputs()
{
    m_function->setFocus(Qt::ShortcutFocusReason);
}

void CompareView::setFunctions(const QStringList &functions, const QString &current)
{
    const QSignalBlocker blocker(m_function);
    m_function->clear();
    m_function->addItems(functions);
    m_function->setCurrentText(current);
}

void CompareView::setEvents(const QStringList &events)
{
    const QString chosen = m_event->currentData().toString();
    m_event->clear();
    m_event->addItem(tr("{} (empty event)"), QString());
    for (const QString &e : events)
        m_event->addItem(e, e);
    const int again = m_event->findData(chosen);
    m_event->setCurrentIndex(again >= 0 ? again : (events.isEmpty() ? 0 : 1));
}

void CompareView::setTargets(const QStringList &names, const QStringList &kinds)
{
    const QStringList before = checkedTargets();
    m_targets->clear();
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *item = new QStandardItem(QStringLiteral("%1 — %2").arg(names.at(i), kinds.value(i)));
        item->setData(names.at(i), Qt::UserRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(before.contains(names.at(i)) ? Qt::Checked : Qt::Unchecked);
        m_targets->appendRow(item);
    }
    // Space ticks the current item: have one from the start.
    if (m_targets->rowCount())
        m_targetList->setCurrentIndex(m_targets->index(0, 0));
    // As tall as its targets (up to six), so the results get the room.
    const int rows = std::clamp(m_targets->rowCount(), 2, 6);
    m_targetList->setMaximumHeight(rows * std::max(m_targetList->sizeHintForRow(0), 16) + 2 * m_targetList->frameWidth()
                                   + 2);
}

void CompareView::setChecked(const QStringList &names)
{
    for (int i = 0; i < m_targets->rowCount(); ++i) {
        QStandardItem *item = m_targets->item(i);
        item->setCheckState(names.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QString CompareView::function() const
{
    return m_function->currentText();
}

QString CompareView::eventName() const
{
    return m_event->currentData().toString();
}

QStringList CompareView::checkedTargets() const
{
    QStringList out;
    for (int i = 0; i < m_targets->rowCount(); ++i)
        if (m_targets->item(i)->checkState() == Qt::Checked)
            out << m_targets->item(i)->data(Qt::UserRole).toString();
    return out;
}

int CompareView::repeat() const
{
    return m_repeat->value();
}

void CompareView::setRepeat(int repeat)
{
    m_repeat->setValue(repeat);
}

void CompareView::requestCompare()
{
    if (m_running)
        return;
    if (function().isEmpty()) {
        m_status->setText(tr("Open a project with a function first."));
        return;
    }
    if (checkedTargets().size() < 2) {
        m_status->setText(tr("Tick two or more targets to compare (Space in the list)."));
        return;
    }
    Q_EMIT compareRequested(function(), eventName(), checkedTargets(), repeat());
}

void CompareView::setRunning(bool running)
{
    m_running = running;
    m_compare->setEnabled(!running);
    m_stop->setEnabled(running);
}

void CompareView::started(const QStringList &names, const QStringList &kinds, int repeat)
{
    setRunning(true);
    m_model->start(names, kinds, repeat);
    m_jsonDiff->clear();
    m_logDiff->clear();
    m_diffTarget = -1;
    m_status->setText(tr("Comparing on %1, %n run(s) each…", nullptr, repeat).arg(names.join(QStringLiteral(", "))));
}

void CompareView::targetChecked(int target, const QString &down)
{
    m_model->setTargetChecked(target, down);
}

void CompareView::addCall(int target, const CompareCall &call)
{
    m_model->addCall(target, call);
}

void CompareView::showProgress(const QString &line)
{
    m_status->setText(line);
}

void CompareView::failed(const QString &message)
{
    setRunning(false);
    m_status->setText(message);
}

void CompareView::finished(const CompareReport &report)
{
    setRunning(false);
    m_model->setReport(report);
    m_table->resizeColumnsToContents();
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    const int counted = int(report.countedDifferences().size());
    const QStringList down = report.downTargets();
    QString text = counted
        ? tr("%n difference(s) against %1", nullptr, counted)
              .arg(report.referenceIndex() >= 0 ? report.targets().at(report.referenceIndex()).name : QString())
        : tr("Equal");
    if (!down.isEmpty())
        text += tr("; down: %1").arg(down.join(QStringLiteral(", ")));
    m_status->setText(text);
    const qsizetype runs = report.targets().isEmpty() ? 1 : report.targets().first().calls.size();
    m_run->setRange(1, int(std::max<qsizetype>(1, runs)));
    // Show the first target that differs (or the first other than the reference).
    int show = -1;
    for (const CompareDifference &d : report.countedDifferences()) {
        for (qsizetype t = 0; t < report.targets().size() && show < 0; ++t)
            if (report.targets().at(t).name == d.target)
                show = int(t);
        if (show >= 0)
            break;
    }
    for (qsizetype t = 0; t < report.targets().size() && show < 0; ++t)
        if (int(t) != report.referenceIndex() && report.targets().at(t).down.isEmpty())
            show = int(t);
    if (show >= 0)
        showDiffs(show, 0);
}

void CompareView::showDiffs(int target, int run)
{
    m_diffTarget = target;
    const QSignalBlocker blocker(m_run);
    m_run->setValue(run + 1);
    updateDiffs();
}

void CompareView::updateDiffs()
{
    const CompareReport &report = m_model->report();
    const int ref = report.referenceIndex();
    if (!m_model->hasReport() || ref < 0 || m_diffTarget < 0 || m_diffTarget >= report.targets().size())
        return;
    const QString refName = report.targets().at(ref).name;
    const CompareTargetRuns &target = report.targets().at(m_diffTarget);
    if (m_diffTarget == ref || !target.down.isEmpty()) {
        const QString why = m_diffTarget == ref
            ? tr("%1 is the reference: choose another target's column.").arg(refName)
            : tr("%1 is down: %2").arg(target.name, target.down);
        m_jsonDiff->setPlainText(why);
        m_logDiff->setPlainText(why);
        return;
    }
    // The JSON differences of every run, as the report counts them.
    QString html = tr("<p><b>%1</b> against <b>%2</b> (the reference)</p><table cellspacing=0 cellpadding=3>")
                       .arg(escaped(target.name), escaped(refName));
    html += tr("<tr><th align=left>where</th><th align=left>what</th><th align=left>%1</th><th align=left>%2</th>"
               "<th align=left>runs</th><th align=left>counted</th></tr>")
                .arg(escaped(refName), escaped(target.name));
    int rows = 0;
    for (const CompareDifference &d : report.differences()) {
        if (d.target != target.name || d.area == CompareDifference::Area::Logs)
            continue;
        QStringList runs;
        for (int r : d.runs)
            runs << QString::number(r + 1);
        const QString colour = d.counted() ? QStringLiteral("#f8c8c4") : QStringLiteral("#fbf0c8");
        html
            += QStringLiteral("<tr style=\"background:%1;color:#202020\"><td><tt>%2</tt></td><td>%3</td><td><tt>%4</tt>"
                              "</td><td><tt>%5</tt></td><td>%6</td><td>%7</td></tr>")
                   .arg(colour, escaped(d.path.isEmpty() ? CompareDifference::areaName(d.area) : d.path),
                        escaped(d.what), escaped(d.reference), escaped(d.other), runs.join(QStringLiteral(", ")),
                        d.counted() ? tr("yes") : escaped(tr("no: %1").arg(d.ignoredBecause)));
        ++rows;
    }
    html += QStringLiteral("</table>");
    if (!rows)
        html += tr("<p>The payloads and errors are the same.</p>");
    m_jsonDiff->setHtml(html);

    // The log diff of one run, after the normalisation.
    const int run = m_run->value() - 1;
    const auto &refCalls = report.targets().at(ref).calls;
    if (run >= target.calls.size() || run >= refCalls.size()) {
        m_logDiff->setPlainText(tr("No run %1 on both.").arg(run + 1));
        return;
    }
    if (!refCalls.at(run).logsGiven || !target.calls.at(run).logsGiven) {
        m_logDiff->setPlainText(tr("%1 gives no logs for run %2: nothing to compare.")
                                    .arg(refCalls.at(run).logsGiven ? target.name : refName)
                                    .arg(run + 1));
        return;
    }
    QString logs = tr("<p>Run %1: <span style=\"background:#f8c8c4;color:#202020\">&nbsp;- only in %2&nbsp;</span> "
                      "<span style=\"background:#c8ecc8;color:#202020\">&nbsp;+ only in %3&nbsp;</span> (ids, times "
                      "and durations masked)</p><pre>")
                       .arg(run + 1)
                       .arg(escaped(refName), escaped(target.name));
    for (const TextDiffLine &line : report.logDiff(m_diffTarget, run)) {
        switch (line.op) {
        case TextDiffLine::Op::Same:
            logs += QStringLiteral("  ") + escaped(line.text) + u'\n';
            break;
        case TextDiffLine::Op::OnlyLeft:
            logs += QStringLiteral("<span style=\"background:#f8c8c4;color:#202020\">- %1</span>\n")
                        .arg(escaped(line.text));
            break;
        case TextDiffLine::Op::OnlyRight:
            logs += QStringLiteral("<span style=\"background:#c8ecc8;color:#202020\">+ %1</span>\n")
                        .arg(escaped(line.text));
            break;
        }
    }
    logs += QStringLiteral("</pre>");
    m_logDiff->setHtml(logs);
}

} // namespace Bullpen

// SPDX-License-Identifier: MIT
#include "widgets/load/policylabview.h"

#include "engine/load/loadtrace.h"
#include "engine/load/policy/synthetictrace.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Bullpen {

namespace {

// One colour per policy in both charts, in the order of standardPolicies();
// the hybrid policy's variants black to brown (4 h, the paper's default,
// black) and drawn thicker.
QColor policyColour(int index, const QString &policy)
{
    if (policy.startsWith(u"hybrid")) {
        if (policy.startsWith(u"hybrid 2 h"))
            return QColor(0x8c, 0x56, 0x4b);
        if (policy.startsWith(u"hybrid 3 h"))
            return QColor(0x4d, 0x4d, 0x4d);
        return Qt::black;
    }
    static const QList<QColor> colours { QColor(0x88, 0x88, 0x88), QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c),
                                         QColor(0xff, 0x7f, 0x0e), QColor(0x17, 0xbe, 0xcf), QColor(0xd6, 0x27, 0x28),
                                         QColor(0x94, 0x67, 0xbd), QColor(0xbc, 0xbd, 0x22) };
    return colours.at(index % colours.size());
}

} // namespace

PolicyLabView::PolicyLabView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_functions(new QSpinBox(this))
    , m_scope(new QComboBox(this))
    , m_runSynthetic(new QPushButton(tr("Run the synthetic day"), this))
    , m_runTrace(new QPushButton(tr("Run a trace…"), this))
    , m_table(new QTableWidget(0, 5, this))
    , m_cdf(new QChartView(this))
    , m_tradeoff(new QChartView(this))
{
    setObjectName(QStringLiteral("policyLab"));
    m_functions->setRange(1, 100000);
    m_functions->setValue(1000);
    m_functions->setSuffix(tr(" functions"));
    m_functions->setToolTip(tr("Functions in the synthetic day (the distributions of Shahrad et al., ATC 2020)"));
    m_scope->addItem(tr("One container per application (the paper's model)"), int(ContainerScope::PerApplication));
    m_scope->addItem(tr("One call per instance (Lambda's rule)"), int(ContainerScope::PerInstance));
    m_scope->setToolTip(tr("The paper simulates one container per application that serves every call; Lambda and "
                           "Bullpen's pool run one call per instance and scale out, each idle instance with its "
                           "own keep-alive"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_functions);
    bar->addWidget(m_scope);
    bar->addWidget(m_runSynthetic);
    bar->addWidget(m_runTrace);
    bar->addStretch(1);
    m_status->setWordWrap(true);
    m_status->setText(tr("The pool's model (no containers) under keep-alive policies: none, fixed 1, 5, 10, 20, 45, "
                         "60 and 120 minutes, and the hybrid histogram policy of Shahrad et al. (USENIX ATC 2020) "
                         "with the histogram ranges of its Fig. 15: 2, 3 and 4 hours."));

    m_table->setHorizontalHeaderLabels({ tr("Policy"), tr("Cold starts"), tr("3rd quartile of functions' cold %"),
                                         tr("Wasted GB-s"), tr("vs fixed 10 min") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    for (QChartView *view : { m_cdf, m_tradeoff }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        view->chart()->legend()->setAlignment(Qt::AlignRight);
    }
    m_cdf->chart()->setTitle(tr("Cold starts per function (CDF)"));
    m_tradeoff->chart()->setTitle(tr("Cold starts against wasted memory"));

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_cdf);
    charts->addWidget(m_tradeoff);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table);
    layout->addWidget(charts, 1);

    connect(m_runSynthetic, &QPushButton::clicked, this, [this] { runSynthetic(m_functions->value()); });
    connect(m_runTrace, &QPushButton::clicked, this, &PolicyLabView::openTrace);
}

PolicyLabView::~PolicyLabView() = default;

ContainerScope PolicyLabView::containerScope() const
{
    return ContainerScope(m_scope->currentData().toInt());
}

void PolicyLabView::setContainerScope(ContainerScope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void PolicyLabView::openTrace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Trace for the policy lab"), QString(),
                                                      tr("Traces (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!runTrace(path, 100, 128, &error))
        QMessageBox::warning(this, tr("Policy lab"), error);
}

void PolicyLabView::runSynthetic(int functionCount)
{
    SyntheticTraceParameters p;
    p.functions = functionCount;
    run(tr("a synthetic day of %n functions (seed %1)", nullptr, functionCount).arg(p.seed), generateSyntheticTrace(p));
}

bool PolicyLabView::runTrace(const QString &csvPath, qint64 executionMs, int memoryMb, QString *error)
{
    const auto trace = LoadTrace::readCsv(csvPath, error);
    if (!trace)
        return false;
    ModelTrace model;
    for (const QString &name : trace->functions)
        model.functions.append({ name, memoryMb, executionMs, 0 });
    model.arrivals = trace->arrivals;
    model.durationMs = trace->durationMs;
    run(tr("%1 (%2 ms per call, %3 MB)").arg(csvPath).arg(executionMs).arg(memoryMb), model);
    return true;
}

void PolicyLabView::run(const QString &description, ModelTrace trace)
{
    if (m_running)
        return;
    m_running = true;
    m_runSynthetic->setEnabled(false);
    m_runTrace->setEnabled(false);
    m_status->setText(
        tr("Running %n calls of %1 through the model…", nullptr, int(trace.arrivals.size())).arg(description));
    QPointer<PolicyLabView> self(this);
    const ContainerScope scope = containerScope();
    QThread *worker = QThread::create([self, description, scope, trace = std::move(trace)] {
        QElapsedTimer timer;
        timer.start();
        QList<PolicyResult> results;
        for (const auto &policy : standardPolicies())
            results.append(simulatePolicy(trace, *policy, false, scope));
        const QString text = QObject::tr("%1: %n calls, containers %4; the model ran the %2 policies in %3 s", nullptr,
                                         int(trace.arrivals.size()))
                                 .arg(description)
                                 .arg(results.size())
                                 .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 1)
                                 .arg(containerScopeName(scope));
        QMetaObject::invokeMethod(qApp, [self, text, results] {
            if (!self)
                return;
            self->m_running = false;
            self->m_runSynthetic->setEnabled(true);
            self->m_runTrace->setEnabled(true);
            self->setResults(text, results);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void PolicyLabView::setResults(const QString &description, const QList<PolicyResult> &results)
{
    m_results = results;
    double fixed10 = 0;
    for (const PolicyResult &r : results) {
        if (r.policy == u"fixed 10 min")
            fixed10 = r.wastedGbSeconds;
    }
    auto normalised
        = [fixed10](const PolicyResult &r) { return fixed10 > 0 ? 100.0 * r.wastedGbSeconds / fixed10 : 0.0; };
    m_status->setText(description);

    m_table->setRowCount(int(results.size()));
    for (int row = 0; row < results.size(); ++row) {
        const PolicyResult &r = results.at(row);
        const QStringList cells {
            r.policy, tr("%1 of %2 (%3 %)").arg(r.coldStarts).arg(r.invocations).arg(r.coldStartPercent, 0, 'f', 2),
            QStringLiteral("%1 %").arg(r.coldStartPercentP75, 0, 'f', 1), QString::number(r.wastedGbSeconds, 'f', 0),
            fixed10 > 0 ? QStringLiteral("%1 %").arg(normalised(r), 0, 'f', 1) : QStringLiteral("–")
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }

    // The CDF of the functions' cold-start percentages, one line per policy.
    QChart *cdf = m_cdf->chart();
    cdf->removeAllSeries();
    for (QAbstractAxis *axis : cdf->axes())
        cdf->removeAxis(axis);
    auto *cdfX = new QValueAxis;
    cdfX->setRange(0, 100);
    cdfX->setTitleText(tr("Cold-start % of a function's calls"));
    cdfX->setLabelFormat(QStringLiteral("%d"));
    auto *cdfY = new QValueAxis;
    cdfY->setRange(0, 100);
    cdfY->setTitleText(tr("% of functions"));
    cdfX->setTickCount(5);
    cdfY->setTickCount(5);
    cdfY->setLabelFormat(QStringLiteral("%d"));
    cdf->addAxis(cdfX, Qt::AlignBottom);
    cdf->addAxis(cdfY, Qt::AlignLeft);
    for (int index = 0; index < results.size(); ++index) {
        const PolicyResult &r = results.at(index);
        auto *series = new QLineSeries;
        series->setName(r.policy);
        series->setColor(policyColour(index, r.policy));
        const QList<double> &v = r.functionColdStartPercents; // sorted
        const qsizetype n = v.size();
        // A step per distinct value, thinned to at most ~400 points.
        const qsizetype stride = qMax<qsizetype>(1, n / 400);
        series->append(0, 0);
        for (qsizetype i = 0; i < n; i += stride) {
            series->append(v.at(i), 100.0 * double(i) / double(n));
            series->append(v.at(i), 100.0 * double(qMin(n, i + stride)) / double(n));
        }
        series->append(100, 100);
        if (r.policy.startsWith(u"hybrid")) {
            QPen pen = series->pen();
            pen.setWidth(3);
            series->setPen(pen);
        }
        cdf->addSeries(series);
        series->attachAxis(cdfX);
        series->attachAxis(cdfY);
    }

    // The trade-off, as the paper draws it (its Fig. 15): each policy a point
    // (the third quartile of its functions' cold-start percentages against its
    // wasted memory time in percent of fixed 10 minutes'), the fixed policies
    // joined by a line (longer keep-alive: fewer cold starts, more memory), the
    // hybrid policy's histogram ranges by another.
    QChart *trade = m_tradeoff->chart();
    trade->removeAllSeries();
    for (QAbstractAxis *axis : trade->axes())
        trade->removeAxis(axis);
    auto *tradeX = new QValueAxis;
    auto *tradeY = new QValueAxis;
    tradeX->setTitleText(tr("Wasted memory time, % of fixed 10 min"));
    tradeX->setLabelFormat(QStringLiteral("%d"));
    tradeY->setTitleText(tr("3rd quartile of functions' cold-start %"));
    tradeY->setLabelFormat(QStringLiteral("%d"));
    trade->addAxis(tradeX, Qt::AlignBottom);
    trade->addAxis(tradeY, Qt::AlignLeft);
    auto *fixedLine = new QLineSeries;
    auto *hybridLine = new QLineSeries;
    double maxX = 100;
    QList<QPointF> fixedPoints, hybridPoints;
    QList<QAbstractSeries *> points;
    for (int index = 0; index < results.size(); ++index) {
        const PolicyResult &r = results.at(index);
        const QPointF p(normalised(r), r.coldStartPercentP75);
        maxX = qMax(maxX, p.x());
        auto *point = new QScatterSeries;
        point->setColor(policyColour(index, r.policy));
        point->setBorderColor(policyColour(index, r.policy));
        point->setName(QStringLiteral("%1 (%2 %, %3 %)").arg(r.policy).arg(p.x(), 0, 'f', 0).arg(p.y(), 0, 'f', 0));
        point->setMarkerSize(r.policy.startsWith(u"hybrid") ? 16 : 11);
        point->append(p);
        points.append(point);
        (r.policy.startsWith(u"hybrid") ? hybridPoints : fixedPoints).append(p);
    }
    for (QList<QPointF> *line : { &fixedPoints, &hybridPoints })
        std::sort(line->begin(), line->end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    fixedLine->append(fixedPoints);
    hybridLine->append(hybridPoints);
    tradeX->setRange(0, maxX * 1.08);
    tradeX->applyNiceNumbers();
    tradeY->setRange(0, 100);
    tradeY->setTickCount(5);
    fixedLine->setColor(QColor(0xaa, 0xaa, 0xaa));
    hybridLine->setColor(Qt::black);
    for (QLineSeries *line : { fixedLine, hybridLine }) {
        trade->addSeries(line);
        line->attachAxis(tradeX);
        line->attachAxis(tradeY);
    }
    for (QAbstractSeries *series : points) {
        trade->addSeries(series);
        series->attachAxis(tradeX);
        series->attachAxis(tradeY);
    }
    // The lines join the points; the points carry the names.
    for (QLineSeries *line : { fixedLine, hybridLine }) {
        const auto markers = trade->legend()->markers(line);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    }
    // Every row of the table in view.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
    Q_EMIT resultsReady();
}

} // namespace Bullpen
